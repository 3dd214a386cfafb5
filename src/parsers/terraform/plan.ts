/**
 * Reads `terraform show -json <planfile>` output: the `hyperv_machine_instance` and `hyperv_vhd`
 * changes of taliesins-compatible providers become a before and an after estate. Values Terraform
 * knows only after apply stay unknown; the `configuration` section tells author-written values from
 * provider defaults; positions point at the `.tf` sources when given, else into the plan JSON. Every
 * value read is type-checked (plan-shapes.ts); a Hyper-V VM that `planned_values` or `prior_state`
 * lists but `resource_changes` does not is a diagnostic, since Terraform lists every resource there.
 */
import type { Diagnostic, Estate, VirtualMachine } from '../../core/model.js';
import type { PlanAction } from '../../core/plan.js';
import type { SourceSpan } from '../../core/source.js';
import type { AttributePath } from './attributes.js';
import type { SourceFile } from './hcl.js';
import { child, JsonSyntaxError, keptValue, member, parseJsonTree, scalar, toPlain, type JsonNode } from './json-tree.js';
import { jsonPath, lazyPath, NUMBER_OR_STRING, OBJECT, spelled, STRING, ShapeCheck, type PathOf } from './plan-shapes.js';
import { PlanSources, type RootMatch } from './plan-sources.js';
import { forEachValuesResource, JsonPositions, machineDraft, PlanValues, SourcePositions, vhdDraft, type Positions } from './plan-values.js';
import { LineIndex } from './positions.js';
import { isCompatibleProvider, MachineBuilder } from './provider-semantics.js';
import { MACHINE_INSTANCE_SCHEMA, VHD_SCHEMA } from './provider-schema.js';
import { attributePlace, hypervCmdlet, otherVmKind, otherVmNotice, scriptedVmNotice } from './unseen.js';

/** What the plan does to a resource: `resource_changes[].change.actions` as one action (`["delete", "create"]` is `replace`). */
export type TerraformAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget';

export interface ResourceChange {
  readonly address: string;
  /** The VM's name; for a deleted VM only when the before estate is built. */
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
  /** The configuration the plan was made from, among the `.tf` sources given. */
  readonly root: RootMatch;
  /** `hyperv_machine_instance` addresses the plan lists in `resource_changes` (deleted ones too), with their entry. */
  readonly machines: ReadonlyMap<string, SourceSpan>;
}

export const MACHINE = 'hyperv_machine_instance';
export const VHD = 'hyperv_vhd';

const REWRITE = 'Write the plan with `terraform show -json tfplan > plan.json` and pass it unedited.';

export interface PlanInput {
  readonly file: string;
  readonly text: string;
  readonly sources?: PlanSources | readonly SourceFile[];
  /** Whether the VMs list their attributes for a plan diff (the default); without them no part of the text outlives the reading. */
  readonly attributes?: boolean;
  /**
   * Whether the before estate is built (the default): `hvgate plan` stands it in for the base. A
   * caller that evaluates only what the plan creates or keeps leaves it out, which spares building a
   * second VM for every resource the plan updates or leaves unchanged.
   */
  readonly before?: boolean;
}

export async function parseTerraformPlan(input: PlanInput): Promise<TerraformPlan> {
  const { file, text } = input;
  const lines = new LineIndex(file, text);
  const failed = (diagnostic: Diagnostic): TerraformPlan => ({
    before: estateOf([], [], [file]),
    after: estateOf([], [diagnostic], [file]),
    changes: [],
    root: { kind: 'none' },
    machines: new Map(),
  });

  try {
    const root = parseJsonTree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    const problem = checkPlanShape(root, lines);
    if (problem) return failed(problem);
    const sources = input.sources === undefined ? PlanSources.empty : Array.isArray(input.sources) ? await PlanSources.build(input.sources) : input.sources;
    return readPlan(root, file, sources as PlanSources, lines, { attributes: input.attributes ?? true, before: input.before ?? true });
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

interface Pending {
  readonly address: string;
  readonly action: TerraformAction;
  readonly actions: string[];
  readonly at: SourceSpan;
  readonly replacePaths?: string[][];
}

function readPlan(root: JsonNode, file: string, sources: PlanSources, lines: LineIndex, build: { attributes: boolean; before: boolean }): TerraformPlan {
  const diagnostics: Diagnostic[] = [];
  const check = new ShapeCheck(lines, diagnostics, 'plan');
  for (const key of ['configuration', 'planned_values', 'prior_state']) check.expect(child(root, key), key, ['object', 'null']);
  const changesNode = child(root, 'resource_changes');
  check.expect(changesNode, 'resource_changes', ['array', 'null']);
  const configuration = child(root, 'configuration');
  const unevaluated: Diagnostic[] = [];
  const config = indexConfiguration(configuration?.kind === 'object' ? configuration : undefined, check, lines, (notice) => unevaluated.push(notice));
  const rootMatch = sources.rootFor(file, configuration);
  const locate = (modules: readonly string[], type: string, name: string) =>
    rootMatch.kind === 'root' ? sources.locate(rootMatch.dir, configuration, modules, type, name) : undefined;

  const after = new MachineBuilder();
  const before = new MachineBuilder();
  const pending: Pending[] = [];
  const machines = new Map<string, SourceSpan>();
  const seen = new Set<string>();

  let index = 0;
  if (changesNode?.kind === 'array')
    changesNode.forEachOnce((rc) => {
      // Spelled only for a diagnostic: a plan of many resources builds no path string per resource.
      const path = lazyPath('resource_changes', index++);
      if (!check.expect(rc, path, OBJECT)) return;
      const other = otherVm(rc, lines);
      if (other) unevaluated.push(other);
      const resource = readResourceHeader(rc, path, check);
      if (!resource) return;
      const { type, address } = resource;
      const rcSpan = lines.span(rc.start, rc.end);
      const change = child(rc, 'change');
      const changePath = lazyPath(path, 'change');
      if (change === undefined || !check.expect(change, changePath, OBJECT)) {
        if (change === undefined) diagnostics.push(missing(rcSpan, address, changePath, 'plan-change-missing'));
        return;
      }
      const actionsNode = child(change, 'actions');
      const actionsPath = lazyPath(changePath, 'actions');
      const actions = readActions(actionsNode, actionsPath, check);
      if (actions === undefined) {
        if (actionsNode === undefined) diagnostics.push(missing(rcSpan, address, actionsPath, 'plan-actions-missing'));
        return;
      }
      const action = actionOf(actions);
      if (!action) {
        diagnostics.push({
          at: rcSpan,
          code: 'plan-unknown-action',
          message: `${address}: the plan action ${JSON.stringify(actions)} is not one hvgate knows`,
          fix: 'Report this plan to the hvgate maintainers; meanwhile the resource is not evaluated.',
        });
        return;
      }
      // A deposed object is an older copy being destroyed; the address's current object is its own entry.
      if (member(rc, 'deposed') !== undefined) return;
      if (seen.has(address)) {
        diagnostics.push({
          at: rcSpan,
          code: `plan-duplicate-address:${address}`,
          message: `${address} appears twice in resource_changes; Terraform lists every resource instance once, so this plan was not written by it as it is`,
          fix: REWRITE,
        });
        return;
      }
      seen.add(address);
      if (type === MACHINE) machines.set(address, rcSpan);

      for (const side of ['before', 'after'] as const) {
        check.attributes(child(change, side), lazyPath(changePath, side), type === MACHINE ? MACHINE_INSTANCE_SCHEMA : VHD_SCHEMA);
      }
      for (const marker of ['after_unknown', 'before_sensitive', 'after_sensitive']) check.markers(child(change, marker), lazyPath(changePath, marker));
      const replacePaths = readReplacePaths(child(change, 'replace_paths'), lazyPath(changePath, 'replace_paths'), check);

      const modules = moduleNames(resource.moduleAddress);
      const exprs = config.size === 0 ? undefined : config.get(`${modules.join('.')}|${type}.${resource.name}`);
      const block = locate(modules, type, resource.name);
      const addressMember = member(rc, 'address');
      const jsonHeader = addressMember ? lines.span(addressMember.keyStart, addressMember.value.end) : rcSpan;

      const read = (side: 'before' | 'after'): PlanValues => {
        const values = child(change, side);
        const unknowns = side === 'after' ? child(change, 'after_unknown') : undefined;
        const positions: Positions = block
          ? new SourcePositions(block)
          : new JsonPositions(lines, values?.kind === 'object' ? values : undefined, unknowns, rcSpan, jsonHeader);
        return new PlanValues({
          values,
          unknowns,
          sensitive: child(change, `${side}_sensitive`),
          exprs,
          positions,
          check,
          ...(side === 'after' && replacePaths ? { replacePaths } : {}),
        });
      };
      const target = (side: MachineBuilder, values: PlanValues) => {
        if (type === MACHINE)
          side.addMachine(machineDraft(address, values, 'terraform-plan', rootMatch.kind === 'root' ? rootMatch.dir : file, build.attributes));
        else side.addVhd(vhdDraft(address, values));
      };

      const hasAfter = action !== 'delete' && action !== 'forget' && child(change, 'after')?.kind === 'object';
      const hasBefore = action !== 'create' && child(change, 'before')?.kind === 'object';
      if (action !== 'delete' && action !== 'forget' && !hasAfter)
        diagnostics.push(missing(rcSpan, address, lazyPath(changePath, 'after'), 'plan-after-missing'));
      const afterValues = hasAfter ? read('after') : undefined;
      const beforeValues = hasBefore ? read('before') : undefined;
      if (afterValues) target(after, afterValues);
      if (beforeValues && build.before) target(before, beforeValues);

      pending.push({
        address,
        action,
        actions,
        at: (afterValues ?? beforeValues)?.positions.resource ?? rcSpan,
        ...(replacePaths ? { replacePaths: replacePaths.map((p) => p.map(String)) } : {}),
      });
    });

  for (const section of ['planned_values', 'prior_state'] as const) {
    const values = section === 'prior_state' ? child(child(root, section), 'values') : child(root, section);
    const base = section === 'prior_state' ? 'prior_state.values' : section;
    forEachValuesResource(values, base, check, (resource, path) => {
      if (resource.type !== MACHINE || resource.mode === 'data' || seen.has(resource.address)) return;
      if (resource.provider !== undefined && !isCompatibleProvider(resource.provider)) return;
      diagnostics.push({
        at: lines.span(resource.node.start, resource.node.end),
        code: `plan-unlisted-vm:${section}:${resource.address}`,
        message: `${path()} is the VM ${resource.address}, which resource_changes does not list: Terraform lists every resource instance there, so this plan was edited or is incomplete, and the VM is not evaluated`,
        fix: REWRITE,
      });
    });
  }

  const builtAfter = after.finish();
  const builtBefore = before.finish();
  const names = new Map<string, string>();
  for (const vm of [...builtBefore.vms, ...builtAfter.vms]) if (vm.name !== vm.address) names.set(vm.address, vm.name);

  return {
    before: estateOf(builtBefore.vms, builtBefore.diagnostics, [file]),
    after: { ...estateOf(builtAfter.vms, [...diagnostics, ...builtAfter.diagnostics], [file]), unevaluated },
    changes: pending.map((p) => {
      const vmName = names.get(p.address);
      return vmName === undefined ? p : { ...p, vmName };
    }),
    root: rootMatch,
    machines,
  };
}

interface ResourceHeader {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly moduleAddress: string;
}

const HEADER_STRINGS = ['address', 'module_address', 'mode', 'type', 'name', 'provider_name', 'deposed', 'action_reason', 'previous_address'];

/** `type`, `mode`, `name`, `address`, … of a resource change, type-checked; undefined when it is none the gate reads. */
function readResourceHeader(rc: JsonNode, path: PathOf, check: ShapeCheck): ResourceHeader | undefined {
  for (const key of HEADER_STRINGS) check.expectChild(child(rc, key), path, key, STRING);
  check.expectChild(child(rc, 'index'), path, 'index', NUMBER_OR_STRING);
  const type = str(child(rc, 'type'));
  if ((type !== MACHINE && type !== VHD) || str(child(rc, 'mode')) === 'data') return undefined;
  const provider = str(child(rc, 'provider_name'));
  if (provider !== undefined && !isCompatibleProvider(provider)) return undefined;
  return {
    type,
    name: keptStr(child(rc, 'name')) ?? '',
    address: keptStr(child(rc, 'address')) ?? type,
    moduleAddress: str(child(rc, 'module_address')) ?? '',
  };
}

function readActions(node: JsonNode | undefined, path: PathOf, check: ShapeCheck): string[] | undefined {
  if (node === undefined || !check.expect(node, path, ['array'])) return undefined;
  if (node.kind !== 'array') return undefined;
  const actions: string[] = [];
  const wellTyped = node.items.map((item, i) => check.expectChild(item, path, i, STRING));
  for (const item of node.items) actions.push(String(scalar(item)));
  return wellTyped.every(Boolean) ? actions : undefined;
}

function readReplacePaths(node: JsonNode | undefined, path: PathOf, check: ShapeCheck): AttributePath[] | undefined {
  if (node === undefined || !check.expect(node, path, ['array', 'null']) || node.kind !== 'array') return undefined;
  const paths: AttributePath[] = [];
  node.items.forEach((item, i) => {
    const itemPath = lazyPath(path, i);
    if (!check.expect(item, itemPath, ['array']) || item.kind !== 'array') return;
    const steps = item.items.filter((step, j) => check.expectChild(step, itemPath, j, ['string', 'number']));
    paths.push(steps.map((step) => (step.kind === 'scalar' ? keptValue(step) : toPlain(step)) as string | number));
  });
  return paths;
}

function missing(at: SourceSpan, address: string, pathOf: PathOf, code: string): Diagnostic {
  const path = spelled(pathOf);
  return {
    at,
    code: `${code}:${address}`,
    message: `${address} has no ${path.slice(path.lastIndexOf('.') + 1)} (${path}), which Terraform always writes: the resource cannot be evaluated`,
    fix: REWRITE,
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
/** A VM of another provider that the plan creates or keeps: not evaluated, and said so at its entry. */
function otherVm(rc: JsonNode, lines: LineIndex): Diagnostic | undefined {
  const type = str(child(rc, 'type'));
  const after = child(child(rc, 'change'), 'after');
  const kind = type === undefined || str(child(rc, 'mode')) === 'data' ? undefined : otherVmKind(type, str(child(after, 'type')));
  if (kind === undefined || after?.kind !== 'object') return undefined;
  return otherVmNotice(lines.span(rc.start, rc.end), str(child(rc, 'address')) ?? type ?? '', kind);
}

/** Provisioners and expressions of a configuration resource that run Hyper-V cmdlets, as the `.tf` reader finds them. */
function scriptedVm(resource: JsonNode, address: string, lines: LineIndex): Diagnostic | undefined {
  const provisioners = child(resource, 'provisioners');
  for (const provisioner of provisioners?.kind === 'array' ? provisioners.items : []) {
    const cmdlet = hypervCmdlet(JSON.stringify(toPlain(provisioner)));
    if (cmdlet)
      return scriptedVmNotice(lines.span(provisioner.start, provisioner.end), address, `its ${str(child(provisioner, 'type')) ?? ''} provisioner runs`, cmdlet);
  }
  const expressions = child(resource, 'expressions');
  for (const [name, { value }] of expressions?.kind === 'object' ? expressions.members : []) {
    const cmdlet = hypervCmdlet(JSON.stringify(toPlain(value)));
    if (cmdlet) return scriptedVmNotice(lines.span(value.start, value.end), address, attributePlace(name), cmdlet);
  }
  return undefined;
}

function indexConfiguration(
  configuration: JsonNode | undefined,
  check: ShapeCheck,
  lines: LineIndex,
  notice: (diagnostic: Diagnostic) => void,
): Map<string, JsonNode> {
  const index = new Map<string, JsonNode>();
  const visit = (module: JsonNode | undefined, path: string, names: string[], depth: number): void => {
    if (!module || depth > 32 || !check.expect(module, path, ['object']) || module.kind !== 'object') return;
    const resources = child(module, 'resources');
    if (check.expect(resources, `${path}.resources`, ['array']) && resources?.kind === 'array')
      resources.items.forEach((r, i) => {
        const at = `${path}.resources[${i}]`;
        if (!check.expect(r, at, ['object'])) return;
        for (const key of ['mode', 'type', 'name']) check.expect(child(r, key), jsonPath(at, key), ['string']);
        const address = [
          ...names.map((n) => `module.${n}`),
          `${str(child(r, 'mode')) === 'data' ? 'data.' : ''}${str(child(r, 'type'))}.${str(child(r, 'name'))}`,
        ];
        const scripted = scriptedVm(r, address.join('.'), lines);
        if (scripted) notice(scripted);
        if (str(child(r, 'mode')) === 'data') return;
        const exprs = child(r, 'expressions');
        if (!check.expect(exprs, `${at}.expressions`, ['object'])) return;
        index.set(
          `${names.join('.')}|${str(child(r, 'type'))}.${str(child(r, 'name'))}`,
          exprs ?? { kind: 'object', start: r.start, end: r.end, members: new Map() },
        );
      });
    const calls = child(module, 'module_calls');
    if (check.expect(calls, `${path}.module_calls`, ['object']) && calls?.kind === 'object')
      for (const [name, call] of calls.members) {
        const at = jsonPath(`${path}.module_calls`, name);
        if (check.expect(call.value, at, ['object'])) visit(child(call.value, 'module'), `${at}.module`, [...names, name], depth + 1);
      }
  };
  if (configuration !== undefined) visit(child(configuration, 'root_module'), 'configuration.root_module', [], 0);
  return index;
}

function str(node: JsonNode | undefined): string | undefined {
  const v = scalar(node);
  return typeof v === 'string' ? v : undefined;
}

/** `str`, for a string kept for the run (an address, a VM's name): a copy, not a slice of the plan's text. */
function keptStr(node: JsonNode | undefined): string | undefined {
  const v = node?.kind === 'scalar' ? keptValue(node) : undefined;
  return typeof v === 'string' ? v : undefined;
}
