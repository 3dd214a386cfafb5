/**
 * HVB000 definition-valid: the gate fails closed on anything it cannot read — unreadable or invalid
 * definition files, names defined twice, host profiles that do not exist, paths that name no volume.
 */
import { definePolicy } from '../../src/core/policy.js';
import type { VirtualDisk, VirtualMachine } from '../../src/core/model.js';
import { formatSpan, isKnown, type SourceSpan, type Value } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { volumeOfValue } from '../../src/core/volume.js';
import { didYouMean } from '../../src/core/suggest.js';
import { wordingOf } from '../../src/core/wording.js';

/** Advice for parser diagnostics that do not carry their own. */
const GENERIC_ADVICE = 'Make the file readable and valid for its format; what the gate cannot read, it cannot judge.';

/**
 * Two definitions of one VM name clash within one configuration (a Terraform root module and the
 * modules it calls; all own-format files are one) unless they are the same Terraform resource read
 * two ways (OpenTofu and Terraform files); across configurations, which deploy separately, only
 * when both run on the same host profile.
 */
function clash(a: VirtualMachine, b: VirtualMachine): boolean {
  if (a.configuration === b.configuration) return a.configuration === undefined || a.address !== b.address;
  return isKnown(a.host) && isKnown(b.host) && a.host.value === b.host.value;
}

/** Which of a VM's paths a value is: named in words only for a finding, since nearly every path names a volume. */
type PathOfVm = 'configuration' | 'checkpoints' | 'disk' | 'parent';

function describePath(vm: VirtualMachine, path: PathOfVm, disk: VirtualDisk | undefined): { what: string; pathSubject: string } {
  const words = wordingOf(vm);
  if (disk === undefined || path === 'configuration' || path === 'checkpoints') {
    return path === 'checkpoints'
      ? { what: words.checkpointLocation, pathSubject: 'path:checkpoints' }
      : { what: words.configurationPath, pathSubject: 'path:configuration' };
  }
  const diskSubject = subject.disk(disk.name);
  return path === 'parent' ? { what: words.diskParent(disk), pathSubject: `${diskSubject}:parent` } : { what: words.diskPath(disk), pathSubject: diskSubject };
}

export default definePolicy({
  id: 'HVB000',
  name: 'definition-valid',
  description: 'Require every definition to be readable, valid and unambiguous, so that the gate never passes what it could not evaluate.',
  defaultLevel: 'error',
  effect: 'none',
  waivable: false,
  ownsUnknowns: true,
  fix: 'Correct the definition where this finding points. {{advice}}',
  messages: {
    invalidDefinition: '{{message}}',
    duplicateVm:
      'VM name "{{name}}" is defined again; it was first defined at {{first}}. Hyper-V VM names must be unique, and the gate cannot tell which definition is meant.',
    duplicateJob: 'Backup job "{{name}}" is defined again; it was first defined at {{first}}. The gate cannot tell which member list is meant.',
    duplicateHost: 'Host profile "{{name}}" is defined again; it was first defined at {{first}}. The gate cannot tell which host facts are meant.',
    unknownHostProfile:
      'VM "{{vm}}" runs on host profile "{{profile}}", which no HostProfile definition provides{{suggestion}} Without it the gate would have to guess the host generation that decides the backup consequence.',
    unresolvablePath:
      'VM "{{vm}}": {{what}} names no host volume: {{problem}}. The policies that compare volumes cannot evaluate it, so on every host generation (here {{host}}) the VM\'s backup outcome is uncertain.',
  },
  defaultOptions: {},
  checkVm({ vm, report }) {
    // The policies that need a volume cannot evaluate such a path (volumeOfValue); this check makes the gate fail closed.
    let reported: Set<string> | undefined;
    const check = (value: Value<string> | undefined, path: PathOfVm, disk?: VirtualDisk): void => {
      if (value === undefined) return;
      // A default copied from another path (checkpoints follow the configuration path) is reported once, where it is written.
      if (isKnown(value) && value.origin === 'default' && reported?.has(value.value) === true) return;
      // Also a value only partly known: a relative beginning (`"VMs\\${var.name}"`) names no volume, whatever follows.
      const result = volumeOfValue(value);
      if (result.kind !== 'unresolvable') return;
      if (isKnown(value)) (reported ??= new Set()).add(value.value);
      const { what, pathSubject } = describePath(vm, path, disk);
      report({
        messageId: 'unresolvablePath',
        at: value.at,
        subject: pathSubject,
        data: {
          what,
          problem: result.problem,
          advice:
            'Write an absolute path with an ASCII drive letter (D:\\…), a Cluster Shared Volume (C:\\ClusterStorage\\…) or a share (\\\\server\\share\\…).',
        },
      });
    };
    check(vm.configurationPath, 'configuration');
    check(vm.checkpointLocation, 'checkpoints');
    for (const disk of vm.disks) {
      check(disk.path, 'disk', disk);
      check(disk.parentPath, 'parent', disk);
    }
  },
  checkEstate({ estate, vms, report }) {
    for (const diagnostic of estate.diagnostics) {
      report({
        messageId: 'invalidDefinition',
        at: diagnostic.at,
        address: diagnostic.at.file,
        subject: diagnostic.code,
        data: { message: diagnostic.message, advice: diagnostic.fix ?? GENERIC_ADVICE },
      });
    }

    const earlierVms = new Map<string, VirtualMachine[]>();
    for (const vm of estate.vms) {
      const earlier = earlierVms.get(vm.name);
      const first = earlier?.find((other) => clash(other, vm));
      if (earlier) earlier.push(vm);
      else earlierVms.set(vm.name, [vm]);
      if (!first) continue;
      report({
        messageId: 'duplicateVm',
        at: vm.nameAt,
        address: vm.address,
        vm: vm.name,
        subject: `duplicate:${vm.nameAt.file}`,
        data: { name: vm.name, first: formatSpan(first.nameAt), advice: 'Rename one of the VMs, or delete the definition that is left over.' },
        related: [{ at: first.nameAt, message: `VM "${vm.name}" is first defined here` }],
      });
    }

    const firstJob = new Map<string, SourceSpan>();
    for (const job of estate.jobs) {
      const first = firstJob.get(job.name);
      if (!first) {
        firstJob.set(job.name, job.nameAt);
        continue;
      }
      report({
        messageId: 'duplicateJob',
        at: job.nameAt,
        address: job.address,
        subject: `duplicate:${job.nameAt.file}`,
        data: { name: job.name, first: formatSpan(first), advice: 'Merge the two jobs into one definition, or rename one of them.' },
        related: [{ at: first, message: `backup job "${job.name}" is first defined here` }],
      });
    }

    // A host profile's `at` is where its name is written.
    const firstHost = new Map<string, SourceSpan>();
    for (const host of estate.hosts) {
      const first = firstHost.get(host.name);
      if (!first) {
        firstHost.set(host.name, host.at);
        continue;
      }
      report({
        messageId: 'duplicateHost',
        at: host.at,
        address: `HostProfile/${host.name}`,
        subject: `duplicate:${host.at.file}`,
        data: { name: host.name, first: formatSpan(first), advice: 'Keep one HostProfile per name.' },
        related: [{ at: first, message: `host profile "${host.name}" is first defined here` }],
      });
    }

    // Done here rather than per VM because the suggestion needs every profile name.
    const profileNames = [...firstHost.keys()];
    for (const { vm, host } of vms) {
      if (!isKnown(vm.host) || host.profile !== undefined) continue;
      report({
        messageId: 'unknownHostProfile',
        at: vm.host.at,
        address: vm.address,
        vm: vm.name,
        subject: 'host',
        data: {
          profile: vm.host.value,
          // "…provides; did you mean "legacy"? Without it…" or "…provides. Without it…"
          suggestion: didYouMean(vm.host.value, profileNames) || '.',
          advice:
            profileNames.length > 0
              ? `Name one of the declared profiles (${profileNames.slice(0, 5).join(', ')}${profileNames.length > 5 ? ', …' : ''}), or add a HostProfile "${vm.host.value}".`
              : `Add a HostProfile "${vm.host.value}" that states the host's Windows Server release, or remove spec.host to use the configured default host.`,
        },
      });
    }
  },
});
