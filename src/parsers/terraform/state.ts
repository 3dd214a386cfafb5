/**
 * Reads Terraform state: `terraform.tfstate` (state format version 4, written since Terraform 0.12)
 * and `terraform show -json` of a state (`values.root_module` and its child modules). The
 * `hyperv_machine_instance` and `hyperv_vhd` resources of taliesins-compatible providers become VMs
 * as they exist; every value read is type-checked like a plan's.
 */
import type { Diagnostic, Estate } from '../../core/model.js';
import type { SourceSpan } from '../../core/source.js';
import { detachedText } from './detached-text.js';
import { child, JsonSyntaxError, member, parseJsonTree, scalar, type JsonNode } from './json-tree.js';
import { MACHINE, moduleNames, VHD } from './plan.js';
import { jsonPath, lazyPath, ShapeCheck } from './plan-shapes.js';
import { PlanSources, type RootMatch } from './plan-sources.js';
import { forEachValuesResource, JsonPositions, machineDraft, PlanValues, SourcePositions, vhdDraft } from './plan-values.js';
import { LineIndex } from './positions.js';
import { isCompatibleProvider, MachineBuilder } from './provider-semantics.js';
import { MACHINE_INSTANCE_SCHEMA, VHD_SCHEMA } from './provider-schema.js';

export interface TerraformState {
  /** The VMs as they exist. */
  readonly estate: Estate;
  /** The configuration the state belongs to: the folder it is in, when that holds `.tf` files. */
  readonly root: RootMatch;
  /** `hyperv_machine_instance` addresses in the state, with their position. */
  readonly machines: ReadonlyMap<string, SourceSpan>;
}

/** One resource instance of a state, in either format. */
interface StateInstance {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly module: string;
  readonly node: JsonNode;
  readonly values: JsonNode | undefined;
  readonly valuesPath: string;
  readonly sensitive: JsonNode | undefined;
}

const REWRITE = 'Pass the state as Terraform wrote it: terraform.tfstate, or `terraform show -json` of it.';

/** `attributes`: as for a plan, whether the VMs list their attributes for a plan diff (the default). */
export function parseTerraformState(input: { file: string; text: string; sources?: PlanSources; attributes?: boolean }): TerraformState {
  const { file, text } = input;
  const lines = new LineIndex(file, text);
  const diagnostics: Diagnostic[] = [];
  const failed = (diagnostic: Diagnostic): TerraformState => ({ estate: estateOf([], [diagnostic], file), root: { kind: 'none' }, machines: new Map() });
  let root: JsonNode;
  try {
    root = parseJsonTree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    const instances = readInstances(root, lines, diagnostics);
    if (!Array.isArray(instances)) return failed(instances);
    return build(instances, { file, lines, diagnostics, sources: input.sources ?? PlanSources.empty, attributes: input.attributes ?? true });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failed({
      at: lines.span(error.offset),
      code: 'state-json-invalid',
      message: `the state is not valid JSON: ${error.message}`,
      fix: REWRITE,
    });
  }
}

function readInstances(root: JsonNode, lines: LineIndex, diagnostics: Diagnostic[]): StateInstance[] | Diagnostic {
  const at = lines.span(root.start, root.kind === 'object' ? root.start + 1 : root.end);
  if (root.kind !== 'object') return notAState(at, 'it is not a JSON object');
  const check = new ShapeCheck(lines, diagnostics, 'state');
  const formatVersion = member(root, 'format_version');
  if (formatVersion) {
    const v = scalar(formatVersion.value);
    if (typeof v !== 'string' || !/^1\.\d+$/.test(v)) {
      const m = formatVersion;
      return {
        at: lines.span(m.keyStart, m.value.end),
        code: 'state-format-version',
        message: `state format_version ${JSON.stringify(v)} is not supported: hvgate reads \`terraform show -json\` format 1.x`,
        fix: 'Produce the state JSON with a Terraform or OpenTofu version that writes format 1.x.',
      };
    }
    return showJsonInstances(root, check);
  }
  const version = member(root, 'version');
  if (!version) return notAState(at, 'it has neither "format_version" (terraform show -json) nor "version" (terraform.tfstate)');
  if (scalar(version.value) !== 4) {
    return {
      at: lines.span(version.keyStart, version.value.end),
      code: 'state-version',
      message: `state version ${JSON.stringify(scalar(version.value) ?? null)} is not supported: hvgate reads state version 4, written by Terraform 0.12 and later`,
      fix: 'Upgrade the state with a current Terraform (terraform apply or terraform state pull rewrites it), or pass `terraform show -json`.',
    };
  }
  return tfstateInstances(root, check);
}

function notAState(at: SourceSpan, why: string): Diagnostic {
  return { at, code: 'state-not-terraform', message: `the file is not a Terraform state: ${why}`, fix: REWRITE };
}

/** `terraform show -json` of a state: the values representation. */
function showJsonInstances(root: JsonNode, check: ShapeCheck): StateInstance[] {
  const instances: StateInstance[] = [];
  forEachValuesResource(child(root, 'values'), 'values', check, (resource, path) => {
    if ((resource.type !== MACHINE && resource.type !== VHD) || resource.mode === 'data') return;
    if (resource.provider !== undefined && !isCompatibleProvider(resource.provider)) return;
    const values = child(resource.node, 'values');
    const sensitive = child(resource.node, 'sensitive_values');
    check.markers(sensitive, lazyPath(path, 'sensitive_values'));
    instances.push({
      address: resource.address,
      type: resource.type,
      name: resource.name ?? '',
      module: moduleOf(resource.address),
      node: resource.node,
      values,
      valuesPath: jsonPath(path(), 'values'),
      sensitive,
    });
  });
  return instances;
}

/** `terraform.tfstate`: resources with their instances. */
function tfstateInstances(root: JsonNode, check: ShapeCheck): StateInstance[] {
  const instances: StateInstance[] = [];
  const resources = child(root, 'resources');
  if (!check.expect(resources, 'resources', ['array', 'null']) || resources?.kind !== 'array') return instances;
  resources.items.forEach((resource, i) => {
    const path = `resources[${i}]`;
    if (!check.expect(resource, path, ['object'])) return;
    for (const key of ['module', 'mode', 'type', 'name', 'provider', 'each']) check.expect(child(resource, key), jsonPath(path, key), ['string']);
    const text = (key: string) => {
      const v = scalar(child(resource, key));
      return typeof v === 'string' ? v : undefined;
    };
    const type = text('type');
    if ((type !== MACHINE && type !== VHD) || text('mode') === 'data') return;
    const provider = providerSource(text('provider'));
    if (provider !== undefined && !isCompatibleProvider(provider)) return;
    const list = child(resource, 'instances');
    if (!check.expect(list, `${path}.instances`, ['array']) || list?.kind !== 'array') return;
    const module = text('module') ?? '';
    const name = text('name') ?? '';
    list.items.forEach((instance, j) => {
      const at = `${path}.instances[${j}]`;
      if (!check.expect(instance, at, ['object'])) return;
      check.expect(child(instance, 'index_key'), `${at}.index_key`, ['number', 'string']);
      check.expect(child(instance, 'deposed'), `${at}.deposed`, ['string']);
      // A deposed object is an older copy waiting to be destroyed; the current one is its own instance.
      if (member(instance, 'deposed') !== undefined) return;
      const key = scalar(child(instance, 'index_key'));
      const index = typeof key === 'number' ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : '';
      instances.push({
        // A copy: joined from slices of the state's text, it would keep that text for the run.
        address: detachedText(`${module === '' ? '' : `${module}.`}${type}.${name}${index}`),
        type,
        name,
        module,
        node: instance,
        values: child(instance, 'attributes'),
        valuesPath: `${at}.attributes`,
        sensitive: sensitiveMarkers(child(instance, 'sensitive_attributes'), `${at}.sensitive_attributes`, check),
      });
    });
  });
  return instances;
}

/** `provider["registry.terraform.io/taliesins/hyperv"]` (optionally module-prefixed, aliased) → the source. */
function providerSource(provider: string | undefined): string | undefined {
  if (provider === undefined) return undefined;
  const quoted = /provider\["([^"]+)"\]/.exec(provider);
  return quoted ? quoted[1] : provider;
}

/** `module.vm["a"].hyperv_machine_instance.this[0]` → `module.vm["a"]`. */
function moduleOf(address: string): string {
  const names = moduleNames(address);
  if (names.length === 0) return '';
  const pattern = /(?:module\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.?)+/y;
  return (pattern.exec(address)?.[0] ?? '').replace(/\.$/, '');
}

/**
 * State format 4 lists sensitive values as paths (`[{"type":"get_attr","value":"notes"}]`); as a
 * marker tree they read like a plan's `after_sensitive`. A path in a form this reader does not
 * know marks the whole object sensitive, so nothing sensitive is ever shown.
 */
function sensitiveMarkers(node: JsonNode | undefined, path: string, check: ShapeCheck): JsonNode | undefined {
  if (node === undefined || !check.expect(node, path, ['array', 'null']) || node.kind !== 'array' || node.items.length === 0) return undefined;
  const tree: Record<string, unknown> = {};
  let whole = false;
  for (const steps of node.items) {
    const keys = steps.kind === 'array' ? steps.items.map(stepKey) : [undefined];
    if (keys.length === 0 || !keys.every((k): k is string | number => k !== undefined)) {
      whole = true;
      break;
    }
    let at: Record<string | number, unknown> = tree;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) at[key] = true;
      else at = (at[key] ??= typeof keys[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
    });
  }
  return markerNode(whole ? true : tree, node);
}

function stepKey(step: JsonNode): string | number | undefined {
  const type = scalar(child(step, 'type'));
  const value = child(step, 'value');
  if (type === 'get_attr' && typeof scalar(value) === 'string') return scalar(value) as string;
  if (type === 'index') {
    const inner = scalar(child(value, 'value'));
    if (typeof inner === 'number' || typeof inner === 'string') return inner;
  }
  return undefined;
}

/** A plain marker tree as JSON nodes, positioned at `at`, so the values reader can use it like `after_sensitive`. */
function markerNode(value: unknown, at: JsonNode): JsonNode {
  if (Array.isArray(value)) {
    const items = value.map((v) => markerNode(v ?? false, at));
    return {
      kind: 'array',
      start: at.start,
      end: at.end,
      items,
      forEachOnce: (visit) => {
        items.forEach(visit);
      },
    };
  }
  if (typeof value === 'object' && value !== null) {
    const members = new Map(Object.entries(value).map(([k, v]) => [k, { keyStart: at.start, value: markerNode(v, at) }] as const));
    return { kind: 'object', start: at.start, end: at.end, members };
  }
  return { kind: 'scalar', start: at.start, end: at.end, value: value === true };
}

function build(
  instances: readonly StateInstance[],
  context: { file: string; lines: LineIndex; diagnostics: Diagnostic[]; sources: PlanSources; attributes: boolean },
): TerraformState {
  const { file, lines, diagnostics, sources, attributes } = context;
  const check = new ShapeCheck(lines, diagnostics, 'state');
  const rootMatch: RootMatch = sources.rootFor(file, undefined);
  const builder = new MachineBuilder();
  const addresses = new Map<string, SourceSpan>();
  for (const instance of instances) {
    const span = lines.span(instance.node.start, instance.node.end);
    if (addresses.has(instance.address)) {
      diagnostics.push({
        at: span,
        code: `state-duplicate-address:${instance.address}`,
        message: `${instance.address} appears twice in the state; Terraform keeps one current object per resource instance`,
        fix: REWRITE,
      });
      continue;
    }
    if (instance.values === undefined) {
      diagnostics.push({
        at: span,
        code: `state-values-missing:${instance.address}`,
        message: `${instance.address} has no ${instance.valuesPath.slice(instance.valuesPath.lastIndexOf('.') + 1)} (${instance.valuesPath}), which Terraform always writes: the VM cannot be evaluated`,
        fix: REWRITE,
      });
      continue;
    }
    if (instance.type === MACHINE) addresses.set(instance.address, span);
    check.attributes(instance.values, instance.valuesPath, instance.type === MACHINE ? MACHINE_INSTANCE_SCHEMA : VHD_SCHEMA);
    const block = rootMatch.kind === 'root' ? sources.locate(rootMatch.dir, undefined, moduleNames(instance.module), instance.type, instance.name) : undefined;
    // Values of another type were reported by the check above; they are not read as an empty VM.
    const values = instance.values;
    if (values.kind !== 'object') continue;
    const positions = block ? new SourcePositions(block) : new JsonPositions(lines, values, undefined, span, span);
    const v = new PlanValues({ values, sensitive: instance.sensitive, positions, check });
    if (instance.type === MACHINE)
      builder.addMachine(machineDraft(instance.address, v, 'terraform-state', rootMatch.kind === 'root' ? rootMatch.dir : file, attributes));
    else builder.addVhd(vhdDraft(instance.address, v));
  }
  const built = builder.finish();
  return { estate: estateOf(built.vms, [...diagnostics, ...built.diagnostics], file), root: rootMatch, machines: addresses };
}

function estateOf(vms: Estate['vms'], diagnostics: Diagnostic[], file: string): Estate {
  return { vms, jobs: [], hosts: [], exceptions: [], diagnostics, files: [file] };
}
