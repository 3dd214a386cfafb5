/**
 * A gate report of a very large estate, built directly in memory: VM results, one backup job that
 * selects every VM, and findings shaped like the real pack's (HVB012 on each VM that cannot be
 * snapshotted, HVB009 once per failing member of the job, HVB003 on the others). Building it takes
 * a second where evaluating the same estate takes half a minute; the engine's own growth is
 * measured by scripts/bench-growth.mjs.
 */
import { fingerprintOf } from '../../src/core/finding.js';
import type { GatedFinding } from '../../src/core/gate.js';
import type { ResolvedHost } from '../../src/core/host.js';
import type { JobResult, VmResult } from '../../src/core/policy.js';
import { DOCS_BASE_URL } from '../../src/core/policy.js';
import { subject } from '../../src/core/subjects.js';
import type { GateReport } from '../../src/reporters/report.js';
import { policies } from '../../policies/index.js';
import { job, span, TOOL, vm } from '../reporters/fixture.js';

export const LEGACY: ResolvedHost = {
  profile: 'legacy',
  os: '2012 R2',
  configurationVersion: '5.0',
  backupPath: 'vss-writer',
  assumed: false,
  label: 'Windows Server 2012 R2 host legacy',
};
export const MODERN: ResolvedHost = {
  profile: 'modern',
  os: '2022',
  configurationVersion: '10.0',
  backupPath: 'wmi-rct',
  assumed: false,
  label: 'Windows Server 2022 host modern, configuration version 10.0',
};

export interface LargeReportShape {
  /** VMs in the estate, all members of one job. */
  readonly vms: number;
  /** The first `failing` of them fail their snapshot and take the job down; the others are crash-consistent. */
  readonly failing: number;
}

export function largeReport({ vms: count, failing }: LargeReportShape): GateReport {
  const file = 'vms/fleet.yaml';
  const theJob = job('all', 'jobs.yaml', 1, [], { job: 'all' });
  const members: string[] = [];
  const vms: VmResult[] = [];
  const findings: GatedFinding[] = [];
  for (let i = 0; i < count; i++) {
    const name = `vm-${i}`;
    const fails = i < failing;
    const definition = vm({ name, file, line: i * 20 + 1, host: fails ? 'legacy' : 'modern', labels: { job: 'all' } });
    members.push(name);
    const own = fails
      ? finding('HVB012', 'scsi-controller-required', definition.address, undefined, definition.at, name, `VM "${name}" has no SCSI controller.`)
      : finding('HVB003', 'checkpoint-same-volume', definition.address, subject.disk('os'), definition.at, name, `VM "${name}" keeps checkpoints on E:.`);
    findings.push(own);
    vms.push({
      vm: definition,
      host: fails ? LEGACY : MODERN,
      outcome: fails ? 'fails' : 'crash-consistent',
      causes: [own.fingerprint],
      uncertain: false,
      jobs: ['all'],
    });
  }
  for (let i = 0; i < failing; i++) {
    const name = `vm-${i}`;
    findings.push({
      ...finding(
        'HVB009',
        'job-all-or-nothing',
        theJob.address,
        subject.jobMember('all', name),
        theJob.nameAt,
        name,
        `VM "${name}" takes backup job "all" down.`,
      ),
      blastRadius: members,
    });
  }
  const jobResult: JobResult = { job: theJob, members, missing: [], failing: members.slice(0, failing), fails: failing > 0 };
  const blocking = findings.filter((f) => f.blocking).length;
  return {
    tool: TOOL,
    evaluation: { findings, vms, jobs: [jobResult], exceptions: [], notices: [] },
    findings,
    verdict: { passed: blocking === 0, blocking, overridden: 0, errors: blocking, warnings: findings.length - blocking, notes: 0, waived: 0 },
    policies,
    files: [file, 'jobs.yaml'],
  };
}

function finding(
  policyId: string,
  policyName: string,
  address: string,
  findingSubject: string | undefined,
  at: GatedFinding['at'],
  vmName: string,
  message: string,
): GatedFinding {
  const error = policyId !== 'HVB003';
  return {
    policyId,
    policyName,
    level: error ? 'error' : 'warning',
    enforcement: 'soft-mandatory',
    messageId: 'message',
    message,
    fix: 'Fix it.',
    docsUrl: `${DOCS_BASE_URL}${policyId}-${policyName}/README.md`,
    at: span(at.file, at.line),
    related: [],
    vm: vmName,
    address,
    ...(findingSubject !== undefined ? { subject: findingSubject } : {}),
    effect: error ? 'fails' : 'degraded',
    fingerprint: fingerprintOf(policyId, address, findingSubject),
    status: 'introduced',
    blocking: error,
    overridden: false,
  };
}
