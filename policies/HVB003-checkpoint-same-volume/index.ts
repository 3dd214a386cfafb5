/**
 * HVB003 checkpoint-same-volume: online (VSS) backup needs the checkpoint location on the same host
 * volume as the VM's virtual disks (article principle 2, third condition).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { sameVolume, volumeOfValue } from '../../src/core/volume.js';

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
    const checkpointVolume = volumeOfValue(location);
    if (checkpointVolume.kind === 'unknown') {
      cannotEvaluate(checkpointVolume.value, 'the checkpoint location');
      return;
    }
    // An unreadable path is a definition error (HVB000), not a second volume.
    if (checkpointVolume.kind === 'unresolvable') return;
    const described = !isKnown(location)
      ? 'the checkpoint location'
      : location.origin === 'default'
        ? `the checkpoint location (${location.note ?? location.value})`
        : `checkpoint location ${location.value}`;

    let locationNoted = false;
    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || disk.path === undefined) continue;
      const diskVolume = volumeOfValue(disk.path);
      if (diskVolume.kind === 'unresolvable') continue;
      const same = sameVolume(checkpointVolume, diskVolume);
      if (same === true) continue;
      if (same === undefined) {
        // Say which value is missing: the disk's path, else (once per VM) the checkpoint location.
        if (!isKnown(disk.path) && diskVolume.kind !== 'volume') cannotEvaluate(disk.path, `the path of disk "${disk.name}"`, subject.disk(disk.name));
        else if (!isKnown(location) && !locationNoted) {
          locationNoted = true;
          cannotEvaluate(location, 'the checkpoint location');
        }
        continue;
      }
      if (checkpointVolume.kind !== 'volume' || diskVolume.kind !== 'volume') continue;
      report({
        messageId: 'differentVolume',
        at: location.at,
        subject: subject.disk(disk.name),
        data: { location: described, checkpointVolume: checkpointVolume.volume.display, disk: disk.name, diskVolume: diskVolume.volume.display },
        related: [{ at: disk.path.at, message: `disk "${disk.name}" is on ${diskVolume.volume.display}` }],
      });
    }
  },
});
