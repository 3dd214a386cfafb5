/**
 * The format-neutral view of `taliesins/hyperv` resources. The plan reader and the `.tf` reader each
 * produce these drafts; provider-semantics.ts alone turns them into the model, so both formats apply
 * the provider's defaults and quirks identically.
 */
import type { DefinitionFormat, SourceAttributes } from '../../core/model.js';
import type { PartialText, SourceSpan } from '../../core/source.js';

export type Scalar = string | number | boolean | null;

/** One attribute as a reader found it. */
export type Field =
  /** `written` is false when the provider, not the author, supplied the value (plan `after` defaults). */
  | { readonly kind: 'known'; readonly value: Scalar; readonly at: SourceSpan; readonly written: boolean }
  /**
   * `partial`: what is known of text that is not wholly known (`"${var.dir}\\x.vhds"` ends with `\x.vhds`).
   * `mistyped`: the value has a type Terraform rejects here (a list where a number belongs); `reason` says so.
   */
  | { readonly kind: 'unknown'; readonly at: SourceSpan; readonly reason: string; readonly partial?: PartialText; readonly mistyped?: true }
  /** Not written; `at` is where it would go (the enclosing block). */
  | { readonly kind: 'absent'; readonly at: SourceSpan };

export interface MapEntryDraft {
  readonly key: string;
  readonly at: SourceSpan;
  readonly value: Field;
}

/** A map attribute (`integration_services`): its entries when the keys are known, else a Field. */
export type MapDraft = { readonly kind: 'entries'; readonly at: SourceSpan; readonly entries: readonly MapEntryDraft[] } | Field;

export interface DiskDraft {
  readonly at: SourceSpan;
  readonly controllerType: Field;
  readonly controllerNumber: Field;
  readonly controllerLocation: Field;
  readonly path: Field;
  readonly diskNumber: Field;
  readonly supportPersistentReservations: Field;
  /** Address of the `hyperv_vhd` the path refers to (`.tf`: `path = hyperv_vhd.os.path`). */
  readonly vhdAddress?: string;
}

export interface MachineDraft {
  readonly address: string;
  /** The configuration (root module folder, or plan file) that defines the VM. */
  readonly configuration?: string;
  readonly format: DefinitionFormat;
  readonly at: SourceSpan;
  readonly name: Field;
  readonly path: Field;
  readonly generation: Field;
  readonly state: Field;
  readonly checkpointType: Field;
  readonly snapshotFileLocation: Field;
  readonly integrationServices: MapDraft;
  readonly disks: readonly DiskDraft[];
  /** Every attribute in Terraform's words, for the plan diff (attributes.ts builds it alike for every reader). */
  readonly attributes?: SourceAttributes;
}

export interface VhdDraft {
  readonly address: string;
  readonly at: SourceSpan;
  readonly path: Field;
  readonly vhdType: Field;
  readonly parentPath: Field;
}

export const absent = (at: SourceSpan): Field => ({ kind: 'absent', at });
