/**
 * Finds and reads definition files in the working tree: the paths given (default: the current
 * directory), filtered by the configured include/exclude globs. Edge module: all file I/O is here.
 *
 * Symbolic links inside the repository are followed (a file reached through a link is read under the
 * link's path, once); a link that leaves the repository is never read and becomes a located problem.
 * Tool folders (`node_modules`, `.terraform`) contribute the files git tracks there.
 */
import { execFile } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { lstat, open, readdir, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, describeReadError } from '../errors.js';
import { linkProblem, resolveLinkTarget, type LinkProblem, type Unreadable } from './links.js';
import { repositoryRoot } from './terraform-directories.js';
import { definitionSelector, isGitInternal, readsWhole, TOOL_FOLDERS, type Selection } from './selection.js';
import { DefinitionScanner, MAX_DEFINITION_BYTES, SNIFF_BYTES, type SourceFile } from './source-file.js';

const READ_CONCURRENCY = 32;

/** A file chosen for evaluation, before it is read. */
export interface ListedFile {
  /** Path relative to the working directory, as the file is reported: a link's own path. */
  readonly path: string;
  readonly explicit: boolean;
  /** Absolute path of the bytes to read (the link's target, resolved); absent for `unreadable` files. */
  readonly source?: string;
  readonly unreadable?: Unreadable;
  /** The link's target as written, for an unreadable link: its bytes, so both readers digest the same. */
  readonly linkText?: string;
}

/** A file the walk reached: where it is reported, what to read, and whether it was reached through a link. */
interface Reached {
  readonly logical: string;
  readonly real?: string;
  /** Links followed to get here: 0 for the file itself. */
  readonly hops: number;
  /** What it is, whatever path shows it: the file's real path, or for a problem the link's own. */
  readonly identity: string;
  readonly unreadable?: Unreadable;
  readonly linkText?: string;
  /** Reported whatever its name: a link to a folder outside the repository could hold anything. */
  readonly always?: boolean;
}

/** Lists the files to evaluate under `paths`, relative to `cwd`, sorted. Files named directly are always taken. */
export async function discoverFiles(paths: readonly string[], selection: Selection, cwd: string): Promise<ListedFile[]> {
  const selected = definitionSelector(selection);
  const chosen: { reached: Reached; path: string; explicit: boolean }[] = [];
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given);
    await lstat(absolute).catch(() => {
      throw new ConfigurationError(`${given}: no such file or directory`);
    });
    const walker = new Walker(repositoryRoot((await stat(absolute).catch(() => undefined))?.isDirectory() === true ? absolute : dirname(absolute)));
    const folder = await walker.folderToWalk(absolute);
    if (folder === undefined) {
      for await (const reached of walker.entry(absolute)) chosen.push({ reached, path: toPosix(relative(cwd, reached.logical)), explicit: true });
      continue;
    }
    for await (const reached of walker.directory(folder, absolute)) {
      const path = toPosix(relative(cwd, reached.logical));
      // Globs are relative to the working directory; for a folder outside it, to that folder.
      const matched = path.startsWith('../') ? toPosix(relative(absolute, reached.logical)) : path;
      if (reached.always === true || selected(matched)) chosen.push({ reached, path, explicit: false });
    }
  }
  return onePathPerFile(chosen);
}

/** Reads the listed files; oversized ones only as far as needed to tell what they are. */
export async function readFiles(files: readonly ListedFile[], cwd: string): Promise<SourceFile[]> {
  const result = new Array<SourceFile>(files.length);
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    await Promise.all(
      files.slice(start, start + READ_CONCURRENCY).map(async (file, offset) => {
        result[start + offset] = file.unreadable ? unreadableSource(file, file.unreadable) : await readSource(file.source ?? join(cwd, file.path), file);
      }),
    );
  }
  return result;
}

function unreadableSource(file: ListedFile, unreadable: Unreadable): SourceFile {
  const bytes = new TextEncoder().encode(file.linkText ?? '');
  return { path: file.path, bytes, size: bytes.length, truncated: false, explicit: file.explicit, unreadable };
}

async function readSource(absolute: string, file: ListedFile): Promise<SourceFile> {
  const { path, explicit } = file;
  const handle = await open(absolute, 'r').catch((error: unknown) => {
    throw new ConfigurationError(`${path}: cannot be read (${describeReadError(error)})`);
  });
  try {
    const { size } = await handle.stat();
    if (size <= MAX_DEFINITION_BYTES) return { path, bytes: await handle.readFile(), size, truncated: false, explicit };
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (readsWhole(size, head)) return { path, bytes: await handle.readFile(), size, truncated: false, explicit };
    return { path, bytes: head, size, truncated: true, mayDefine: await scanWhole(handle), explicit };
  } finally {
    await handle.close();
  }
}

/** Runs the definition prefilter over every byte of an open file, without keeping them. */
async function scanWhole(handle: FileHandle): Promise<boolean> {
  const scanner = new DefinitionScanner();
  const buffer = Buffer.alloc(SNIFF_BYTES * 16);
  for (let position = 0; !scanner.mayDefine;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    scanner.push(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return scanner.mayDefine;
}

/**
 * What several paths show is evaluated once: under the path reached through the fewest links (the
 * file's own path when it is selected), as the git reader does.
 */
function onePathPerFile(chosen: readonly { reached: Reached; path: string; explicit: boolean }[]): ListedFile[] {
  const ordered = [...chosen].sort((a, b) => Number(b.explicit) - Number(a.explicit) || a.reached.hops - b.reached.hops || compare(a.path, b.path));
  const seen = new Set<string>();
  const listed: ListedFile[] = [];
  for (const { reached, path, explicit } of ordered) {
    if (seen.has(reached.identity)) continue;
    seen.add(reached.identity);
    listed.push({
      path,
      explicit,
      ...(reached.real !== undefined ? { source: reached.real } : {}),
      ...(reached.unreadable ? { unreadable: reached.unreadable } : {}),
      ...(reached.linkText !== undefined ? { linkText: reached.linkText } : {}),
    });
  }
  return listed.sort((a, b) => compare(a.path, b.path));
}

/** Walks folders in name order, following links that stay inside `root`. */
class Walker {
  private readonly realRoot: Promise<string>;

  constructor(readonly root: string) {
    this.realRoot = realpath(root).catch(() => root);
  }

  /** Every file below a folder; `real` is where it is, `logical` the path it is reported under. */
  async *directory(real: string, logical: string, visiting: ReadonlySet<string> = new Set(), hops = 0): AsyncGenerator<Reached> {
    if (visiting.has(real)) return;
    const inside = new Set([...visiting, real]);
    const entries = await readdir(real, { withFileTypes: true }).catch((error: unknown) => {
      throw new ConfigurationError(`${toPosix(logical)}: the folder cannot be read (${describeReadError(error)})`);
    });
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) yield* this.dirent(entry, join(real, entry.name), join(logical, entry.name), inside, hops);
  }

  /** The real folder to walk for a path given on the command line: a folder, or a link to one inside the repository. */
  async folderToWalk(absolute: string): Promise<string | undefined> {
    const target = await realpath(absolute).catch(() => undefined);
    if (target === undefined || !(await stat(target)).isDirectory()) return undefined;
    return isInside(await this.realRoot, target) ? target : undefined;
  }

  /** A file or link named directly. */
  async *entry(absolute: string): AsyncGenerator<Reached> {
    const info = await lstat(absolute);
    if (info.isSymbolicLink()) {
      yield* this.link(absolute, absolute, new Set(), 1);
    } else if (info.isFile()) {
      const real = await realpath(absolute);
      yield { logical: absolute, real, hops: 0, identity: real };
    }
  }

  private async *dirent(entry: Dirent, real: string, logical: string, visiting: ReadonlySet<string>, hops: number): AsyncGenerator<Reached> {
    if (entry.isDirectory()) {
      if (entry.name === '.git') return;
      if (TOOL_FOLDERS.has(entry.name)) yield* this.tracked(real, logical, visiting, hops);
      else yield* this.directory(real, logical, visiting, hops);
    } else if (entry.isFile()) {
      yield { logical, real, hops, identity: real };
    } else if (entry.isSymbolicLink()) {
      yield* this.link(real, logical, visiting, hops + 1);
    }
  }

  /** Follows a link: into the repository it is read under its own path; out of it, it is reported unread. */
  private async *link(real: string, logical: string, visiting: ReadonlySet<string>, hops: number): AsyncGenerator<Reached> {
    const text = await readlink(real).catch(() => '');
    const at = join(await realpath(dirname(real)).catch(() => dirname(real)), basename(real));
    const problem = (kind: LinkProblem): Reached => ({
      logical,
      hops,
      identity: at,
      unreadable: linkProblem(kind, text),
      linkText: text,
      // The gate cannot see what a link out of the repository points at, so its name does not matter.
      always: kind === 'outside',
    });
    const root = await this.realRoot;
    // Judged by what the link says before anything is resolved, as the git reader judges a committed link.
    if (resolveLinkTarget(toPosix(relative(root, at)), text.split(sep).join('/')) === undefined) {
      yield problem('outside');
      return;
    }
    let target: string;
    try {
      target = await realpath(real);
    } catch (error) {
      yield problem((error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'dangling');
      return;
    }
    if (!isInside(root, target)) {
      yield problem('outside');
      return;
    }
    const info = await stat(target);
    if (info.isDirectory()) {
      yield* this.directory(target, logical, visiting, hops);
    } else if (info.isFile()) {
      yield { logical, real: target, hops, identity: target };
    }
  }

  /** The files git tracks in a tool folder; none outside a repository or without git. */
  private async *tracked(real: string, logical: string, visiting: ReadonlySet<string>, hops: number): AsyncGenerator<Reached> {
    for (const path of (await trackedFiles(real)).sort(compare)) {
      const file = join(real, ...path.split('/'));
      const info = await lstat(file).catch(() => undefined);
      const at = join(logical, ...path.split('/'));
      if (info?.isSymbolicLink() === true) yield* this.link(file, at, visiting, hops + 1);
      else if (info?.isFile() === true) yield { logical: at, real: file, hops, identity: file };
    }
  }
}

function trackedFiles(directory: string): Promise<string[]> {
  return new Promise((resolveFiles) => {
    execFile(
      'git',
      ['ls-files', '-z', '--', '.'],
      { cwd: directory, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout) => {
        resolveFiles(error ? [] : stdout.split('\0').filter((path) => path !== '' && !isGitInternal(path)));
      },
    );
  });
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(path: string): string {
  return (path === '' ? '.' : path).split(sep).join('/');
}
