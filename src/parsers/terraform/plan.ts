/**
 * Reads `terraform show -json <planfile>` output: the `hyperv_machine_instance` and `hyperv_vhd`
 * changes of taliesins-compatible providers become a before and an after estate. Values Terraform
 * knows only after apply stay unknown; the `configuration` section tells author-written values from
 * provider defaults; positions point at the `.tf` sources when given, else into the plan JSON.
 */
import type { Diagnostic, Estate, VirtualMachine } from '../../core/model.js';
import type { PlanAction } from '../../core/plan.js';
import type { SourceSpan } from '../../core/source.js';
import type { BlockPositions } from './block-positions.js';
import { absent, type DiskDraft, type Field, type MachineDraft, type MapDraft, type MapEntryDraft, type VhdDraft } from './draft.js';
import type { SourceFile } from './hcl.js';
import { child, JsonSyntaxError, member, parseJsonTree, scalar, toPlain, type JsonNode } from './json-tree.js';
import { PlanSources } from './plan-sources.js';
import { LineIndex } from './positions.js';
import { buildMachines, isCompatibleProvider, PATH_NOT_SET_REASON } from './provider-semantics.js';

/** What the plan does to a resource: `resource_changes[].change.actions` as one action (`["delete", "create"]` is `replace`). */
export type TerraformAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget';

export interface ResourceChange {
  readonly address: string;
  readonly vmName?: string;
  readonly action: TerraformAction;
  /** As the plan writes them, e.g. `["create", "delete"]` for create-before-destroy. */
  readonly actions: readonly string[];
  readonly at: SourceSpan;
  readonly replacePaths?: readonly (readonly string[])[];
}

export interface TerraformPlan {
  /** Resources as they are before apply (updated, deleted, replaced, unchanged). */
  readonly before: Estate;
  /** Resources as planned (created, updated, replaced, unchanged); the estate to evaluate. */
  readonly after: Estate;
  readonly changes: readonly ResourceChange[];
}

const MACHINE = 'hyperv_machine_instance';
const VHD = 'hyperv_vhd';
const KNOWN_AFTER_APPLY = 'known after apply';

export async function parseTerraformPlan(input: { file: string; text: string; sources?: readonly SourceFile[] }): Promise<TerraformPlan> {
  const { file, text } = input;
  const lines = new LineIndex(file, text);
  const failed = (diagnostic: Diagnostic): TerraformPlan => ({
    before: estateOf([], [], [file]),
    after: estateOf([], [diagnostic], [file]),
    changes: [],
  });

  try {
    const root = parseJsonTree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    const problem = checkPlanShape(root, lines);
    return problem ? failed(problem) : await readPlan(root, input, lines);
  } catch (error) {
    // Objects are parsed when first read, so a malformed inside surfaces here too.
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failed({
      at: lines.span(error.offset),
      code: 'plan-json-invalid',
      message: `the plan is not valid JSON: ${error.message}`,
      fix: 'Write the plan with `terraform show -json tfplan > plan.json` and make sure the file is complete.',
    });
  }
}

async function readPlan(root: JsonNode, input: { file: string; sources?: readonly SourceFile[] }, lines: LineIndex): Promise<TerraformPlan> {
  const { file } = input;
  const diagnostics: Diagnostic[] = [];
  const configuration = child(root, 'configuration');
  const config = indexConfiguration(configuration);
  const sources = input.sources && input.sources.length > 0 ? await PlanSources.build(file, input.sources, configuration, diagnostics) : undefined;

  const after = { machines: [] as MachineDraft[], vhds: [] as VhdDraft[] };
  const before = { machines: [] as MachineDraft[], vhds: [] as VhdDraft[] };
  const pending: { address: string; action: TerraformAction; actions: string[]; at: SourceSpan; replacePaths?: string[][] }[] = [];

  const changes = child(root, 'resource_changes');
  if (changes?.kind === 'array')
    changes.forEachOnce((rc) => {
      if (rc.kind !== 'object') {
        // Terraform writes one object per resource; anything else means the file was not written by it.
        diagnostics.push({
          at: lines.span(rc.start, rc.end),
          code: 'plan-resource-change-shape',
          message: 'an entry of "resource_changes" is not an object, so this is not a plan Terraform wrote',
          fix: 'Write the plan with `terraform show -json tfplan > plan.json`.',
        });
        return;
      }
      const type = str(child(rc, 'type'));
      if ((type !== MACHINE && type !== VHD) || str(child(rc, 'mode')) === 'data') return;
      const provider = str(child(rc, 'provider_name'));
      if (provider !== undefined && !isCompatibleProvider(provider)) return;
      const address = str(child(rc, 'address')) ?? type;
      const change = child(rc, 'change');
      const actionsNode = child(change, 'actions');
      const actions = actionsNode?.kind === 'array' ? actionsNode.items.map((a) => String(scalar(a))) : [];
      const action = actionOf(actions);
      const rcSpan = lines.span(rc.start, rc.end);
      if (!action) {
        diagnostics.push({
          at: rcSpan,
          code: 'plan-unknown-action',
          message: `${address}: the plan action ${JSON.stringify(actions)} is not one hvgate knows`,
          fix: 'Report this plan to the hvgate maintainers; meanwhile the resource is not evaluated.',
        });
        return;
      }

      const modules = moduleNames(str(child(rc, 'module_address')) ?? '');
      const name = str(child(rc, 'name')) ?? '';
      const exprs = config.get(`${modules.join('.')}|${type}.${name}`);
      const block = sources?.locate(modules, type, name);
      const addressMember = member(rc, 'address');
      const jsonHeader = addressMember ? lines.span(addressMember.keyStart, addressMember.value.end) : rcSpan;

      const read = (side: 'before' | 'after'): PlanValues => {
        const values = child(change, side);
        const unknowns = side === 'after' ? child(change, 'after_unknown') : undefined;
        const positions: Positions = block
          ? new SourcePositions(block)
          : new JsonPositions(lines, values?.kind === 'object' ? values : undefined, unknowns, rcSpan, jsonHeader);
        return new PlanValues(values, unknowns, exprs, positions);
      };
      const target = (set: typeof after, values: PlanValues) => {
        if (type === MACHINE) set.machines.push(machineDraft(address, values));
        else set.vhds.push(vhdDraft(address, values));
      };

      const hasAfter = action !== 'delete' && action !== 'forget';
      const hasBefore = action !== 'create' && child(change, 'before')?.kind === 'object';
      const afterValues = hasAfter ? read('after') : undefined;
      const beforeValues = hasBefore ? read('before') : undefined;
      if (afterValues) target(after, afterValues);
      if (beforeValues) target(before, beforeValues);

      const replacePaths = child(change, 'replace_paths');
      pending.push({
        address,
        action,
        actions,
        at: (afterValues ?? beforeValues)?.positions.resource ?? rcSpan,
        ...(replacePaths?.kind === 'array' ? { replacePaths: (toPlain(replacePaths) as unknown[][]).map((p) => p.map(String)) } : {}),
      });
    });

  const builtAfter = buildMachines(after.machines, after.vhds);
  const builtBefore = buildMachines(before.machines, before.vhds);
  const names = new Map<string, string>();
  for (const vm of [...builtBefore.vms, ...builtAfter.vms]) if (vm.name !== vm.address) names.set(vm.address, vm.name);

  return {
    before: estateOf(builtBefore.vms, builtBefore.diagnostics, [file]),
    after: estateOf(builtAfter.vms, [...diagnostics, ...builtAfter.diagnostics], [file, ...(input.sources ?? []).map((s) => s.path)]),
    changes: pending.map((p) => {
      const vmName = names.get(p.address);
      return vmName === undefined ? p : { ...p, vmName };
    }),
  };
}

function estateOf(vms: VirtualMachine[], diagnostics: Diagnostic[], files: string[]): Estate {
  return { vms, jobs: [], hosts: [], exceptions: [], diagnostics, files };
}

function checkPlanShape(root: JsonNode, lines: LineIndex): Diagnostic | undefined {
  const at = lines.span(root.start, root.kind === 'object' ? root.start + 1 : root.end);
  const notAPlan = (why: string): Diagnostic => ({
    at,
    code: 'plan-not-terraform',
    message: `the file is JSON but not a Terraform plan: ${why}`,
    fix: 'Pass the output of `terraform show -json tfplan`, or leave this file out of the gate.',
  });
  if (root.kind !== 'object') return notAPlan('it is not a JSON object');
  const version = member(root, 'format_version');
  if (!version) return notAPlan('it has no "format_version"');
  const v = scalar(version.value);
  if (typeof v !== 'string' || !/^1\.\d+$/.test(v)) {
    return {
      at: lines.span(version.keyStart, version.value.end),
      code: 'plan-format-version',
      message: `plan format_version ${JSON.stringify(v)} is not supported: hvgate reads the plan JSON format 1.x (terraform show -json from Terraform 1.1 on, and OpenTofu)`,
      fix: 'Produce the plan with a Terraform or OpenTofu version that writes format 1.x, or upgrade hvgate if a newer one reads this format.',
    };
  }
  const has = (key: string) => root.members.has(key);
  if (!has('resource_changes') && !has('planned_values')) {
    if (has('values')) {
      return {
        at,
        code: 'plan-is-state',
        message: 'this is `terraform show -json` of a state, not of a plan: it has no "resource_changes"',
        fix: 'Run `terraform plan -out tfplan` and pass `terraform show -json tfplan`.',
      };
    }
    if (!has('terraform_version')) return notAPlan('it has "format_version" but none of "resource_changes", "planned_values", "terraform_version"');
  }
  return undefined;
}

function actionOf(actions: readonly string[]): TerraformAction | undefined {
  const key = actions.join(',');
  switch (key) {
    case 'create':
    case 'update':
    case 'delete':
    case 'no-op':
    case 'read':
    case 'forget':
      return key;
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    default:
      return undefined;
  }
}

/** The plan's action in the gate's words: `forget` (removed from state, not destroyed) leaves the estate as a delete does. */
export function planActionOf(action: TerraformAction): PlanAction {
  switch (action) {
    case 'no-op':
    case 'read':
      return 'unchanged';
    case 'forget':
      return 'delete';
    default:
      return action;
  }
}

/** `module.a["x"].module.b[0]` → `["a", "b"]`: configuration is per module, not per instance. */
export function moduleNames(moduleAddress: string): string[] {
  const names: string[] = [];
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.?/gy;
  for (let m = pattern.exec(moduleAddress); m !== null; m = pattern.exec(moduleAddress)) if (m[1] !== undefined) names.push(m[1]);
  return names;
}

/** `<module names>|<type>.<name>` → the resource's `expressions` in the plan's configuration. */
function indexConfiguration(configuration: JsonNode | undefined): Map<string, JsonNode> {
  const index = new Map<string, JsonNode>();
  const visit = (module: JsonNode | undefined, path: string[], depth: number): void => {
    if (!module || depth > 32) return;
    const resources = child(module, 'resources');
    for (const r of resources?.kind === 'array' ? resources.items : []) {
      if (str(child(r, 'mode')) === 'data') continue;
      index.set(
        `${path.join('.')}|${str(child(r, 'type'))}.${str(child(r, 'name'))}`,
        child(r, 'expressions') ?? { kind: 'object', start: r.start, end: r.end, members: new Map() },
      );
    }
    const calls = child(module, 'module_calls');
    if (calls?.kind === 'object') for (const [name, call] of calls.members) visit(child(call.value, 'module'), [...path, name], depth + 1);
  };
  visit(child(configuration, 'root_module'), [], 0);
  return index;
}

function str(node: JsonNode | undefined): string | undefined {
  const v = scalar(node);
  return typeof v === 'string' ? v : undefined;
}

/** Where a resource's attributes are: in the `.tf` sources, or in the plan JSON. */
interface Positions {
  readonly resource: SourceSpan;
  /** For omitted attributes. */
  readonly header: SourceSpan;
  attr(key: string): SourceSpan | undefined;
  mapKey(attr: string, key: string): SourceSpan | undefined;
  nested(type: string, index: number, total: number): Positions;
}

class SourcePositions implements Positions {
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

class JsonPositions implements Positions {
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

/** One object of a plan (`after`, `before`, or a nested block in them) with its unknown markers and configuration. */
class PlanValues {
  constructor(
    private readonly values: JsonNode | undefined,
    /** `after_unknown` for this object; `true` when the whole object is unknown. */
    private readonly unknowns: JsonNode | undefined,
    /** Configuration expressions; undefined when the configuration does not show this object. */
    private readonly exprs: JsonNode | undefined,
    readonly positions: Positions,
  ) {}

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
    if (node.kind !== 'scalar') return { kind: 'unknown', at, reason: 'the plan holds a collection here, not a single value' };
    return { kind: 'known', value: node.value, at, written: this.written(key) };
  }

  map(key: string): MapDraft {
    const at = this.positions.attr(key) ?? this.positions.header;
    if (this.isUnknown(key)) return { kind: 'unknown', at, reason: this.reason(key) };
    const node = child(this.values, key);
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return absent(at);
    if (node.kind !== 'object') return this.field(key);
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
      else if (value?.kind === 'scalar') field = { kind: 'known', value: value.value, at: entryAt, written: keyWritten(k) };
      else field = { kind: 'unknown', at: entryAt, reason: 'the plan holds a collection here, not true/false' };
      entries.push({ key: k, at: entryAt, value: field });
    }
    return { kind: 'entries', at, entries };
  }

  /** Nested blocks; 'unknown' when the whole list is known only after apply. */
  list(key: string): PlanValues[] | 'unknown' {
    if (this.isUnknown(key)) return 'unknown';
    const node = child(this.values, key);
    if (node?.kind !== 'array') return [];
    const exprs = child(this.exprs, key);
    // Configuration lists static blocks only; with `dynamic` blocks the counts differ and it cannot be matched.
    const matched = this.exprs !== undefined && exprs?.kind === 'array' && exprs.items.length === node.items.length;
    return node.items.map(
      (item, i) =>
        new PlanValues(item, child(child(this.unknowns, key), i), matched ? child(exprs, i) : undefined, this.positions.nested(key, i, node.items.length)),
    );
  }
}

function machineDraft(address: string, v: PlanValues): MachineDraft {
  const list = v.list('hard_disk_drives');
  const disks: DiskDraft[] =
    list === 'unknown'
      ? [unknownDisk(v.positions.attr('hard_disk_drives') ?? v.positions.header)]
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
    format: 'terraform-plan',
    at: v.positions.resource,
    name: v.field('name'),
    path: v.field('path'),
    generation: v.field('generation'),
    state: v.field('state'),
    checkpointType: v.field('checkpoint_type'),
    snapshotFileLocation: v.field('snapshot_file_location'),
    integrationServices: v.map('integration_services'),
    disks,
  };
}

function unknownDisk(at: SourceSpan): DiskDraft {
  const f: Field = { kind: 'unknown', at, reason: `${KNOWN_AFTER_APPLY}: the hard_disk_drives list` };
  return { at, controllerType: f, controllerNumber: f, controllerLocation: f, path: f, diskNumber: f, supportPersistentReservations: f };
}

function vhdDraft(address: string, v: PlanValues): VhdDraft {
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
