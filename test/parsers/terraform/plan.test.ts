import { describe, expect, it } from 'vitest';
import { parseTerraformPlan } from '../../../src/parsers/terraform/index.js';
import { expectDefault, expectSet, expectUnknown, fixture, vmByAddress, where } from './helpers.js';

const SNAPSHOT_NOTE = 'not set: the provider puts checkpoints in C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';
const PATH_REASON = "known after apply: path is not set: Hyper-V puts the VM in the host's default virtual machine folder, which only the host knows";

async function plan(name: string, sources?: string[]) {
  const f = fixture(`plan/${name}`);
  return parseTerraformPlan({ file: f.path, text: f.text, ...(sources ? { sources: sources.map((s) => fixture(s)) } : {}) });
}

describe('create inside a module with count, positions in the plan JSON', () => {
  it('keeps the full address, the name and the provider defaults with notes', async () => {
    const p = await plan('create-module/plan.json');
    expect(p.after.diagnostics).toEqual([]);
    expect(p.before.vms).toEqual([]);
    const vm = vmByAddress(p.after.vms, 'module.vm[0].hyperv_machine_instance.this[0]');
    expect(vm.name).toBe('web-0');
    expect(vm.format).toBe('terraform-plan');
    expect(where(vm.at)).toBe('plan/create-module/plan.json:8:5');
    expect(where(vm.nameAt)).toBe('plan/create-module/plan.json:22:11');
    expectSet(vm.generation, 2, 'plan/create-module/plan.json:23:11');
    expectDefault(vm.state, 'Running', 'plan/create-module/plan.json:24:11', 'not set: the provider starts the VM (state Running)');
    expectDefault(vm.checkpointType, 'Production', 'plan/create-module/plan.json:25:11');
    expectDefault(vm.checkpointLocation, 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', 'plan/create-module/plan.json:26:11', SNAPSHOT_NOTE);
    expectUnknown(vm.configurationPath, PATH_REASON, 'plan/create-module/plan.json:80:11');
    expectSet(vm.integrationServices.backup, true, 'plan/create-module/plan.json:39:13');
    expect(vm.integrationServices.unrecognized).toEqual([]);
    expectSet(vm.scsiControllers, 1, 'plan/create-module/plan.json:42:13');
  });

  it('reads a virtual disk and a pass-through disk (disk_number 3)', async () => {
    const vm = (await plan('create-module/plan.json')).after.vms[0]!;
    const [os, physical] = vm.disks;
    expect(os).toMatchObject({ name: 'scsi0:0', kind: 'virtual', controller: { type: 'scsi', number: 0, location: 0 } });
    expectSet(os!.path, 'D:\\Hyper-V\\web-0\\web-0.vhdx', 'plan/create-module/plan.json:46:15');
    expect(os!.diskNumber).toBeUndefined();
    expectDefault(os!.shared, false, 'plan/create-module/plan.json:49:15', 'not set: the disk is not shared');
    expect(physical).toMatchObject({ name: 'scsi0:1', kind: 'passthrough' });
    expect(physical!.path).toBeUndefined();
    expectSet(physical!.diskNumber, 3, 'plan/create-module/plan.json:60:15');
  });

  it('states what Terraform cannot say', async () => {
    const vm = (await plan('create-module/plan.json')).after.vms[0]!;
    expectUnknown(vm.guest.os, 'not expressible in Terraform; declare guest.os in a .hvgate.yml overlay', 'plan/create-module/plan.json:8:5');
    expect(vm.guest).toMatchObject({ volumes: [], iscsiTargets: [], fibreChannelAdapters: [] });
    expectDefault(vm.protection, 'host', 'plan/create-module/plan.json:8:5');
    expect(vm.host).toBeUndefined();
    expect(vm.labels).toEqual({});
    expect(vm.guestCoverage).toEqual([]);
    expect(vm.exceptions).toEqual([]);
  });

  it('reports the change', async () => {
    const p = await plan('create-module/plan.json');
    expect(p.changes).toEqual([
      {
        address: 'module.vm[0].hyperv_machine_instance.this[0]',
        vmName: 'web-0',
        action: 'create',
        actions: ['create'],
        at: p.after.vms[0]!.at,
      },
    ]);
  });
});

describe('create inside a module, with the .tf sources beside the plan', () => {
  const sources = ['plan/create-module/main.tf', 'plan/create-module/modules/vm/main.tf'];

  it('points every value at the module source: attribute lines, block header for omitted ones', async () => {
    const p = await plan('create-module/plan.json', sources);
    expect(p.after.diagnostics).toEqual([]);
    const vm = p.after.vms[0]!;
    const src = 'plan/create-module/modules/vm/main.tf';
    expect(where(vm.at)).toBe(`${src}:5:1`);
    expect(vm.at).toMatchObject({ endLine: 33, endColumn: 2 });
    expect(where(vm.nameAt)).toBe(`${src}:7:3`);
    expectSet(vm.generation, 2, `${src}:8:3`);
    expectDefault(vm.checkpointLocation, 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', `${src}:5:1`, SNAPSHOT_NOTE);
    expect(vm.checkpointLocation.at).toMatchObject({ endLine: 5, endColumn: 44 });
    expectUnknown(vm.configurationPath, PATH_REASON, `${src}:5:1`);
    expectSet(vm.integrationServices.backup, true, `${src}:14:5`);
    expectSet(vm.disks[0]!.path, 'D:\\Hyper-V\\web-0\\web-0.vhdx', `${src}:18:5`);
    expect(where(vm.disks[0]!.at)).toBe(`${src}:17:3`);
    expectSet(vm.disks[1]!.diskNumber, 3, `${src}:24:5`);
    expect(where(p.changes[0]!.at)).toBe(`${src}:5:1`);
    expect(p.after.files).toEqual(['test/fixtures/terraform/plan/create-module/plan.json']);
    expect(p.root).toEqual({ kind: 'root', dir: 'test/fixtures/terraform/plan/create-module' });
  });
});

describe('update: VSS switched off', () => {
  it('puts the old value in before and the new one in after (format_version 1.0)', async () => {
    const p = await plan('update-vss.json');
    expect(p.after.diagnostics).toEqual([]);
    const before = vmByAddress(p.before.vms, 'hyperv_machine_instance.sql');
    const after = vmByAddress(p.after.vms, 'hyperv_machine_instance.sql');
    expectSet(before.integrationServices.backup, true, 'plan/update-vss.json:36:13');
    expectSet(after.integrationServices.backup, false, 'plan/update-vss.json:80:13');
    expectSet(after.checkpointLocation, 'E:\\VMs\\sql01', 'plan/update-vss.json:67:11');
    // Written in neither configuration nor as a key: the provider's default map entry.
    expect(after.integrationServices.unrecognized).toEqual([]);
    expect(p.changes).toMatchObject([{ address: 'hyperv_machine_instance.sql', vmName: 'sql01', action: 'update', actions: ['update'] }]);
  });
});

describe('replace', () => {
  it('maps both orders to replace, keeps the actions and replace_paths, and fills both estates', async () => {
    const p = await plan('replace.json');
    expect(p.changes.map((c) => [c.address, c.action, c.actions, c.replacePaths])).toEqual([
      ['hyperv_machine_instance.app01', 'replace', ['delete', 'create'], [['generation']]],
      ['hyperv_machine_instance.app02', 'replace', ['create', 'delete'], [['path']]],
    ]);
    expect(vmByAddress(p.before.vms, 'hyperv_machine_instance.app01').generation).toMatchObject({ value: 1 });
    expect(vmByAddress(p.after.vms, 'hyperv_machine_instance.app01').generation).toMatchObject({ value: 2 });
    expectSet(vmByAddress(p.before.vms, 'hyperv_machine_instance.app02').configurationPath, 'D:\\VMs', 'plan/replace.json:174:11');
    expectSet(vmByAddress(p.after.vms, 'hyperv_machine_instance.app02').configurationPath, 'E:\\VMs', 'plan/replace.json:219:11');
  });
});

describe('delete and no-op', () => {
  it('keeps a deleted VM only in before and an unchanged one in both', async () => {
    const p = await plan('delete-noop.json');
    expect(p.before.vms.map((v) => v.name)).toEqual(['old01', 'keep01']);
    expect(p.after.vms.map((v) => v.name)).toEqual(['keep01']);
    expect(p.changes.map((c) => [c.vmName, c.action])).toEqual([
      ['old01', 'delete'],
      ['keep01', 'no-op'],
    ]);
    expect(vmByAddress(p.after.vms, 'hyperv_machine_instance.keep').state).toMatchObject({ known: true, value: 'Off' });
  });

  it('builds no before estate when asked not to, and the same after estate and actions', async () => {
    const f = fixture('plan/delete-noop.json');
    const full = await parseTerraformPlan({ file: f.path, text: f.text });
    const afterOnly = await parseTerraformPlan({ file: f.path, text: f.text, before: false });
    expect(full.before.vms).toHaveLength(2);
    expect(afterOnly.before.vms).toEqual([]);
    expect(afterOnly.after).toEqual(full.after);
    expect(afterOnly.changes.map((c) => [c.address, c.action, c.at])).toEqual(full.changes.map((c) => [c.address, c.action, c.at]));
  });
});

describe('unknown values', () => {
  it('turns a resource whose attributes are all unknown into unknown values, never guesses', async () => {
    const p = await plan('unknowns.json');
    const vm = vmByAddress(p.after.vms, 'hyperv_machine_instance.mystery');
    expect(vm.name).toBe('hyperv_machine_instance.mystery');
    expect(where(vm.nameAt)).toBe('plan/unknowns.json:21:11');
    expectUnknown(vm.generation, 'known after apply', 'plan/unknowns.json:23:11');
    expectUnknown(vm.state, 'known after apply', 'plan/unknowns.json:24:11');
    expectUnknown(vm.checkpointLocation, 'known after apply', 'plan/unknowns.json:26:11');
    expectUnknown(vm.configurationPath, PATH_REASON, 'plan/unknowns.json:22:11');
    expectUnknown(vm.integrationServices.backup, 'known after apply', 'plan/unknowns.json:27:11');
    expect(vm.disks).toHaveLength(1);
    expectUnknown(vm.disks[0]!.path, 'known after apply: the hard_disk_drives list', 'plan/unknowns.json:28:11');
    expectUnknown(vm.disks[0]!.diskNumber, 'known after apply: the hard_disk_drives list', 'plan/unknowns.json:28:11');
    expect(vm.disks[0]!.shared.known).toBe(false);
    // Hyper-V gives a new VM of either generation a SCSI controller: the unknown generation does not matter.
    expect(vm.scsiControllers).toMatchObject({ known: true, value: 1, origin: 'default' });
    expect(p.changes.find((c) => c.address === 'hyperv_machine_instance.mystery')?.vmName).toBeUndefined();
  });

  it('names the references an unknown value comes from', async () => {
    const vm = vmByAddress((await plan('unknowns.json')).after.vms, 'hyperv_machine_instance.db');
    expect(vm.name).toBe('db01');
    const disk = vm.disks[0]!;
    expectUnknown(disk.path, 'known after apply (from hyperv_vhd.db.path, hyperv_vhd.db)', 'plan/unknowns.json:89:15');
    // Persistent reservations are off, so whatever the path turns out to be, the disk is not shared.
    expect(disk.shared).toMatchObject({ known: true, value: false });
    // integration_services is not in the configuration: the provider's value, reported as a default.
    expectDefault(vm.integrationServices.backup, true, 'plan/unknowns.json:59:13', /^not set: Hyper-V enables/);
  });
});

describe('providers', () => {
  it('reads a fork, ignores another provider with the same type names and data sources, links a differencing parent', async () => {
    const p = await plan('providers.json');
    expect(p.after.vms.map((v) => v.address)).toEqual(['module.vm["web"].hyperv_machine_instance.this']);
    expect(p.changes.map((c) => c.address)).toEqual(['module.vm["web"].hyperv_machine_instance.this', 'module.vm["web"].hyperv_vhd.os', 'hyperv_vhd.data']);
    const disk = p.after.vms[0]!.disks[0]!;
    expect(disk.path).toMatchObject({ value: 'D:/VMs/web/os.vhdx' });
    // Linked to module.vm["web"].hyperv_vhd.os (same path in another spelling), not to the windsorcli disk.
    expect(disk.parentPath).toMatchObject({ known: true, value: '\\\\fs01\\golden\\win2022.vhdx' });
  });
});

describe('files that are not a readable plan', () => {
  it('accepts every format_version 1.x and rejects 2.0 with a diagnostic at the version', async () => {
    for (const name of ['update-vss.json', 'unknowns.json', 'replace.json']) expect((await plan(name)).after.diagnostics).toEqual([]);
    const p = await plan('format-2.json');
    expect(p.after.vms).toEqual([]);
    expect(p.after.diagnostics).toHaveLength(1);
    const d = p.after.diagnostics[0]!;
    expect(d.code).toBe('plan-format-version');
    expect(d.message).toContain('format_version "2.0" is not supported');
    expect(where(d.at)).toBe('plan/format-2.json:2:3');
  });

  it('reports truncated JSON at the place it ends', async () => {
    const p = await plan('truncated.json');
    const d = p.after.diagnostics[0]!;
    expect(d.code).toBe('plan-json-invalid');
    expect(d.message).toBe('the plan is not valid JSON: unterminated string (is the file truncated?)');
    expect(where(d.at)).toBe('plan/truncated.json:25:37');
  });

  it('says a plan of another tool or a state is not a Terraform plan', async () => {
    const pulumi = (await plan('pulumi-preview.json')).after.diagnostics;
    expect(pulumi.map((d) => [d.code, where(d.at)])).toEqual([['plan-not-terraform', 'plan/pulumi-preview.json:1:1']]);
    expect(pulumi[0]!.message).toBe('the file is JSON but not a Terraform plan: it has no "format_version"');
    const state = (await plan('state.json')).after.diagnostics;
    expect(state.map((d) => d.code)).toEqual(['plan-is-state']);
    const array = await parseTerraformPlan({ file: 'x.json', text: '\n  [1, 2]' });
    expect(array.after.diagnostics.map((d) => [d.code, where(d.at)])).toEqual([['plan-not-terraform', 'x.json:2:3']]);
  });

  it('reports an action it does not know instead of guessing', async () => {
    const text = JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'hyperv_machine_instance.a',
          mode: 'managed',
          type: 'hyperv_machine_instance',
          name: 'a',
          change: { actions: ['teleport'], before: null, after: { name: 'a' } },
        },
      ],
    });
    const p = await parseTerraformPlan({ file: 'p.json', text });
    expect(p.after.vms).toEqual([]);
    expect(p.after.diagnostics.map((d) => d.code)).toEqual(['plan-unknown-action']);
  });
});

describe('size', () => {
  it('reads a plan of 100,000 VMs', async () => {
    const changes: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      changes.push(
        JSON.stringify({
          address: `hyperv_machine_instance.vm[${i}]`,
          mode: 'managed',
          type: 'hyperv_machine_instance',
          name: 'vm',
          index: i,
          provider_name: 'registry.terraform.io/taliesins/hyperv',
          change: {
            actions: ['create'],
            before: null,
            after: {
              name: `vm-${i}`,
              generation: 2,
              state: 'Running',
              checkpoint_type: 'Production',
              snapshot_file_location: 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V',
              integration_services: { VSS: true, Heartbeat: true },
              hard_disk_drives: [
                {
                  controller_type: 'Scsi',
                  controller_number: 0,
                  controller_location: 0,
                  path: `D:\\VMs\\vm-${i}.vhdx`,
                  disk_number: 4294967295,
                  support_persistent_reservations: false,
                },
              ],
            },
            after_unknown: { id: true, path: true },
          },
        }),
      );
    }
    const text = `{"format_version":"1.2","terraform_version":"1.11.4","resource_changes":[\n${changes.join(',\n')}\n]}`;
    const p = await parseTerraformPlan({ file: 'big.json', text });
    expect(p.after.vms).toHaveLength(100_000);
    const last = p.after.vms[99_999]!;
    expect(last.name).toBe('vm-99999');
    expect(last.disks[0]!.path).toMatchObject({ value: 'D:\\VMs\\vm-99999.vhdx', at: { line: 100_001 } });
    // A check of correctness at scale, not of speed (scripts/bench.mjs measures that): a loaded machine may take minutes.
  }, 300_000);
});

describe('VMs made some other way, in a plan', () => {
  // The plan of tf-config/unseen (rewritten from public configurations): another provider's VM, a
  // local-exec running New-VM, an external program importing a VM, an SCVMM VM through azapi.
  it('each gets a notice at its entry in the plan JSON, as the .tf reader gives at its block', async () => {
    const p = await plan('unseen.json');
    expect(p.after.vms).toEqual([]);
    expect(p.after.unevaluated?.map((d) => [d.code, where(d.at), d.message])).toEqual([
      [
        'terraform-scripted-vm',
        'plan/unseen.json:86:13',
        'null_resource.make_vm: its local-exec provisioner runs New-VM, which creates or changes a Hyper-V VM outside any resource the gate evaluates; that VM is not evaluated',
      ],
      [
        'terraform-scripted-vm',
        'plan/unseen.json:108:24',
        'data.external.vm: its program runs Import-VM, which creates or changes a Hyper-V VM outside any resource the gate evaluates; that VM is not evaluated',
      ],
      [
        'terraform-other-vm-resource',
        'plan/unseen.json:6:5',
        'hyperv_virtual_machine.kvs creates a Hyper-V VM of a provider other than taliesins/hyperv; the gate evaluates only hyperv_machine_instance of taliesins/hyperv, so this VM is not evaluated',
      ],
      [
        'terraform-other-vm-resource',
        'plan/unseen.json:44:5',
        'azapi_resource.scvmm_vm creates a VM that System Center Virtual Machine Manager creates on Hyper-V; the gate evaluates only hyperv_machine_instance of taliesins/hyperv, so this VM is not evaluated',
      ],
    ]);
  });
});
