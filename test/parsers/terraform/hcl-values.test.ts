/**
 * Values as the policies see them from `.tf`: partly known paths keep their volume, values built on
 * one unknown expression share it, and the expressions Terraform accepts are evaluated, with the
 * exact sub-expression named when something stays unknown.
 */
import { describe, expect, it } from 'vitest';
import { policies } from '../../../policies/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { evaluate } from '../../../src/core/engine.js';
import type { Estate } from '../../../src/core/model.js';
import { parseTerraformConfiguration } from '../../../src/parsers/terraform/index.js';
import { expectSet, expectUnknown, fixtureTree, vmByAddress, where } from './helpers.js';

async function estateOf(dir: string): Promise<Estate> {
  return parseTerraformConfiguration({ files: fixtureTree(`tf-config/${dir}`, '.tf') });
}

function findingsOf(estate: Estate): string[] {
  return evaluate(estate, policies, DEFAULT_CONFIG.settings, { today: '2026-06-01' }).findings.map(
    (f) => `${f.policyId} ${f.vm ?? ''} ${where(f.at)}${f.cannotEvaluate ? ' cannot-evaluate' : ''}`,
  );
}

describe('partial values', () => {
  it('a template or function whose beginning is known has a known volume; one built on an unknown shares its volume', async () => {
    const e = await estateOf('partial');
    expect(e.diagnostics).toEqual([]);
    expect(findingsOf(e).filter((f) => /^HVB0(00|03)/.test(f))).toEqual([
      // The fleet's disks are on D: whatever each.key is; the default checkpoint folder is on C:.
      'HVB003 hyperv_machine_instance.fleet[*] tf-config/partial/main.tf:38:1',
      // "VMs\\${…}" is relative whatever follows it.
      'HVB000 functions tf-config/partial/main.tf:62:5',
      // …so HVB003 cannot tell its volume, and says so rather than skipping it.
      'HVB003 functions tf-config/partial/main.tf:62:5 cannot-evaluate',
    ]);
    const functions = vmByAddress(e.vms, 'hyperv_machine_instance.functions');
    expect(functions.checkpointLocation).toMatchObject({ known: false, partial: { prefix: 'E:\\Hyper-V\\checkpoints\\', suffix: '' } });
    expect(functions.disks[0]!.path).toMatchObject({ known: false, partial: { prefix: 'E:\\Hyper-V\\', suffix: '\\os.vhdx' } });
    expectUnknown(functions.disks[0]!.path, 'var.unknown_name has no default and no .tfvars value', 'tf-config/partial/main.tf:56:5');
  });

  it('the [*] VM of an unknown for_each says why in what depends on each.key', async () => {
    const e = await estateOf('partial');
    const fleet = vmByAddress(e.vms, 'hyperv_machine_instance.fleet[*]');
    expect(fleet.name).toBe('hyperv_machine_instance.fleet[*]');
    expectUnknown(
      fleet.disks[0]!.path,
      'each.key of hyperv_machine_instance.fleet[*]: its for_each `var.hosts` is unknown (var.hosts has no default and no .tfvars value)',
      'tf-config/partial/main.tf:45:5',
    );
  });
});

describe('the expressions Terraform accepts', () => {
  it('evaluates object attributes beside an unknown one, conditionals, merge, lookup, try, can, dynamic blocks over known maps', async () => {
    const e = await estateOf('expressions');
    expect(e.diagnostics).toEqual([]);
    expect(e.vms.map((v) => v.address)).toEqual(['hyperv_machine_instance.db[0]', 'hyperv_machine_instance.unknowns']);
    const db = vmByAddress(e.vms, 'hyperv_machine_instance.db[0]');
    expect(db.name).toBe('DB01');
    // notes is unknown; the literal state of the same object is not lost.
    expectSet(db.state, 'Off', 'tf-config/expressions/main.tf:29:3');
    expectSet(db.generation, 2, 'tf-config/expressions/main.tf:30:3');
    expectSet(db.checkpointType, 'ProductionOnly', 'tf-config/expressions/main.tf:31:3');
    expectSet(db.checkpointLocation, 'F:\\VMs', 'tf-config/expressions/main.tf:32:3');
    expectSet(db.integrationServices.backup, true, 'tf-config/expressions/main.tf:36:5');
    expect(db.disks.map((d) => [d.name, d.path?.known && d.path.value])).toEqual([
      ['scsi0:0', 'F:\\VMs\\db01-os.vhdx'],
      ['scsi0:1', 'F:\\VMs\\db01-data.vhdx'],
    ]);
    expect(findingsOf(e).filter((f) => f.includes(' DB01 '))).toEqual(['HVB006 DB01 tf-config/expressions/main.tf:29:3']);
  });

  it('names the sub-expression that is unknown, and why', async () => {
    const e = await estateOf('expressions');
    const vm = vmByAddress(e.vms, 'hyperv_machine_instance.unknowns');
    expectUnknown(
      vm.state,
      'the condition `var.production == var.notes` is unknown (var.notes has no default and no .tfvars value)',
      'tf-config/expressions/main.tf:57:3',
    );
    expectUnknown(vm.disks[0]!.path, 'var.notes has no default and no .tfvars value', 'tf-config/expressions/main.tf:62:5');
  });
});

describe('merge() with an unknown argument', () => {
  // The defaults-then-overrides pattern of public configurations: merge(var.defaults, each.value).
  const text = `variable "defaults" {}
variable "extra_vms" {}

locals {
  vms = { web01 = { state = "Off", dir = "D:\\\\VMs" } }
}

resource "hyperv_machine_instance" "known" {
  for_each = local.vms
  name     = each.key
  state    = merge(var.defaults, each.value).state
  snapshot_file_location = merge(each.value, var.defaults).dir
}

resource "hyperv_machine_instance" "fleet" {
  for_each = merge(var.extra_vms, local.vms)
  name     = each.key
}
`;

  it('keeps the keys written after the unknown argument, and no key it may replace', async () => {
    const estate = await parseTerraformConfiguration({ files: [{ path: 'main.tf', text }] });
    const vm = vmByAddress(estate.vms, 'hyperv_machine_instance.known["web01"]');
    expectSet(vm.state, 'Off', 'main.tf:11:3');
    expectUnknown(
      vm.checkpointLocation,
      '`merge(each.value, var.defaults)`: the key "dir" may be set by `var.defaults`, which is unknown (var.defaults has no default and no .tfvars value)',
      'main.tf:12:3',
    );
  });

  it('a for_each over it is unknown as a whole: one [*] VM, never only the instances of the known keys', async () => {
    const estate = await parseTerraformConfiguration({ files: [{ path: 'main.tf', text }] });
    expect(estate.vms.map((v) => v.address).filter((a) => a.includes('fleet'))).toEqual(['hyperv_machine_instance.fleet[*]']);
    expect(vmByAddress(estate.vms, 'hyperv_machine_instance.fleet[*]').name).toBe('hyperv_machine_instance.fleet[*]');
  });
});

describe('attributes for the plan diff', () => {
  const vm = (processors: number, extra = '') => `variable "disks" {
  default = { os = "D:\\\\VMs\\\\os.vhdx" }
}

resource "hyperv_machine_instance" "app" {
  name            = "app-01"
  processor_count = ${processors}
${extra}
  dynamic "hard_disk_drives" {
    for_each = var.disks
    content {
      controller_number   = 0
      controller_location = 0
      path                = hard_disk_drives.value
    }
  }
}
`;
  const listed = async (text: string) => {
    const estate = await parseTerraformConfiguration({ files: [{ path: 'main.tf', text }] });
    const attributes = estate.vms[0]?.attributes;
    return attributes?.kind === 'listed' ? attributes.list() : new Map<string, never>();
  };

  it('lists every attribute in Terraform words, those no policy reads too, unknown ones as Terraform shows them', async () => {
    const attributes = await listed(vm(4, '  notes = var.unset_notes'));
    expect(attributes.get('processor_count')).toMatchObject({ display: '4', written: true });
    expect(attributes.get('notes')).toMatchObject({ display: '(known after apply)', written: true });
    // The provider's defaults fill what the block omits, marked as not written.
    expect(attributes.get('generation')).toMatchObject({ display: '2', written: false });
    expect(attributes.get('snapshot_file_location')).toMatchObject({ written: false, backupRelevant: true });
  });

  it('a dynamic block expands into the attributes it generates', async () => {
    const attributes = await listed(vm(2));
    expect(attributes.get('hard_disk_drives[0].path')).toMatchObject({ display: '"D:\\VMs\\os.vhdx"', backupRelevant: true });
    expect(attributes.get('hard_disk_drives[0].controller_type')).toMatchObject({ display: '"Scsi"', written: false });
  });
});
