/**
 * HVB014 differencing-chain: a differencing disk is unreadable without its parent, so the parent must
 * sit where the VM's backup captures it (article principle 1: back up the whole VM). A parent that
 * is elsewhere or undeclared is a risk of an incomplete restore.
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown, type Unknown, type Value } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { unreadablePath, volumeOfValue, type VolumeRoot } from '../../src/core/volume.js';
import { diskIndex, wordingOf } from '../../src/core/wording.js';

export default definePolicy({
  id: 'HVB014',
  name: 'differencing-chain',
  principle: 1,
  description: "Require the parent of every differencing disk to be declared and on a host volume that holds the VM's own files.",
  defaultLevel: 'warning',
  effect: 'none',
  fix: 'Declare the parent of disk "{{disk}}" of VM "{{vm}}" (parentPath) and keep it on a volume that holds the VM\'s configuration, checkpoints or disks ({{captured}}), or merge the differencing disk into a standalone VHDX.',
  messages: {
    parentElsewhere:
      'VM "{{vm}}": differencing disk "{{disk}}" needs its parent {{parent}} on {{parentVolume}}, but the VM\'s own files (configuration, checkpoints, virtual disks) are on {{captured}}. A backup of the VM can miss the parent, and on every host generation (here {{host}}) a differencing disk cannot be read without it: a risk of an incomplete restore.',
    parentNotDeclared:
      'VM "{{vm}}": disk "{{disk}}" ({{path}}) is a differencing disk, but its parent is not declared, so the gate cannot tell whether the backup captures it. On every host generation (here {{host}}) a differencing disk cannot be read without its parent: a risk of an incomplete restore.',
  },
  terraform: {
    fix: 'Give hard_disk_drives[{{diskIndex}}] of {{address}} a hyperv_vhd with `vhd_type = "Differencing"` and a `parent_path` on a volume that holds the VM\'s own files ({{captured}}), or merge the differencing disk into a standalone VHDX.',
    messages: {
      parentElsewhere:
        "{{address}}: hard_disk_drives[{{diskIndex}}] is a differencing disk whose parent_path {{parent}} is on {{parentVolume}}, but the VM's own files (path, snapshot_file_location, hard_disk_drives) are on {{captured}}. A backup of the VM can miss the parent, and on every host generation (here {{host}}) a differencing disk cannot be read without it: a risk of an incomplete restore.",
      parentNotDeclared:
        '{{address}}: hard_disk_drives[{{diskIndex}}].path ({{path}}) is a differencing disk, but no hyperv_vhd declares its parent_path, so the gate cannot tell whether the backup captures it. On every host generation (here {{host}}) a differencing disk cannot be read without its parent: a risk of an incomplete restore.',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const isDifferencing = vm.disks.some((disk) => disk.parentPath !== undefined || isCheckpointChild(disk.path));
    if (!isDifferencing) return;
    const words = wordingOf(vm);

    // The volumes the VM's backup captures: those of its configuration, checkpoint location and virtual disks.
    const captured = new Map<string, VolumeRoot>();
    // Unknown volumes that several values share (`var.dir` and `"${var.dir}\\os.vhdx"`).
    const capturedSameAs = new Set<string>();
    let firstUnknown: { value: Unknown; what: string } | undefined;
    const capture = (value: Value<string> | undefined, what: string): void => {
      if (value === undefined) return;
      const volume = volumeOfValue(value);
      if (volume.kind === 'volume') {
        if (!captured.has(volume.volume.key)) captured.set(volume.volume.key, volume.volume);
        return;
      }
      if (volume.kind === 'same-as') capturedSameAs.add(volume.key);
      if (volume.kind === 'unresolvable') firstUnknown ??= { value: unreadablePath(value, volume.problem), what };
      else if (!isKnown(value)) firstUnknown ??= { value, what };
    };
    capture(vm.configurationPath, words.configurationPath);
    capture(vm.checkpointLocation, words.checkpointLocation);
    for (const disk of vm.disks) if (disk.kind === 'virtual') capture(disk.path, words.diskPath(disk));
    const capturedText = [...captured.values()].map((volume) => volume.display).join(', ') || 'no readable volume';

    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual') continue;
      const diskSubject = subject.disk(disk.name);
      const common = { disk: disk.name, diskIndex: diskIndex(vm, disk), captured: capturedText };
      const parent = disk.parentPath;
      if (parent === undefined) {
        if (!isKnown(disk.path) || !isCheckpointChild(disk.path)) continue;
        report({ messageId: 'parentNotDeclared', at: disk.path.at, subject: diskSubject, data: { ...common, path: disk.path.value } });
        continue;
      }
      const parentVolume = volumeOfValue(parent);
      if (parentVolume.kind === 'same-as' && capturedSameAs.has(parentVolume.key)) continue;
      if (parentVolume.kind === 'unresolvable') {
        cannotEvaluate(unreadablePath(parent, parentVolume.problem), words.diskParent(disk), diskSubject);
        continue;
      }
      if (parentVolume.kind !== 'volume') {
        if (!isKnown(parent)) cannotEvaluate(parent, words.diskParent(disk), diskSubject);
        continue;
      }
      if (captured.has(parentVolume.volume.key)) continue;
      if (firstUnknown) {
        // The parent might share a volume with the value that is not known yet; do not guess.
        cannotEvaluate(firstUnknown.value, `${firstUnknown.what} (to tell whether the backup captures the parent of ${words.disk(disk)})`, diskSubject);
        continue;
      }
      report({
        messageId: 'parentElsewhere',
        at: parent.at,
        subject: diskSubject,
        data: { ...common, parent: isKnown(parent) ? parent.value : `(a path on ${parentVolume.volume.display})`, parentVolume: parentVolume.volume.display },
        ...(disk.path !== undefined ? { related: [{ at: disk.path.at, message: `the differencing ${words.disk(disk)}` }] } : {}),
      });
    }
  },
});

/** An `.avhdx` file is the child Hyper-V writes for a checkpoint: a differencing disk by its name. */
function isCheckpointChild(path: Value<string> | undefined): path is Value<string> & { known: true } {
  return isKnown(path) && path.value.trim().toLowerCase().endsWith('.avhdx');
}
