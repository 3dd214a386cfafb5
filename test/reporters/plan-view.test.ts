/**
 * The plan view of a very large change: 100,000 new VMs read as a short terminal plan (the changes
 * that touch a VM's backup in full, the others counted per action), while the JSON report keeps
 * every change. Built in memory; no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import type { VmChange } from '../../src/core/plan.js';
import { batched, renderChunks } from '../../src/reporters/index.js';
import { PLAN_CHANGE_LIMIT, renderPlan } from '../../src/reporters/plan-text.js';
import type { GateReport } from '../../src/reporters/report.js';
import { LEGACY, largeReport, MODERN } from '../support/large-report.js';

const CREATED = 100_000;

/** 100,000 VMs created: the first 3 at risk (no SCSI controller on a 2012 R2 host, with findings), the others backed up online. */
function creationPlan(): GateReport {
  const report = largeReport({ vms: 3, failing: 3 });
  const changes: VmChange[] = [];
  for (let i = 0; i < CREATED; i++) {
    const name = `vm-${i}`;
    const atRisk = i < 3;
    changes.push({
      name,
      address: `vm.${name}`,
      action: 'create',
      at: { file: 'vms/fleet.yaml', line: i * 20 + 1, column: 1, endLine: i * 20 + 15, endColumn: 1 },
      attributes: [{ path: 'spec.host', after: atRisk ? '"legacy"' : '"modern"', backupRelevant: true }],
      after: { outcome: atRisk ? 'fails' : 'online', uncertain: false, host: atRisk ? LEGACY : MODERN, jobs: ['all'] },
      affected: false,
      actionFrom: 'definitions',
      backupRelevant: true,
    });
  }
  const summary = { add: CREATED, change: 0, destroy: 0, replace: 0, unchanged: 0, affected: 0, backupRelevantChange: 0 };
  return {
    ...report,
    plan: {
      base: { ref: 'main', commit: '0'.repeat(40) },
      head: { workingTree: true },
      configFrom: 'base',
      changes,
      summary,
      addedExceptions: [],
      removedExceptions: [],
    },
  };
}

describe(`the plan of ${CREATED} new VMs`, { timeout: 400_000 }, () => {
  const report = creationPlan();

  it('lists the new VMs at risk in full and counts the others', () => {
    const lines = renderPlan(report).split('\n');
    expect(lines).toContain(`hvgate will perform ${CREATED} changes; in full, those that touch a VM's backup:`);
    for (const name of ['vm-0', 'vm-1', 'vm-2']) expect(lines).toContain(`  + vm.${name}  vms/fleet.yaml:${Number(name.slice(3)) * 20 + 1}:1`);
    expect(lines).not.toContain('  + vm.vm-3  vms/fleet.yaml:61:1');
    expect(lines).toContain(
      `  … and ${CREATED - 3} more changes, none with a finding or a backup at risk: ${CREATED - 3} to create. --format json lists every change.`,
    );
    expect(lines.length).toBeLessThan(100);
  });

  it('lists every change in a plan of up to PLAN_CHANGE_LIMIT changes', () => {
    const plan = report.plan!;
    const small = renderPlan({ ...report, plan: { ...plan, changes: plan.changes.slice(0, PLAN_CHANGE_LIMIT) } }).split('\n');
    expect(small).toContain(`  + vm.vm-${PLAN_CHANGE_LIMIT - 1}  vms/fleet.yaml:${(PLAN_CHANGE_LIMIT - 1) * 20 + 1}:1`);
    expect(small.some((line) => line.includes('more change'))).toBe(false);
  });

  it('keeps every change in the JSON report', () => {
    let created = 0;
    for (const piece of batched(renderChunks('json', report, {}))) created += piece.split('"action": "create"').length - 1;
    expect(created).toBe(CREATED);
  });
});
