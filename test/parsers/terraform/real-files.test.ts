import { describe, expect, it } from 'vitest';
import { parseTerraformConfiguration } from '../../../src/parsers/terraform/index.js';
import { expectDefault, expectSet, expectUnknown, fixture, fixtureTree, where } from './helpers.js';

// Fixtures under tf/real reproduce the constructs of public repositories named in their first lines.
describe('files shaped like public Hyper-V Terraform repositories', () => {
  it('lower-case enums and drive letters, a trailing backslash, quoted numbers, a hyperv_vhd reference', async () => {
    const e = await parseTerraformConfiguration({ files: [fixture('tf/real/homelab-lowercase.tf')] });
    expect(e.diagnostics).toEqual([]);
    const [vm] = e.vms;
    expect(vm).toMatchObject({ name: 'Lab2', address: 'hyperv_machine_instance.lab2' });
    expectSet(vm!.checkpointType, 'Disabled', 'tf/real/homelab-lowercase.tf:27:5');
    expectSet(vm!.configurationPath, 'c:\\HyperV\\Lab2\\', 'tf/real/homelab-lowercase.tf:24:5');
    expectDefault(vm!.checkpointLocation, 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', 'tf/real/homelab-lowercase.tf:22:1');
    expect(vm!.disks[0]).toMatchObject({ name: 'scsi0:0', controller: { type: 'scsi', number: 0, location: 0 } });
    expectSet(vm!.disks[0]!.path, 'c:\\HyperV\\Lab2\\Lab2.vhdx', 'tf/real/homelab-lowercase.tf:35:5');
    expectSet(vm!.integrationServices.backup, true, 'tf/real/homelab-lowercase.tf:43:5');
  });

  it('a module called with for_each over objects, forward-slash paths built from them, functions in locals', async () => {
    const e = await parseTerraformConfiguration({ files: fixtureTree('tf/real/talos', '.tf') });
    expect(e.diagnostics).toEqual([]);
    // for_each over a local map: one module instance per key, the node object known in it.
    expect(e.vms.map((v) => v.address)).toEqual(['module.nodes["cp1"].hyperv_machine_instance.vm']);
    const vm = e.vms[0]!;
    expect(vm.name).toBe('talos-cp1');
    expectSet(vm.disks[0]!.path, 'C:/Hyper-V/talos-cp1.vhdx', 'tf/real/talos/modules/hyperv-vm/main.tf:40:5');
    expectDefault(vm.disks[0]!.shared, false, 'tf/real/talos/modules/hyperv-vm/main.tf:37:3');
    expectSet(vm.generation, 2, 'tf/real/talos/modules/hyperv-vm/main.tf:18:3');
  });

  it('names from undeclared variables and a disk from a hyperv_vhd declared elsewhere', async () => {
    const e = await parseTerraformConfiguration({ files: [fixture('tf/real/skybrix-vm.tf')] });
    expect(e.diagnostics).toEqual([]);
    const vm = e.vms[0]!;
    expect(vm.name).toBe('hyperv_machine_instance.vm');
    expect(where(vm.nameAt)).toBe('tf/real/skybrix-vm.tf:4:3');
    expectUnknown(
      vm.disks[0]!.path,
      '`hyperv_vhd.os_disk.path` refers to a resource that is not declared in this module; known after apply',
      'tf/real/skybrix-vm.tf:23:5',
    );
  });

  it('every attribute written out, checkpoints on D:, state Off', async () => {
    const e = await parseTerraformConfiguration({ files: [fixture('tf/real/full-attributes.tf')] });
    const vm = e.vms[0]!;
    expectSet(vm.state, 'Off', 'tf/real/full-attributes.tf:15:3');
    expectSet(vm.checkpointLocation, 'D:\\VirtualMachines\\Hyper-V\\Snapshots', 'tf/real/full-attributes.tf:13:3');
    expectSet(vm.checkpointType, 'Disabled', 'tf/real/full-attributes.tf:10:3');
    expectSet(vm.integrationServices.backup, true, 'tf/real/full-attributes.tf:32:5');
    expect(vm.integrationServices.unrecognized).toEqual([]);
  });

  it('pre-0.12 block syntax for integration_services is a syntax error at the block', async () => {
    const e = await parseTerraformConfiguration({ files: [fixture('tf/real/old-syntax.tf')] });
    expect(e.diagnostics.map((d) => [d.code, where(d.at)])).toEqual([['hcl-syntax', 'tf/real/old-syntax.tf:9:24']]);
    expect(e.vms).toEqual([]);
  });
});
