/**
 * Reads definitions straight from git commits: resolves refs (fetching a base that a shallow clone
 * lacks), lists a commit's files with their sizes in one `git ls-tree` and reads them through one
 * `git cat-file --batch` process, whatever the number of files. Edge module: all git I/O is here.
 * Every git failure becomes a ConfigurationError that says what to run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative } from 'node:path';
import { ConfigurationError, UsageError } from '../errors.js';
import { definitionSelector, readsWhole, type Selection } from '../load/selection.js';
import { linkProblem } from '../load/links.js';
import { DefinitionScanner, MAX_DEFINITION_BYTES, SNIFF_BYTES, type SourceFile } from '../load/source-file.js';
import { CommitTree, type LogicalFile, type TreeEntry } from './commit-tree.js';

export type { TreeEntry } from './commit-tree.js';

/** A blob as read: whole, or only its head when it is too large to be a definition; always digested whole. */
export interface Blob {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly truncated: boolean;
  /** For a truncated blob: whether any of its bytes could spell an hvgate definition. */
  readonly mayDefine?: boolean;
  /** sha256 of every byte of the blob, hex. */
  readonly sha256: string;
}

/** A file of a commit that readSources reads, with its path relative to the working directory. */
interface ChosenFile {
  readonly file: LogicalFile;
  readonly path: string;
  readonly explicit: boolean;
}

export interface CommitSources {
  /** Definition candidates, paths relative to the working directory, sorted. */
  readonly files: SourceFile[];
  /** sha256 of each file's exact bytes, by the same path. */
  readonly digests: ReadonlyMap<string, string>;
}

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class GitRepository {
  private shallow: boolean | undefined;
  private readonly trees = new Map<string, Promise<CommitTree>>();

  private constructor(
    /** The working directory relative to the repository root: `''` or `infra/hyperv`. */
    readonly prefix: string,
    private readonly cwd: string,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Opens the repository that contains `cwd`. */
  static async open(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<GitRepository> {
    const probe = new GitRepository('', cwd, env);
    const result = await probe.run(['rev-parse', '--show-prefix'], true);
    if (result.code !== 0) {
      throw new ConfigurationError(
        `${cwd} is not inside a git repository (${firstLine(result.stderr)}); run hvgate plan in a clone of the repository, or use hvgate check`,
      );
    }
    return new GitRepository(result.stdout.trim().replace(/\/$/, ''), cwd, env);
  }

  async isShallow(): Promise<boolean> {
    this.shallow ??= (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    return this.shallow;
  }

  /**
   * The commit a ref names. A ref the clone lacks is tried as `origin/<ref>`, then fetched from
   * `origin` with depth 1 (CI checkouts are shallow); if that fails too, the error says what to run.
   */
  async resolveCommit(ref: string): Promise<string> {
    await this.checkRefName(ref);
    const local = (await this.revParse(ref)) ?? (ref.startsWith('origin/') ? undefined : await this.revParse(`refs/remotes/origin/${ref}`));
    if (local !== undefined) return local;
    const shallow = await this.isShallow();
    const where = shallow ? 'this shallow clone' : 'this repository';
    const remote = await this.run(['remote', 'get-url', 'origin'], true);
    const name = fetchableName(ref);
    const command = `git fetch --no-tags --depth=1 origin ${name}`;
    if (remote.code !== 0) {
      throw new ConfigurationError(
        `"${ref}" is not a commit in ${where}, and there is no "origin" remote to fetch it from. Check the name, or fetch it and run again: ${command}`,
      );
    }
    const fetched = await this.run(['fetch', '--no-tags', '--depth=1', 'origin', '--end-of-options', name], true);
    if (fetched.code !== 0) {
      throw new ConfigurationError(
        `"${ref}" is not a commit in ${where}, and fetching it failed (${firstLine(fetched.stderr)}). ` +
          `Fetch it and run again: ${command} — in GitHub Actions, or check out with fetch-depth: 0`,
      );
    }
    this.shallow = undefined;
    const commit = (await this.revParse(ref)) ?? (await this.revParse('FETCH_HEAD'));
    if (commit === undefined) throw new ConfigurationError(`"${ref}" was fetched but does not name a commit; check the name (${command})`);
    return commit;
  }

  /** A commit's files as a checkout shows them, links resolved inside the commit (submodules are not read). */
  commitTree(commit: string): Promise<CommitTree> {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.run(['ls-tree', '-r', '-z', '--long', '--full-tree', commit]).then(async (result) => {
        const entries = parseTreeListing(result.stdout);
        const links = entries.filter((entry) => entry.link);
        const texts = await this.readBlobs(links);
        return new CommitTree(entries, new Map(links.map((link, index) => [link.path, new TextDecoder('utf-8').decode(texts[index]?.bytes)])));
      });
      this.trees.set(commit, tree);
    }
    return tree;
  }

  /**
   * Reads the blobs of `entries` in order through one `git cat-file --batch` process. Oversized blobs
   * are streamed through the digest and only their head is kept, as the working-tree reader does.
   */
  async readBlobs(entries: readonly TreeEntry[]): Promise<Blob[]> {
    if (entries.length === 0) return [];
    // The process's streams keep the parser's promise, and so what it resolved to, reachable until the
    // event loop next turns, which the synchronous parse of a large plan puts off: the blobs are taken
    // out of the parser, so that their bytes can go once decoded.
    return (await this.catFile(entries)).takeBlobs();
  }

  private catFile(entries: readonly TreeEntry[]): Promise<BatchParser> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
      const parser = new BatchParser(entries);
      const stderr: Buffer[] = [];
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        child.kill();
        reject(error);
      };
      child.on('error', (error) => {
        fail(gitMissing(error));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        try {
          parser.push(chunk);
        } catch (error) {
          fail(error as Error);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.stdin.on('error', () => {
        // The process ended early; its exit code and stderr carry the reason.
      });
      child.on('close', (code) => {
        if (failed) return;
        if (code !== 0) {
          fail(new ConfigurationError(`git cat-file failed (${firstLine(Buffer.concat(stderr).toString('utf8'))})`));
          return;
        }
        if (!parser.done()) {
          fail(new ConfigurationError('git cat-file ended before every file was read'));
          return;
        }
        resolve(parser);
      });
      child.stdin.end(entries.map((entry) => entry.oid).join('\n') + '\n');
    });
  }

  /**
   * The definition candidates of a commit under `paths` (relative to the working directory; default
   * `.`), selected by the same include/exclude rules as the working tree.
   */
  async readSources(commit: string, paths: readonly string[], selection: Selection): Promise<CommitSources> {
    return this.readChosen((await this.chooseSources(commit, paths, selection)).chosen);
  }

  /** The paths of `paths` that name nothing in the commit, found without reading a file. */
  async missingSources(commit: string, paths: readonly string[], selection: Selection): Promise<string[]> {
    return (await this.chooseSources(commit, paths, selection)).missing;
  }

  private async chooseSources(commit: string, paths: readonly string[], selection: Selection): Promise<{ chosen: ChosenFile[]; missing: string[] }> {
    const selected = definitionSelector(selection);
    const wanted = (paths.length > 0 ? paths : ['.']).map((given) => ({ given, path: this.fromCwd(given) }));
    const found = new Set<string>();
    const chosen: ChosenFile[] = [];
    for (const file of (await this.commitTree(commit)).logicalFiles()) {
      let take = false;
      let explicit = false;
      for (const want of wanted) {
        if (file.path === want.path) {
          found.add(want.given);
          take = true;
          explicit = true;
        } else if (want.path === '' || file.path.startsWith(`${want.path}/`)) {
          found.add(want.given);
          take ||= file.always === true || selected(this.toCwd(file.path));
        }
      }
      if (take) chosen.push({ file, path: this.toCwd(file.path), explicit });
    }
    return { chosen, missing: wanted.filter((w) => !found.has(w.given)).map((w) => w.given) };
  }

  private async readChosen(chosen: readonly ChosenFile[]): Promise<CommitSources> {
    const once = onePathPerBlob(chosen);
    const readable = once.flatMap((c) => (c.file.entry ? [{ path: c.path, entry: c.file.entry }] : []));
    const blobs = await this.readBlobs(readable.map((c) => c.entry));
    const byPath = new Map(readable.map((c, index) => [c.path, blobs[index]]));
    const files: SourceFile[] = [];
    const digests = new Map<string, string>();
    for (const c of once) {
      if (c.file.unreadable) {
        const bytes = new TextEncoder().encode(c.file.linkText ?? '');
        files.push({ path: c.path, bytes, size: bytes.length, truncated: false, explicit: c.explicit, unreadable: c.file.unreadable });
        digests.set(c.path, sha256Hex(bytes));
        continue;
      }
      const blob = byPath.get(c.path);
      if (blob === undefined) throw new ConfigurationError(`git cat-file returned no object for ${c.path}`);
      files.push({
        path: c.path,
        bytes: blob.bytes,
        size: blob.size,
        truncated: blob.truncated,
        ...(blob.mayDefine !== undefined ? { mayDefine: blob.mayDefine } : {}),
        explicit: c.explicit,
      });
      digests.set(c.path, blob.sha256);
    }
    return { files, digests };
  }

  /**
   * The files of a commit directly in `dir` (relative to the working directory) that `wanted`
   * accepts, for the module directories a Terraform configuration uses, links resolved inside the
   * commit; undefined when `dir` is outside the repository.
   */
  async readDirectory(commit: string, dir: string, wanted: (path: string) => boolean): Promise<SourceFile[] | undefined> {
    let target: string;
    try {
      target = this.fromCwd(dir);
    } catch {
      return undefined;
    }
    const parent = target === '' ? '.' : target;
    const listed = (await this.commitTree(commit)).logicalFiles().filter((f) => posix.dirname(f.path) === parent && wanted(f.path));
    const readable = listed.flatMap((f) => (f.entry ? [f.entry] : []));
    const blobs = new Map(readable.map((entry, i) => [entry, i]));
    const read = await this.readBlobs(readable);
    return listed.flatMap((file): SourceFile[] => {
      const path = this.toCwd(file.path);
      if (file.unreadable) return [{ path, bytes: new Uint8Array(), size: 0, truncated: false, explicit: false, unreadable: file.unreadable }];
      const blob = file.entry ? read[blobs.get(file.entry) ?? -1] : undefined;
      return blob ? [{ path, bytes: blob.bytes, size: blob.size, truncated: blob.truncated, explicit: false }] : [];
    });
  }

  /**
   * One file of a commit by its path relative to the working directory, as text; undefined when absent.
   * A link is followed inside the commit; one that leaves the repository is an error, never read.
   */
  async readText(commit: string, path: string, maxBytes = MAX_DEFINITION_BYTES): Promise<string | undefined> {
    const resolved = (await this.commitTree(commit)).resolveFile(this.fromCwd(path));
    if (resolved === undefined) return undefined;
    if (typeof resolved === 'string') throw new ConfigurationError(`${path} in commit ${commit.slice(0, 12)}: ${linkProblem(resolved, path).message}`);
    if (resolved.size > maxBytes) throw new ConfigurationError(`${path} in commit ${commit.slice(0, 12)} is too large (${resolved.size} bytes)`);
    const [blob] = await this.readBlobs([resolved]);
    if (blob === undefined) throw new ConfigurationError(`git cat-file returned no object for ${path}`);
    return new TextDecoder('utf-8').decode(blob.bytes);
  }

  /** Repository-relative form of a path given relative to the working directory. */
  private fromCwd(given: string): string {
    const relativeGiven = isAbsolute(given) ? relative(this.cwd, given) || '.' : given;
    const joined = posix.normalize(`${this.prefix === '' ? '.' : this.prefix}/${relativeGiven.split('\\').join('/')}`).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) {
      throw new ConfigurationError(`${given}: outside the git repository; name paths inside it`);
    }
    return joined === '.' ? '' : joined;
  }

  /** Working-directory-relative form of a repository path, as the working-tree reader writes it. */
  private toCwd(path: string): string {
    if (this.prefix === '') return path;
    if (path.startsWith(`${this.prefix}/`)) return path.slice(this.prefix.length + 1);
    const from = this.prefix.split('/');
    const to = path.split('/');
    let common = 0;
    while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
    return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
  }

  /**
   * Refs come from inputs, event payloads and the command line: only an object id or a name that
   * `git check-ref-format` accepts (with `~n`/`^n` suffixes) reaches git, and always after
   * `--end-of-options`, so no ref is ever read as an option.
   */
  private async checkRefName(ref: string): Promise<void> {
    const invalid = (): never => {
      throw new UsageError(`${JSON.stringify(ref)} is not a git ref: name a branch, tag or commit (git check-ref-format)`);
    };
    if (ref === '' || ref.startsWith('-') || /[\s\p{C}]/u.test(ref)) invalid();
    if (/^[0-9a-f]{4,64}$/i.test(ref)) return;
    const name = ref.replace(/(?:[~^]\d*)+$/, '');
    if (name === '' || name.startsWith('-') || (await this.run(['check-ref-format', '--allow-onelevel', name], true)).code !== 0) invalid();
  }

  private async revParse(ref: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  private childEnv(): NodeJS.ProcessEnv {
    // Never wait for credentials on a terminal that CI does not have.
    return { ...this.env, GIT_TERMINAL_PROMPT: '0' };
  }

  private run(args: readonly string[], allowFailure = false): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...args], { cwd: this.cwd, env: this.childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => {
        reject(gitMissing(error));
      });
      child.on('close', (code) => {
        const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
        if (result.code !== 0 && !allowFailure) {
          reject(new ConfigurationError(`git ${args[0]} failed (${firstLine(result.stderr)}); run "git ${args.join(' ')}" to see why`));
        } else {
          resolve(result);
        }
      });
    });
  }
}

/** Parses `git ls-tree -r -z --long` output: `<mode> SP <type> SP <oid> SP+ <size> TAB <path> NUL`. */
export function parseTreeListing(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    // 100644/100755 are files and 120000 symbolic links; 160000 submodules are another repository's.
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755' && mode !== '120000') || oid === undefined || size === undefined) continue;
    entries.push({ path: record.slice(tab + 1), oid, size: Number(size), link: mode === '120000' });
  }
  return entries;
}

/**
 * What several paths show is evaluated once: under the path reached through the fewest links (the
 * file's own path when it is selected), as the working-tree reader does.
 */
function onePathPerBlob<T extends { file: LogicalFile; path: string }>(chosen: readonly T[]): T[] {
  const ordered = [...chosen].sort((a, b) => a.file.hops - b.file.hops || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  const kept = ordered.filter((c) => !seen.has(c.file.identity) && Boolean(seen.add(c.file.identity)));
  return kept.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Incremental reader of `git cat-file --batch` output: `<oid> blob <size> LF <bytes> LF` per request,
 * or `<oid> missing LF`. Keeps whole blobs, or only the head of oversized ones, and digests all bytes.
 */
class BatchParser {
  private blobs: Blob[] = [];
  private header: Buffer[] = [];
  private current:
    | {
        size: number;
        remaining: number;
        /** The first bytes, until it is known whether the blob is kept whole. */
        chunks: Buffer[];
        kept: number;
        /** The whole blob, written in place as it comes, once it is known to be kept whole; every byte is written before the blob is finished. */
        whole: Buffer | undefined;
        keepAll: boolean | undefined;
        hash: ReturnType<typeof createHash>;
        scanner: DefinitionScanner;
      }
    | undefined;
  private awaitingNewline = false;

  constructor(private readonly entries: readonly TreeEntry[]) {}

  /** The blobs read, which the parser then lets go of. */
  takeBlobs(): Blob[] {
    const blobs = this.blobs;
    this.blobs = [];
    return blobs;
  }

  done(): boolean {
    return this.blobs.length === this.entries.length && this.current === undefined && !this.awaitingNewline;
  }

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.awaitingNewline) {
        offset += 1;
        this.awaitingNewline = false;
        continue;
      }
      if (this.current === undefined) {
        const newline = chunk.indexOf(0x0a, offset);
        if (newline < 0) {
          this.header.push(chunk.subarray(offset));
          return;
        }
        this.header.push(chunk.subarray(offset, newline));
        this.startBlob(Buffer.concat(this.header).toString('utf8'));
        this.header = [];
        offset = newline + 1;
        continue;
      }
      const blob = this.current;
      const take = Math.min(blob.remaining, chunk.length - offset);
      const part = chunk.subarray(offset, offset + take);
      blob.hash.update(part);
      if (blob.keepAll !== true) blob.scanner.push(part);
      if (blob.whole !== undefined) {
        part.copy(blob.whole, blob.kept);
        blob.kept += part.length;
      } else if (blob.keepAll !== false) {
        blob.chunks.push(part);
        blob.kept += part.length;
        if (blob.keepAll === undefined && blob.kept >= Math.min(SNIFF_BYTES, blob.size)) {
          const head = Buffer.concat(blob.chunks);
          blob.keepAll = readsWhole(blob.size, head);
          if (blob.keepAll) blob.whole = wholeBlob(blob.size, head);
          blob.chunks = blob.keepAll ? [] : [head.subarray(0, SNIFF_BYTES)];
        }
      }
      blob.remaining -= take;
      offset += take;
      if (blob.remaining === 0) this.finishBlob();
    }
  }

  private startBlob(header: string): void {
    const entry = this.entries[this.blobs.length];
    const [oid, type, size] = header.split(' ');
    if (entry === undefined || oid !== entry.oid) throw new ConfigurationError(`git cat-file answered "${header}" out of order`);
    if (type !== 'blob' || size === undefined) {
      throw new ConfigurationError(
        `${entry.path}: object ${entry.oid} is ${type === 'missing' ? 'missing from the repository' : `a ${type}`}; run "git fetch" and try again`,
      );
    }
    const bytes = Number(size);
    const keepAll = bytes <= MAX_DEFINITION_BYTES ? true : undefined;
    this.current = {
      size: bytes,
      remaining: bytes,
      chunks: [],
      kept: 0,
      whole: keepAll ? Buffer.allocUnsafe(bytes) : undefined,
      keepAll,
      hash: createHash('sha256'),
      scanner: new DefinitionScanner(),
    };
    if (bytes === 0) this.finishBlob();
  }

  private finishBlob(): void {
    const blob = this.current;
    if (blob === undefined) throw new Error('git cat-file: a blob ended before its header');
    const bytes = blob.whole ?? Buffer.concat(blob.chunks);
    const keepAll = blob.keepAll ?? readsWhole(blob.size, bytes);
    this.blobs.push({
      bytes: keepAll ? bytes : bytes.subarray(0, SNIFF_BYTES),
      size: blob.size,
      truncated: !keepAll,
      ...(keepAll ? {} : { mayDefine: blob.scanner.mayDefine }),
      sha256: blob.hash.digest('hex'),
    });
    this.current = undefined;
    this.awaitingNewline = true;
  }
}

/** A buffer for a blob of `size` bytes that starts with `head`; the rest is written as it comes. */
function wholeBlob(size: number, head: Buffer): Buffer {
  const whole = Buffer.allocUnsafe(size);
  head.copy(whole);
  return whole;
}

/** What to fetch for a ref: remote-tracking names are fetched by their branch name. */
function fetchableName(ref: string): string {
  return ref.replace(/^refs\/remotes\/origin\//, '').replace(/^origin\//, '');
}

function gitMissing(error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT') return new ConfigurationError('git is not installed or not on PATH; hvgate plan reads the base and head from git');
  return error;
}

function firstLine(text: string): string {
  const line = text
    .trim()
    .split('\n')[0]
    ?.trim()
    .replace(/^(fatal|error): /, '');
  return line === undefined || line === '' ? 'no message' : line;
}
