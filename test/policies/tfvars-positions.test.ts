/**
 * A wrong value that a `.tfvars` file sets is reported at the line of that file that sets it, where
 * a reviewer changes it, not at the `var.…` reference in the resource that reads it. Values a
 * variable's type converts (`"3"` for a number) keep that position; so does a value passed on into a
 * module.
 */
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { parseSources } from '../../src/load/parse-sources.js';
import { TEST_TODAY } from '../support/policy-tester.js';

const MACHINE = `resource "hyperv_machine_instance" "web" {
  name                   = "web-01"
  snapshot_file_location = var.checkpoints
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    path                = "D:\\\\VMs\\\\web-01\\\\os.vhdx"
  }
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = var.data_disk
  }
}
`;

const VARIABLES = `variable "checkpoints" {
  type = string
}

variable "data_disk" {
  type    = number
  default = 4294967295
}
`;

const TFVARS = `# production
checkpoints = "E:\\\\Checkpoints"
data_disk   = "3"
`;

async function findingsOf(files: Readonly<Record<string, string>>) {
  const sources = Object.entries(files).map(([path, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { path, bytes, size: bytes.length, truncated: false, explicit: true };
  });
  const { estate } = await parseSources(sources);
  expect(estate.diagnostics).toEqual([]);
  const { findings } = evaluate(estate, policies, DEFAULT_SETTINGS, { today: TEST_TODAY });
  const own = findings.filter((f) => f.policyId === 'HVB003' || f.policyId === 'HVB007');
  return own.map((f) => `${f.policyId} ${f.at.file}:${f.at.line}:${f.at.column}-${f.at.endLine}:${f.at.endColumn}`).sort();
}

describe('values from a .tfvars file', () => {
  test('are reported at the line that sets them, converted or not', async () => {
    expect(await findingsOf({ 'env/main.tf': MACHINE + VARIABLES, 'env/terraform.tfvars': TFVARS })).toEqual([
      'HVB003 env/terraform.tfvars:2:1-2:32',
      'HVB007 env/terraform.tfvars:3:1-3:18',
    ]);
  });

  test('passed on into a module, are still reported at that line', async () => {
    const root = `module "web" {
  source      = "../modules/web"
  checkpoints = var.checkpoints
  data_disk   = var.data_disk
}
`;
    expect(await findingsOf({ 'env/main.tf': root + VARIABLES, 'env/terraform.tfvars': TFVARS, 'modules/web/main.tf': MACHINE + VARIABLES })).toEqual([
      'HVB003 env/terraform.tfvars:2:1-2:32',
      'HVB007 env/terraform.tfvars:3:1-3:18',
    ]);
  });

  test('a default in the variable block is reported where the resource reads it', async () => {
    const defaults = VARIABLES.replace('type = string', 'type    = string\n  default = "E:\\\\Checkpoints"').replace('4294967295', '3');
    expect(await findingsOf({ 'env/main.tf': MACHINE + defaults })).toEqual(['HVB003 env/main.tf:3:3-3:43', 'HVB007 env/main.tf:12:5-12:40']);
  });
});
