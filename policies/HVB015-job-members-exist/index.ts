/**
 * HVB015 job-members-exist: a backup job that names a VM no definition provides fails as a whole
 * (article principle 3: all or nothing), typically after the VM was deleted or renamed.
 */
import { definePolicy } from '../../src/core/policy.js';
import { subject } from '../../src/core/subjects.js';
import { didYouMean } from '../../src/core/suggest.js';

/** Names shown in a message before "and N more"; the full list is in the finding's blast radius. */
const LISTED_NAMES = 10;

/** Suggestions compare a name with every VM name; a bound keeps a job of thousands of stale names linear. */
const SUGGESTION_BUDGET = 50;

export default definePolicy({
  id: 'HVB015',
  name: 'job-members-exist',
  principle: 3,
  description: 'Require every VM that a backup job names to be defined.',
  defaultLevel: 'error',
  effect: 'none',
  requiresJobs: true,
  fix: 'Remove "{{member}}" from backup job "{{job}}" if the VM is gone, or correct the name to the VM it means.',
  messages: {
    memberMissing:
      'Backup job "{{job}}" names VM "{{member}}", which no definition provides{{suggestion}} One member that cannot be snapshotted fails the whole job on every host generation, so {{loss}}.',
  },
  defaultOptions: {},
  checkEstate({ estate, jobs, report }) {
    const vmNames = estate.vms.map((vm) => vm.name);
    let suggestionsLeft = SUGGESTION_BUDGET;
    for (const { job, members, missing } of jobs) {
      for (const member of missing) {
        // "…provides; did you mean "app-01"? One member…" or "…provides. One member…"
        const suggestion = (suggestionsLeft-- > 0 ? didYouMean(member.name, vmNames) : '') || '.';
        report({
          messageId: 'memberMissing',
          at: member.at,
          address: job.address,
          subject: subject.jobMember(job.name, member.name),
          blastRadius: members,
          data: {
            job: job.name,
            member: member.name,
            suggestion,
            loss: members.length === 0 ? 'the job backs up nothing' : `${vmsLose(members.length)} their backup: ${nameList(members)}`,
          },
        });
      }
    }
  },
});

function vmsLose(n: number): string {
  return n === 1 ? 'the 1 VM of the job loses' : `all ${n} VMs of the job lose`;
}

/** `a, b, c` or `a, b, … and 40 more`. */
function nameList(names: readonly string[]): string {
  if (names.length <= LISTED_NAMES) return names.join(', ');
  return `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more`;
}
