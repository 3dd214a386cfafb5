import { describe, expect, test } from 'vitest';
import { evaluateCase, policyCases } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (name: string, extra = '', labels = '') => `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: ${name}${labels ? `\n  labels: { ${labels} }` : ''}
spec:
  disks:
    - name: os
      path: D:\\VMs\\${name}.vhdx${extra}`;

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
      name: 'a VM named by a job',
      yaml: estate(vm('app-01'), job('nightly', '  members: [app-01]')),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'a VM selected by labels',
      yaml: estate(vm('app-01', '', 'tier: web, env: prod'), job('web', '  selector:\n    matchLabels: { tier: web }')),
    },
    {
      name: 'a guest-only VM outside every job is left to HVB001',
      yaml: estate(vm('app-01', '\n  backup:\n    protection: guest'), job('nightly', '  members: [other]'), vm('other')),
    },
    {
      name: 'a VM in a job declared in another file',
      yaml: { 'vms/app.yaml': vm('app-01'), 'jobs/nightly.yaml': job('nightly', '  members: [app-01]') },
    },
  ],
  invalid: [
    {
      name: 'a VM that no job includes while another is covered',
      yaml: estate(vm('app-01'), vm('app-02'), job('nightly', '  members: [app-01]')),
      errors: [
        {
          messageId: 'notInAnyJob',
          at: 'metadata.name',
          in: 'VirtualMachine/app-02',
          vm: 'app-02',
          data: { protection: 'protection: host, not set: the host backs up the whole VM' },
          terraformData: { protection: 'protection: host, Terraform VMs are backed up at host level unless a .hvgate.yml overlay says otherwise' },
        },
      ],
      outcomes: { 'app-01': 'online', 'app-02': 'unprotected' },
    },
    {
      name: 'host and guest protection still needs a job',
      yaml: estate(vm('app-01', '\n  backup:\n    protection: both'), job('nightly', '  members: []')),
      errors: [{ messageId: 'notInAnyJob', at: 'metadata.name', data: { protection: 'protection: both' } }],
      outcomes: { 'app-01': 'unprotected' },
    },
    {
      name: 'a selector that needs a label the VM does not carry',
      yaml: estate(vm('app-01', '', 'tier: web'), job('web', '  selector:\n    matchLabels: { tier: web, env: prod }')),
      errors: [{ messageId: 'notInAnyJob', at: 'metadata.name' }],
    },
    {
      name: 'a member name that differs in case does not cover the VM',
      yaml: estate(vm('app-01'), job('nightly', '  members: [APP-01]')),
      errors: [{ messageId: 'notInAnyJob', at: 'metadata.name' }],
    },
    {
      name: 'a valid exception waives it',
      yaml: estate(
        vm(
          'lab-01',
          `
  exceptions:
    - policy: backup-coverage
      reason: Disposable lab VM, rebuilt from its template.
      owner: lab-team
      expires: 2026-08-25`,
        ),
        job('nightly', '  members: [app-01]'),
        vm('app-01'),
      ),
      errors: [{ messageId: 'notInAnyJob', at: 'metadata.name', waived: true }],
      outcomes: { 'lab-01': 'online' },
    },
    {
      name: 'an expired exception does not',
      yaml: estate(
        vm(
          'lab-01',
          `
  exceptions:
    - policy: HVB010
      reason: Disposable lab VM, rebuilt from its template.
      owner: lab-team
      expires: 2026-05-31`,
        ),
        job('nightly', '  members: []'),
      ),
      errors: [{ messageId: 'notInAnyJob', at: 'metadata.name', waived: false }],
      outcomes: { 'lab-01': 'unprotected' },
    },
  ],
});

describe('HVB010 without backup jobs', () => {
  test('is inactive and says so when no backup job is declared anywhere', () => {
    const { evaluation } = evaluateCase(policy, { name: 'no jobs', yaml: estate(vm('app-01'), vm('app-02')) });
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.vms.map((r) => r.outcome)).toEqual(['online', 'online']);
    expect(evaluation.notices).toHaveLength(1);
    expect(evaluation.notices[0]).toContain('No backup jobs are declared, so HVB010');
  });

  test('becomes active as soon as one job is declared, even an empty one', () => {
    const { evaluation } = evaluateCase(policy, { name: 'one job', yaml: estate(vm('app-01'), job('nightly', '  members: []')) });
    expect(evaluation.notices).toEqual([]);
    expect(evaluation.findings.map((f) => f.vm)).toEqual(['app-01']);
  });
});
