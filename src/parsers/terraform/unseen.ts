/**
 * What a configuration does to Hyper-V that the gate does not evaluate, said at its position rather
 * than passed over in silence: modules it cannot read offline, VM resources of other providers, and
 * scripts that create or change VMs with the Hyper-V cmdlets.
 */
import type { Diagnostic } from '../../core/model.js';
import type { SourceSpan } from '../../core/source.js';
import type { Expr, HclAttribute, HclBlock, HclBody } from './hcl-syntax.js';
import type { Located } from './module.js';

/** Resource types of other providers that create Hyper-V VMs (Azure Local and SCVMM VMs run on Hyper-V). */
const OTHER_VM_TYPES: readonly [RegExp, string][] = [
  [/^hyperv_vm$/, 'a Hyper-V VM of the windsorcli/hyperv or chazragg/hyper-v provider'],
  [/^hyperv_virtual_machine$/, 'a Hyper-V VM of a provider other than taliesins/hyperv'],
  [/^azurerm_system_center_virtual_machine_manager_virtual_machine_instance$/, 'a VM that System Center Virtual Machine Manager creates on Hyper-V'],
  [/^azurerm_stack_hci_virtual_machine/, 'an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V'],
  [/^azurestackhci_virtual_machine/, 'an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V'],
];

/**
 * Cmdlets that create a VM, or change what its backup depends on (its disks, their location, the
 * Backup integration service), and the WMI classes scripts create VMs through without a cmdlet.
 */
const HYPERV_CMDLETS =
  /\b(New-VM|Import-VM|Set-VM|Move-VM|Move-VMStorage|Add-VMHardDiskDrive|Set-VMHardDiskDrive|Remove-VMHardDiskDrive|Enable-VMIntegrationService|Disable-VMIntegrationService|Add-VMScsiController|Remove-VMScsiController|Msvm_VirtualSystemManagementService)\b/i;

export function remoteModule(call: Located<HclBlock>, name: string, source: string): Diagnostic {
  const at = spanOf(call, 'source');
  return {
    at,
    code: 'terraform-remote-module',
    message: `module.${name} comes from ${JSON.stringify(source)}, which is not in the repository; the gate cannot fetch it, so any Hyper-V VMs it defines are not evaluated`,
    fix: 'Evaluate a `terraform show -json` plan of this configuration, or vendor the module into the repository and call it by a relative path.',
  };
}

export function otherVmResource(resource: Located<HclBlock>): Diagnostic | undefined {
  const [type = '', name = ''] = resource.node.labels;
  const azapiType = resource.node.body.attributes.get('type')?.expr;
  const kind = otherVmKind(type, azapiType ? textOf(azapiType) : undefined);
  return kind === undefined ? undefined : otherVmNotice(resource.node.lines.span(resource.node.start, resource.node.end), `${type}.${name}`, kind);
}

/**
 * What VM a resource of another provider creates on Hyper-V, or undefined for none. `azapiType`: the
 * `type` of an `azapi_resource` (`"Microsoft.AzureStackHCI/virtualMachineInstances@…"`), as written.
 */
export function otherVmKind(type: string, azapiType: string | undefined): string | undefined {
  const listed = OTHER_VM_TYPES.find(([pattern]) => pattern.test(type))?.[1];
  if (listed !== undefined || type !== 'azapi_resource' || azapiType === undefined) return listed;
  if (/Microsoft\.AzureStackHCI\/virtualMachineInstances/i.test(azapiType)) return 'an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V';
  if (/Microsoft\.ScVmm\/virtualMachine(Instance)?s/i.test(azapiType)) return 'a VM that System Center Virtual Machine Manager creates on Hyper-V';
  return undefined;
}

export function otherVmNotice(at: SourceSpan, address: string, kind: string): Diagnostic {
  return {
    at,
    code: 'terraform-other-vm-resource',
    message: `${address} creates ${kind}; the gate evaluates only hyperv_machine_instance of taliesins/hyperv, so this VM is not evaluated`,
    fix: 'Describe the VM for the gate in the hvgate/v1 format, or manage it with the taliesins/hyperv provider.',
  };
}

/** The first Hyper-V cmdlet (or WMI VM service) a command names. */
export function hypervCmdlet(text: string): string | undefined {
  return HYPERV_CMDLETS.exec(text)?.[1];
}

/** `place`: "its local-exec provisioner runs", as describePlace words it. */
export function scriptedVmNotice(at: SourceSpan, address: string, place: string, cmdlet: string): Diagnostic {
  return {
    at,
    code: 'terraform-scripted-vm',
    message: `${address}: ${place} ${cmdlet}, which creates or changes a Hyper-V VM outside any resource the gate evaluates; that VM is not evaluated`,
    fix: 'Manage the VM with a hyperv_machine_instance resource, or describe it for the gate in the hvgate/v1 format.',
  };
}

/**
 * Commands anywhere in a resource or data source that run Hyper-V cmdlets: provisioners (`local-exec`,
 * `remote-exec`), an `external` program, a shell provider's lifecycle commands, a script a
 * `local_file` writes. One notice per resource, at the first attribute that names a cmdlet.
 */
export function scriptedVms(resource: Located<HclBlock>): Diagnostic[] {
  const [type = '', name = ''] = resource.node.labels;
  const address = `${resource.node.type === 'data' ? 'data.' : ''}${type}.${name}`;
  const found = firstCmdlet(resource.node.body, []);
  if (!found) return [];
  const { attribute, cmdlet, path } = found;
  return [scriptedVmNotice(attribute.lines.span(attribute.start, attribute.end), address, describePlace(path), cmdlet)];
}

type Place = readonly { readonly block?: HclBlock; readonly name: string }[];

function firstCmdlet(body: HclBody, path: Place): { attribute: HclAttribute; cmdlet: string; path: Place } | undefined {
  for (const [name, attribute] of body.attributes) {
    const cmdlet = hypervCmdlet(textOf(attribute.expr));
    if (cmdlet) return { attribute, cmdlet, path: [...path, { name }] };
  }
  for (const block of body.blocks) {
    const found = firstCmdlet(block.body, [...path, { block, name: block.type }]);
    if (found) return found;
  }
  return undefined;
}

/** "its local-exec provisioner runs", "its program runs", "its lifecycle_commands.create runs", "its content holds a script that runs". */
function describePlace(path: Place): string {
  const provisioner = path.find((p) => p.block?.type === 'provisioner')?.block;
  if (provisioner) return `its ${provisioner.labels[0] ?? ''} provisioner runs`;
  const [first] = path;
  if (path.length === 1 && first) return attributePlace(first.name);
  return `its ${path.map((p) => p.name).join('.')} runs`;
}

/** "its program runs", "its content holds a script that runs". */
export function attributePlace(name: string): string {
  return /^(program|command|commands|script|scripts|inline)$/.test(name) ? `its ${name} runs` : `its ${name} holds a script that runs`;
}

function textOf(expr: Expr): string {
  return expr.source.slice(expr.start, expr.end);
}

function spanOf(located: Located<HclBlock>, attribute: string) {
  const a = located.node.body.attributes.get(attribute);
  return a ? a.lines.span(a.start, a.end) : located.node.lines.span(located.node.start, located.node.end);
}
