import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { mergeEstates } from '../../src/core/model.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TERRAFORM_FORMATS, TEST_TODAY } from '../../test/support/policy-tester.js';
import checkpointSameVolume from '../HVB003-checkpoint-same-volume/index.js';
import policy from './index.js';

const vm = (name: string, spec: string) => `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
${spec}`;

const job = (name: string, members: string) => `apiVersion: hvgate/v1
kind: BackupJob
metadata:
  name: ${name}
spec:
  members: [${members}]`;

const host = (name: string, release: string) => `apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: ${name}
spec:
  windowsServer: ${release}`;

const disk = (path: string) => `  disks:
    - name: os
      path: ${path}`;

policyCases(policy, {
  valid: [
    {
      name: 'unique names, a declared host profile and absolute paths on every kind of volume',
      yaml: {
        'vms.yaml': `${vm(
          'app-01',
          `  host: legacy
  configurationPath: D:\\VMs
  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx
    - name: data
      path: C:\\ClusterStorage\\Volume1\\data.avhdx
      parentPath: \\\\fs01\\vhd\\base.vhdx`,
        )}
---
${vm('app-02', disk('e:/VMs/app-02.vhdx'))}`,
        'jobs.yaml': `${job('nightly', 'app-01, app-02')}\n---\n${host('legacy', '2012 R2')}`,
      },
    },
    {
      name: 'a VM without spec.host uses the configured default host',
      yaml: vm('app-01', disk('D:\\VMs\\os.vhdx')),
    },
    {
      name: 'YAML that is not an hvgate definition is left alone',
      // Only a file of the own format can hold documents of other YAML besides definitions.
      formats: ['hvgate'],
      yaml: `name: build\non: [push]\n---\n${vm('app-01', disk('D:\\VMs\\os.vhdx'))}`,
    },
  ],
  invalid: [
    {
      name: 'a YAML syntax error',
      formats: ['hvgate'],
      yaml: `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: app-01: x
spec: {}
`,
      errors: [{ messageId: 'invalidDefinition', line: 4, column: 9, subject: 'yaml-block-as-implicit-key', messageIncludes: ['YAML:'] }],
    },
    {
      name: 'a misspelled key is a schema error with a suggestion',
      formats: ['hvgate'],
      yaml: vm(
        'app-01',
        `  checkpoint:
    location: D:\\Snapshots`,
      ),
      errors: [
        {
          messageId: 'invalidDefinition',
          at: 'spec.checkpoint',
          subject: 'schema:spec.checkpoint',
          messageIncludes: ['unknown key "checkpoint"', 'did you mean "checkpoints"'],
        },
      ],
    },
    {
      name: 'an empty file defines nothing',
      formats: ['hvgate'],
      yaml: '',
      errors: [{ messageId: 'invalidDefinition', line: 1, column: 1, subject: 'empty-file', messageIncludes: ['empty'] }],
    },
    {
      name: 'the same VM name in two files: the later definition is reported',
      yaml: {
        'a.yaml': vm('app-01', disk('D:\\VMs\\a.vhdx')),
        'b.yaml': `${vm('app-02', disk('D:\\VMs\\b.vhdx'))}\n---\n${vm('app-01', disk('D:\\VMs\\c.vhdx'))}`,
      },
      errors: [
        {
          messageId: 'duplicateVm',
          at: 'metadata.name',
          in: 'VirtualMachine/app-01#2',
          vm: 'app-01',
          data: { name: 'app-01', first: 'a.yaml:4:9' },
          terraformData: { first: 'a.tf:2:3' },
        },
      ],
    },
    {
      name: 'a VM defined three times gets two findings',
      yaml: [vm('app-01', disk('D:\\a.vhdx')), vm('app-01', disk('D:\\b.vhdx')), vm('app-01', disk('D:\\c.vhdx'))].join('\n---\n'),
      errors: [
        {
          messageId: 'duplicateVm',
          at: 'metadata.name',
          in: 'VirtualMachine/app-01#2',
          data: { name: 'app-01', first: 'case.yaml:4:9' },
          terraformData: { first: 'case.tf:2:3' },
        },
        {
          messageId: 'duplicateVm',
          at: 'metadata.name',
          in: 'VirtualMachine/app-01#3',
          data: { name: 'app-01', first: 'case.yaml:4:9' },
          terraformData: { first: 'case.tf:2:3' },
        },
      ],
    },
    {
      name: 'duplicate backup job and host profile names',
      yaml: {
        'a.yaml': `${job('nightly', 'app-01')}\n---\n${host('hv', '2019')}`,
        'b.yaml': `${host('hv', '2012 R2')}\n---\n${job('nightly', 'app-01')}\n---\n${vm('app-01', disk('D:\\a.vhdx'))}`,
      },
      errors: [
        { messageId: 'duplicateHost', at: 'metadata.name', in: 'HostProfile/hv#2', data: { name: 'hv', first: 'a.yaml:11:9' } },
        { messageId: 'duplicateJob', at: 'metadata.name', in: 'BackupJob/nightly#2', data: { name: 'nightly', first: 'a.yaml:4:9' } },
      ],
    },
    {
      name: 'a VM naming a host profile that does not exist, with a suggestion',
      yaml: `${vm(
        'app-01',
        `  host: legacy-hv
${disk('D:\\a.vhdx')}`,
      )}\n---\n${host('legacy-hv1', '2012 R2')}`,
      errors: [
        { messageId: 'unknownHostProfile', at: 'spec.host', vm: 'app-01', subject: 'host', messageIncludes: ['"legacy-hv"', 'did you mean "legacy-hv1"?'] },
      ],
    },
    {
      name: 'a VM naming a host profile when none is declared',
      yaml: vm(
        'app-01',
        `  host: legacy
${disk('D:\\a.vhdx')}`,
      ),
      errors: [{ messageId: 'unknownHostProfile', at: 'spec.host', messageIncludes: ['no HostProfile definition provides. Without it'] }],
    },
    {
      name: 'a Cyrillic look-alike drive letter in a disk path',
      yaml: vm('app-01', disk('с:\\VMs\\os.vhdx')),
      errors: [{ messageId: 'unresolvablePath', at: 'spec.disks[0].path', subject: 'disk:os', messageIncludes: ['U+0441', 'the path of disk "os"'] }],
    },
    {
      name: 'a drive-relative configuration path is reported once, not again for the checkpoints that follow it',
      yaml: vm(
        'app-01',
        `  configurationPath: D:VMs
${disk('D:\\VMs\\os.vhdx')}`,
      ),
      errors: [
        {
          messageId: 'unresolvablePath',
          at: 'spec.configurationPath',
          subject: 'path:configuration',
          messageIncludes: ['relative to the current folder of drive D:'],
        },
      ],
    },
    {
      name: 'relative checkpoint location and parent path',
      yaml: vm(
        'app-01',
        `  checkpoints:
    location: Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.avhdx
      parentPath: ..\\base.vhdx`,
      ),
      errors: [
        {
          messageId: 'unresolvablePath',
          at: 'spec.checkpoints.location',
          subject: 'path:checkpoints',
          messageIncludes: ['the checkpoint location', 'not an absolute Windows path'],
        },
        { messageId: 'unresolvablePath', at: 'spec.disks[0].parentPath', subject: 'disk:os:parent', messageIncludes: ['the parent path of disk "os"'] },
      ],
    },
    {
      name: 'unknown: fail turns a disk without a path into an HVB000 error',
      // A Terraform disk block without path is an empty drive (path ""), which the next case covers.
      formats: ['hvgate'],
      yaml: vm(
        'app-01',
        `  disks:
    - name: os`,
      ),
      pack: [policy, checkpointSameVolume],
      settings: { unknown: 'fail' },
      errors: [
        { messageId: 'cannotEvaluate', at: 'spec.disks[0]', vm: 'app-01', messageIncludes: ['Cannot evaluate HVB003', 'the path of disk "os" is unknown'] },
      ],
    },
    {
      name: 'unknown: fail turns a value unknown until apply into an HVB000 error',
      formats: TERRAFORM_FORMATS,
      yaml: vm(
        'app-01',
        `  disks:
    - name: os
      path: !unknown var.os_path`,
      ),
      pack: [policy, checkpointSameVolume],
      settings: { unknown: 'fail' },
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.disks[0].path',
          vm: 'app-01',
          subject: 'unknown:HVB003:disk:os',
          messageIncludes: ['Cannot evaluate HVB003', 'the path of disk "os" is unknown'],
        },
      ],
    },
  ],
});

describe('HVB000 beyond the table', () => {
  test('diagnostic findings carry the file as address, the code as subject and the diagnostic fix', () => {
    const { evaluation } = evaluateCase(policy, { name: 'fix', yaml: { 'defs/bad.yaml': 'apiVersion: hvgate/v2\nkind: VirtualMachine\n' } });
    expect(evaluation.findings).toHaveLength(1);
    const [finding] = evaluation.findings;
    expect(finding?.address).toBe('defs/bad.yaml');
    expect(finding?.subject).toBe('api-version');
    expect(finding?.at).toMatchObject({ file: 'defs/bad.yaml', line: 1, column: 13 });
    expect(finding?.fix).toBe('Correct the definition where this finding points. Write apiVersion: hvgate/v1, or upgrade hvgate.');
  });

  test('a duplicate VM points back at the first definition', () => {
    const { evaluation } = evaluateCase(policy, {
      name: 'related',
      yaml: { 'a.yaml': vm('app-01', disk('D:\\a.vhdx')), 'b.yaml': vm('app-01', disk('D:\\b.vhdx')) },
    });
    const [finding] = evaluation.findings;
    expect(finding?.related.map((r) => [r.at.file, r.at.line, r.at.column, r.message])).toEqual([['a.yaml', 4, 9, 'VM "app-01" is first defined here']]);
  });

  test('duplicate VM names are found across formats', () => {
    const own = parseHvgateFile('vms.yaml', vm('app-01', disk('D:\\a.vhdx')));
    const first = own.vms[0]!;
    const at = { file: 'main.tf', line: 3, column: 10, endLine: 3, endColumn: 18 };
    const fromTerraform = { ...first, format: 'terraform' as const, address: 'hyperv_machine_instance.app', at, nameAt: at };
    const estate = mergeEstates([own, { ...own, vms: [fromTerraform], files: ['main.tf'] }]);
    const evaluation = evaluate(estate, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
    expect(evaluation.findings.map((f) => [f.messageId, f.address, f.at.file, f.at.line])).toEqual([
      ['duplicateVm', 'hyperv_machine_instance.app', 'main.tf', 3],
    ]);
  });

  test('HVB000 cannot be waived', () => {
    const { evaluation } = evaluateCase(policy, {
      name: 'waiver',
      yaml: vm(
        'app-01',
        `  configurationPath: D:VMs
${disk('D:\\VMs\\os.vhdx')}
  exceptions:
    - policy: HVB000
      reason: We know.
      owner: platform-team
      expires: 2026-08-15`,
      ),
    });
    expect(evaluation.findings.map((f) => [f.messageId, Boolean(f.exception)])).toEqual([['unresolvablePath', false]]);
    expect(evaluation.exceptions[0]?.problems).toContainEqual({ kind: 'not-waivable', value: 'HVB000', byConfiguration: false });
  });
});
