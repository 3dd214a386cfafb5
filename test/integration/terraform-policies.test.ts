/**
 * Every policy that Terraform can express fires on Terraform input, at the `.tf` line of the
 * attribute that causes it (or the resource block when it is omitted): from `.tf` files read
 * directly, and from the pipeline's plan JSON with the same `.tf` files beside it. A plan JSON found
 * among the definitions is only checked against them.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { evaluateParsed } from '../../src/app/evaluate-sources.js';
import { parseConfig } from '../../src/config/config.js';
import { readTerraformPlans } from '../../src/app/plan-sources.js';
import { discoverFiles, readFiles } from '../../src/load/filesystem.js';
import { parseSources } from '../../src/load/parse-sources.js';

const root = fileURLToPath(new URL('../fixtures/terraform/policies/', import.meta.url));

async function findingsOf(paths: readonly string[], format: 'terraform' | 'terraform-plan', givenPlans: readonly string[] = []) {
  const config = parseConfig('hvgate.yml', await readFile(`${root}hvgate.yml`, 'utf8'), policies);
  const files = await readFiles(await discoverFiles(paths, config, root), root);
  const terraformPlans = await readTerraformPlans(givenPlans, root);
  const { estate, evaluation } = evaluateParsed(await parseSources(files, { terraformPlans }), config, policies, { today: '2026-11-24' });
  expect(estate.diagnostics).toEqual([]);
  // The findings must come from the input under test: the plan's VMs, or the .tf files' own.
  expect(new Set(estate.vms.map((vm) => vm.format))).toEqual(new Set([format]));
  return evaluation.findings.map((f) => `${f.policyId} ${f.vm} ${f.at.file}:${f.at.line}:${f.at.column}${f.cannotEvaluate ? ' cannot-evaluate' : ''}`);
}

const expected = [
  `HVB014 diff-01 tf/main.tf:10:3`, // parent_path of the differencing hyperv_vhd, on G:
  `HVB002 vss-off tf/main.tf:17:5`, // VSS = false
  `HVB003 default-checkpoints tf/main.tf:26:1`, // snapshot_file_location omitted: the resource block
  `HVB006 stopped tf/main.tf:37:3`, // state = "off" (enum case folded)
  `HVB007 passthrough tf/main.tf:57:5`, // disk_number = 5
  `HVB011 guest-cluster tf/main.tf:73:5`, // support_persistent_reservations = true
  `HVB013 smb-linux tf/main.tf:83:5`, // disk path on \\fs01\vms, Linux from the overlay
];

describe('HVB policies on Terraform input', () => {
  test('.tf files read directly', async () => {
    expect(await findingsOf(['tf'], 'terraform')).toEqual(expected);
  });

  test("the pipeline's plan JSON with its .tf sources: same findings, same lines", async () => {
    expect(await findingsOf(['tf'], 'terraform-plan', ['plan.json'])).toEqual(expected);
  });

  test('a plan JSON found among the definitions is checked against the .tf files, which are evaluated', async () => {
    expect(await findingsOf(['plan.json', 'tf'], 'terraform')).toEqual(expected);
  });
});
