/** The pure plan: actions, attribute diffs, finding status by fingerprint, saved-plan checks. */
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate, type Evaluation } from '../../src/core/engine.js';
import { mergeEstates, type Estate } from '../../src/core/model.js';
import { attributesOf } from '../../src/core/attributes.js';
import { planChanges, planSide, type PlanSide } from '../../src/core/plan.js';
import { savedPlanInconsistencies, verifySavedPlan, type SavedPlan } from '../../src/core/saved-plan.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { planActionOf } from '../../src/parsers/terraform/plan.js';
import { HOSTS, PASSTHROUGH_DISK, TODAY, job, vm } from './git-fixture.js';

function side(files: Readonly<Record<string, string>>, patch?: (estate: Estate) => Estate): PlanSide & { evaluation: Evaluation } {
  let estate = mergeEstates(Object.entries(files).map(([file, text]) => parseHvgateFile(file, text)));
  if (patch) estate = patch(estate);
  const evaluation = evaluate(estate, policies, DEFAULT_SETTINGS, { today: TODAY });
  return { ...planSide({ estate, evaluation }), evaluation };
}

const base = {
  'hosts.yaml': HOSTS,
  'jobs.yaml': job('nightly', ['web-01', 'db-01']),
  'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
  'vms/db-01.yaml': vm('db-01'),
};

describe('planChanges', () => {
  test('finding status comes from fingerprints, not lines: moving a finding down the file keeps it pre-existing', () => {
    const before = side(base);
    const after = side({ ...base, 'vms/web-01.yaml': `# Archive server.\n# Owned by the storage team.\n\n${base['vms/web-01.yaml']}` });
    const finding = after.evaluation.findings.find((f) => f.policyId === 'HVB007')!;
    const old = before.evaluation.findings.find((f) => f.policyId === 'HVB007')!;
    expect(finding.at.line).toBe(old.at.line + 3);
    const plan = planChanges(before, after);
    expect(plan.statusOf(finding)).toBe('unchanged');
    expect(plan.resolved).toEqual([]);
    expect(plan.changes.map((c) => [c.address, c.action, c.affected])).toEqual([
      ['VirtualMachine/db-01', 'unchanged', false],
      ['VirtualMachine/web-01', 'unchanged', false],
    ]);
    expect(plan.summary).toEqual({ add: 0, change: 0, destroy: 0, replace: 0, unchanged: 2, affected: 0, backupRelevantChange: 0 });
  });

  test('status is per finding identity, not per changed file', () => {
    // The change touches only jobs.yaml: the job's new finding is introduced, web-01's old one is not.
    const before = side(base);
    const after = side({ ...base, 'jobs.yaml': job('nightly', ['web-01', 'db-01', 'gone-01']) });
    const plan = planChanges(before, after);
    const statuses = after.evaluation.findings.map((f) => [f.policyId, plan.statusOf(f)]);
    expect(statuses).toContainEqual(['HVB015', 'introduced']);
    expect(statuses).toContainEqual(['HVB007', 'unchanged']);
  });

  test('deleted VMs resolve their findings; created VMs list only what the author wrote', () => {
    const before = side(base);
    const { 'vms/web-01.yaml': _removed, ...rest } = base;
    const after = side({ ...rest, 'jobs.yaml': job('nightly', ['db-01', 'new-01']), 'vms/new-01.yaml': vm('new-01') });
    const plan = planChanges(before, after);
    expect(plan.changes.map((c) => [c.name, c.action])).toEqual([
      ['db-01', 'unchanged'],
      ['new-01', 'create'],
      ['web-01', 'delete'],
    ]);
    expect(plan.resolved.map((f) => f.policyId)).toContain('HVB007');
    const created = plan.changes.find((c) => c.name === 'new-01')!;
    expect(created.attributes.map((a) => a.path)).toEqual(['spec.host', 'spec.configurationPath', 'spec.disks["os"].path', 'spec.guest.os']);
    expect(created.attributes.every((a) => a.before === undefined)).toBe(true);
    expect(created.before).toBeUndefined();
    expect(created.after?.outcome).toBe('online');
    expect(plan.summary).toMatchObject({ add: 1, change: 0, destroy: 1 });
  });

  test('exceptions the head adds and the base had are told apart by exceptionKey', () => {
    const withException = (name: string) => vm(name, { extraSpec: '  exceptions:\n    - { policy: HVB010, reason: lab, owner: me, expires: 2026-08-15 }' });
    const before = side({ ...base, 'vms/db-01.yaml': withException('db-01') });
    const after = side({ ...base, 'vms/web-01.yaml': withException('web-01') });
    const plan = planChanges(before, after);
    expect(plan.addedExceptions.map((e) => [e.policy, e.vm])).toEqual([['HVB010', 'web-01']]);
    expect(plan.removedExceptions.map((e) => [e.policy, e.vm])).toEqual([['HVB010', 'db-01']]);
  });

  test('Terraform actions override the derived action', () => {
    const before = side(base);
    const after = side(base);
    const plan = planChanges(before, after, new Map([['VirtualMachine/db-01', 'replace']]));
    expect(plan.changes.find((c) => c.name === 'db-01')).toMatchObject({ action: 'replace', actionFrom: 'terraform-plan' });
    expect(plan.changes.find((c) => c.name === 'web-01')).toMatchObject({ action: 'unchanged', actionFrom: 'definitions' });
  });
});

describe('attributes', () => {
  test('named lists are keyed by name, so reordering disks is no change', () => {
    const two = (first: string, second: string) =>
      parseHvgateFile('a.yaml', vm('x', { extraDisks: [first, second].map((n) => `    - { name: ${n}, path: 'D:\\Hyper-V\\x\\${n}.vhdx' }`).join('\n') }))
        .vms[0]!;
    const a = attributesOf(two('data', 'logs'));
    const b = attributesOf(two('logs', 'data'));
    expect(new Map([...a].sort())).toEqual(new Map([...b].sort()));
    expect(a.get('spec.disks["logs"].path')).toMatchObject({ display: '"D:\\Hyper-V\\x\\logs.vhdx"', backupRelevant: true });
  });

  test("a Terraform plan's actions in the gate's words", () => {
    expect(planActionOf('create')).toBe('create');
    expect(planActionOf('update')).toBe('update');
    expect(planActionOf('delete')).toBe('delete');
    expect(planActionOf('replace')).toBe('replace');
    expect(planActionOf('no-op')).toBe('unchanged');
    expect(planActionOf('read')).toBe('unchanged');
    expect(planActionOf('forget')).toBe('delete');
  });
});

describe('saved plans', () => {
  const saved: SavedPlan = {
    kind: 'hvgate-plan',
    formatVersion: 1,
    tool: { name: 'hvgate', version: '0.1.0' },
    base: { ref: 'main', commit: 'a'.repeat(40) },
    head: { ref: null, commit: null, workingTree: true },
    configFrom: 'head',
    selection: { paths: [], include: ['**/*.yaml'], exclude: [] },
    files: [
      { path: 'a.yaml', sha256: '1'.repeat(64) },
      { path: 'b.yaml', sha256: '2'.repeat(64) },
    ],
    verdict: { passed: true, blocking: 0, overridden: 0, errors: 0, warnings: 0, notes: 0, waived: 0 },
    override: null,
    summary: { add: 0, change: 0, destroy: 0, replace: 0, unchanged: 0, affected: 0, backupRelevantChange: 0 },
    findings: [],
  };

  test('exactly the planned files pass; any difference is stale, named', () => {
    expect(
      verifySavedPlan(
        saved,
        new Map([
          ['b.yaml', '2'.repeat(64)],
          ['a.yaml', '1'.repeat(64)],
        ]),
      ),
    ).toEqual({ ok: true, files: 2 });
    expect(
      verifySavedPlan(
        saved,
        new Map([
          ['a.yaml', '1'.repeat(64)],
          ['b.yaml', '3'.repeat(64)],
          ['c.yaml', '4'.repeat(64)],
        ]),
      ),
    ).toEqual({
      ok: false,
      reason: 'stale',
      changed: ['b.yaml'],
      added: ['c.yaml'],
      removed: [],
    });
    expect(verifySavedPlan(saved, new Map([['a.yaml', '1'.repeat(64)]]))).toMatchObject({ ok: false, reason: 'stale', removed: ['b.yaml'] });
  });

  test('a blocked plan does not pass even when current', () => {
    const finding = {
      fingerprint: 'f',
      policyId: 'HVB007',
      level: 'error' as const,
      status: 'introduced' as const,
      enforcement: 'soft-mandatory' as const,
      blocking: true,
      overridden: false,
      waived: false,
      address: 'VirtualMachine/x',
      vm: 'x',
      subject: null,
      message: 'm',
      location: { file: 'a.yaml', line: 1, column: 1 },
    };
    const blocked: SavedPlan = { ...saved, verdict: { ...saved.verdict, passed: false, blocking: 1, errors: 1 }, findings: [finding] };
    expect(savedPlanInconsistencies(blocked)).toEqual([]);
    expect(verifySavedPlan(blocked, new Map(saved.files.map((f) => [f.path, f.sha256])))).toMatchObject({ ok: false, reason: 'blocked', blocking: [finding] });
    expect(savedPlanInconsistencies({ ...blocked, verdict: { ...blocked.verdict, passed: true } })).toContain('the verdict says passed, but 1 findings block');
    expect(savedPlanInconsistencies({ ...saved, findings: [{ ...finding, blocking: false, overridden: true }] })).toContain(
      'findings are marked overridden, but the plan records no override',
    );
  });
});
