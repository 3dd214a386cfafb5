/**
 * HVB003 checkpoint-same-volume: online (VSS) backup needs the checkpoint location on the same host
 * volume as the VM's virtual disks (article principle 2, third condition).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { volumeOf } from '../../src/core/volume.js';

export default definePolicy({
  id: 'HVB003',
  name: 'checkpoint-same-volume',
  principle: 2,
  description: 'Require the checkpoint location to be on the same host volume as every virtual disk of the VM.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Move the checkpoint location of VM "{{vm}}" to the volume that holds its virtual disks (or move the disks), so that all of them share one host volume.',
  messages: {
    differentVolume:
      'VM "{{vm}}": {{location}} is on {{checkpointVolume}}, but disk "{{disk}}" is on {{diskVolume}}; online backup needs checkpoints on the same host volume as the virtual disks. {{consequence}}',
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const location = vm.checkpointLocation;
    if (!isKnown(location)) {
      cannotEvaluate(location, 'the checkpoint location');
      return;
    }
    const checkpointResult = volumeOf(location.value);
    // An unreadable path is a definition error (HVB000), not a second volume.
    if (!checkpointResult.ok) return;
    const checkpointVolume = checkpointResult.volume;
    const described = location.origin === 'default' ? `the checkpoint location (${location.note ?? location.value})` : `checkpoint location ${location.value}`;

    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || disk.path === undefined) continue;
      if (!isKnown(disk.path)) {
        cannotEvaluate(disk.path, `the path of disk "${disk.name}"`, subject.disk(disk.name));
        continue;
      }
      const diskResult = volumeOf(disk.path.value);
      if (!diskResult.ok || diskResult.volume.key === checkpointVolume.key) continue;
      report({
        messageId: 'differentVolume',
        at: location.at,
        subject: subject.disk(disk.name),
        data: { location: described, checkpointVolume: checkpointVolume.display, disk: disk.name, diskVolume: diskResult.volume.display },
        related: [{ at: disk.path.at, message: `disk "${disk.name}" is on ${diskResult.volume.display}` }],
      });
    }
  },
});
