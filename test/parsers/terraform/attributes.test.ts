/** Every attribute in Terraform's words, alike from `.tf`, plan JSON and state. */
import { describe, expect, test } from 'vitest';
import { attributesOf } from '../../../src/core/attributes.js';
import type { VirtualMachine } from '../../../src/core/model.js';
import { parseSources } from '../../../src/load/parse-sources.js';
import { parseTerraformPlan } from '../../../src/parsers/terraform/index.js';
import { fixture, source } from './helpers.js';

const tf = fixture('plan/attributes/main.tf');
const planFile = fixture('plan/attributes/plan.json');

function written(vm: VirtualMachine): Record<string, string> {
  return Object.fromEntries([...attributesOf(vm)].filter(([, a]) => a.written).map(([path, a]) => [path, a.display]));
}

describe('attribute listings', () => {
  test('.tf and plan JSON of the same configuration list the same written attributes alike', async () => {
    const fromTf = (await parseSources([source(tf.path, tf.text)])).estate.vms;
    const fromPlan = (await parseTerraformPlan({ file: planFile.path, text: planFile.text })).after.vms;
    for (const address of ['hyperv_machine_instance.app', 'hyperv_machine_instance.sql', 'hyperv_machine_instance.web']) {
      const a = fromTf.find((vm) => vm.address === address)!;
      const b = fromPlan.find((vm) => vm.address === address)!;
      expect(written(a), address).toEqual(written(b));
    }
    expect(written(fromTf.find((vm) => vm.name === 'app-01')!)).toMatchObject({
      processor_count: '4',
      notes: '"moved to rack 4"',
      memory_startup_bytes: '4294967296',
    });
  });

  test('a check leaves the attributes of plan and state VMs out, and with them what they are listed from', async () => {
    const plan = await parseTerraformPlan({ file: planFile.path, text: planFile.text, attributes: false });
    expect(plan.after.vms.length).toBeGreaterThan(0);
    expect(plan.after.vms.filter((vm) => vm.attributes !== undefined)).toEqual([]);
    const state = fixture('state/exported/state.json');
    const parsed = await parseSources([source(state.path, state.text)], { attributes: false });
    expect(parsed.estate.vms.map((vm) => vm.format)).toContain('terraform-state');
    expect(parsed.estate.vms.filter((vm) => vm.attributes !== undefined)).toEqual([]);
    const listed = await parseSources([source(state.path, state.text)]);
    expect(listed.estate.vms.filter((vm) => vm.attributes === undefined)).toEqual([]);
  });

  test('the .tf reader fills the provider defaults, not written; what it cannot evaluate reads as unknown', async () => {
    const vault = (await parseSources([source(tf.path, tf.text)])).estate.vms.find((vm) => vm.name === 'vault-01')!;
    const attributes = attributesOf(vault);
    expect(attributes.get('processor_count')).toMatchObject({ display: '1', written: false });
    expect(attributes.get('hard_disk_drives[0].disk_number')).toMatchObject({ display: '4294967295', written: false, backupRelevant: true });
    expect(attributes.get('notes')).toMatchObject({ display: '(known after apply)', written: true });
    expect(vault.attributes).toMatchObject({ kind: 'listed', complete: false });
  });

  test('plan JSON: values JSON.parse refuses (a raw tab in a string) are listed as the same value escaped', async () => {
    const listing = async (text: string) => {
      const plan = await parseTerraformPlan({ file: planFile.path, text });
      return Object.fromEntries([...attributesOf(plan.after.vms.find((vm) => vm.name === 'app-01')!)].map(([path, a]) => [path, [a.display, a.written]]));
    };
    const raw = await listing(planFile.text.replace('"notes": "moved to rack 4"', '"notes": "moved\tto rack 4"'));
    const escaped = await listing(planFile.text.replace('"notes": "moved to rack 4"', '"notes": "moved\\tto rack 4"'));
    expect(raw.notes).toEqual(['"moved\tto rack 4"', true]);
    expect(raw).toEqual(escaped);
  });

  test('plan JSON: everything the plan holds, flagged by the provider schema, sensitive values hidden', async () => {
    const plan = await parseTerraformPlan({ file: planFile.path, text: planFile.text });
    const sql = attributesOf(plan.after.vms.find((vm) => vm.name === 'sql-01')!);
    expect(sql.get('integration_services["VSS"]')).toMatchObject({ display: 'false', written: true, backupRelevant: true });
    expect(sql.get('integration_services["Heartbeat"]')).toMatchObject({ display: 'true', written: false });
    expect(sql.get('generation')).toMatchObject({ forcesReplacement: true, backupRelevant: true, written: false });
    expect(sql.get('smart_paging_file_path')).toMatchObject({ display: '"C:\\ProgramData\\Microsoft\\Windows\\Hyper-V"' });
    expect(sql.get('smart_paging_file_path')?.backupRelevant).toBeUndefined();
    const web = attributesOf(plan.after.vms.find((vm) => vm.name === 'web-01')!);
    expect(web.get('id')).toMatchObject({ display: '(known after apply)' });
    const vault = attributesOf(plan.before.vms.find((vm) => vm.name === 'vault-01')!);
    expect(vault.get('notes')).toMatchObject({ display: '(sensitive value)' });
    expect(JSON.stringify([...vault])).not.toContain('secret');
  });

  test('plan JSON: an attribute named like a member every object inherits reads only what the plan holds under that name', async () => {
    const listing = async (after: string, unknown: string, sensitive: string) => {
      const text = planFile.text
        .replace('"notes": "moved to rack 4",', `"notes": "moved to rack 4",${after}`)
        .replace('"after_unknown": {},', `"after_unknown": {${unknown}},`)
        .replace('"after_sensitive": {}', `"after_sensitive": {${sensitive}}`);
      const plan = await parseTerraformPlan({ file: planFile.path, text });
      return Object.fromEntries(
        [...attributesOf(plan.after.vms.find((vm) => vm.name === 'app-01')!)].map(([path, a]) => [path, [a.display, a.key, a.written]]),
      );
    };
    const plain = await listing('', '', '');
    // Markers for attributes the values do not hold: nothing to list, whatever the names.
    const markers = ([a, b, c]: readonly string[]) =>
      listing('', `"${a}": false, "${b}": {}, "${c}": {"VSS": true}, "integration_services": {"${b}": false}`, `"${a}": true`);
    expect(await markers(['not_held', 'not_held_either', 'not_held_map'])).toEqual(plain);
    expect(await markers(['toString', 'constructor', '__proto__'])).toEqual(plain);
    // Values under those names are listed as any other.
    const held = await listing('"toString": "rack 4", "constructor": [{"slot": 1}], "__proto__": {"VSS": true},', '"constructor": false', '');
    expect(held).toEqual({
      ...plain,
      toString: ['"rack 4"', '"rack 4"', false],
      'constructor[0].slot': ['1', '1', false],
      '__proto__["VSS"]': ['true', 'true', false],
    });
  });

  test('.tf: an argument or block named like a member every object inherits is listed as any other name', async () => {
    const listing = async (argument: string, block: string) => {
      const text = `resource "hyperv_machine_instance" "app" {\n  name = "app-01"\n  ${argument} = { slot = 9 }\n  ${block} {\n    slot = 1\n  }\n}\n`;
      const vm = (await parseSources([source('main.tf', text)])).estate.vms[0]!;
      const written = [...attributesOf(vm)].filter(([, a]) => a.written);
      return Object.fromEntries(written.map(([path, a]) => [path.replace(argument, 'ARGUMENT').replace(block, 'BLOCK'), a.display]));
    };
    const ordinary = await listing('rack', 'slots');
    expect(ordinary).toEqual({ name: '"app-01"', 'ARGUMENT["slot"]': '9', 'BLOCK[0].slot': '1' });
    expect(await listing('__proto__', 'constructor')).toEqual(ordinary);
  });
});
