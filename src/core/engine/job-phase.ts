/** The job phase: each job's members and the members it lacks, and whether it fails as a whole (docs/domain.md §1, principle 3: all or nothing). */
import type { Membership } from '../jobs.js';
import type { BackupJob } from '../model.js';
import type { Outcome } from '../outcome.js';
import type { JobResult, VmResult } from '../policy.js';

export function runJobPhase(jobs: readonly BackupJob[], membership: Membership, vms: readonly VmResult[]): JobResult[] {
  if (jobs.length === 0) return [];
  const outcomeByName = new Map<string, Outcome>();
  for (const result of vms) if (!outcomeByName.has(result.vm.name)) outcomeByName.set(result.vm.name, result.outcome);
  return jobs.map((job) => {
    const members = membership.membersOf.get(job) ?? [];
    const missing = membership.missingOf.get(job) ?? [];
    const failing = members.filter((name) => outcomeByName.get(name) === 'fails');
    return { job, members, missing, failing, fails: failing.length > 0 || missing.length > 0 };
  });
}
