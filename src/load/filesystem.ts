/**
 * Finds and reads definition files in the working tree: the paths given (default: the current
 * directory), filtered by the configured include/exclude globs. Edge module: all file I/O is here.
 */
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, describeReadError } from '../errors.js';
import { definitionSelector, readsWhole, type Selection } from './selection.js';
import { DefinitionScanner, MAX_DEFINITION_BYTES, SNIFF_BYTES, type SourceFile } from './source-file.js';

const PRUNED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform']);
const READ_CONCURRENCY = 32;

/** Lists the files to evaluate under `paths`, relative to `cwd`, sorted. Files named directly are always taken. */
export async function discoverFiles(paths: readonly string[], selection: Selection, cwd: string): Promise<{ path: string; explicit: boolean }[]> {
  const selected = definitionSelector(selection);
  const found = new Map<string, boolean>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch(() => {
      throw new ConfigurationError(`${given}: no such file or directory`);
    });
    if (info.isFile()) {
      found.set(toPosix(relative(cwd, absolute)), true);
      continue;
    }
    for await (const file of walk(absolute)) {
      const path = toPosix(relative(cwd, file));
      // Globs are relative to the working directory; for a folder outside it, to that folder.
      const matched = path.startsWith('../') ? toPosix(relative(absolute, file)) : path;
      if (selected(matched) && !found.has(path)) found.set(path, false);
    }
  }
  return [...found].map(([path, explicit]) => ({ path, explicit })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Reads the listed files; oversized ones only as far as needed to tell what they are. */
export async function readFiles(files: readonly { path: string; explicit: boolean }[], cwd: string): Promise<SourceFile[]> {
  const result: SourceFile[] = new Array<SourceFile>(files.length);
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    await Promise.all(
      files.slice(start, start + READ_CONCURRENCY).map(async (file, offset) => {
        result[start + offset] = await readSource(join(cwd, file.path), file.path, file.explicit);
      }),
    );
  }
  return result;
}

async function readSource(absolute: string, path: string, explicit: boolean): Promise<SourceFile> {
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

async function* walk(directory: string): AsyncGenerator<string> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!PRUNED_DIRECTORIES.has(entry.name)) yield* walk(full);
    } else if (entry.isFile()) {
      yield full;
    }
  }
}

function toPosix(path: string): string {
  return (path === '' ? '.' : path).split(sep).join('/');
}
