/**
 * Source positions and position-carrying values: every value in the model remembers where it was
 * written (or, for a default, where it would have been written), so that every finding can point at
 * the exact line a reviewer has to change.
 */

/** A span in a definition file. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface SourceSpan {
  /** Path relative to the working directory, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A value the gate knows, and whether the author wrote it or a format/provider default supplied it. */
export interface Known<T> {
  readonly known: true;
  readonly value: T;
  readonly at: SourceSpan;
  readonly origin: 'set' | 'default';
  /** For defaults: what the default is and who applies it, quoted in messages ("not set: the provider …"). */
  readonly note?: string;
}

/** A value the gate cannot know before apply (Terraform `after_unknown`, an unresolved variable). */
export interface Unknown {
  readonly known: false;
  readonly at: SourceSpan;
  /** Why it is unknown, in words a user recognises ("known after apply", "var.vhd_dir has no default"). */
  readonly reason: string;
  /** What is known of a text value although the whole is not; see PartialText. */
  readonly partial?: PartialText;
}

/**
 * The known parts of a text value that is not wholly known, such as the Terraform template
 * `"D:\\VMs\\${each.key}.vhdx"`: it starts with `D:\VMs\` and ends with `.vhdx`. Often the known
 * beginning is all a policy needs (the host volume).
 */
export interface PartialText {
  /** Literal text the value starts with; `''` when it starts with the unknown part. */
  readonly prefix: string;
  /**
   * When the value starts with one unknown expression (no prefix): that expression. Values whose
   * bases have equal keys start with the same text, whatever it turns out to be; `text` is how the
   * expression is written, for messages.
   */
  readonly base?: { readonly key: string; readonly text: string };
  /** Literal text the value ends with; `''` when it ends with the unknown part. */
  readonly suffix: string;
}

export type Value<T> = Known<T> | Unknown;

export function set<T>(value: T, at: SourceSpan): Known<T> {
  return { known: true, value, at, origin: 'set' };
}

export function byDefault<T>(value: T, at: SourceSpan, note: string): Known<T> {
  return { known: true, value, at, origin: 'default', note };
}

export function unknown(at: SourceSpan, reason: string, partial?: PartialText): Unknown {
  return partial === undefined ? { known: false, at, reason } : { known: false, at, reason, partial };
}

/** Narrowing helper; policies must check this before reading `.value`. */
export function isKnown<T>(value: Value<T> | undefined): value is Known<T> {
  return value?.known === true;
}

/** A span covering a whole file's first line: the position of last resort, for file-level problems. */
export function fileStart(file: string): SourceSpan {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Orders spans by file, then line, then column; used wherever output must be deterministic. */
export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

export function formatSpan(at: SourceSpan): string {
  return `${at.file}:${at.line}:${at.column}`;
}
