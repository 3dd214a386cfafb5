/**
 * HVB013 linux-remote-storage: live (online) backup of a Linux guest does not succeed when its
 * virtual disks are on remote storage such as an SMB share (article principle 2; Microsoft's Linux
 * and FreeBSD feature descriptions).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown, type SourceSpan } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { volumeOfValue } from '../../src/core/volume.js';

export default definePolicy({
  id: 'HVB013',
  name: 'linux-remote-storage',
  principle: 2,
  description: 'Require the virtual disks of Linux guests to be on host-local or cluster storage, not on an SMB share.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Move disk "{{disk}}" of VM "{{vm}}" from {{share}} to a local volume or a Cluster Shared Volume of the host.',
  messages: {
    remoteDisk:
      'VM "{{vm}}" runs Linux and its disk "{{disk}}" is on the SMB share {{share}}; live backup of a Linux guest does not succeed when its virtual disks are on remote storage. {{consequence}}',
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const os = vm.guest.os;
    if (isKnown(os) && os.value !== 'linux') return;
    const remote: { name: string; at: SourceSpan; share: string }[] = [];
    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || disk.path === undefined) continue;
      const volume = volumeOfValue(disk.path);
      if (volume.kind === 'volume') {
        if (volume.volume.remote) remote.push({ name: disk.name, at: disk.path.at, share: volume.volume.display });
        continue;
      }
      // Only worth a note when the guest is known to be Linux; otherwise nothing here depends on it yet.
      if (!isKnown(disk.path) && volume.kind !== 'unresolvable' && isKnown(os))
        cannotEvaluate(disk.path, `the path of disk "${disk.name}"`, subject.disk(disk.name));
    }
    const [first] = remote;
    if (first === undefined) return;
    if (!isKnown(os)) {
      // One note per VM: the answer for every remote disk hangs on the same unknown.
      cannotEvaluate(os, `the guest OS of a VM with disks on an SMB share (${first.share})`);
      return;
    }
    for (const disk of remote) {
      report({ messageId: 'remoteDisk', at: disk.at, subject: subject.disk(disk.name), data: { disk: disk.name, share: disk.share } });
    }
  },
});
