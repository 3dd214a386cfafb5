import { describe, expect, it } from 'vitest';
import { parseTerraformConfiguration } from '../../../src/parsers/terraform/index.js';
import { expectDefault, expectSet, expectUnknown, fixture, fixtureTree, vmByAddress, where } from './helpers.js';

const SNAPSHOT_NOTE = 'not set: the provider puts checkpoints in C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';

async function configuration(dir: string, withTfvars = true) {
  return parseTerraformConfiguration({ files: fixtureTree(`tf/${dir}`, '.tf'), ...(withTfvars ? { tfvars: fixtureTree(`tf/${dir}`, '.tfvars') } : {}) });
}

describe('literal values', () => {
  it('reads enums in any case, quoted numbers, the backup service and an unrecognized (localized) key', async () => {
    const e = await configuration('basic');
    expect(e.notices).toEqual([]);
    expect(e.diagnostics).toEqual([]);
    const vm = vmByAddress(e.vms, 'hyperv_machine_instance.app01');
    expect(vm).toMatchObject({ name: 'app01', format: 'terraform' });
    expect(where(vm.at)).toBe('tf/basic/main.tf:12:1');
    expect(where(vm.nameAt)).toBe('tf/basic/main.tf:13:3');
    expectSet(vm.generation, 1, 'tf/basic/main.tf:14:3');
    expectSet(vm.state, 'Off', 'tf/basic/main.tf:15:3');
    expectSet(vm.checkpointType, 'ProductionOnly', 'tf/basic/main.tf:16:3');
    expectSet(vm.checkpointLocation, 'D:\\VMs\\app01', 'tf/basic/main.tf:17:3');
    expectUnknown(vm.configurationPath, /^path is not set: Hyper-V puts the VM in the host's default virtual machine folder/, 'tf/basic/main.tf:12:1');
    expectSet(vm.integrationServices.backup, false, 'tf/basic/main.tf:20:5');
    expect(vm.integrationServices.unrecognized.map((u) => [u.name, where(u.at)])).toEqual([['Sicherung (Volumeschattenkopie)', 'tf/basic/main.tf:22:5']]);
  });

  it('reads IDE and SCSI disks, shared VHDX and VHD Set, a differencing parent through hyperv_vhd', async () => {
    const vm = vmByAddress((await configuration('basic')).vms, 'hyperv_machine_instance.app01');
    expect(vm.disks.map((d) => [d.name, d.kind, where(d.at)])).toEqual([
      ['ide0:0', 'virtual', 'tf/basic/main.tf:25:3'],
      ['scsi1:0', 'virtual', 'tf/basic/main.tf:32:3'],
      ['scsi1:1', 'virtual', 'tf/basic/main.tf:39:3'],
      ['scsi1:2', 'virtual', 'tf/basic/main.tf:45:3'],
    ]);
    const [os, quorum, set, child] = vm.disks;
    // `path = hyperv_vhd.os.path`: the value of that block, at the line that refers to it.
    expectSet(os!.path, 'D:\\VMs\\app01\\os.vhdx', 'tf/basic/main.tf:29:5');
    expectDefault(os!.shared, false, 'tf/basic/main.tf:25:3', 'not set: the disk is not shared');
    expectSet(quorum!.shared, true, 'tf/basic/main.tf:36:5');
    expectSet(set!.shared, true, 'tf/basic/main.tf:42:5');
    expectSet(child!.path, 'D:/VMs/app01/child.vhdx', 'tf/basic/main.tf:48:5');
    expectSet(child!.parentPath, '\\\\fs01\\golden\\base.vhdx', 'tf/basic/main.tf:8:3');
    expect(os!.parentPath).toBeUndefined();
    expectSet(vm.scsiControllers, 1, 'tf/basic/main.tf:32:3');
  });

  it('applies the provider defaults to a VM that writes only its name', async () => {
    const vm = vmByAddress((await configuration('basic')).vms, 'hyperv_machine_instance.minimal');
    const header = 'tf/basic/main.tf:52:1';
    expectDefault(vm.generation, 2, header, 'not set: the provider creates generation 2 VMs');
    expectDefault(vm.state, 'Running', header);
    expectDefault(vm.checkpointType, 'Production', header);
    expectDefault(vm.checkpointLocation, 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', header, SNAPSHOT_NOTE);
    expect(vm.checkpointLocation.at).toMatchObject({ endLine: 52, endColumn: 47 });
    expectDefault(vm.integrationServices.backup, true, header, /^not set: Hyper-V enables the Backup/);
    expectDefault(vm.scsiControllers, 1, header, /generation 2 VM always has a SCSI controller/);
    expect(vm.disks).toEqual([]);
    expectUnknown(vm.guest.os, 'not expressible in Terraform; declare guest.os in a .hvgate.yml overlay', 'tf/basic/main.tf:52:1');
    expect(vm.labels).toEqual({});
  });
});

describe('variables, locals and .tfvars', () => {
  it('follows var defaults, .tfvars overrides, locals and object variables', async () => {
    const e = await configuration('variables');
    const vm = vmByAddress(e.vms, 'hyperv_machine_instance.web');
    expect(vm.name).toBe('from-tfvars');
    expect(where(vm.nameAt)).toBe('tf/variables/main.tf:7:3');
    expectSet(vm.checkpointLocation, 'E:\\Checkpoints', 'tf/variables/main.tf:8:3');
    expectSet(vm.configurationPath, 'F:\\Hyper-V\\config', 'tf/variables/main.tf:9:3');
    expectSet(vm.integrationServices.backup, false, 'tf/variables/main.tf:12:5');
    expectSet(vm.disks[0]!.path, 'F:\\Hyper-V\\os.vhdx', 'tf/variables/main.tf:18:5');
  });

  it('keeps what a variable cannot tell unknown, naming the expression; a known .vhds ending still marks a shared disk', async () => {
    const e = await configuration('variables');
    const web = vmByAddress(e.vms, 'hyperv_machine_instance.web');
    expectUnknown(web.disks[1]!.path, 'var.unset_dir is not declared in test/fixtures/terraform/tf/variables', 'tf/variables/main.tf:24:5');
    expectSet(web.disks[1]!.shared, true, 'tf/variables/main.tf:24:5');
    // count = 3: one VM per instance, each with its own count.index; count = 0: none at all.
    expect(e.vms.map((v) => [v.address, v.name])).toEqual([
      ['hyperv_machine_instance.web', 'from-tfvars'],
      ['hyperv_machine_instance.fleet[0]', 'fleet-0'],
      ['hyperv_machine_instance.fleet[1]', 'fleet-1'],
      ['hyperv_machine_instance.fleet[2]', 'fleet-2'],
    ]);
    const fleet = vmByAddress(e.vms, 'hyperv_machine_instance.fleet[2]');
    expectUnknown(fleet.generation, 'var.generation_typo is not declared in test/fixtures/terraform/tf/variables', 'tf/variables/main.tf:31:3');
    expectSet(fleet.state, 'Running', 'tf/variables/main.tf:32:3');
    expectSet(fleet.disks[0]!.path, 'D:\\VMs\\fleet-2.vhdx', 'tf/variables/main.tf:37:5');
    expectDefault(fleet.disks[0]!.shared, false, 'tf/variables/main.tf:34:3');
  });

  it('without .tfvars uses the default, and says when a variable has none', async () => {
    const vm = vmByAddress((await configuration('variables', false)).vms, 'hyperv_machine_instance.web');
    expect(vm.name).toBe('from-default');
    expectUnknown(vm.configurationPath, 'var.vhd_dir has no default and no .tfvars value', 'tf/variables/main.tf:9:3');
  });

  it('reads .tfvars.json, later files overriding earlier ones', async () => {
    const e = await parseTerraformConfiguration({
      files: fixtureTree('tf/variables', '.tf'),
      tfvars: [
        fixture('tf/variables/terraform.tfvars'),
        { path: 'test/fixtures/terraform/tf/variables/override.auto.tfvars.json', text: '{"vm_name": "from-json"}' },
      ],
    });
    expect(vmByAddress(e.vms, 'hyperv_machine_instance.web').name).toBe('from-json');
  });
});

describe('dynamic blocks, count and for_each', () => {
  it('expands a dynamic block over a literal for_each and keeps one unknown disk for an unknown one', async () => {
    const e = await configuration('dynamic');
    expect(e.diagnostics).toEqual([]);
    // for_each = toset(["a", "b"]): one VM per key, addressed as Terraform addresses them.
    expect(e.vms.map((v) => [v.address, v.name])).toEqual([
      ['hyperv_machine_instance.db["a"]', 'db-a'],
      ['hyperv_machine_instance.db["b"]', 'db-b'],
    ]);
    const vm = vmByAddress(e.vms, 'hyperv_machine_instance.db["b"]');
    // A map is iterated in lexical key order: data, then logs.
    expect(vm.disks.map((d) => d.name)).toEqual(['scsi0:0', 'scsi0:2', 'scsi0:1', 'disk4']);
    expectSet(vm.disks[1]!.path, 'F:\\VMs\\data.vhdx', 'tf/dynamic/main.tf:27:7');
    expectSet(vm.disks[2]!.path, 'E:\\VMs\\logs.vhdx', 'tf/dynamic/main.tf:27:7');
    expect(where(vm.disks[1]!.at)).toBe('tf/dynamic/main.tf:22:3');
    const runtime = vm.disks[3]!;
    expect(where(runtime.at)).toBe('tf/dynamic/main.tf:31:3');
    expect(runtime.controller).toBeUndefined();
    expectUnknown(
      runtime.path,
      "`disk` is an element of the dynamic block's for_each, which is unknown (var.runtime_disks has no default and no .tfvars value)",
      'tf/dynamic/main.tf:38:7',
    );
    expectSet(vm.scsiControllers, 2, 'tf/dynamic/main.tf:16:3');
  });
});

describe('modules', () => {
  it('follows local module sources with their arguments, marks repeated modules, leaves registry modules alone', async () => {
    const e = await configuration('modules');
    expect(e.diagnostics).toEqual([]);
    expect(e.unevaluated?.map((d) => [d.code, where(d.at)])).toEqual([['terraform-remote-module', 'tf/modules/main.tf:15:3']]);
    expect(e.vms.map((v) => [v.address, v.name])).toEqual([
      ['module.dc.hyperv_machine_instance.this', 'dc01'],
      ['module.fleet["a"].hyperv_machine_instance.this', 'fleet-a'],
      ['module.fleet["b"].hyperv_machine_instance.this', 'fleet-b'],
    ]);
    expectSet(e.vms[0]!.disks[0]!.path, 'G:\\VMs\\dc01.vhdx', 'tf/modules/modules/vm/main.tf:10:5');
    expectDefault(e.vms[1]!.generation, 2, 'tf/modules/modules/vm/main.tf:4:1');
    expectSet(e.vms[2]!.disks[0]!.path, 'G:\\VMs\\fleet.vhdx', 'tf/modules/modules/vm/main.tf:10:5');
  });
});

describe('files without VMs, other providers, broken files', () => {
  it('a provider-only file gives no VMs and no error, but a notice at the provider block', async () => {
    const e = await configuration('provider-only');
    expect(e.vms).toEqual([]);
    expect(e.diagnostics).toEqual([]);
    expect(e.files).toEqual(['test/fixtures/terraform/tf/provider-only/main.tf']);
    expect(e.notices).toEqual([
      'test/fixtures/terraform/tf/provider-only/main.tf:10:1: this configuration sets up the Hyper-V provider but defines no hyperv_machine_instance, so there is nothing to evaluate in it.',
    ]);
  });

  it('ignores hyperv_* resources of a module that declares windsorcli/hyperv (same type names, another schema)', async () => {
    const e = await parseTerraformConfiguration({
      files: [
        fixture('tf/windsor/main.tf'),
        {
          path: 'test/fixtures/terraform/tf/windsor/vm.tf',
          text: 'resource "hyperv_machine_instance" "x" {\n  name = "x"\n  hard_disk_drives {\n    path = "D:\\\\VMs\\\\disk.vhdx"\n  }\n}\n',
        },
      ],
    });
    expect(e.diagnostics).toEqual([]);
    // Read with the taliesins schema, the VM would appear and its disk would be linked to the differencing hyperv_vhd.
    expect(e.vms).toEqual([]);
    // Not silently: the VM the gate does not evaluate is named where it is written.
    expect(e.unevaluated?.map((d) => [d.code, where(d.at)])).toEqual([['terraform-other-provider', 'tf/windsor/vm.tf:1:1']]);
  });

  it('reports a syntax error at its position and still reads the blocks before it', async () => {
    const e = await configuration('invalid');
    expect(e.diagnostics.map((d) => [d.code, where(d.at), d.message])).toEqual([
      [
        'hcl-syntax',
        'tf/invalid/main.tf:7:31',
        'invalid escape sequence "\\P" in a string: write "\\\\" for one backslash (and 2 more syntax errors after it)',
      ],
    ]);
    expect(e.vms.map((v) => v.name)).toEqual(['good']);
  });

  it('reports a missing closing brace where the file ends', async () => {
    const e = await parseTerraformConfiguration({ files: [{ path: 'cut.tf', text: 'resource "hyperv_machine_instance" "a" {\n  name = "a"\n' }] });
    expect(e.diagnostics.map((d) => [d.code, where(d.at), d.message])).toEqual([
      ['hcl-syntax', 'cut.tf:3:1', 'syntax error: a closing brace (}) is missing here'],
    ]);
    expect(e.vms).toEqual([]);
  });

  it('reports a block header split over lines, which Terraform rejects, and does not evaluate the block', async () => {
    const text = 'resource\n"hyperv_machine_instance" "a" {\n  name = "a"\n}\n';
    const e = await parseTerraformConfiguration({ files: [{ path: 'split.tf', text }] });
    expect(e.diagnostics.map((d) => [d.code, where(d.at), d.message])).toEqual([
      ['hcl-syntax', 'split.tf:1:1', 'invalid block definition: the opening brace must be on the same line as the block header'],
    ]);
    expect(e.vms).toEqual([]);
  });

  it('reports disks written as an argument and an argument written as a block, which Terraform rejects', async () => {
    const text = 'resource "hyperv_machine_instance" "a" {\n  hard_disk_drives = [{ disk_number = 3 }]\n  state {\n  }\n}\n';
    const e = await parseTerraformConfiguration({ files: [{ path: 'swapped.tf', text }] });
    expect(e.diagnostics.map((d) => [d.code, where(d.at)])).toEqual([
      ['terraform-block-as-argument:hard_disk_drives', 'swapped.tf:2:3'],
      ['terraform-argument-as-block:state', 'swapped.tf:3:3'],
    ]);
  });

  it('reports values the provider would reject and an empty name', async () => {
    const e = await parseTerraformConfiguration({
      files: [{ path: 'bad.tf', text: 'resource "hyperv_machine_instance" "a" {\n  name = ""\n  checkpoint_type = "Snapshot"\n  generation = 3\n}\n' }],
    });
    expect(e.diagnostics.map((d) => [d.code, where(d.at)])).toEqual([
      ['terraform-empty-name', 'bad.tf:2:3'],
      ['terraform-invalid-value', 'bad.tf:4:3'],
      ['terraform-invalid-value', 'bad.tf:3:3'],
    ]);
    const vm = e.vms[0]!;
    expect(vm.name).toBe('hyperv_machine_instance.a');
    expectUnknown(vm.checkpointType, 'checkpoint_type = "Snapshot" is not a valid value', 'bad.tf:3:3');
  });
});
