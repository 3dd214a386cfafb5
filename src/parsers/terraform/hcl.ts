/**
 * Drafts of `hyperv_machine_instance` and `hyperv_vhd` blocks as one instance of them evaluates:
 * each attribute known, partly known or unknown, at the line it is written on; `hard_disk_drives`
 * blocks, `dynamic` ones expanded over known collections.
 */
import type { SourceSpan } from '../../core/source.js';
import { BlockPositions } from './block-positions.js';
import { absent, type DiskDraft, type Field, type MachineDraft, type MapDraft, type MapEntryDraft, type VhdDraft } from './draft.js';
import { evaluate, objectKey, type Scope } from './hcl-eval.js';
import { dynamicIterations } from './dynamic-blocks.js';
import { instanceAttributes } from './hcl-attributes.js';
import { MACHINE_INSTANCE_SCHEMA } from './provider-schema.js';
import { complete, sortedEntries, type TfValue } from './values.js';

export type { SourceFile } from './files.js';

export const MACHINE = 'hyperv_machine_instance';
export const VHD = 'hyperv_vhd';

/** Where a draft comes from: its address, configuration, and the `hyperv_vhd` blocks of its module. */
export interface DraftContext {
  readonly address: string;
  readonly configuration: string;
  /**
   * Address of a `hyperv_vhd` of the same module instance, for `path = hyperv_vhd.<name>.path`;
   * `key` is the instance key written after the name (`[0]`, `["a"]`), if any.
   */
  readonly vhdAddress: (name: string, key: string | undefined) => string | undefined;
}

export function machineDraft(positions: BlockPositions, scope: Scope, context: DraftContext): MachineDraft {
  const f = (name: string) => field(positions, name, scope);
  return {
    attributes: instanceAttributes(positions.block, scope, context.address, MACHINE_INSTANCE_SCHEMA),
    address: context.address,
    configuration: context.configuration,
    format: 'terraform',
    at: positions.whole,
    name: nameField(positions, scope),
    path: f('path'),
    generation: f('generation'),
    state: f('state'),
    checkpointType: f('checkpoint_type'),
    snapshotFileLocation: f('snapshot_file_location'),
    integrationServices: services(positions, scope),
    disks: disks(positions, scope, context),
  };
}

export function vhdDraft(positions: BlockPositions, scope: Scope, address: string): VhdDraft {
  return {
    address,
    at: positions.whole,
    path: field(positions, 'path', scope),
    vhdType: field(positions, 'vhd_type', scope),
    parentPath: field(positions, 'parent_path', scope),
  };
}

/** The name is where the resource is, even when a variable file gives it: findings about the whole VM point there. */
function nameField(positions: BlockPositions, scope: Scope): Field {
  const a = positions.attribute('name');
  const name = field(positions, 'name', scope);
  return a && name.kind === 'known' ? { ...name, at: a.lines.span(a.start, a.end) } : name;
}

function field(positions: BlockPositions, name: string, scope: Scope): Field {
  const a = positions.attribute(name);
  if (!a) return absent(positions.header);
  return fieldOf(evaluate(a.expr, scope), a.lines.span(a.start, a.end));
}

export function fieldOf(v: TfValue, at: SourceSpan): Field {
  switch (v.kind) {
    case 'scalar':
      return { kind: 'known', value: v.value, at: v.at ?? at, written: true };
    case 'unknown':
      return v.text === undefined ? { kind: 'unknown', at, reason: v.reason } : { kind: 'unknown', at, reason: v.reason, partial: v.text };
    case 'list':
    case 'map':
      return { kind: 'unknown', at, reason: `the value is a ${v.kind === 'list' ? 'list' : 'map'}, not a single value`, mistyped: true };
  }
}

/** `integration_services`: entries at their own lines when written as an object, else at the attribute. */
function services(positions: BlockPositions, scope: Scope): MapDraft {
  const a = positions.attribute('integration_services');
  if (!a) return absent(positions.header);
  const at = a.lines.span(a.start, a.end);
  if (a.expr.kind === 'object') {
    const entries: MapEntryDraft[] = [];
    for (const elem of a.expr.elems) {
      const key = objectKey(elem.key, scope);
      const elemAt = a.lines.span(elem.start, elem.end);
      if (key.kind !== 'scalar') return { kind: 'unknown', at: elemAt, reason: key.kind === 'unknown' ? key.reason : 'the key is not text' };
      entries.push({ key: String(key.value), at: elemAt, value: fieldOf(evaluate(elem.value, scope), elemAt) });
    }
    return { kind: 'entries', at, entries };
  }
  // Keys that are not known may switch a service off: the map as a whole is unknown then.
  const v = complete(evaluate(a.expr, scope));
  if (v.kind !== 'map') return fieldOf(v, at);
  return { kind: 'entries', at, entries: sortedEntries(v).map(([key, value]) => ({ key, at, value: fieldOf(value, at) })) };
}

function disks(positions: BlockPositions, scope: Scope, context: DraftContext): DiskDraft[] {
  const out: DiskDraft[] = [];
  for (const { positions: p, dynamic } of positions.nestedBlocks('hard_disk_drives')) {
    if (!dynamic) {
      out.push(diskDraft(p, scope, context));
      continue;
    }
    for (const iterator of dynamicIterations(dynamic, scope, context.address)) {
      out.push(diskDraft(p, { ...scope, names: new Map([...(scope.names ?? []), [iterator.name, iterator.value]]) }, context));
    }
  }
  return out;
}

function diskDraft(positions: BlockPositions, scope: Scope, context: DraftContext): DiskDraft {
  const f = (name: string) => field(positions, name, scope);
  const vhdAddress = referencedVhd(positions, scope, context);
  return {
    at: positions.whole,
    controllerType: f('controller_type'),
    controllerNumber: f('controller_number'),
    controllerLocation: f('controller_location'),
    path: f('path'),
    diskNumber: f('disk_number'),
    supportPersistentReservations: f('support_persistent_reservations'),
    ...(vhdAddress !== undefined ? { vhdAddress } : {}),
  };
}

/** `path = hyperv_vhd.os.path`, `hyperv_vhd.os[count.index].path`, `resource.hyperv_vhd.…`: that hyperv_vhd's address. */
function referencedVhd(positions: BlockPositions, scope: Scope, context: DraftContext): string | undefined {
  const expr = positions.attribute('path')?.expr;
  if (expr?.kind !== 'traversal') return undefined;
  const steps = expr.root === 'resource' ? expr.steps.slice(1) : expr.steps;
  const type = expr.root === 'resource' ? expr.steps[0] : { attr: expr.root };
  const [name, index] = steps;
  if (!type || !('attr' in type) || type.attr !== VHD || !name || !('attr' in name)) return undefined;
  if (!index || !('index' in index)) return context.vhdAddress(name.attr, undefined);
  const key = evaluate(index.index, scope);
  const keyText =
    key.kind === 'scalar' && key.value !== null ? (typeof key.value === 'number' ? `[${key.value}]` : `[${JSON.stringify(String(key.value))}]`) : '[*]';
  return context.vhdAddress(name.attr, keyText);
}
