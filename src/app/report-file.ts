/**
 * Writes a report file where it was asked for and nowhere else. A pull request can commit a symbolic
 * link named like a report (`hvgate.sarif -> /home/runner/.bashrc`), so a report is never written
 * through a link: not the file itself, not any folder between the starting folder and it. With a
 * `root` (the Action's workspace) the file must also lie inside it. Reading a report back (the
 * Action's `mode: post`) follows the same rules and a size limit. Edge module: file I/O.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface ReportFileOptions {
  /** Folder the path is relative to. */
  readonly cwd: string;
  /** The file must lie inside this folder (the workspace); absent: anywhere, but still never through a link. */
  readonly root?: string;
  /** How the path is named in errors (`sarif-file`, `--output`). */
  readonly label?: string;
}

/**
 * Writes `text` (or its pieces, in order) to `given` (relative to `cwd`); returns the absolute path. A
 * path it must not write is a ConfigurationError.
 */
export async function writeReportFile(given: string, text: string | Iterable<string>, options: ReportFileOptions): Promise<string> {
  const { path, refuse } = await checkedPath(given, options, 'write', true);
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644).catch((error: unknown) =>
    refuse(codeOf(error) === 'ELOOP' ? 'is a symbolic link; hvgate never writes a report through a link' : `cannot be written (${codeOf(error)})`),
  );
  try {
    if (typeof text === 'string') await handle.writeFile(text);
    // writeFile continues at the handle's position and retries short writes, so pieces land in order and whole.
    else for (const piece of text) await handle.writeFile(piece);
  } finally {
    await handle.close();
  }
  return path;
}

/** Reads a report file of at most `maxBytes` as text, under the same rules as writing one. */
export async function readReportFile(given: string, maxBytes: number, options: ReportFileOptions): Promise<string> {
  const { path, refuse } = await checkedPath(given, options, 'read', false);
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch((error: unknown) =>
    refuse(codeOf(error) === 'ELOOP' ? 'is a symbolic link; hvgate never reads a report through a link' : `cannot be read (${codeOf(error)})`),
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) refuse('is not a file');
    if (info.size > maxBytes) refuse(`has ${info.size} bytes, more than the ${maxBytes} a report may have`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The absolute path, once the workspace rule and every folder on the way are checked: no folder may
 * be a link; missing folders are created for writing.
 */
async function checkedPath(
  given: string,
  options: ReportFileOptions,
  verb: 'read' | 'write',
  create: boolean,
): Promise<{ path: string; refuse: (why: string) => never }> {
  const path = resolve(options.cwd, given);
  const named = options.label !== undefined ? `${options.label} ${given}` : given;
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${named}: ${why}`);
  };
  if (options.root !== undefined && !isInside(options.root, path)) refuse(`is outside the workspace ${options.root}; ${verb} reports inside it`);
  // Folders are checked from the root, or the working directory when the file is inside it; a path the user names outside it is checked from its own folder.
  const start = options.root ?? (isInside(options.cwd, path) ? options.cwd : dirname(path));
  let folder = resolve(start);
  for (const part of relative(folder, dirname(path))
    .split(sep)
    .filter((p) => p !== '')) {
    folder = join(folder, part);
    const info = await lstat(folder).catch((error: unknown) =>
      codeOf(error) === 'ENOENT' ? undefined : refuse(`cannot be ${verb === 'read' ? 'read' : 'written'} (${codeOf(error)})`),
    );
    if (info === undefined) {
      if (!create) refuse('cannot be read (ENOENT)');
      await mkdir(folder).catch((error: unknown) => refuse(`cannot be written (${codeOf(error)})`));
    } else if (info.isSymbolicLink()) refuse(`${relative(start, folder) || folder} is a symbolic link; hvgate never ${verb}s a report through a link`);
    else if (!info.isDirectory()) refuse(`cannot be ${verb === 'read' ? 'read' : 'written'} (ENOTDIR)`);
  }
  return { path, refuse };
}

/** The error's code (`ELOOP`), or its message. */
function codeOf(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? code : String(message);
}

/** `path` is `root` or lies below it (by name; links are the caller's concern). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
