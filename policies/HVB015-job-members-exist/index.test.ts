import { describe, expect, test } from 'vitest';
import { evaluateCase, policyCases } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (name: string, labels = '') => `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: ${name}${labels ? `\n  labels: { ${labels} }` : ''}
spec:
  disks:
    - name: os
      path: D:\\VMs\\${name}.vhdx`;

const job = (name: string, spec: string) => `apiVersion: hvgate/v1
kind: BackupJob
metadata:
  name: ${name}
spec:
${spec}`;

const estate = (...documents: string[]) => documents.join('\n---\n');

policyCases(policy, {
  valid: [
    {
      name: 'every named member is defined',
      yaml: estate(vm('app-01'), vm('app-02'), job('nightly', '  members: [app-01, app-02]')),
    },
    {
      name: 'members defined in other files',
      yaml: { 'jobs.yaml': job('nightly', '  members: [app-01]'), 'vms/app-01.yaml': vm('app-01') },
    },
    {
      name: 'a selector that matches nothing names no VM',
      yaml: estate(vm('app-01'), job('web', '  selector:\n    matchLabels: { tier: web }'), job('nightly', '  members: [app-01]')),
    },
    {
      name: 'a member listed twice is one member',
      yaml: estate(vm('app-01'), job('nightly', '  members: [app-01, app-01]')),
    },
  ],
  invalid: [
    {
      name: 'a deleted VM still named by its job, with a suggestion',
      yaml: estate(vm('app-01'), vm('app-03'), job('nightly', '  members:\n    - app-01\n    - app-02\n    - app-03')),
      errors: [
        {
          messageId: 'memberMissing',
          at: 'spec.members[1]',
          in: 'BackupJob/nightly',
          subject: 'job:nightly:member:app-02',
          messageIncludes: ['Backup job "nightly" names VM "app-02"', 'did you mean "app-01"?', 'all 2 VMs of the job lose their backup: app-01, app-03'],
        },
      ],
      outcomes: { 'app-01': 'online', 'app-03': 'online' },
    },
    {
      name: 'a job with only missing members backs up nothing',
      yaml: estate(vm('db-01'), job('nightly', '  members: [web-99]')),
      errors: [
        {
          messageId: 'memberMissing',
          at: 'spec.members[0]',
          in: 'BackupJob/nightly',
          messageIncludes: ['which no definition provides. One member', 'the job backs up nothing'],
        },
      ],
    },
    {
      name: 'selected members are in the blast radius too',
      yaml: estate(vm('web-01', 'tier: web'), job('web', '  members: [web-02]\n  selector:\n    matchLabels: { tier: web }')),
      errors: [{ messageId: 'memberMissing', at: 'spec.members[0]', in: 'BackupJob/web', messageIncludes: ['the 1 VM of the job loses'] }],
    },
    {
      name: 'two jobs naming the same missing VM give one finding each',
      yaml: {
        'a.yaml': job('nightly', '  members: [gone]'),
        'b.yaml': estate(job('weekly', '  members: [gone, app-01]'), vm('app-01')),
      },
      errors: [
        { messageId: 'memberMissing', at: 'spec.members[0]', subject: 'job:nightly:member:gone' },
        { messageId: 'memberMissing', at: 'spec.members[0]', in: 'BackupJob/weekly', subject: 'job:weekly:member:gone' },
      ],
    },
  ],
});

describe('HVB015 beyond the table', () => {
  test('the finding is about the job and lists every member as its blast radius', () => {
    const members = Array.from({ length: 12 }, (_, i) => `app-${String(i + 1).padStart(2, '0')}`);
    const { evaluation } = evaluateCase(policy, {
      name: 'blast radius',
      yaml: estate(...members.map((name) => vm(name)), job('nightly', `  members: [${[...members, 'app-13'].join(', ')}]`)),
    });
    expect(evaluation.findings).toHaveLength(1);
    const [finding] = evaluation.findings;
    expect(finding?.address).toBe('BackupJob/nightly');
    expect(finding?.vm).toBeUndefined();
    expect(finding?.blastRadius).toEqual(members);
    expect(finding?.message).toContain(
      'all 12 VMs of the job lose their backup: app-01, app-02, app-03, app-04, app-05, app-06, app-07, app-08, app-09, app-10 and 2 more.',
    );
    expect(evaluation.jobs[0]).toMatchObject({ fails: true, missing: [{ name: 'app-13' }] });
  });

  test('is inactive and says so when no backup job is declared', () => {
    const { evaluation } = evaluateCase(policy, { name: 'no jobs', yaml: vm('app-01') });
    expect(evaluation.notices).toEqual([expect.stringContaining('No backup jobs are declared, so HVB015')]);
    expect(evaluation.findings).toEqual([]);
  });

  test('an exception cannot waive a finding about a job', () => {
    const { evaluation } = evaluateCase(policy, {
      name: 'waiver',
      yaml: estate(
        `${vm('app-01')}
  exceptions:
    - policy: HVB015
      reason: The job is being rebuilt.
      owner: backup-team
      expires: 2026-08-15`,
        job('nightly', '  members: [app-01, app-02]'),
      ),
    });
    expect(evaluation.findings.map((f) => [f.subject, Boolean(f.exception)])).toEqual([['job:nightly:member:app-02', false]]);
    expect(evaluation.exceptions.map((e) => e.problems)).toEqual([[{ kind: 'unmatched' }]]);
  });
});
