/** A file as read from the working tree or from git, before it is decoded and recognised. */
import { mayHoldHvgateDefinition } from '../parsers/hvgate/recognize.js';
import type { Unreadable } from './links.js';

export interface SourceFile {
  /** Path relative to the working directory (or repository root), `/`-separated. */
  readonly path: string;
  /** Whole content, or only its first bytes when `size` exceeds what is read (see `truncated`). */
  readonly bytes: Uint8Array;
  readonly size: number;
  /** True when only the first bytes were read because the file is too large to be a definition. */
  readonly truncated: boolean;
  /** For a truncated file: whether any of its bytes, not only the first, could spell an hvgate definition. */
  readonly mayDefine?: boolean;
  /** Selected, but not read: a link that leaves the repository, points nowhere or loops. `bytes` is the link's target. */
  readonly unreadable?: Unreadable;
  /** Named on the command line (or matched by configured includes): it must be a definition. */
  readonly explicit: boolean;
}

/** Largest definition file worth reading; anything bigger is reported, not parsed. */
export const MAX_DEFINITION_BYTES = 4 * 1024 * 1024;
/** Terraform plans of large estates are legitimately big. */
export const MAX_PLAN_BYTES = 1024 * 1024 * 1024;
/** How much of an oversized file is read to tell what it is. */
export const SNIFF_BYTES = 64 * 1024;

/** Whether the first bytes of an oversized file look like Terraform's JSON (a plan or a state: the only large inputs). */
export function looksLikePlanHead(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, SNIFF_BYTES));
  return /^\s*\{/.test(text) && (text.includes('"format_version"') || (/"version"\s*:/.test(text) && text.includes('"lineage"')));
}

/**
 * The hvgate prefilter over a file read in chunks (an oversized file is not kept, but every byte of it
 * is looked at). Bytes are taken one character each and NULs dropped, so UTF-16 text shows its letters too;
 * a short tail carries over so that a word split across two chunks is still seen.
 */
export class DefinitionScanner {
  private tail = '';
  private found = false;

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const text = this.tail + latin1.decode(chunk).replace(/\0/g, '');
    this.found = mayHoldHvgateDefinition(text);
    this.tail = text.slice(-32);
  }

  get mayDefine(): boolean {
    return this.found;
  }
}

const latin1 = new TextDecoder('latin1');
