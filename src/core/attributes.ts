/**
 * A definition's attributes flattened into paths in its source's own words, for the plan's attribute
 * diff: `processor_count`, `integration_services["VSS"]`, `hard_disk_drives[0].path` (Terraform),
 * `spec.disks["os"].path` (hvgate/v1). One home for the path syntax and the way values are shown, so
 * that every source reads alike in a plan. Pure.
 */
import { createHash } from 'node:crypto';
import type { SourceAttribute, SourceAttributes, VirtualMachine } from './model.js';

export const KNOWN_AFTER_APPLY_TEXT = '(known after apply)';
export const SENSITIVE_TEXT = '(sensitive value)';

/** The VM's attributes, flattened; empty when its parser lists none. */
export function attributesOf(vm: VirtualMachine): ReadonlyMap<string, SourceAttribute> {
  return flattenSource(vm.attributes);
}

export function flattenSource(source: SourceAttributes | undefined): ReadonlyMap<string, SourceAttribute> {
  if (source === undefined) return new Map();
  return source.kind === 'listed' ? source.list() : flattenDocument(source.value);
}

/** Whether both sides were read from equal texts, and so list equal attributes without listing them. */
export function sameSourceTexts(a: SourceAttributes | undefined, b: SourceAttributes | undefined): boolean {
  const x = a?.kind === 'listed' ? a.sourceTexts : undefined;
  const y = b?.kind === 'listed' ? b.sourceTexts : undefined;
  return x?.length === y?.length && x !== undefined && y !== undefined && x.every((text, i) => text === y[i]);
}

/** Whether the source lists every attribute, so that one missing from it is really gone. */
export function isComplete(source: SourceAttributes | undefined): boolean {
  return source?.kind === 'listed' && source.complete;
}

/** `.name` for identifiers, `["Guest Service Interface"]` for any other key. */
export function memberSegment(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** Strings quoted but not escaped, so Windows paths stay readable (`"D:\VMs"`); lists inline. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

export function knownAttribute(value: unknown, written: boolean, extra: Partial<SourceAttribute> = {}): SourceAttribute {
  return { display: showValue(value), key: jsonText(value), written, ...extra };
}

/** JSON.stringify, except that undefined (which it would return as undefined) is named. */
function jsonText(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

const UNKNOWN_KEY = '\u0000unknown';

export function unknownAttribute(written: boolean, extra: Partial<SourceAttribute> = {}, text = KNOWN_AFTER_APPLY_TEXT, reason?: string): SourceAttribute {
  return { display: text, key: reason === undefined ? UNKNOWN_KEY : `${UNKNOWN_KEY}:${reason}`, written, ...extra };
}

/** A value not known before apply: a new VM lists it, as `terraform plan` does, whoever supplies it. */
export function isUnknownAttribute(attribute: SourceAttribute): boolean {
  return attribute.key.startsWith(UNKNOWN_KEY);
}

/** Shown as `(sensitive value)`; compared by a digest, so the value itself is never kept. */
export function sensitiveAttribute(value: unknown, written: boolean, extra: Partial<SourceAttribute> = {}): SourceAttribute {
  const digest = createHash('sha256').update(jsonText(value)).digest('hex');
  return { display: SENSITIVE_TEXT, key: `\u0000sensitive:${digest}`, written, ...extra };
}

/** A list of scalars reads best as one value; a list of objects is flattened item by item. */
export function isScalarList(value: readonly unknown[]): boolean {
  return value.every((item) => item === null || typeof item !== 'object');
}

/**
 * hvgate/v1 paths in spec's own vocabulary: `spec.disks["os"].path`. Items of a list that carry a
 * `name` (disks, volumes) are keyed by it, exceptions by policy and subject, so reordering a list is
 * no change.
 */
export function flattenDocument(value: Readonly<Record<string, unknown>>): Map<string, SourceAttribute> {
  const out = new Map<string, SourceAttribute>();
  for (const [key, inner] of Object.entries(value)) walkDocument(key, inner, out);
  return out;
}

/** Parts of an hvgate/v1 VM that policies read; everything else (notes, memory, processors) is not backup-relevant. */
const DOCUMENT_BACKUP_PATHS =
  /^(metadata\.labels|spec\.(host|generation|state|configurationVersion|configurationPath|checkpoints|integrationServices|scsiControllers|disks|guest|backup|exceptions))\b/;
const DOCUMENT_REPLACING_PATHS: ReadonlySet<string> = new Set(['spec.generation']);

function walkDocument(path: string, value: unknown, out: Map<string, SourceAttribute>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (isScalarList(value)) {
      out.set(path, documentAttribute(path, value));
      return;
    }
    value.forEach((item, index) => {
      const key = itemKey(item, index);
      const itemPath = `${path}[${key}]`;
      // The name is in the key already; an item that has nothing else is shown whole.
      const rest = isNamed(item) ? Object.entries(item).filter(([field]) => field !== 'name') : undefined;
      if (rest === undefined) walkDocument(itemPath, item, out);
      else if (rest.length === 0) out.set(itemPath, documentAttribute(itemPath, item));
      else for (const [field, inner] of rest) walkDocument(`${itemPath}${memberSegment(field)}`, inner, out);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) walkDocument(`${path}${memberSegment(key)}`, inner, out);
    return;
  }
  out.set(path, documentAttribute(path, value));
}

function documentAttribute(path: string, value: unknown): SourceAttribute {
  return knownAttribute(value, true, {
    ...(DOCUMENT_BACKUP_PATHS.test(path) ? { backupRelevant: true } : {}),
    ...(DOCUMENT_REPLACING_PATHS.has(path) ? { forcesReplacement: true } : {}),
  });
}

function isNamed(item: unknown): item is Record<string, unknown> & { name: string } {
  return typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string';
}

function itemKey(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const named = item as { name?: unknown; policy?: unknown; disk?: unknown; subject?: unknown };
    if (typeof named.name === 'string') return JSON.stringify(named.name);
    if (typeof named.policy === 'string') {
      const scope = typeof named.disk === 'string' ? named.disk : typeof named.subject === 'string' ? named.subject : undefined;
      return JSON.stringify(scope === undefined ? named.policy : `${named.policy} ${scope}`);
    }
  }
  return String(index);
}
