/**
 * HVB013 linux-remote-storage: live (online) backup of a Linux guest does not succeed when its
 * virtual disks are on remote storage such as an SMB share (article principle 2; Microsoft's Linux
 * and FreeBSD feature descriptions).
 */
import type { VirtualDisk } from '../../src/core/model.js';
import { definePolicy } from '../../src/core/policy.js';
import { isKnown, type SourceSpan } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { unreadablePath, volumeOfValue } from '../../src/core/volume.js';
import { diskIndex, wordingOf } from '../../src/core/wording.js';

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
  terraform: {
    fix: 'Change hard_disk_drives[{{diskIndex}}].path of {{address}} from the share {{share}} to a local volume or a Cluster Shared Volume of the host (for example C:\\ClusterStorage\\Volume1\\…), and move the VHDX there.',
    messages: {
      remoteDisk:
        '{{address}}: hard_disk_drives[{{diskIndex}}].path is on the SMB share {{share}}, and the guest runs Linux (.hvgate.yml); live backup of a Linux guest does not succeed when its virtual disks are on remote storage. {{consequence}}',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const os = vm.guest.os;
    if (isKnown(os) && os.value !== 'linux') return;
    const words = wordingOf(vm);
    const remote: { disk: VirtualDisk; at: SourceSpan; share: string }[] = [];
    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || disk.path === undefined) continue;
      const volume = volumeOfValue(disk.path);
      if (volume.kind === 'volume') {
        if (volume.volume.remote) remote.push({ disk, at: disk.path.at, share: volume.volume.display });
        continue;
      }
      // Only worth a note when the guest is known to be Linux; otherwise nothing here depends on it yet.
      if (!isKnown(os)) continue;
      if (volume.kind === 'unresolvable') cannotEvaluate(unreadablePath(disk.path, volume.problem), words.diskPath(disk), subject.disk(disk.name));
      else if (!isKnown(disk.path)) cannotEvaluate(disk.path, words.diskPath(disk), subject.disk(disk.name));
    }
    const [first] = remote;
    if (first === undefined) return;
    if (!isKnown(os)) {
      // One note per VM: the answer for every remote disk hangs on the same unknown.
      cannotEvaluate(os, `the guest OS of a VM with disks on an SMB share (${first.share})`);
      return;
    }
    for (const { disk, at, share } of remote) {
      report({ messageId: 'remoteDisk', at, subject: subject.disk(disk.name), data: { disk: disk.name, diskIndex: diskIndex(vm, disk), share } });
    }
  },
});
