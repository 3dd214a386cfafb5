/**
 * HVB009 job-all-or-nothing: one VM whose snapshot fails fails its whole backup job (article
 * principle 3), so every member of the job loses its backup; the finding lists them all.
 */
import type { SourceSpan } from '../../src/core/source.js';
import { definePolicy, type VmResult } from '../../src/core/policy.js';
import { subject } from '../../src/core/subjects.js';

/** Names shown in a message before "and N more"; the full list is in the finding's blast radius. */
const LISTED_NAMES = 10;

export default definePolicy({
  id: 'HVB009',
  name: 'job-all-or-nothing',
  principle: 3,
  description: 'Disallow backup jobs that contain a VM whose snapshot is predicted to fail.',
  defaultLevel: 'error',
  effect: 'none',
  requiresJobs: true,
  fix: 'Fix what makes VM "{{vm}}" fail its snapshot (its own finding says what), or take it out of backup job "{{job}}" into a job of its own so that it cannot take the other members down.',
  messages: {
    memberFails: 'VM "{{vm}}" is predicted to fail its snapshot on {{host}}, and partial backups are not supported on any host generation: {{loss}}',
  },
  defaultOptions: {},
  checkEstate({ vms, jobs, report }) {
    const failing = jobs.filter((result) => result.failing.length > 0);
    if (failing.length === 0) return;
    const vmByName = new Map<string, VmResult>();
    for (const result of vms) if (!vmByName.has(result.vm.name)) vmByName.set(result.vm.name, result);

    for (const { job, members, failing: failingMembers } of failing) {
      const namedAt = new Map<string, SourceSpan>();
      for (const member of job.members) if (!namedAt.has(member.name)) namedAt.set(member.name, member.at);
      for (const name of failingMembers) {
        const result = vmByName.get(name);
        const definedAt = result?.vm.nameAt;
        report({
          messageId: 'memberFails',
          // Where the job takes the VM in: its entry in spec.members, else the selector that picks it.
          at: namedAt.get(name) ?? job.selector?.at ?? job.nameAt,
          address: job.address,
          vm: name,
          subject: subject.jobMember(job.name, name),
          blastRadius: members,
          data: { job: job.name, host: result?.host.label ?? 'its host', loss: lossOf(job.name, members, failingMembers.length) },
          related: definedAt ? [{ at: definedAt, message: `VM "${name}" is defined here` }] : [],
        });
      }
    }
  },
});

function lossOf(job: string, members: readonly string[], failingCount: number): string {
  const others = failingCount > 1 ? ` (${failingCount} members of the job are predicted to fail)` : '';
  if (members.length === 1) return `1 failing VM takes backup job "${job}" down; it has no other member.`;
  return `1 failing VM takes all ${members.length} VMs of backup job "${job}" down${others}: ${nameList(members)}.`;
}

/** `a, b, c` or `a, b, … and 40 more`. */
function nameList(names: readonly string[]): string {
  if (names.length <= LISTED_NAMES) return names.join(', ');
  return `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more`;
}
