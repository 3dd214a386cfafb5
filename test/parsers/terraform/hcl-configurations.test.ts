/**
 * Configurations as Terraform sees them: root modules, the modules they call (read from wherever
 * the call points, inside the repository), one VM per instance with Terraform's address, and each
 * root with its own tfvars.
 */
import { describe, expect, it } from 'vitest';
import { policies } from '../../../policies/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { evaluate } from '../../../src/core/engine.js';
import { discoverFiles, readFiles } from '../../../src/load/filesystem.js';
import { parseSources } from '../../../src/load/parse-sources.js';
import { workingTreeDirectories } from '../../../src/load/terraform-directories.js';
import { parseTerraformConfiguration } from '../../../src/parsers/terraform/index.js';
import { expectDefault, expectSet, FIXTURES, vmByAddress, where } from './helpers.js';

const cwd = process.cwd();

async function estateOf(...paths: string[]) {
  const files = await readFiles(
    await discoverFiles(
      paths.map((p) => `${FIXTURES}/tf-config/${p}`),
      DEFAULT_CONFIG,
      cwd,
    ),
    cwd,
  );
  return (await parseSources(files, { terraformDirectories: workingTreeDirectories(cwd) })).estate;
}

describe('configurations, not folders', () => {
  it('selecting envs/prod evaluates the VMs of the module it calls, with the root tfvars and optional() defaults', async () => {
    const e = await estateOf('multi-env/envs/prod');
    expect(e.diagnostics).toEqual([]);
    expect(e.vms.map((v) => [v.address, v.name, v.configuration])).toEqual([
      ['module.web.hyperv_machine_instance.vm["web01"]', 'prod-web01', `${FIXTURES}/tf-config/multi-env/envs/prod`],
      ['module.web.hyperv_machine_instance.vm["web02"]', 'prod-web02', `${FIXTURES}/tf-config/multi-env/envs/prod`],
      ['module.batch.hyperv_machine_instance.vm["job"]', 'batch-job', `${FIXTURES}/tf-config/multi-env/envs/prod`],
    ]);
    const web01 = vmByAddress(e.vms, 'module.web.hyperv_machine_instance.vm["web01"]');
    // optional(string, "Running") fills the state web01 does not set; web02 sets "Off".
    expectSet(web01.state, 'Running', 'tf-config/multi-env/modules/vm/main.tf:4:3');
    expectSet(vmByAddress(e.vms, 'module.web.hyperv_machine_instance.vm["web02"]').state, 'Off', 'tf-config/multi-env/modules/vm/main.tf:4:3');
    // coalesce(optional(string) left null, disk_dir)
    expectSet(web01.checkpointLocation, 'D:\\VMs', 'tf-config/multi-env/modules/vm/main.tf:5:3');
    expectSet(web01.disks[0]!.path, 'D:\\VMs\\web01.vhdx', 'tf-config/multi-env/modules/vm/main.tf:10:5');
    expectSet(
      vmByAddress(e.vms, 'module.batch.hyperv_machine_instance.vm["job"]').checkpointLocation,
      'C:\\Checkpoints',
      'tf-config/multi-env/modules/vm/main.tf:5:3',
    );
    // The module's files were read although they are outside the selection.
    expect(e.files).toContain(`${FIXTURES}/tf-config/multi-env/modules/vm/variables.tf`);
  });

  it('every root is its own configuration: the same name in two configurations is no duplicate, twice in one is', async () => {
    const e = await estateOf('multi-env');
    expect(e.vms.map((v) => [v.address, v.configuration?.split('/').pop()])).toEqual([
      ['module.web.hyperv_machine_instance.vm["web01"]', 'dev'],
      ['module.again.hyperv_machine_instance.vm["web01"]', 'dev'],
      ['module.web.hyperv_machine_instance.vm["web01"]', 'prod'],
      ['module.web.hyperv_machine_instance.vm["web02"]', 'prod'],
      ['module.batch.hyperv_machine_instance.vm["job"]', 'prod'],
    ]);
    const evaluation = evaluate(e, policies, DEFAULT_CONFIG.settings, { today: '2026-06-01' });
    const duplicates = evaluation.findings.filter((f) => f.messageId === 'duplicateVm');
    expect(duplicates.map((f) => [f.vm, where(f.at), f.related.map((r) => where(r.at))])).toEqual([
      ['prod-web01', 'tf-config/multi-env/modules/vm/main.tf:3:3', ['tf-config/multi-env/modules/vm/main.tf:3:3']],
    ]);
    expect(duplicates[0]!.address).toBe('module.again.hyperv_machine_instance.vm["web01"]');
  });

  it('a module evaluated for two configurations keeps the positions of its own lines', async () => {
    const e = await estateOf('multi-env');
    const dev = e.vms.find((v) => v.configuration?.endsWith('dev'))!;
    expectDefault(dev.generation, 2, 'tf-config/multi-env/modules/vm/main.tf:1:1');
  });
});

describe('modules the gate cannot read offline', () => {
  it('a registry module is a notice at its source, and HVB000 under unknown: fail', async () => {
    const files = await readFiles(await discoverFiles([`${FIXTURES}/tf/modules`], DEFAULT_CONFIG, cwd), cwd);
    const { estate } = await parseSources(files, { terraformDirectories: workingTreeDirectories(cwd) });
    const noted = evaluate(estate, policies, DEFAULT_CONFIG.settings, { today: '2026-06-01' });
    expect(noted.notices).toContain(
      `${FIXTURES}/tf/modules/main.tf:15:3: module.registry comes from "example/hyperv-vm/registry", which is not in the repository; the gate cannot fetch it, so any Hyper-V VMs it defines are not evaluated`,
    );
    expect(noted.findings.filter((f) => f.policyId === 'HVB000')).toEqual([]);
    const failed = evaluate(estate, policies, { ...DEFAULT_CONFIG.settings, unknown: 'fail' }, { today: '2026-06-01' });
    expect(failed.findings.filter((f) => f.policyId === 'HVB000').map((f) => [f.subject, where(f.at), f.level])).toEqual([
      ['terraform-remote-module', 'tf/modules/main.tf:15:3', 'error'],
    ]);
  });
});

describe('Terraform, all of it', () => {
  it('reads .tf.json with positions, merges override files, and knows the provider under any local name', async () => {
    const e = await estateOf('files');
    expect(e.diagnostics).toEqual([]);
    expect(e.vms.map((v) => [v.address, v.name])).toEqual([
      ['hyperv_machine_instance.app', 'app01'],
      ['hyperv_machine_instance.json', 'json01'],
    ]);
    const app = vmByAddress(e.vms, 'hyperv_machine_instance.app');
    // The override's state replaces the original's; its one disk replaces all of the original's.
    expectSet(app.state, 'Off', 'tf-config/files/app_override.tf:3:3');
    expect(app.disks.map((d) => [d.kind, where(d.at)])).toEqual([['passthrough', 'tf-config/files/app_override.tf:5:3']]);
    expectSet(app.checkpointLocation, 'D:\\Checkpoints', 'tf-config/files/main.tf:20:3');
    const json = vmByAddress(e.vms, 'hyperv_machine_instance.json');
    expectSet(json.state, 'Off', 'tf-config/files/vm.tf.json:11:9');
    expectSet(json.integrationServices.backup, false, 'tf-config/files/vm.tf.json:12:35');
    expectSet(json.disks[0]!.path, 'E:\\VMs\\json01.vhdx', 'tf-config/files/vm.tf.json:14:63');
  });

  it('reads a directory with .tofu files as OpenTofu does and as Terraform does: a VM either would create is evaluated', async () => {
    const e = await estateOf('tofu');
    expect(e.diagnostics).toEqual([]);
    expect(e.vms.map((v) => [v.address, v.name, where(v.at)])).toEqual([
      ['hyperv_machine_instance.vm', 'tofu-only', 'tf-config/tofu/main.tofu:2:1'],
      ['hyperv_machine_instance.same', 'same', 'tf-config/tofu/main.tofu:6:1'],
      ['hyperv_machine_instance.vm', 'tf-only', 'tf-config/tofu/main.tf:1:1'],
    ]);
    // One configuration, the same resource read two ways: no duplicate, but both are judged.
    const evaluation = evaluate(e, policies, DEFAULT_CONFIG.settings, { today: '2026-06-01' });
    expect(evaluation.findings.filter((f) => f.messageId === 'duplicateVm')).toEqual([]);
    expect(evaluation.findings.filter((f) => f.policyId === 'HVB007').map((f) => where(f.at))).toEqual(['tf-config/tofu/main.tf:7:5']);
  });

  it('applies tfvars in Terraform precedence: terraform.tfvars, terraform.tfvars.json, *.auto.tfvars[.json] in lexical order', async () => {
    const e = await estateOf('tfvars');
    expect(e.vms.map((v) => v.name)).toEqual(['tfvars-tfvars-json-auto-2-from-default']);
    expect(e.files).not.toContain(`${FIXTURES}/tf-config/tfvars/other.tfvars`);
  });
});

describe('nothing silent', () => {
  it('VMs made another way, and modules that cannot be fetched, get a notice at their position', async () => {
    const e = await estateOf('unseen');
    expect(e.vms).toEqual([]);
    expect(e.unevaluated?.map((d) => [d.code, where(d.at)])).toEqual([
      ['terraform-remote-module', 'tf-config/unseen/main.tf:4:3'],
      ['terraform-other-vm-resource', 'tf-config/unseen/main.tf:8:1'],
      ['terraform-scripted-vm', 'tf-config/unseen/main.tf:15:5'],
      ['terraform-scripted-vm', 'tf-config/unseen/main.tf:27:5'],
      ['terraform-scripted-vm', 'tf-config/unseen/main.tf:37:5'],
      ['terraform-scripted-vm', 'tf-config/unseen/main.tf:45:3'],
      ['terraform-other-vm-resource', 'tf-config/unseen/main.tf:51:1'],
    ]);
    const outside = 'which creates or changes a Hyper-V VM outside any resource the gate evaluates; that VM is not evaluated';
    expect(e.unevaluated?.slice(2).map((d) => d.message)).toEqual([
      `null_resource.make_vm: its local-exec provisioner runs New-VM, ${outside}`,
      `null_resource.winrm_vm: its remote-exec provisioner runs Add-VMHardDiskDrive, ${outside}`,
      `shell_script.move: its lifecycle_commands.create runs Move-VMStorage, ${outside}`,
      `local_file.define: its content holds a script that runs Msvm_VirtualSystemManagementService, ${outside}`,
      'azapi_resource.scvmm_vm creates a VM that System Center Virtual Machine Manager creates on Hyper-V; the gate evaluates only hyperv_machine_instance of taliesins/hyperv, so this VM is not evaluated',
    ]);
  });
});

describe('the same configuration as Terraform plans it', () => {
  const prod = `${FIXTURES}/tf-config/planned/envs/prod`;
  const configurationOnly = async () => {
    const listed = await discoverFiles([prod], DEFAULT_CONFIG, cwd);
    const files = await readFiles(
      listed.filter((f) => !f.path.endsWith('.json')),
      cwd,
    );
    return (await parseSources(files, { terraformDirectories: workingTreeDirectories(cwd) })).estate;
  };
  const identities = (estate: Awaited<ReturnType<typeof configurationOnly>>) =>
    evaluate(estate, policies, DEFAULT_CONFIG.settings, { today: '2026-06-01' })
      .findings.map((f) => `${f.policyId} ${f.address} ${f.subject ?? ''}`)
      .sort();

  it('a plan found beside the .tf files names the same instances: nothing in one but not the other', async () => {
    const e = await estateOf('planned/envs/prod');
    expect(e.diagnostics).toEqual([]);
    expect(e.vms.map((v) => v.address).sort()).toEqual([
      'module.batch.hyperv_machine_instance.vm["job"]',
      'module.web.hyperv_machine_instance.vm["web01"]',
      'module.web.hyperv_machine_instance.vm["web02"]',
    ]);
  });

  it('the pipeline plan standing in for the root gives the findings the .tf files give, by identity', async () => {
    const fromTf = identities(await configurationOnly());
    const listed = await discoverFiles([prod], DEFAULT_CONFIG, cwd);
    const all = await readFiles(listed, cwd);
    const plan = all.filter((f) => f.path.endsWith('plan.json'));
    const rest = all.filter((f) => !f.path.endsWith('plan.json'));
    const { estate } = await parseSources(rest, { terraformDirectories: workingTreeDirectories(cwd), terraformPlans: plan });
    expect(new Set(estate.vms.map((v) => v.format))).toEqual(new Set(['terraform-plan']));
    expect(identities(estate)).toEqual(fromTf);
    expect(fromTf).toContain('HVB006 module.web.hyperv_machine_instance.vm["web02"] ');
  });
});

describe('module calls that lead nowhere', () => {
  it('a local source that does not exist is HVB000 at the source', async () => {
    const files = [{ path: `${FIXTURES}/tf-config/missing/main.tf`, text: 'module "vm" {\n  source = "../no-such-module"\n}\n' }];
    const e = await parseTerraformConfiguration({ files, directories: workingTreeDirectories(cwd) });
    expect(e.diagnostics.map((d) => [d.code, where(d.at), d.message])).toEqual([
      [
        'terraform-module-not-found',
        'tf-config/missing/main.tf:2:3',
        `module.vm: its source "../no-such-module" (${FIXTURES}/tf-config/no-such-module) does not exist in the repository, so its VMs cannot be evaluated`,
      ],
    ]);
  });
});
