import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { unknown } from '../../src/core/source.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TERRAFORM_FORMATS, TEST_TODAY, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'lab-01');

const parentOnShare = vm(`  configurationPath: D:\\VMs
  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: \\\\fs01\\images\\ws2022-base.vhdx`);

policyCases(policy, {
  valid: [
    {
      name: 'a standalone disk has no chain',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx`),
      outcomes: { 'lab-01': 'online' },
    },
    {
      name: 'parent beside the child on one volume',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: d:/Base/ws2022.vhdx`),
    },
    {
      name: 'parent on the volume of another disk of the VM',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: E:\\Base\\ws2022.vhdx
    - name: data
      path: E:\\VMs\\lab-01\\data.vhdx`),
    },
    {
      name: 'parent on the configuration volume',
      yaml: vm(`  configurationPath: F:\\Hyper-V
  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: F:\\Base\\ws2022.vhdx`),
    },
    {
      name: 'parent on the same Cluster Shared Volume, spelled differently',
      yaml: vm(`  configurationPath: C:\\ClusterStorage\\Volume1\\lab-01
  disks:
    - name: os
      path: C:\\ClusterStorage\\Volume1\\lab-01\\os.avhdx
      parentPath: c:/clusterstorage/volume1/base/os.vhdx`),
    },
  ],
  invalid: [
    {
      name: 'a parent path with a look-alike drive letter: cannot evaluate, and the outcome is uncertain',
      yaml: vm(`  configurationPath: D:\\VMs
  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: Ԁ:\\Base\\ws2022.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].parentPath', subject: 'unknown:HVB014:disk:os', messageIncludes: ['U+0500'] }],
      uncertain: ['lab-01'],
    },
    {
      name: 'parent on an SMB share the VM does not otherwise use',
      yaml: parentOnShare,
      errors: [
        {
          messageId: 'parentElsewhere',
          at: 'spec.disks[0].parentPath',
          subject: 'disk:os',
          vm: 'lab-01',
          data: { disk: 'os', diskIndex: 0, parent: '\\\\fs01\\images\\ws2022-base.vhdx', parentVolume: '\\\\fs01\\images', captured: 'D:' },
          // The provider puts checkpoints in C:\ProgramData\… unless snapshot_file_location says otherwise.
          terraformData: { captured: 'D:, C:' },
        },
      ],
      // A risk, not a predicted failure: the outcome stays online.
      outcomes: { 'lab-01': 'online' },
    },
    {
      name: 'an .avhdx attached without a declared parent',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os_8F2A1C.AVHDX`),
      errors: [
        {
          messageId: 'parentNotDeclared',
          at: 'spec.disks[0].path',
          subject: 'disk:os',
          data: { disk: 'os', diskIndex: 0, path: 'D:\\VMs\\lab-01\\os_8F2A1C.AVHDX', captured: 'C:, D:' },
        },
      ],
      outcomes: { 'lab-01': 'online' },
    },
    {
      name: 'two differencing disks with problems give two findings; default C: configuration counts as captured',
      // Without `path` a Terraform VM's configuration folder is the host's default, which only the host knows.
      formats: ['hvgate'],
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: G:\\Base\\ws2022.vhdx
    - name: tools
      parentPath: C:\\Base\\tools.vhdx
      path: D:\\VMs\\lab-01\\tools.vhdx
    - name: data
      path: D:\\VMs\\lab-01\\data.avhdx`),
      errors: [
        { messageId: 'parentElsewhere', at: 'spec.disks[0].parentPath', subject: 'disk:os', messageIncludes: ['on G:', 'are on C:, D:.'] },
        { messageId: 'parentNotDeclared', at: 'spec.disks[2].path', subject: 'disk:data' },
      ],
    },
    {
      name: 'Terraform: a VM without path keeps its configuration where only the host knows, so a parent elsewhere cannot be judged',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: G:\\Base\\ws2022.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.configurationPath', subject: 'unknown:HVB014:disk:os' }],
      uncertain: ['lab-01'],
    },
    {
      name: 'a disk path unknown until apply could be on the parent volume: cannot evaluate, not a finding',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  configurationPath: D:\\VMs
  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: G:\\Base\\ws2022.vhdx
    - name: scratch
      path: !unknown var.scratch_path`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[1].path', subject: 'unknown:HVB014:disk:os' }],
      uncertain: ['lab-01'],
    },
    {
      name: 'a disk without a path could be on the parent volume: cannot evaluate, not a finding',
      // A Terraform disk block without a path has the empty path ""; the previous case is the Terraform one.
      formats: ['hvgate'],
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\lab-01\\os.vhdx
      parentPath: G:\\Base\\ws2022.vhdx
    - name: scratch`),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.disks[1]',
          level: 'note',
          subject: 'unknown:HVB014:disk:os',
          messageIncludes: ['the path of disk "scratch" (to tell whether the backup captures the parent of disk "os") is unknown'],
        },
      ],
    },
  ],
});

test('HVB014 points the related location at the differencing disk', () => {
  const finding = evaluateCase(policy, { name: 'related', yaml: parentOnShare }).evaluation.findings[0]!;
  expect(finding.related.map((r) => [r.at.line, r.at.column, r.message])).toEqual([[9, 13, 'the differencing disk "os"']]);
});

test('HVB014 reports a parent unknown until apply as cannot-evaluate', () => {
  const estate = parseHvgateFile('vm.yaml', parentOnShare);
  const model = estate.vms[0]!;
  const at = { file: 'vm.yaml', line: 10, column: 19, endLine: 10, endColumn: 50 };
  const disks = model.disks.map((disk) => ({ ...disk, parentPath: unknown(at, 'known after apply') }));
  const evaluation = evaluate({ ...estate, vms: [{ ...model, disks }] }, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
  expect(evaluation.findings.map((f) => [f.messageId, f.level, f.subject, f.message])).toEqual([
    [
      'cannotEvaluate',
      'note',
      'unknown:HVB014:disk:os',
      'Cannot evaluate HVB014 differencing-chain for VM "lab-01": the parent path of disk "os" is unknown (known after apply), so its backup outcome on Windows Server 2019 host (assumed: no host profile), configuration version 9.0 is uncertain.',
    ],
  ]);
});
