/**
 * Reads the Terraform directories a configuration needs beyond the selected files: the other files
 * of a selected module, and the modules its local calls lead to (also under `.terraform/` or
 * `node_modules/`, which the selection walk skips). From the working tree or from a git commit;
 * never outside the repository. Edge module: file and git I/O.
 */
import { existsSync } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/model.js';
import { fileStart } from '../core/source.js';
import type { GitRepository } from '../git/repository.js';
import type { DirectoryListing, TerraformDirectoryReader } from '../parsers/terraform/configuration.js';
import { automaticVariablesRank, terraformFileKind } from '../parsers/terraform/files.js';
import { decodeDefinition } from './decode.js';
import { MAX_DEFINITION_BYTES } from './source-file.js';

/** Files Terraform reads in a module directory: configuration files and automatically loaded variable files. */
export function isModuleFile(path: string): boolean {
  const kind = terraformFileKind(path);
  return kind?.role === 'configuration' || (kind?.role === 'variables' && automaticVariablesRank(path) !== undefined);
}

/** The repository that holds `cwd`: the nearest folder up from it with a `.git`, else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

type Located = { readonly kind: 'inside'; readonly real: string } | { readonly kind: 'outside' } | { readonly kind: 'missing' };

export function workingTreeDirectories(cwd: string, root: string = repositoryRoot(cwd)): TerraformDirectoryReader {
  /** Where a path really is, links followed: inside the repository, outside it, or nowhere. */
  const locate = async (path: string): Promise<Located> => {
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) return { kind: 'missing' };
    const rel = relative(await realpath(root), real);
    const inside = rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
    return inside ? { kind: 'inside', real } : { kind: 'outside' };
  };
  return {
    async read(dir: string): Promise<DirectoryListing> {
      const absolute = resolve(cwd, dir);
      const where = await locate(absolute);
      if (where.kind !== 'inside') return where;
      const entries = await readdir(where.real, { withFileTypes: true }).catch(() => undefined);
      if (!entries) return { kind: 'missing' };
      const files: ReadFile[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = toPosix(relative(cwd, join(absolute, entry.name)));
        if (!isModuleFile(path) || !(entry.isFile() || entry.isSymbolicLink())) continue;
        const target = await locate(join(absolute, entry.name));
        if (target.kind === 'outside') {
          diagnostics.push(
            problem(
              path,
              'link-outside-repository',
              'the file is a link that leads outside the repository; it is not read',
              'Replace the link by the file itself.',
            ),
          );
        } else if (target.kind === 'inside') {
          const file = await readWhole(target.real, path);
          if (file && 'diagnostic' in file) diagnostics.push(file.diagnostic);
          else if (file) files.push(file);
        }
      }
      return { kind: 'files', files: decodeAll(files, diagnostics), diagnostics };
    },
  };
}

export function gitDirectories(repository: GitRepository, commit: string): TerraformDirectoryReader {
  return {
    async read(dir: string): Promise<DirectoryListing> {
      const listed = await repository.readDirectory(commit, dir, isModuleFile);
      if (listed === undefined) return { kind: 'outside' };
      if (listed.length === 0) return { kind: 'missing' };
      const diagnostics: Diagnostic[] = [];
      const whole = listed.filter((file) => {
        if (file.unreadable) diagnostics.push({ at: fileStart(file.path), ...file.unreadable });
        else if (file.truncated) diagnostics.push(tooLarge(file.path));
        return !file.unreadable && !file.truncated;
      });
      return { kind: 'files', files: decodeAll(whole, diagnostics), diagnostics };
    },
  };
}

interface ReadFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

function decodeAll(files: readonly ReadFile[], diagnostics: Diagnostic[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const file of files) {
    const decoded = decodeDefinition(file.path, file.bytes);
    if (decoded.ok) out.push({ path: file.path, text: decoded.text });
    else diagnostics.push(decoded.diagnostic);
  }
  return out;
}

/** The file's bytes; undefined for something that is not a file (a link to a folder). */
async function readWhole(absolute: string, path: string): Promise<ReadFile | { diagnostic: Diagnostic } | undefined> {
  const handle = await open(absolute, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    if (info.size > MAX_DEFINITION_BYTES) return { diagnostic: tooLarge(path) };
    return { path, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string): Diagnostic {
  return problem(
    path,
    'file-too-large',
    `the module file is larger than ${MAX_DEFINITION_BYTES / (1024 * 1024)} MiB; it is not evaluated`,
    'Split the module into smaller files.',
  );
}

function problem(path: string, code: string, message: string, fix: string): Diagnostic {
  return { at: fileStart(path), code, message, fix };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
