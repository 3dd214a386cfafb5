import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { byDefault, unknown } from '../../src/core/source.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TERRAFORM_FORMATS, TEST_TODAY, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string, name = 'app-01') => vmDocument(spec, name);

const host = (name: string, release: string) => `---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: ${name}
spec:
  windowsServer: ${release}`;

const job = (name: string, members: string[]) => `---
apiVersion: hvgate/v1
kind: BackupJob
metadata:
  name: ${name}
spec:
  members: [${members.join(', ')}]`;

// A VM the Terraform provider creates always has a SCSI controller; only the own format can say it has none.
const OWN_FORMAT_ONLY = ['hvgate'] as const;

const jobWithBrokenMember = `${vm(`  host: legacy
  generation: 1
  scsiControllers: 0`)}
---
${vm(`  host: legacy`, 'web-01')}
${job('nightly', ['app-01', 'web-01'])}
${host('legacy', '2012 R2')}`;

policyCases(policy, {
  valid: [
    {
      name: 'generation 2 VM on a 2012 R2 host has its SCSI controller by default',
      yaml: `${vm(`  host: legacy`)}
${host('legacy', '2012 R2')}`,
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'generation 1 VM on a 2012 R2 host with a data disk on SCSI',
      yaml: `${vm(`  host: legacy
  generation: 1
  disks:
    - name: os
      path: D:\\VMs\\app-01\\os.vhdx
      controller: { type: IDE, number: 0, location: 0 }
    - name: data
      path: D:\\VMs\\app-01\\data.vhdx
      controller: { type: SCSI, number: 0, location: 0 }`)}
${host('legacy', '2012 R2')}`,
    },
    {
      name: 'no SCSI controller on the default 2016+ host',
      formats: OWN_FORMAT_ONLY,
      yaml: vm(`  generation: 1
  scsiControllers: 0`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'no SCSI controller on a 2016 host profile',
      formats: OWN_FORMAT_ONLY,
      yaml: `${vm(`  host: hv2016
  generation: 1
  scsiControllers: 0`)}
${host('hv2016', '2016')}`,
    },
    {
      name: 'no SCSI controller on a 2012 host (the revert inside the guest came with 2012 R2)',
      formats: OWN_FORMAT_ONLY,
      yaml: `${vm(`  host: hv2012
  generation: 1
  scsiControllers: 0`)}
${host('hv2012', '2012')}`,
    },
    {
      // Hyper-V gives a new VM of either generation a SCSI controller, so nothing depends on the unknown.
      name: 'generation unknown until apply on a 2012 R2 host: the VM has its SCSI controller either way',
      formats: TERRAFORM_FORMATS,
      yaml: `${vm(`  host: legacy
  generation: !unknown var.generation`)}
${host('legacy', '2012 R2')}`,
      outcomes: { 'app-01': 'online' },
      uncertain: [],
    },
  ],
  invalid: [
    {
      name: 'scsiControllers: 0 on a 2012 R2 host fails the backup',
      formats: OWN_FORMAT_ONLY,
      yaml: `${vm(`  host: legacy
  generation: 1
  scsiControllers: 0`)}
${host('legacy', '2012 R2')}`,
      errors: [
        {
          messageId: 'noScsiController',
          at: 'spec.scsiControllers',
          vm: 'app-01',
          data: { source: '', blastRadius: 'every other VM in the same backup job loses its backup too (HVB009 reports the blast radius).' },
        },
      ],
      outcomes: { 'app-01': 'fails' },
    },
    {
      name: 'the configured default host is 2012 R2',
      formats: OWN_FORMAT_ONLY,
      yaml: vm(`  generation: 1
  scsiControllers: 0`),
      settings: { hostDefaults: { os: '2012 R2', configurationVersion: '5.0' } },
      errors: [{ messageId: 'noScsiController', at: 'spec.scsiControllers', messageIncludes: ['On Windows Server 2012 R2 host (assumed: no host profile)'] }],
      outcomes: { 'app-01': 'fails' },
    },
    {
      name: 'the message names the job that the VM takes down; its job mate keeps its own outcome',
      formats: OWN_FORMAT_ONLY,
      yaml: jobWithBrokenMember,
      errors: [
        {
          messageId: 'noScsiController',
          at: 'spec.scsiControllers',
          vm: 'app-01',
          messageIncludes: ['every other VM in backup job "nightly" loses its backup too'],
        },
      ],
      outcomes: { 'app-01': 'fails', 'web-01': 'online' },
    },
    {
      name: 'two jobs are both named, and two broken VMs give two findings',
      formats: OWN_FORMAT_ONLY,
      yaml: `${vm(`  host: legacy
  generation: 1
  scsiControllers: 0`)}
---
${vm(
  `  host: legacy
  generation: 1
  scsiControllers: 0`,
  'db-01',
)}
${job('nightly', ['app-01'])}
${job('weekly', ['app-01', 'db-01'])}
${host('legacy', '2012 R2')}`,
      errors: [
        { messageId: 'noScsiController', at: 'spec.scsiControllers', vm: 'app-01', messageIncludes: ['backup jobs "nightly", "weekly"'] },
        { messageId: 'noScsiController', at: 'spec.scsiControllers', in: 'VirtualMachine/db-01', vm: 'db-01', messageIncludes: ['backup job "weekly"'] },
      ],
      outcomes: { 'app-01': 'fails', 'db-01': 'fails' },
    },
  ],
});

test('HVB012 fails the whole job through the engine (principle 3)', () => {
  const { evaluation } = evaluateCase(policy, { name: 'job', yaml: jobWithBrokenMember });
  expect(evaluation.jobs.map((j) => ({ name: j.job.name, failing: j.failing, fails: j.fails }))).toEqual([
    { name: 'nightly', failing: ['app-01'], fails: true },
  ]);
});

test('HVB012 reports an unknown controller count as cannot-evaluate, never as a pass or a failure', () => {
  const estate = parseHvgateFile('vm.yaml', `${vm(`  host: legacy`)}\n${host('legacy', '2012 R2')}`);
  const vmModel = estate.vms[0]!;
  const at = { file: 'vm.yaml', line: 7, column: 20, endLine: 7, endColumn: 40 };
  const withUnknown = { ...estate, vms: [{ ...vmModel, scsiControllers: unknown(at, 'known after apply') }] };
  const evaluation = evaluate(withUnknown, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
  expect(evaluation.findings.map((f) => [f.policyId, f.messageId, f.level, f.at.line, f.message])).toEqual([
    [
      'HVB012',
      'cannotEvaluate',
      'note',
      7,
      'Cannot evaluate HVB012 scsi-controller-required for VM "app-01": the number of SCSI controllers is unknown (known after apply), so its backup outcome on Windows Server 2012 R2 host legacy is uncertain.',
    ],
  ]);
  expect(evaluation.vms[0]!.uncertain).toBe(true);
  expect(evaluation.vms[0]!.outcome).toBe('online');
});

test('HVB012 needs no controller count when a disk is attached to a SCSI controller', () => {
  const spec = `  host: legacy
  disks:
    - name: os
      path: D:\\VMs\\app-01\\os.vhdx
      controller: { type: SCSI, number: 0, location: 0 }`;
  const estate = parseHvgateFile('vm.yaml', `${vm(spec)}\n${host('legacy', '2012 R2')}`);
  expect(estate.diagnostics).toEqual([]);
  const vmModel = estate.vms[0]!;
  const at = { file: 'vm.yaml', line: 7, column: 20, endLine: 7, endColumn: 40 };
  const withUnknown = { ...estate, vms: [{ ...vmModel, scsiControllers: unknown(at, 'known after apply') }] };
  const evaluation = evaluate(withUnknown, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
  expect(evaluation.findings.map((f) => f.message)).toEqual([]);
  expect(evaluation.vms[0]!.uncertain).toBe(false);
});

test('HVB012 quotes the note of a defaulted controller count and points where it would be written', () => {
  const estate = parseHvgateFile(
    'vm.yaml',
    `${vm(`  host: legacy
  generation: 1`)}\n${host('legacy', '2012 R2')}`,
  );
  const model = estate.vms[0]!;
  const at = { file: 'vm.yaml', line: 5, column: 1, endLine: 5, endColumn: 5 };
  const defaulted = { ...model, scsiControllers: byDefault(0, at, 'not set: counted from the SCSI controllers the disks use') };
  const evaluation = evaluate({ ...estate, vms: [defaulted] }, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
  expect(evaluation.findings.map((f) => [f.messageId, f.level, f.at.line, f.at.column])).toEqual([['noScsiController', 'error', 5, 1]]);
  expect(evaluation.findings[0]!.message).toContain(
    'has no SCSI controller (not set: counted from the SCSI controllers the disks use). On Windows Server 2012 R2 host legacy',
  );
  expect(evaluation.vms[0]!.outcome).toBe('fails');
});
