/**
 * A Terraform resource's attributes flattened in Terraform's own words (`processor_count`,
 * `integration_services["VSS"]`, `hard_disk_drives[0].path`), for the plan's attribute diff. One
 * function for plan JSON, state and `.tf`, so that all three read alike: unknown values read
 * `(known after apply)`, sensitive ones `(sensitive value)`, as in `terraform plan`.
 */
import { isScalarList, knownAttribute, sensitiveAttribute, unknownAttribute } from '../../core/attributes.js';
import type { SourceAttribute } from '../../core/model.js';
import { isPlainObject, ownMember } from './plain-json.js';
import { attributeSchema, type AttributeSchema, type BlockSchema } from './provider-schema.js';

export type AttributePath = readonly (string | number)[];

export interface TerraformObject {
  /** The attribute values, as plain JSON (`after`, `before`, state `attributes`, the evaluated `.tf` block). */
  readonly values: unknown;
  /** Same shape as the values, `true` where a value is known only after apply (`after_unknown`). */
  readonly unknown?: unknown;
  /** Same shape, `true` where a value is sensitive (`after_sensitive`). */
  readonly sensitive?: unknown;
  /** Whether the author wrote the attribute at this path; default: all written. */
  readonly written?: (path: AttributePath) => boolean;
  /** Attributes whose new value replaces the resource (`replace_paths`), beyond the schema's. */
  readonly replacePaths?: readonly AttributePath[];
  /** Fill the provider's defaults for omitted attributes (a `.tf` block lists only what is written). */
  readonly withDefaults?: boolean;
}

interface Flags {
  readonly backupRelevant: boolean;
  readonly forcesReplacement: boolean;
}

export function terraformAttributes(object: TerraformObject, schema: BlockSchema): Map<string, SourceAttribute> {
  const out = new Map<string, SourceAttribute>();
  const walker = new Walker(object, out);
  walker.block([], '', object.values, object.unknown, object.sensitive, schema, { backupRelevant: false, forcesReplacement: false });
  return out;
}

class Walker {
  constructor(
    private readonly object: TerraformObject,
    private readonly out: Map<string, SourceAttribute>,
  ) {}

  /** An object whose keys are attribute names (the resource, a nested block). */
  block(path: AttributePath, text: string, values: unknown, unknown: unknown, sensitive: unknown, schema: BlockSchema | undefined, inherited: Flags): void {
    const keys = new Set([...keysOf(values), ...keysOf(unknown)]);
    if (this.object.withDefaults && schema) for (const [key, attribute] of Object.entries(schema)) if (attribute.default !== undefined) keys.add(key);
    for (const key of [...keys].sort()) {
      const attribute = schema && attributeSchema(schema, key);
      const flags = flagsOf(attribute, inherited);
      const childPath = [...path, key];
      const childText = text === '' ? key : `${text}.${key}`;
      const value = ownMember(values, key);
      if ((value === undefined || value === null) && markerOf(unknown, key) !== true && this.object.withDefaults && attribute?.default !== undefined) {
        this.out.set(childText, knownAttribute(attribute.default, false, extras(flags)));
        continue;
      }
      this.value(childPath, childText, value, markerOf(unknown, key), markerOf(sensitive, key), attribute, flags);
    }
  }

  private value(
    path: AttributePath,
    text: string,
    value: unknown,
    unknown: unknown,
    sensitive: unknown,
    schema: AttributeSchema | undefined,
    inherited: Flags,
  ): void {
    const flags = this.replaced(path) ? { ...inherited, forcesReplacement: true } : inherited;
    const written = this.object.written?.(path) ?? true;
    if (sensitive === true) {
      if (value !== undefined && value !== null) this.out.set(text, sensitiveAttribute(value, written, extras(flags)));
      return;
    }
    if (unknown === true) {
      this.out.set(text, unknownAttribute(written, extras(flags)));
      return;
    }
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      if (value.length === 0 && !isArrayMarker(unknown)) return;
      if (isScalarList(value) && !isArrayMarker(unknown) && !hasTrue(sensitive)) {
        this.out.set(text, knownAttribute(value, written, extras(flags)));
        return;
      }
      if (hasTrue(sensitive) && isScalarList(value)) {
        this.out.set(text, sensitiveAttribute(value, written, extras(flags)));
        return;
      }
      const block = schema?.type.kind === 'blocks' ? schema.type.block : undefined;
      const length = Math.max(value.length, Array.isArray(unknown) ? unknown.length : 0);
      for (let i = 0; i < length; i++) {
        const item: unknown = value[i];
        const itemText = `${text}[${i}]`;
        const itemUnknown = markerOf(unknown, i);
        const itemSensitive = markerOf(sensitive, i);
        if (isPlainObject(item) || isPlainObject(itemUnknown)) this.block([...path, i], itemText, item, itemUnknown, itemSensitive, block, flags);
        else this.value([...path, i], itemText, item, itemUnknown, itemSensitive, undefined, flags);
      }
      return;
    }
    if (isPlainObject(value)) {
      // A map (integration_services) or an object the schema does not describe: keys as Terraform indexes them.
      const keys = new Set([...keysOf(value), ...keysOf(unknown)]);
      if (keys.size === 0) {
        this.out.set(text, knownAttribute({}, written, extras(flags)));
        return;
      }
      for (const key of [...keys].sort()) {
        this.value(
          [...path, key],
          `${text}[${JSON.stringify(key)}]`,
          ownMember(value, key),
          markerOf(unknown, key),
          markerOf(sensitive, key),
          undefined,
          flags,
        );
      }
      return;
    }
    this.out.set(text, knownAttribute(value, written, extras(flags)));
  }

  private replaced(path: AttributePath): boolean {
    return (this.object.replacePaths ?? []).some((r) => r.length === path.length && r.every((step, i) => step === path[i]));
  }
}

function flagsOf(attribute: AttributeSchema | undefined, inherited: Flags): Flags {
  return {
    backupRelevant: attribute ? attribute.backupRelevant === true : inherited.backupRelevant,
    forcesReplacement: inherited.forcesReplacement || attribute?.forcesReplacement === true,
  };
}

function extras(flags: Flags): Partial<SourceAttribute> {
  return { ...(flags.backupRelevant ? { backupRelevant: true } : {}), ...(flags.forcesReplacement ? { forcesReplacement: true } : {}) };
}

function keysOf(value: unknown): string[] {
  return isPlainObject(value) ? Object.keys(value) : [];
}

function markerOf(marker: unknown, key: string | number): unknown {
  if (marker === true) return true;
  if (typeof key === 'number') return Array.isArray(marker) ? marker[key] : undefined;
  return ownMember(marker, key);
}

function isArrayMarker(marker: unknown): boolean {
  return Array.isArray(marker) && marker.some((m) => m !== false && m !== undefined && m !== null);
}

function hasTrue(marker: unknown): boolean {
  if (marker === true) return true;
  if (Array.isArray(marker)) return marker.some(hasTrue);
  if (isPlainObject(marker)) return Object.values(marker).some(hasTrue);
  return false;
}
