/**
 * One resource object of Terraform's JSON (a plan's `after` or `before`, a state's `values` or
 * `attributes`) read into drafts: known values, values known only after apply, provider defaults
 * told from author-written values by the plan's `configuration`, and positions in the `.tf` sources
 * when given, else in the JSON.
 */
import type { SourceAttribute } from '../../core/model.js';
import type { SourceSpan } from '../../core/source.js';
import { type AttributePath, terraformAttributes } from './attributes.js';
import type { BlockPositions } from './block-positions.js';
import { absent, type DiskDraft, type Field, type MachineDraft, type MapDraft, type MapEntryDraft, type VhdDraft } from './draft.js';
import { keptText } from './detached-text.js';
import { child, detachedSourceText, keptValue, member, plainOf, scalar, type JsonNode } from './json-tree.js';
import { lazyPath, OBJECT, STRING, type ShapeCheck } from './plan-shapes.js';
import { isPlainObject, ownMember } from './plain-json.js';
import type { LineIndex } from './positions.js';
import { PATH_NOT_SET_REASON } from './provider-semantics.js';
import { MACHINE_INSTANCE_SCHEMA } from './provider-schema.js';

export const KNOWN_AFTER_APPLY = 'known after apply';
const WRONG_TYPE = 'the value is not of the type Terraform writes here (see the definition-valid finding)';

/** Where a resource's attributes are: in the `.tf` sources, or in the JSON. */
export interface Positions {
  readonly resource: SourceSpan;
  /** For omitted attributes. */
  readonly header: SourceSpan;
  attr(key: string): SourceSpan | undefined;
  mapKey(attr: string, key: string): SourceSpan | undefined;
  nested(type: string, index: number, total: number): Positions;
}

export class SourcePositions implements Positions {
  constructor(
    private readonly block: BlockPositions,
    private readonly parent?: SourcePositions,
  ) {}
  get resource() {
    return this.block.whole;
  }
  get header() {
    return this.block.header;
  }
  attr(key: string) {
    return this.block.attr(key);
  }
  mapKey(attr: string, key: string) {
    return this.block.mapKey(attr, key);
  }
  nested(type: string, index: number, total: number): Positions {
    const nested = this.block.nth(type, index, total);
    // A block the sources do not show (stale sources): point at the enclosing resource.
    return nested ? new SourcePositions(nested, this) : new SourcePositions(this.parent?.block ?? this.block, this.parent);
  }
}

export class JsonPositions implements Positions {
  constructor(
    private readonly lines: LineIndex,
    private readonly values: JsonNode | undefined,
    private readonly unknowns: JsonNode | undefined,
    readonly resource: SourceSpan,
    readonly header: SourceSpan,
  ) {}
  attr(key: string) {
    const m = member(this.values, key) ?? member(this.unknowns, key);
    return m ? this.lines.span(m.keyStart, m.value.end) : undefined;
  }
  mapKey(attr: string, key: string) {
    const m = member(child(this.values, attr), key) ?? member(child(this.unknowns, attr), key);
    return m ? this.lines.span(m.keyStart, m.value.end) : undefined;
  }
  nested(type: string, index: number): Positions {
    const item = child(child(this.values, type), index);
    const unknownItem = child(child(this.unknowns, type), index);
    const span = item ? this.lines.span(item.start, item.end) : (this.attr(type) ?? this.header);
    const head = item ? this.lines.span(item.start, item.start + 1) : span;
    return new JsonPositions(this.lines, item, unknownItem, span, head);
  }
}

export interface ResourceObject {
  readonly values: JsonNode | undefined;
  /** `after_unknown` for this object; `true` when the whole object is unknown. */
  readonly unknowns?: JsonNode | undefined;
  /** `after_sensitive`, `before_sensitive`, state `sensitive_values`. */
  readonly sensitive?: JsonNode | undefined;
  /** Configuration expressions; undefined when the configuration does not show this object. */
  readonly exprs?: JsonNode | undefined;
  readonly positions: Positions;
  readonly check: ShapeCheck;
  readonly replacePaths?: readonly AttributePath[];
}

/** One object with its unknown markers and configuration, read attribute by attribute. */
export class PlanValues {
  constructor(private readonly object: ResourceObject) {}

  get positions(): Positions {
    return this.object.positions;
  }

  private get values() {
    return this.object.values;
  }

  private get unknowns() {
    return this.object.unknowns;
  }

  private get exprs() {
    return this.object.exprs;
  }

  private wholeUnknown(): boolean {
    return scalar(this.unknowns) === true;
  }

  private isUnknown(key: string): boolean {
    return this.wholeUnknown() || scalar(child(this.unknowns, key)) === true;
  }

  written(key: string): boolean {
    return this.exprs === undefined || member(this.exprs, key) !== undefined;
  }

  private reason(key: string): string {
    if (key === 'path' && !this.written(key)) return `${KNOWN_AFTER_APPLY}: ${PATH_NOT_SET_REASON}`;
    const refs = child(child(this.exprs, key), 'references');
    const names = refs?.kind === 'array' ? refs.items.map(scalar).filter((r): r is string => typeof r === 'string') : [];
    return names.length > 0 ? `${KNOWN_AFTER_APPLY} (from ${names.slice(0, 3).join(', ')})` : KNOWN_AFTER_APPLY;
  }

  field(key: string): Field {
    const at = this.positions.attr(key) ?? this.positions.header;
    if (this.isUnknown(key)) return { kind: 'unknown', at, reason: this.reason(key) };
    const node = child(this.values, key);
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return absent(at);
    if (this.object.check.isBad(node) || node.kind !== 'scalar') return { kind: 'unknown', at, reason: WRONG_TYPE };
    return { kind: 'known', value: keptValue(node), at, written: this.written(key) };
  }

  map(key: string): MapDraft {
    const at = this.positions.attr(key) ?? this.positions.header;
    if (this.isUnknown(key)) return { kind: 'unknown', at, reason: this.reason(key) };
    const node = child(this.values, key);
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return absent(at);
    if (node.kind !== 'object' || this.object.check.isBad(node)) return { kind: 'unknown', at, reason: WRONG_TYPE };
    const expr = child(this.exprs, key);
    const constant = child(expr, 'constant_value');
    // Keys of a literal map are written one by one; a map from a reference is written as a whole.
    const keyWritten = (k: string) => this.exprs === undefined || (expr !== undefined && (constant?.kind !== 'object' || constant.members.has(k)));
    const unknownKeys = child(this.unknowns, key);
    const entries: MapEntryDraft[] = [];
    const keys = new Set([...node.members.keys(), ...(unknownKeys?.kind === 'object' ? unknownKeys.members.keys() : [])]);
    for (const k of keys) {
      const entryAt = this.positions.mapKey(key, k) ?? at;
      const value = child(node, k);
      let field: Field;
      if (scalar(child(unknownKeys, k)) === true) field = { kind: 'unknown', at: entryAt, reason: KNOWN_AFTER_APPLY };
      else if (value?.kind === 'scalar' && !this.object.check.isBad(value))
        field = { kind: 'known', value: keptValue(value), at: entryAt, written: keyWritten(k) };
      else field = { kind: 'unknown', at: entryAt, reason: WRONG_TYPE };
      entries.push({ key: keptText(k), at: entryAt, value: field });
    }
    return { kind: 'entries', at, entries };
  }

  /** Nested blocks, or why the list cannot be read (known only after apply, or of the wrong type). */
  list(key: string): PlanValues[] | { readonly unknown: string } {
    if (this.isUnknown(key)) return { unknown: `${KNOWN_AFTER_APPLY}: the ${key} list` };
    const node = child(this.values, key);
    if (node !== undefined && this.object.check.isBad(node)) return { unknown: WRONG_TYPE };
    if (node?.kind !== 'array') return [];
    const exprs = child(this.exprs, key);
    // Configuration lists static blocks only; with `dynamic` blocks the counts differ and it cannot be matched.
    const matched = this.exprs !== undefined && exprs?.kind === 'array' && exprs.items.length === node.items.length;
    return node.items.map(
      (item, i) =>
        new PlanValues({
          values: item,
          unknowns: child(child(this.unknowns, key), i),
          sensitive: child(child(this.object.sensitive, key), i),
          exprs: matched ? child(exprs, i) : undefined,
          positions: this.positions.nested(key, i, node.items.length),
          check: this.object.check,
        }),
    );
  }

  /** Every attribute in Terraform's words, computed when the plan first asks. */
  attributes(): MachineDraft['attributes'] {
    const { values, unknowns, sensitive, exprs, replacePaths } = this.object;
    return new ListedAttributes(
      [
        detachedSourceText(values),
        detachedSourceText(unknowns),
        detachedSourceText(sensitive),
        detachedSourceText(exprs),
        JSON.stringify(replacePaths ?? null),
      ],
      replacePaths,
    );
  }
}

/**
 * A resource's attributes, kept for the whole run (one per VM and side): copies of the texts, decoded
 * when the plan asks, so that neither the JSON nodes nor the file's text outlive the reading. Equal
 * texts (values, markers, configuration, replace paths) make equal lists: a plan compares them first.
 * An object rather than closures, which cost a plan of 100,000 VMs some tens of megabytes more.
 */
class ListedAttributes {
  readonly kind = 'listed';
  readonly complete = true;
  private listed: ReadonlyMap<string, SourceAttribute> | undefined;

  constructor(
    /** The texts of the values, the unknown and sensitive markers, the configuration, the replace paths. */
    readonly sourceTexts: readonly [string, string, string, string, string],
    private readonly replacePaths: readonly AttributePath[] | undefined,
  ) {}

  list(): ReadonlyMap<string, SourceAttribute> {
    this.listed ??= this.decode();
    return this.listed;
  }

  private decode(): Map<string, SourceAttribute> {
    const [valuesText, unknownText, sensitiveText, exprsText] = this.sourceTexts;
    const plainValues = plainOf(valuesText);
    const plainExprs = plainOf(exprsText);
    return terraformAttributes(
      {
        values: plainValues,
        unknown: plainOf(unknownText),
        sensitive: plainOf(sensitiveText),
        written: (path) => writtenAt(plainExprs, plainValues, path),
        ...(this.replacePaths ? { replacePaths: this.replacePaths } : {}),
      },
      MACHINE_INSTANCE_SCHEMA,
    );
  }
}

/**
 * Whether the configuration writes the attribute at `path`; without configuration (`exprs`
 * undefined), everything counts as written. `exprs` and `values` are plain JSON values.
 */
function writtenAt(exprs: unknown, values: unknown, path: AttributePath): boolean {
  if (exprs === undefined) return true;
  const [top, second, third] = path;
  const expr = ownMember(exprs, String(top));
  if (expr === undefined) return false;
  if (second === undefined) return true;
  if (typeof second === 'number') {
    const list = ownMember(values, String(top));
    // Static blocks match the planned list one to one; otherwise the block as a whole was written.
    if (!Array.isArray(expr) || !Array.isArray(list) || expr.length !== list.length) return true;
    return third === undefined || ownMember(expr[second], String(third)) !== undefined;
  }
  const constant = ownMember(expr, 'constant_value');
  return !isPlainObject(constant) || Object.hasOwn(constant, second);
}

/**
 * `configuration`: the root folder the resource belongs to, or the plan or state file when it has none.
 * `attributes`: whether the draft lists its attributes for a plan diff; they hold on to the file's text.
 */
export function machineDraft(address: string, v: PlanValues, format: MachineDraft['format'], configuration: string, attributes: boolean): MachineDraft {
  const list = v.list('hard_disk_drives');
  const disks: DiskDraft[] =
    'unknown' in list
      ? [unknownDisk(v.positions.attr('hard_disk_drives') ?? v.positions.header, list.unknown)]
      : list.map((d) => ({
          at: d.positions.resource,
          controllerType: d.field('controller_type'),
          controllerNumber: d.field('controller_number'),
          controllerLocation: d.field('controller_location'),
          path: d.field('path'),
          diskNumber: d.field('disk_number'),
          supportPersistentReservations: d.field('support_persistent_reservations'),
        }));
  return {
    address,
    configuration,
    format,
    at: v.positions.resource,
    name: v.field('name'),
    path: v.field('path'),
    generation: v.field('generation'),
    state: v.field('state'),
    checkpointType: v.field('checkpoint_type'),
    snapshotFileLocation: v.field('snapshot_file_location'),
    integrationServices: v.map('integration_services'),
    disks,
    ...(attributes ? { attributes: v.attributes() } : {}),
  };
}

function unknownDisk(at: SourceSpan, reason: string): DiskDraft {
  const f: Field = { kind: 'unknown', at, reason };
  return { at, controllerType: f, controllerNumber: f, controllerLocation: f, path: f, diskNumber: f, supportPersistentReservations: f };
}

export function vhdDraft(address: string, v: PlanValues): VhdDraft {
  const parentPath = v.field('parent_path');
  return {
    address,
    at: v.positions.resource,
    path: v.field('path'),
    vhdType: v.field('vhd_type'),
    // An unknown parent_path the author did not write is the provider's computed empty value, not a parent.
    parentPath: parentPath.kind === 'unknown' && !v.written('parent_path') ? absent(parentPath.at) : parentPath,
  };
}

/** A resource of a values representation (`planned_values`, a state's `values`), its header type-checked. */
export interface ValuesResource {
  readonly node: JsonNode;
  readonly address: string;
  readonly type: string | undefined;
  readonly name: string | undefined;
  readonly mode: string | undefined;
  readonly provider: string | undefined;
}

const HEADER_KEYS = ['address', 'mode', 'type', 'name', 'provider_name'];

/** Visits every resource of `root_module` and its `child_modules`, checking the shapes on the way. */
export function forEachValuesResource(
  values: JsonNode | undefined,
  path: string,
  check: ShapeCheck,
  visit: (resource: ValuesResource, path: () => string) => void,
): void {
  if (values === undefined || !check.expect(values, path, ['object', 'null']) || values.kind !== 'object') return;
  const walk = (module: JsonNode | undefined, at: string, depth: number): void => {
    if (module === undefined || depth > 32 || !check.expect(module, at, ['object']) || module.kind !== 'object') return;
    check.expect(child(module, 'address'), `${at}.address`, ['string']);
    const resources = child(module, 'resources');
    let i = 0;
    // Each resource's header is read and let go: a plan lists every resource here once more.
    if (check.expect(resources, `${at}.resources`, ['array', 'null']) && resources?.kind === 'array')
      resources.forEachOnce((r) => {
        const rAt = lazyPath(`${at}.resources`, i++);
        if (!check.expect(r, rAt, OBJECT)) return;
        for (const key of HEADER_KEYS) check.expectChild(child(r, key), rAt, key, STRING);
        const text = (key: string) => {
          const v = scalar(child(r, key));
          return typeof v === 'string' ? v : undefined;
        };
        const type = text('type');
        visit(
          { node: r, address: text('address') ?? `${type}.${text('name')}`, type, name: text('name'), mode: text('mode'), provider: text('provider_name') },
          rAt,
        );
      }, 'members');
    const children = child(module, 'child_modules');
    if (check.expect(children, `${at}.child_modules`, ['array', 'null']) && children?.kind === 'array')
      children.items.forEach((c, i) => {
        walk(c, `${at}.child_modules[${i}]`, depth + 1);
      });
  };
  walk(child(values, 'root_module'), `${path}.root_module`, 0);
}
