import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { mergeEstates } from '../../src/core/model.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TEST_TODAY } from '../../test/support/policy-tester.js';
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
      yaml: `name: build\non: [push]\n---\n${vm('app-01', disk('D:\\VMs\\os.vhdx'))}`,
    },
  ],
  invalid: [
    {
      name: 'a YAML syntax error',
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
      yaml: vm(
        'app-01',
        `  checkpoint:
    location: D:\\Snapshots`,
      ),
      errors: [
        {
          messageId: 'invalidDefinition',
          line: 6,
          column: 3,
          subject: 'schema:spec.checkpoint',
          messageIncludes: ['unknown key "checkpoint"', 'did you mean "checkpoints"'],
        },
      ],
    },
    {
      name: 'an empty file defines nothing',
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
          line: 13,
          column: 9,
          file: 'b.yaml',
          vm: 'app-01',
          messageIncludes: ['"app-01" is defined again', 'first defined at a.yaml:4:9'],
        },
      ],
    },
    {
      name: 'a VM defined three times gets two findings',
      yaml: [vm('app-01', disk('D:\\a.vhdx')), vm('app-01', disk('D:\\b.vhdx')), vm('app-01', disk('D:\\c.vhdx'))].join('\n---\n'),
      errors: [
        { messageId: 'duplicateVm', line: 13, column: 9, messageIncludes: ['case.yaml:4:9'] },
        { messageId: 'duplicateVm', line: 22, column: 9, messageIncludes: ['case.yaml:4:9'] },
      ],
    },
    {
      name: 'duplicate backup job and host profile names',
      yaml: {
        'a.yaml': `${job('nightly', 'app-01')}\n---\n${host('hv', '2019')}`,
        'b.yaml': `${host('hv', '2012 R2')}\n---\n${job('nightly', 'app-01')}\n---\n${vm('app-01', disk('D:\\a.vhdx'))}`,
      },
      errors: [
        { messageId: 'duplicateHost', line: 4, column: 9, file: 'b.yaml', messageIncludes: ['Host profile "hv"', 'a.yaml:11:9'] },
        { messageId: 'duplicateJob', line: 11, column: 9, file: 'b.yaml', messageIncludes: ['Backup job "nightly"', 'a.yaml:4:9'] },
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
        { messageId: 'unknownHostProfile', line: 6, column: 9, vm: 'app-01', subject: 'host', messageIncludes: ['"legacy-hv"', 'did you mean "legacy-hv1"?'] },
      ],
    },
    {
      name: 'a VM naming a host profile when none is declared',
      yaml: vm(
        'app-01',
        `  host: legacy
${disk('D:\\a.vhdx')}`,
      ),
      errors: [{ messageId: 'unknownHostProfile', line: 6, column: 9, messageIncludes: ['no HostProfile definition provides. Without it'] }],
    },
    {
      name: 'a Cyrillic look-alike drive letter in a disk path',
      yaml: vm('app-01', disk('с:\\VMs\\os.vhdx')),
      errors: [{ messageId: 'unresolvablePath', line: 8, column: 13, subject: 'disk:os', messageIncludes: ['U+0441', 'the path of disk "os"'] }],
    },
    {
      name: 'a drive-relative configuration path is reported once, not again for the checkpoints that follow it',
      yaml: vm(
        'app-01',
        `  configurationPath: D:VMs
${disk('D:\\VMs\\os.vhdx')}`,
      ),
      errors: [
        { messageId: 'unresolvablePath', line: 6, column: 22, subject: 'path:configuration', messageIncludes: ['relative to the current folder of drive D:'] },
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
          line: 7,
          column: 15,
          subject: 'path:checkpoints',
          messageIncludes: ['the checkpoint location', 'not an absolute Windows path'],
        },
        { messageId: 'unresolvablePath', line: 11, column: 19, subject: 'disk:os:parent', messageIncludes: ['the parent path of disk "os"'] },
      ],
    },
    {
      name: 'unknown: fail turns a value another policy cannot evaluate into an HVB000 error',
      yaml: vm(
        'app-01',
        `  disks:
    - name: os`,
      ),
      pack: [policy, checkpointSameVolume],
      settings: { unknown: 'fail' },
      errors: [
        { messageId: 'cannotEvaluate', line: 7, column: 7, vm: 'app-01', messageIncludes: ['Cannot evaluate HVB003', 'the path of disk "os" is unknown'] },
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
    expect(finding?.related).toEqual([{ at: expect.objectContaining({ file: 'a.yaml', line: 4, column: 9 }), message: 'VM "app-01" is first defined here' }]);
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
      expires: 2026-12-31`,
      ),
    });
    expect(evaluation.findings.map((f) => [f.messageId, Boolean(f.exception)])).toEqual([['unresolvablePath', false]]);
    expect(evaluation.exceptions[0]?.problems).toContainEqual({ kind: 'not-waivable', value: 'HVB000', byConfiguration: false });
  });
});
