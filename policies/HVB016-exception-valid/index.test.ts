import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { exceptionKey } from '../../src/core/exceptions.js';
import type { Estate, PolicyException } from '../../src/core/model.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TEST_TODAY } from '../../test/support/policy-tester.js';
import checkpointSameVolume from '../HVB003-checkpoint-same-volume/index.js';
import backupCoverage from '../HVB010-backup-coverage/index.js';
import policy from './index.js';

// HVB003 supplies findings to waive: checkpoints on C: while the disk `os` is on D:.
const pack = [policy, checkpointSameVolume];

const vm = (name: string, exceptions: string, diskPath = 'D:\\VMs\\os.vhdx') => `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  checkpoints:
    location: C:\\Snapshots
  disks:
    - name: os
      path: ${diskPath}
  exceptions:
${exceptions}`;

const exception = (policyRef: string, expires = '2026-08-15', extra = '') => `    - policy: ${policyRef}
      reason: Stateless web node; crash-consistent backups are enough.
      owner: platform-team
      expires: ${expires}${extra}`;

// The first exception of `vm(…)` starts on line 12, column 7.
policyCases(policy, {
  valid: [
    {
      name: 'a complete exception that waives a finding',
      yaml: vm('app-01', exception('HVB003')),
      pack,
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'by policy name and disk',
      yaml: vm('app-01', exception('checkpoint-same-volume', '2026-08-15', '\n      disk: os')),
      pack,
    },
    {
      name: 'an exception is valid through its expiry date',
      yaml: vm('app-01', exception('hvb003', TEST_TODAY)),
      pack,
    },
    {
      name: 'within exceptionMaxDays',
      yaml: vm('app-01', exception('HVB003', '2026-08-30')),
      pack,
      settings: { exceptionMaxDays: 90 },
    },
  ],
  invalid: [
    {
      name: 'expired the day before today',
      yaml: vm('app-01', exception('HVB003', '2026-05-31')),
      pack,
      errors: [
        {
          messageId: 'invalid',
          at: 'spec.exceptions[0].expires',
          vm: 'app-01',
          subject: 'exception:HVB003',
          messageIncludes: ['The exception for HVB003 on VM "app-01" is ignored', 'it expired on 2026-05-31'],
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'an unknown policy name, with a suggestion',
      yaml: vm('app-01', exception('checkpoint-same-volum')),
      pack,
      errors: [
        {
          messageId: 'invalid',
          at: 'spec.exceptions[0].policy',
          messageIncludes: ['unknown policy "checkpoint-same-volum"; did you mean "checkpoint-same-volume"?'],
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'an unknown policy id and an expiry in the past: both problems are listed',
      yaml: vm('app-01', exception('HVB103', '2025-12-31')),
      pack,
      errors: [
        {
          messageId: 'invalid',
          at: 'spec.exceptions[0].policy',
          subject: 'exception:HVB103',
          messageIncludes: ['unknown policy "HVB103"; did you mean "HVB003"?; it expired on 2025-12-31.'],
        },
      ],
    },
    {
      name: 'HVB016 itself can never be waived',
      yaml: vm('app-01', exception('HVB016')),
      pack,
      errors: [{ messageId: 'invalid', at: 'spec.exceptions[0].policy', messageIncludes: ['HVB016 can never be waived'] }],
    },
    {
      name: 'a hard-mandatory policy cannot be waived',
      yaml: vm('app-01', exception('HVB003')),
      pack,
      settings: { policies: { HVB003: { enforcement: 'hard-mandatory' } } },
      errors: [{ messageId: 'invalid', at: 'spec.exceptions[0].policy', messageIncludes: ['HVB003 is hard-mandatory in the configuration'] }],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'longer than exceptionMaxDays',
      yaml: vm('app-01', exception('HVB003', '2026-08-31')),
      pack,
      settings: { exceptionMaxDays: 90 },
      errors: [{ messageId: 'invalid', at: 'spec.exceptions[0].expires', messageIncludes: ['its expiry 2026-08-31 is more than the allowed 90 days away'] }],
    },
    {
      name: 'a valid exception that matches nothing because the VM complies',
      yaml: vm('app-01', exception('HVB003'), 'C:\\VMs\\os.vhdx'),
      pack,
      errors: [{ messageId: 'unmatched', at: 'spec.exceptions[0]', data: { policy: 'HVB003', target: 'VM "app-01"' } }],
    },
    {
      name: 'a valid exception for the wrong disk matches nothing',
      yaml: vm('app-01', exception('HVB003', '2026-08-15', '\n      disk: data')),
      pack,
      errors: [
        { messageId: 'unmatched', at: 'spec.exceptions[0]', subject: 'exception:HVB003:data', messageIncludes: ['on VM "app-01", "data" matches no finding'] },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'one finding per broken exception, in several files',
      yaml: {
        'a.yaml': vm('app-01', `${exception('HVB003', '2026-01-01')}\n${exception('HVB099')}`),
        'b.yaml': vm('app-02', exception('HVB003', '2026-08-15', '\n      disk: os'), 'C:\\VMs\\os.vhdx'),
      },
      pack,
      errors: [
        { messageId: 'invalid', at: 'spec.exceptions[0].expires', messageIncludes: ['expired on 2026-01-01'] },
        { messageId: 'invalid', at: 'spec.exceptions[1].policy', messageIncludes: ['unknown policy "HVB099"'] },
        { messageId: 'unmatched', at: 'spec.exceptions[0]', in: 'VirtualMachine/app-02', vm: 'app-02' },
      ],
    },
  ],
});

describe('HVB016 beyond the table', () => {
  const at = (line: number) => ({ file: 'hvgate.yml', line, column: 5, endLine: line, endColumn: 30 });
  const overlay = (fields: Partial<PolicyException> & { at: PolicyException['at'] }): PolicyException => ({ policy: 'HVB003', vm: 'app-01', ...fields });
  const withOverlays = (exceptions: PolicyException[]): Estate => {
    const parsed = parseHvgateFile(
      'vm.yaml',
      `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: app-01
spec:
  checkpoints:
    location: C:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx`,
    );
    return { ...parsed, exceptions };
  };

  test('fields the schema requires but an overlay may lack: reason, owner, expiry, a calendar date', () => {
    const estate = withOverlays([
      overlay({ at: at(3) }),
      overlay({ reason: 'Reviewed.', owner: '  ', expires: '2026-02-30', at: at(9) }),
      overlay({ vm: 'sql-*', vmPattern: true, reason: 'Reviewed.', owner: 'dba-team', at: at(15) }),
    ]);
    const evaluation = evaluate(estate, pack, DEFAULT_SETTINGS, { today: TEST_TODAY });
    const own = evaluation.findings.filter((f) => f.policyId === 'HVB016');
    expect(own.map((f) => [f.at.line, f.vm, f.address, f.subject, f.level])).toEqual([
      [3, 'app-01', 'VirtualMachine/app-01', 'exception:HVB003', 'error'],
      [9, 'app-01', 'VirtualMachine/app-01', 'exception:HVB003', 'error'],
      [15, undefined, 'hvgate.yml', 'exception:HVB003:sql-*', 'error'],
    ]);
    expect(own[0]?.message).toBe(
      'The exception for HVB003 on VM "app-01" is ignored and waives nothing: it gives no reason; it names no owner; it has no expiry date.',
    );
    expect(own[0]?.fix).toBe(
      'Edit the exception for HVB003 on VM "app-01": say why the policy does not apply; name the person or team that answers for it; set expires to the last day it is valid (YYYY-MM-DD).',
    );
    expect(own[1]?.message).toContain('it names no owner; its expiry "2026-02-30" is not a calendar date (YYYY-MM-DD).');
    expect(own[2]?.message).toBe('The exception for HVB003 on VMs matching "sql-*" is ignored and waives nothing: it has no expiry date.');
    // Invalid exceptions waive nothing.
    expect(evaluation.findings.filter((f) => f.policyId === 'HVB003').map((f) => Boolean(f.exception))).toEqual([false]);
  });

  test('an overlay naming the VM by resource address is about that VM', () => {
    const estate = withOverlays([overlay({ vm: 'VirtualMachine/app-01', reason: 'Reviewed.', owner: 'ops', expires: '2026-01-01', at: at(4) })]);
    const evaluation = evaluate(estate, pack, DEFAULT_SETTINGS, { today: TEST_TODAY });
    const own = evaluation.findings.filter((f) => f.policyId === 'HVB016');
    expect(own.map((f) => [f.vm, f.address, f.messageId])).toEqual([['app-01', 'VirtualMachine/app-01', 'invalid']]);
  });

  test('with exceptionsFromBaseOnly, an exception this change adds is ignored; one from the base branch counts', () => {
    const kept = overlay({ reason: 'Reviewed.', owner: 'ops', expires: '2026-08-15', at: at(4) });
    const added = overlay({ subject: 'os', reason: 'Reviewed.', owner: 'ops', expires: '2026-08-15', at: at(10) });
    const settings = { ...DEFAULT_SETTINGS, exceptionsFromBaseOnly: true };

    const fromBase = evaluate(withOverlays([kept]), pack, settings, { today: TEST_TODAY, baseExceptions: new Set([exceptionKey(kept)]) });
    expect(fromBase.findings.filter((f) => f.policyId === 'HVB016')).toEqual([]);
    expect(fromBase.findings.filter((f) => f.policyId === 'HVB003').map((f) => Boolean(f.exception))).toEqual([true]);

    const addedHere = evaluate(withOverlays([added]), pack, settings, { today: TEST_TODAY, baseExceptions: new Set([exceptionKey(kept)]) });
    const own = addedHere.findings.filter((f) => f.policyId === 'HVB016');
    expect(own.map((f) => f.message)).toEqual([
      'The exception for HVB003 on VM "app-01", "os" is ignored and waives nothing: it is added by this change, and only exceptions that already exist on the base branch count.',
    ]);
    expect(addedHere.findings.filter((f) => f.policyId === 'HVB003').map((f) => Boolean(f.exception))).toEqual([false]);
  });

  test('an exception for HVB016 does not waive HVB016 findings', () => {
    const estate = withOverlays([overlay({ at: at(3) }), overlay({ policy: 'HVB016', reason: 'Reviewed.', owner: 'ops', expires: '2026-08-15', at: at(9) })]);
    const evaluation = evaluate(estate, pack, DEFAULT_SETTINGS, { today: TEST_TODAY });
    const own = evaluation.findings.filter((f) => f.policyId === 'HVB016');
    expect(own.map((f) => [f.at.line, Boolean(f.exception)])).toEqual([
      [3, false],
      [9, false],
    ]);
  });

  test('an exception for a policy that did not run is not called unmatched', () => {
    const yaml = `${vm('app-01', exception('HVB003'))}
${exception('backup-coverage')}`;
    // No backup job is declared, so HVB010 is inactive; HVB003 is switched off.
    const { evaluation } = evaluateCase(policy, {
      name: 'inactive',
      yaml,
      pack: [policy, checkpointSameVolume, backupCoverage],
      settings: { policies: { HVB003: { level: 'off' } } },
    });
    expect(evaluation.notices).toEqual([expect.stringContaining('HVB010')]);
    expect(evaluation.exceptions.map((status) => [status.exception.policy, status.problems])).toEqual([
      ['HVB003', []],
      ['backup-coverage', []],
    ]);
    expect(evaluation.findings).toEqual([]);
  });
});
