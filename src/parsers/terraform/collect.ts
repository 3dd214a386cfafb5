/**
 * Walks the module instances of one configuration and collects what the gate evaluates: a draft for
 * every instance of a `hyperv_machine_instance` and `hyperv_vhd` (Terraform's own addresses, such as
 * `module.x["a"].hyperv_machine_instance.vm[0]`), and a located word for everything it cannot.
 */
import type { Diagnostic } from '../../core/model.js';
import { BlockPositions } from './block-positions.js';
import { swappedArgumentsAndBlocks } from './block-shape.js';
import type { MachineDraft, VhdDraft } from './draft.js';
import { EvaluationLimit } from './hcl-eval.js';
import { MACHINE, machineDraft, VHD, vhdDraft } from './hcl.js';
import type { HclBlock } from './hcl-syntax.js';
import { expand } from './instances.js';
import type { Located, TerraformModule } from './module.js';
import type { ModuleInstance } from './module-instance.js';
import { MACHINE_INSTANCE_SCHEMA, VHD_SCHEMA } from './provider-schema.js';
import { isCompatibleProvider } from './provider-semantics.js';
import { otherVmResource, scriptedVms } from './unseen.js';

export interface Collected {
  readonly machines: MachineDraft[];
  readonly vhds: VhdDraft[];
  readonly diagnostics: Diagnostic[];
  readonly unevaluated: Diagnostic[];
}

/** Module nesting deeper than this is a cycle or a mistake; Terraform itself would not get there. */
const MAX_MODULE_DEPTH = 16;

/** `configuration` names the configuration on every VM: its root module folder. */
export function collectConfiguration(root: ModuleInstance, configuration: string): Collected {
  const out: Collected = { machines: [], vhds: [], diagnostics: [], unevaluated: [] };
  collectInstance(root, configuration, new Map(), out);
  return out;
}

/** `inherited`: the provider source of each local name in the calling module, for modules that do not declare their own. */
function collectInstance(instance: ModuleInstance, configuration: string, inherited: ReadonlyMap<string, string>, out: Collected): void {
  const module = instance.module;
  const providers = new Map([...inherited, ...module.providerSources]);
  for (const resource of module.resources) {
    if (resource.node.broken) continue;
    out.unevaluated.push(...scriptedVms(resource));
    if (resource.node.type !== 'resource') continue;
    const type = resource.node.labels[0] ?? '';
    const source = providerSource(resource.node, providers);
    if ((type === MACHINE || type === VHD) && (source === undefined || isCompatibleProvider(source))) {
      guarded(resource.node, out, () => {
        collectResource(instance, resource, configuration, out);
      });
      continue;
    }
    const other = type === MACHINE && source !== undefined ? incompatibleMachine(resource, source) : otherVmResource(resource);
    if (other) out.unevaluated.push(other);
  }
  for (const call of module.calls) {
    if (call.block.node.broken) continue;
    const calls = guarded(call.block.node, out, () => instance.callInstances(call));
    if (!calls) continue;
    if (calls.problem !== undefined) out.diagnostics.push(atBlock(call.block.node, 'terraform-instances', calls.problem));
    for (const { child } of calls.instances) {
      if (child.depth > MAX_MODULE_DEPTH) {
        out.diagnostics.push(
          atBlock(
            call.block.node,
            'terraform-module-depth',
            `module.${call.name}: modules nest more than ${MAX_MODULE_DEPTH} deep here (does a module call itself?); what lies deeper is not evaluated`,
          ),
        );
        break;
      }
      collectInstance(child, configuration, providers, out);
    }
  }
}

function collectResource(instance: ModuleInstance, resource: Located<HclBlock>, configuration: string, out: Collected): void {
  const block = resource.node;
  const [type, name] = block.labels as [string, string];
  const address = `${instance.prefix}${type}.${name}`;
  const expansion = expand(block, instance.scope(), address);
  if (!expansion.ok) {
    out.diagnostics.push(atBlock(block, 'terraform-instances', expansion.problem));
    return;
  }
  const positions = new BlockPositions(resource.file, block);
  out.diagnostics.push(...swappedArgumentsAndBlocks(block, type === VHD ? VHD_SCHEMA : MACHINE_INSTANCE_SCHEMA, address));
  for (const one of expansion.instances) {
    const scope = instance.scope(one);
    if (type === VHD) out.vhds.push(vhdDraft(positions, scope, `${address}${one.key}`));
    else
      out.machines.push(
        machineDraft(positions, scope, {
          address: `${address}${one.key}`,
          configuration,
          vhdAddress: (vhd, key) => vhdAddressIn(instance.module, instance.prefix, vhd, key),
        }),
      );
  }
}

/** The address a `hyperv_vhd.<name>[key]` reference names, when that block is in the module. */
function vhdAddressIn(module: TerraformModule, prefix: string, name: string, key: string | undefined): string | undefined {
  const vhd = module.resources.find((r) => r.node.type === 'resource' && r.node.labels[0] === VHD && r.node.labels[1] === name);
  if (!vhd) return undefined;
  const repeated = vhd.node.body.attributes.has('count') || vhd.node.body.attributes.has('for_each');
  return `${prefix}${VHD}.${name}${repeated ? (key ?? '[*]') : ''}`;
}

/**
 * The provider source a resource uses: `provider = <local name>[.alias]`, else the local name its
 * type starts with; undefined when no module on the way declares that local name.
 */
function providerSource(block: HclBlock, providers: ReadonlyMap<string, string>): string | undefined {
  const explicit = block.body.attributes.get('provider')?.expr;
  const localName = explicit?.kind === 'traversal' ? explicit.root : ((block.labels[0] ?? '').split('_')[0] ?? '');
  return providers.get(localName);
}

function incompatibleMachine(resource: Located<HclBlock>, source: string): Diagnostic {
  const [type, name] = resource.node.labels;
  return {
    at: resource.node.lines.span(resource.node.start, resource.node.end),
    code: 'terraform-other-provider',
    message: `${type}.${name} uses the provider ${JSON.stringify(source)}, whose schema the gate does not know; this VM is not evaluated`,
    fix: 'Use the taliesins/hyperv provider (or a fork with its schema) for hyperv_machine_instance, or describe the VM in the hvgate/v1 format.',
  };
}

/** Evaluation that runs out of budget or stack is a finding at the block, never a crash or a silent skip. */
function guarded<T>(block: HclBlock, out: Collected, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
    const [type, name] = block.type === 'module' ? ['module', block.labels[0]] : block.labels;
    out.diagnostics.push(
      atBlock(
        block,
        'terraform-too-complex',
        `${type}.${name} cannot be evaluated: ${error instanceof EvaluationLimit ? error.message : 'its expressions nest too deeply'}`,
      ),
    );
    return undefined;
  }
}

function atBlock(block: HclBlock, code: string, message: string): Diagnostic {
  return { at: block.lines.span(block.start, block.end), code, message, fix: 'Simplify the configuration, or evaluate a `terraform show -json` plan of it.' };
}
