/**
 * HVB004 guest-basic-disks: online (VSS) backup needs every volume inside the guest on a basic disk,
 * none on a dynamic disk (article principle 2, fifth condition, first half).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';

export default definePolicy({
  id: 'HVB004',
  name: 'guest-basic-disks',
  principle: 2,
  description: 'Require every volume inside the guest to be on a basic disk, not a dynamic disk.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Move volume {{volume}} of VM "{{vm}}" to a basic disk (Windows converts a dynamic disk back to basic only when it is empty); to grow or combine space, enlarge or add virtual disks instead of spanning dynamic volumes in the guest.',
  messages: {
    dynamicDisk: 'VM "{{vm}}": guest volume {{volume}} is on a dynamic disk; online backup needs every guest volume on a basic disk. {{consequence}}',
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    // Every volume counts, mounted or not: the condition is about the guest's disks, not its file systems.
    for (const volume of vm.guest.volumes) {
      const volumeSubject = subject.volume(volume.name);
      if (!isKnown(volume.diskType)) {
        cannotEvaluate(volume.diskType, `the disk type of guest volume ${volume.name}`, volumeSubject);
        continue;
      }
      if (volume.diskType.value !== 'dynamic') continue;
      report({ messageId: 'dynamicDisk', at: volume.diskType.at, subject: volumeSubject, data: { volume: volume.name } });
    }
  },
});
