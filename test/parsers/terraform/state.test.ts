/**
 * Terraform state as definitions: `terraform.tfstate` (format 4) and `terraform show -json` of a
 * state are the VMs as they exist. The `proxy` fixture is rewritten after a real local-backend root
 * (Calvinverse/infrastructure.hyperv.meta, src/proxy/terraform.tfstate).
 */
import { describe, expect, test } from 'vitest';
import { attributesOf } from '../../../src/core/attributes.js';
import { parseSources } from '../../../src/load/parse-sources.js';
import { parseTerraformState } from '../../../src/parsers/terraform/index.js';
import { expectSet, fixture, source, vmByAddress, where } from './helpers.js';

function state(name: string) {
  const f = fixture(`state/${name}`);
  return parseTerraformState({ file: f.path, text: f.text });
}

describe('terraform.tfstate (format 4)', () => {
  test('managed hyperv resources become VMs as they exist; data sources and other providers are left out', () => {
    const s = state('proxy/terraform.tfstate');
    expect(s.estate.diagnostics).toEqual([]);
    expect(s.estate.vms.map((v) => [v.address, v.name, v.format])).toEqual([['hyperv_machine_instance.proxy', 'proxy-0', 'terraform-state']]);
    const vm = s.estate.vms[0]!;
    expectSet(vm.checkpointType, 'Disabled', 'state/proxy/terraform.tfstate:25:13');
    expectSet(vm.disks[0]!.path, 'F:\\Hyper-V\\proxy\\proxy-0.vhdx', 'state/proxy/terraform.tfstate:38:17');
    expectSet(vm.configurationPath, 'F:\\Hyper-V', 'state/proxy/terraform.tfstate:57:13');
    expect([...s.machines.keys()]).toEqual(['hyperv_machine_instance.proxy']);
  });

  test('a sensitive attribute is never shown, only compared', () => {
    const attributes = attributesOf(state('proxy/terraform.tfstate').estate.vms[0]!);
    expect(attributes.get('notes')).toMatchObject({ display: '(sensitive value)' });
    expect(attributes.get('notes')!.key).not.toContain('edge proxy');
    expect(attributes.get('processor_count')).toMatchObject({ display: '2' });
    expect(attributes.get('network_adaptors[0].ip_addresses')).toMatchObject({ display: '["192.168.6.101"]' });
  });

  test('other versions and wrong types are HVB000 with the JSON path', () => {
    const old = parseTerraformState({ file: 's.tfstate', text: '{"version": 3, "lineage": "x", "modules": []}' });
    expect(old.estate.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['state-version', 'state version 3 is not supported: hvgate reads state version 4, written by Terraform 0.12 and later'],
    ]);
    const text = JSON.stringify({
      version: 4,
      lineage: 'x',
      resources: [
        { mode: 'managed', type: 'hyperv_machine_instance', name: 'a', instances: { attributes: {} } },
        { mode: 'managed', type: 'hyperv_machine_instance', name: 'b', instances: [{ attributes: { name: 'b', processor_count: '2' } }, { index_key: 1 }] },
      ],
    });
    const wrong = parseTerraformState({ file: 's.tfstate', text });
    expect(wrong.estate.diagnostics.map((d) => d.code)).toEqual([
      'state-wrong-type:resources[0].instances',
      'state-wrong-type:resources[1].instances[0].attributes.processor_count',
      'state-values-missing:hyperv_machine_instance.b[1]',
    ]);
    expect(wrong.estate.vms.map((v) => v.address)).toEqual(['hyperv_machine_instance.b']);
  });
});

describe('terraform show -json of a state', () => {
  test('root module and child modules, with their full addresses', () => {
    const s = state('exported/state.json');
    expect(s.estate.diagnostics).toEqual([]);
    expect(s.estate.vms.map((v) => v.address)).toEqual(['hyperv_machine_instance.dc', 'module.files["archive"].hyperv_machine_instance.this']);
    const archive = vmByAddress(s.estate.vms, 'module.files["archive"].hyperv_machine_instance.this');
    expect(archive.disks.map((d) => d.kind)).toEqual(['virtual', 'passthrough']);
    expect(where(archive.disks[1]!.at)).toBe('state/exported/state.json:46:19');
  });
});

describe('states among the definitions', () => {
  const tf = fixture('state/proxy/main.tf');
  const tfstate = fixture('state/proxy/terraform.tfstate');

  test('a state on its own is evaluated like a definition', async () => {
    const f = fixture('state/exported/state.json');
    const { estate } = await parseSources([source(f.path, f.text)]);
    expect(estate.vms.map((v) => [v.name, v.format])).toEqual([
      ['dc-01', 'terraform-state'],
      ['archive-01', 'terraform-state'],
    ]);
  });

  test('beside its configuration it is not evaluated a second time: the configuration is what is proposed', async () => {
    const { estate } = await parseSources([source(tf.path, tf.text), source(tfstate.path, tfstate.text)]);
    expect(estate.vms.map((v) => [v.name, v.format])).toEqual([['proxy-0', 'terraform']]);
    expect(estate.notices).toEqual([
      "test/fixtures/terraform/state/proxy/terraform.tfstate:1:1: this state is the current state of the configuration in test/fixtures/terraform/state/proxy; the configuration is what the change proposes, so it is evaluated, and hvgate plan compares it with the base's state.",
    ]);
  });

  test("on the base side of a plan it is that root's before", async () => {
    const { estate } = await parseSources([source(tf.path, tf.text), source(tfstate.path, tfstate.text)], { before: [] });
    expect(estate.vms.map((v) => [v.name, v.format])).toEqual([['proxy-0', 'terraform-state']]);
  });
});
