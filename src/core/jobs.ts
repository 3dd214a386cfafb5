/**
 * Backup job membership. Members come by name and by label selector; a label index keeps selector
 * resolution proportional to the VMs that match, not to every VM times every job.
 */
import type { BackupJob, VirtualMachine } from './model.js';
import type { SourceSpan } from './source.js';

export interface Membership {
  /** Job → member names (declaration order, no repeats). */
  readonly membersOf: ReadonlyMap<BackupJob, readonly string[]>;
  /** Job → names it lists that no VM provides. */
  readonly missingOf: ReadonlyMap<BackupJob, readonly { name: string; at: SourceSpan }[]>;
  /** VM name → jobs it belongs to. */
  readonly jobsOf: ReadonlyMap<string, readonly BackupJob[]>;
}

export function resolveMembership(jobs: readonly BackupJob[], vms: readonly VirtualMachine[]): Membership {
  // Without jobs there is nothing to index the VMs for.
  if (jobs.length === 0) return { membersOf: new Map(), missingOf: new Map(), jobsOf: new Map() };
  const byName = new Map<string, VirtualMachine>();
  for (const vm of vms) if (!byName.has(vm.name)) byName.set(vm.name, vm);
  const labelIndex = indexLabels(vms);

  const membersOf = new Map<BackupJob, string[]>();
  const missingOf = new Map<BackupJob, { name: string; at: SourceSpan }[]>();
  const jobsOf = new Map<string, BackupJob[]>();

  for (const job of jobs) {
    const members: string[] = [];
    const seen = new Set<string>();
    const missing: { name: string; at: SourceSpan }[] = [];
    const missingNames = new Set<string>();
    const add = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      members.push(name);
      const list = jobsOf.get(name);
      if (list) list.push(job);
      else jobsOf.set(name, [job]);
    };
    for (const member of job.members) {
      if (byName.has(member.name)) add(member.name);
      else if (!missingNames.has(member.name)) {
        missingNames.add(member.name);
        missing.push({ name: member.name, at: member.at });
      }
    }
    if (job.selector) for (const vm of selectByLabels(job.selector.matchLabels, labelIndex, vms)) add(vm.name);
    membersOf.set(job, members);
    missingOf.set(job, missing);
  }
  return { membersOf, missingOf, jobsOf };
}

function indexLabels(vms: readonly VirtualMachine[]): Map<string, VirtualMachine[]> {
  const index = new Map<string, VirtualMachine[]>();
  for (const vm of vms) {
    for (const [key, value] of Object.entries(vm.labels)) {
      const k = `${key}=${value}`;
      const list = index.get(k);
      if (list) list.push(vm);
      else index.set(k, [vm]);
    }
  }
  return index;
}

/** VMs carrying every label of the selector. An empty selector selects nothing, by design: "all VMs" must be said by name. */
function selectByLabels(
  matchLabels: Readonly<Record<string, string>>,
  index: ReadonlyMap<string, VirtualMachine[]>,
  vms: readonly VirtualMachine[],
): VirtualMachine[] {
  const wanted = Object.entries(matchLabels);
  if (wanted.length === 0 || vms.length === 0) return [];
  let smallest: VirtualMachine[] | undefined;
  for (const [key, value] of wanted) {
    const list = index.get(`${key}=${value}`);
    if (!list) return [];
    if (!smallest || list.length < smallest.length) smallest = list;
  }
  return (smallest ?? []).filter((vm) => wanted.every(([key, value]) => vm.labels[key] === value));
}
