/**
 * Which files are definitions to evaluate, and how much of each to read: the rules shared by the
 * working-tree reader and the git reader, so both sides of a plan select and read files alike. Pure.
 *
 * A file name can hold any character, and a glob must never drop a file because of one: names are
 * matched with line breaks made ordinary, includes ignore case and match the name Windows would give
 * the file (trailing dots and spaces dropped), so selection only ever widens. Excludes, which narrow,
 * match the name exactly as written.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { looksLikePlanHead, MAX_DEFINITION_BYTES, MAX_PLAN_BYTES } from './source-file.js';

export interface Selection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /**
   * The working directory as seen from the folder the globs are written in, when that is a folder
   * above it (a `.hvgate.yml` found at the repository root when the gate runs in `infra/vms`: `infra/vms`).
   * Paths are matched as that folder sees them.
   */
  readonly globBase?: string;
}

/**
 * Folders where tools install what the repository does not hold. In the working tree only the files
 * git tracks there are looked at; from git objects, every committed file is. Terraform files there are
 * read only through the module calls that point at them, never as configurations of their own.
 */
export const TOOL_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.terraform']);

/** A predicate on paths relative to the working directory: included and not excluded. */
export function definitionSelector(selection: Selection): (path: string) => boolean {
  const included = picomatch([...selection.include], { dot: true, nocase: true });
  const excluded = picomatch([...selection.exclude], { dot: true });
  const base = selection.globBase ?? '';
  return (path) => {
    if (isTerraformInToolFolder(path)) return false;
    const name = matchable(base === '' ? path : posix.join(base, path));
    return (included(name) || included(windowsName(name))) && !excluded(name);
  };
}

/** Whether a path lies under `.git/`, which holds git's own files and never definitions. */
export function isGitInternal(path: string): boolean {
  return path.split('/').includes('.git');
}

/**
 * Whether a file of `size` bytes is read whole. Small files always are; an oversized one only when
 * its first bytes show a Terraform plan within the plan limit, else only its head is kept.
 */
export function readsWhole(size: number, head: Uint8Array | undefined): boolean {
  if (size <= MAX_DEFINITION_BYTES) return true;
  return size <= MAX_PLAN_BYTES && head !== undefined && looksLikePlanHead(head);
}

/** picomatch's `**` does not cross line breaks; any character that a regex `.` skips becomes an ordinary one. */
function matchable(path: string): string {
  return path.replace(/[\n\r\u2028\u2029]/g, '\uFFFD');
}

/** The name Windows gives a path: trailing dots and spaces of each segment are dropped. */
function windowsName(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.replace(/[. ]+$/, '') || segment)
    .join('/');
}

function isTerraformInToolFolder(path: string): boolean {
  if (!/\.(tf|tofu|tfvars)(\.json)?$/i.test(path)) return false;
  return path.split('/').some((segment) => TOOL_FOLDERS.has(segment));
}
