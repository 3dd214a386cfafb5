/**
 * A mechanical fix, in model terms: which attribute of the finding's VM to set, to what, and where
 * the value is (or, when it is not written, the nearest place that is). Policies say what to set;
 * format-specific writers (`src/fix/`) turn it into an edit of the file in its own syntax.
 */
import type { SourceSpan } from './source.js';

export type Remedy =
  | { readonly set: 'scsiControllers'; readonly value: number; readonly at: SourceSpan; readonly written: boolean }
  | { readonly set: 'checkpointLocation'; readonly value: string; readonly at: SourceSpan; readonly written: boolean }
  /** `key`: the integration service's key as the definition spells it (`VSS`, a GUID, a name). */
  | { readonly set: 'backupService'; readonly value: true; readonly at: SourceSpan; readonly written: boolean; readonly key: string };
