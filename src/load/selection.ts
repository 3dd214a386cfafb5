/**
 * Which files are definitions to evaluate, and how much of each to read: the rules shared by the
 * working-tree reader and the git reader, so both sides of a plan select and read files alike. Pure.
 */
import picomatch from 'picomatch';
import { ALWAYS_EXCLUDE } from '../config/config.js';
import { looksLikePlanHead, MAX_DEFINITION_BYTES, MAX_PLAN_BYTES } from './source-file.js';

export interface Selection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** A predicate on paths relative to the working directory: included and not excluded. */
export function definitionSelector(selection: Selection): (path: string) => boolean {
  const included = picomatch([...selection.include], { dot: true });
  const excluded = picomatch([...selection.exclude, ...ALWAYS_EXCLUDE], { dot: true });
  return (path) => included(path) && !excluded(path);
}

/**
 * Whether a file of `size` bytes is read whole. Small files always are; an oversized one only when
 * its first bytes show a Terraform plan within the plan limit, else only its head is kept.
 */
export function readsWhole(size: number, head: Uint8Array | undefined): boolean {
  if (size <= MAX_DEFINITION_BYTES) return true;
  return size <= MAX_PLAN_BYTES && head !== undefined && looksLikePlanHead(head);
}
