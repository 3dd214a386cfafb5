/**
 * HVB007 passthrough-disk: a physical disk passed through to the guest is invisible to the host, so
 * host-level backup leaves it out (article principle 4); only an in-guest backup can cover it.
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { diskIndex, wordingOf } from '../../src/core/wording.js';

export default definePolicy({
  id: 'HVB007',
  name: 'passthrough-disk',
  principle: 4,
  description: 'Disallow pass-through disks unless an in-guest backup is declared to cover them.',
  defaultLevel: 'error',
  effect: 'incomplete',
  fix: 'Replace pass-through disk "{{disk}}" of VM "{{vm}}" with a virtual disk (VHDX), or back it up with an agent inside the guest and list it in backup.inGuestCoverage.',
  messages: {
    passthrough:
      'VM "{{vm}}": disk "{{disk}}" is physical disk {{diskNumber}} passed through to the guest. The host cannot see its contents: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it.',
  },
  terraform: {
    fix: 'In hard_disk_drives[{{diskIndex}}] of {{address}}, replace `disk_number` with the `path` of a virtual disk (a VHDX, e.g. a hyperv_vhd), or back the disk up with an agent inside the guest and declare that in .hvgate.yml: `overlays: [{ match: { address: "{{address}}" }, backup: { protection: both, inGuestCoverage: ["{{disk}}"] } }]`.',
    messages: {
      passthrough:
        '{{address}}: hard_disk_drives[{{diskIndex}}].disk_number = {{diskNumber}} passes physical disk {{diskNumber}} through to the guest. The host cannot see its contents: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it.',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    const words = wordingOf(vm);
    for (const disk of vm.disks) {
      if (covered.has(disk.name)) continue;
      const diskNumber = disk.diskNumber;
      // A virtual disk whose disk number is not known may be a pass-through disk after all.
      if (disk.kind === 'virtual') {
        if (diskNumber !== undefined && !isKnown(diskNumber)) cannotEvaluate(diskNumber, words.diskNumber(disk), subject.disk(disk.name));
        continue;
      }
      report({
        messageId: 'passthrough',
        at: diskNumber?.at ?? disk.at,
        subject: subject.disk(disk.name),
        data: { disk: disk.name, diskIndex: diskIndex(vm, disk), diskNumber: isKnown(diskNumber) ? diskNumber.value : '(number unknown until apply)' },
      });
    }
  },
});
