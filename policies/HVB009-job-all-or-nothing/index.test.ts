import { describe, expect, test } from 'vitest';
import { evaluateCase, policyCases } from '../../test/support/policy-tester.js';
import scsiControllerRequired from '../HVB012-scsi-controller-required/index.js';
import policy from './index.js';

// HVB012 predicts `fails` for a VM without a SCSI controller on a 2012 R2 host.
const pack = [policy, scsiControllerRequired];

const legacyHost = `apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`;

const vm = (name: string, scsiControllers: number, labels = '') => `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: ${name}${labels ? `\n  labels: { ${labels} }` : ''}
spec:
  host: legacy
  scsiControllers: ${scsiControllers}`;

const job = (name: string, spec: string) => `apiVersion: hvgate/v1
kind: BackupJob
metadata:
  name: ${name}
spec:
${spec}`;

const estate = (...documents: string[]) => [legacyHost, ...documents].join('\n---\n');

policyCases(policy, {
  // Only a VM with no SCSI controller is predicted to fail, and a VM the Terraform provider creates always has one.
  formats: ['hvgate'],
  valid: [
    {
      name: 'every member has a SCSI controller',
      yaml: estate(vm('app-01', 1), vm('app-02', 2), job('nightly', '  members: [app-01, app-02]')),
      pack,
      outcomes: { 'app-01': 'online', 'app-02': 'online' },
    },
    {
      name: 'a failing VM in no job takes no job down',
      yaml: estate(vm('legacy-01', 0), vm('app-01', 1), job('nightly', '  members: [app-01]')),
      pack,
      outcomes: { 'legacy-01': 'fails' },
    },
    {
      name: 'a waived snapshot failure does not fail the job',
      yaml: estate(
        `${vm('legacy-01', 0)}
  exceptions:
    - policy: HVB012
      reason: Backed up by a separate agent job until the host upgrade in August.
      owner: infra-team
      expires: 2026-08-20`,
        vm('app-01', 1),
        job('nightly', '  members: [legacy-01, app-01]'),
      ),
      pack,
      outcomes: { 'legacy-01': 'online' },
    },
  ],
  invalid: [
    {
      name: 'an explicit member that fails takes every member down',
      yaml: estate(vm('app-01', 1), vm('legacy-01', 0), vm('app-02', 1), job('nightly', '  members:\n    - app-01\n    - legacy-01\n    - app-02')),
      pack,
      errors: [
        {
          messageId: 'memberFails',
          at: 'spec.members[1]',
          in: 'BackupJob/nightly',
          vm: 'legacy-01',
          subject: 'job:nightly:member:legacy-01',
          messageIncludes: [
            'VM "legacy-01" is predicted to fail its snapshot',
            '1 failing VM takes all 3 VMs of backup job "nightly" down: app-01, legacy-01, app-02.',
          ],
        },
      ],
      outcomes: { 'app-01': 'online', 'legacy-01': 'fails', 'app-02': 'online' },
    },
    {
      name: 'a member chosen by a selector is reported at the selector',
      yaml: estate(vm('app-01', 1, 'tier: web'), vm('legacy-01', 0, 'tier: web'), job('web', '  selector:\n    matchLabels: { tier: web }')),
      pack,
      errors: [
        {
          messageId: 'memberFails',
          at: 'spec.selector',
          in: 'BackupJob/web',
          subject: 'job:web:member:legacy-01',
          messageIncludes: ['all 2 VMs of backup job "web" down: app-01, legacy-01.'],
        },
      ],
    },
    {
      name: 'two failing members give one finding each',
      yaml: estate(vm('legacy-01', 0), vm('legacy-02', 0), vm('app-01', 1), job('nightly', '  members: [legacy-01, legacy-02, app-01]')),
      pack,
      errors: [
        {
          messageId: 'memberFails',
          at: 'spec.members[0]',
          in: 'BackupJob/nightly',
          subject: 'job:nightly:member:legacy-01',
          messageIncludes: ['(2 members of the job are predicted to fail)'],
        },
        { messageId: 'memberFails', at: 'spec.members[1]', in: 'BackupJob/nightly', subject: 'job:nightly:member:legacy-02' },
      ],
    },
    {
      name: 'an exception for HVB009 on the failing VM waives the finding, not the failure',
      yaml: estate(
        `${vm('legacy-01', 0)}
  exceptions:
    - policy: job-all-or-nothing
      reason: The nightly job is replaced by per-VM jobs next week.
      owner: backup-team
      expires: 2026-06-15`,
        job('nightly', '  members: [legacy-01, app-01]'),
        vm('app-01', 1),
      ),
      pack,
      errors: [{ messageId: 'memberFails', at: 'spec.members[0]', in: 'BackupJob/nightly', waived: true }],
      outcomes: { 'legacy-01': 'fails' },
    },
    {
      name: 'a failing VM in two jobs in two files takes both down',
      yaml: {
        'vms.yaml': estate(vm('legacy-01', 0), vm('app-01', 1)),
        'jobs/nightly.yaml': job('nightly', '  members: [app-01, legacy-01]'),
        'jobs/weekly.yaml': job('weekly', '  members: [legacy-01]'),
      },
      pack,
      errors: [
        { messageId: 'memberFails', at: 'spec.members[1]', in: 'BackupJob/nightly', subject: 'job:nightly:member:legacy-01' },
        {
          messageId: 'memberFails',
          at: 'spec.members[0]',
          in: 'BackupJob/weekly',
          subject: 'job:weekly:member:legacy-01',
          messageIncludes: ['takes backup job "weekly" down; it has no other member.'],
        },
      ],
    },
  ],
});

describe('HVB009 beyond the table', () => {
  test('the finding is about the job, names the failing VM and carries every member as blast radius', () => {
    const members = Array.from({ length: 14 }, (_, i) => `app-${String(i + 1).padStart(2, '0')}`);
    const { evaluation } = evaluateCase(policy, {
      name: 'blast radius',
      yaml: estate(...members.map((name) => vm(name, name === 'app-07' ? 0 : 1)), job('nightly', `  members: [${members.join(', ')}]`)),
      pack,
    });
    const own = evaluation.findings.filter((f) => f.policyId === 'HVB009');
    expect(own).toHaveLength(1);
    const [finding] = own;
    expect(finding?.address).toBe('BackupJob/nightly');
    expect(finding?.vm).toBe('app-07');
    expect(finding?.blastRadius).toEqual(members);
    expect(finding?.message).toContain(
      'takes all 14 VMs of backup job "nightly" down: app-01, app-02, app-03, app-04, app-05, app-06, app-07, app-08, app-09, app-10 and 4 more.',
    );
    expect(finding?.related.map((r) => [r.at.line, r.at.column, r.message])).toEqual([[59, 9, 'VM "app-07" is defined here']]);
    expect(evaluation.jobs[0]).toMatchObject({ failing: ['app-07'], fails: true });
  });

  test('is inactive and says so when no backup job is declared', () => {
    const { evaluation } = evaluateCase(policy, { name: 'no jobs', yaml: estate(vm('legacy-01', 0)), pack });
    expect(evaluation.notices).toEqual([expect.stringContaining('No backup jobs are declared, so HVB009')]);
    expect(evaluation.findings.map((f) => f.policyId)).toEqual(['HVB012']);
  });
});
