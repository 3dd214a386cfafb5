/**
 * HVB003 checkpoint-same-volume: online (VSS) backup needs the checkpoint location on the same host
 * volume as the VM's virtual disks (article principle 2, third condition).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { sameVolume, unreadablePath, volumeOf, volumeOfValue } from '../../src/core/volume.js';
import { diskIndex, hclString, wordingOf } from '../../src/core/wording.js';
import type { VirtualMachine } from '../../src/core/model.js';
import type { Remedy } from '../../src/core/remedy.js';
import type { SourceSpan } from '../../src/core/source.js';

export default definePolicy({
  id: 'HVB003',
  name: 'checkpoint-same-volume',
  principle: 2,
  description: 'Require the checkpoint location to be on the same host volume as every virtual disk of the VM.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Set spec.checkpoints.location of VM "{{vm}}" to a folder on {{diskVolume}}, where its disk "{{disk}}" is (for example {{diskFolder}}), or move the disks to {{checkpointVolume}}, so that checkpoints and disks share one host volume.',
  messages: {
    differentVolume:
      'VM "{{vm}}": {{location}} is on {{checkpointVolume}}, but disk "{{disk}}" is on {{diskVolume}}; online backup needs checkpoints on the same host volume as the virtual disks. {{consequence}}',
  },
  terraform: {
    fix: 'Set `snapshot_file_location = {{diskFolderHcl}}` in {{address}}, a folder on {{diskVolume}} beside hard_disk_drives[{{diskIndex}}], or move the disks to {{checkpointVolume}}, so that checkpoints and disks share one host volume.',
    messages: {
      differentVolume:
        '{{address}}: snapshot_file_location ({{location}}) is on {{checkpointVolume}}, but hard_disk_drives[{{diskIndex}}].path is on {{diskVolume}}; online backup needs checkpoints on the same host volume as the virtual disks. {{consequence}}',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    // Nothing to compare: the answer does not depend on the checkpoint location.
    if (!vm.disks.some((disk) => disk.kind === 'virtual' && disk.path !== undefined)) return;
    const words = wordingOf(vm);
    const location = vm.checkpointLocation;
    const checkpointVolume = volumeOfValue(location);
    if (checkpointVolume.kind === 'unknown') {
      cannotEvaluate(checkpointVolume.value, words.checkpointLocation);
      return;
    }
    if (checkpointVolume.kind === 'unresolvable') {
      cannotEvaluate(unreadablePath(location, checkpointVolume.problem), words.checkpointLocation);
      return;
    }
    const note = isKnown(location) && location.origin === 'default' ? (location.note ?? location.value) : undefined;
    const value = isKnown(location) ? location.value : (location.partial?.prefix ?? '');
    const described = words.terraform ? (note ?? value) : note !== undefined ? `the checkpoint location (${note})` : `checkpoint location ${value}`;

    let locationNoted = false;
    // Worked out for the first finding: most VMs have none.
    let remedy: Remedy | null | undefined;
    for (const disk of vm.disks) {
      const path = disk.path;
      if (disk.kind !== 'virtual' || path === undefined) continue;
      const diskVolume = volumeOfValue(path);
      if (diskVolume.kind === 'unresolvable') {
        cannotEvaluate(unreadablePath(path, diskVolume.problem), words.diskPath(disk), subject.disk(disk.name));
        continue;
      }
      const same = sameVolume(checkpointVolume, diskVolume);
      if (same === true) continue;
      if (same === undefined) {
        // Say which value is missing: the disk's path, else (once per VM) the checkpoint location.
        if (!isKnown(path) && diskVolume.kind !== 'volume') cannotEvaluate(path, words.diskPath(disk), subject.disk(disk.name));
        else if (!isKnown(location) && !locationNoted) {
          locationNoted = true;
          cannotEvaluate(location, words.checkpointLocation);
        }
        continue;
      }
      if (checkpointVolume.kind !== 'volume' || diskVolume.kind !== 'volume') continue;
      const folder = isKnown(path) ? folderOf(path.value) : diskVolume.volume.display;
      remedy ??= (isKnown(location) ? checkpointNextToDisks(vm, location.at, location.origin !== 'default') : undefined) ?? null;
      report({
        messageId: 'differentVolume',
        at: location.at,
        subject: subject.disk(disk.name),
        data: {
          location: described,
          checkpointVolume: checkpointVolume.volume.display,
          disk: disk.name,
          diskIndex: diskIndex(vm, disk),
          diskVolume: diskVolume.volume.display,
          diskFolder: folder,
          diskFolderHcl: hclString(folder),
        },
        related: [{ at: path.at, message: `${words.disk(disk)} is on ${diskVolume.volume.display}` }],
        ...(remedy ? { remedy } : {}),
      });
    }
  },
});

/** The folder a file is in (`D:\VMs\app-01` for `D:\VMs\app-01\os.vhdx`): a certain place on the disk's volume. */
function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return cut > 2 ? path.slice(0, cut) : path;
}

/**
 * The one certain fix: when every virtual disk's path is known and all are on one volume, the
 * checkpoints go into the folder of the first disk. Disks on several volumes need a decision.
 */
function checkpointNextToDisks(vm: VirtualMachine, at: SourceSpan, written: boolean): Remedy | undefined {
  const paths: string[] = [];
  for (const disk of vm.disks) {
    if (disk.kind !== 'virtual' || disk.path === undefined) continue;
    if (!isKnown(disk.path)) return undefined;
    paths.push(disk.path.value);
  }
  const volumes = new Set(paths.map((p) => volumeOf(p)).map((v) => (v.ok ? v.volume.key : undefined)));
  const first = paths[0];
  if (first === undefined || volumes.size !== 1 || volumes.has(undefined)) return undefined;
  // A disk at a volume's root (D:\os.vhdx) has no folder to put the checkpoints in.
  const folder = folderOf(first);
  if (folder === first) return undefined;
  return { set: 'checkpointLocation', value: folder, at, written };
}
