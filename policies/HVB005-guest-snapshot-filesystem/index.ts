/**
 * HVB005 guest-snapshot-filesystem: online (VSS) backup needs every mounted guest volume on a file
 * system the guest can snapshot (article principle 2, fifth condition, second half). What that means
 * depends on the guest OS; parts of it are unverified (see README).
 */
import type { GuestOsFamily, GuestVolume } from '../../src/core/model.js';
import { definePolicy } from '../../src/core/policy.js';
import { isKnown, type Value } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';

/** The FAT family: no Windows VSS snapshot, and no freeze by the Linux `hv_vss_daemon` (it skips vfat). */
const FAT_FAMILY: ReadonlySet<string> = new Set(['vfat', 'fat', 'fat12', 'fat16', 'fat32', 'msdos', 'exfat']);
/** What VSS in a Windows guest snapshots. */
const WINDOWS_SNAPSHOT: ReadonlySet<string> = new Set(['ntfs', 'refs']);
/** File systems only a Linux guest uses: with an undeclared OS they imply Linux, where they can be frozen. */
const LINUX_ONLY: ReadonlySet<string> = new Set(['ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'jfs', 'reiserfs', 'f2fs']);

/** FreeBSD's `hv_vss_daemon` suspends only mounts whose type starts with "ufs" (FFS is the same file system). */
function isUfs(fileSystem: string): boolean {
  return fileSystem.startsWith('ufs') || fileSystem === 'ffs';
}

type MessageId = 'windowsFileSystem' | 'linuxFileSystem' | 'freebsdFileSystem' | 'fatFileSystem';

/** The message for a volume the guest cannot snapshot, `undefined` when it can, or `'ask-os'` when only the OS would tell. */
function verdict(os: Value<GuestOsFamily>, fileSystem: string): MessageId | 'ask-os' | undefined {
  if (isKnown(os)) {
    switch (os.value) {
      case 'windows':
        return WINDOWS_SNAPSHOT.has(fileSystem) ? undefined : 'windowsFileSystem';
      case 'linux':
        return FAT_FAMILY.has(fileSystem) ? 'linuxFileSystem' : undefined;
      case 'freebsd':
        return isUfs(fileSystem) ? undefined : 'freebsdFileSystem';
      case 'other':
        // No rule is known for other guests; only the FAT family is certain to lack a consistent snapshot.
        return FAT_FAMILY.has(fileSystem) ? 'fatFileSystem' : undefined;
    }
  }
  if (FAT_FAMILY.has(fileSystem)) return 'fatFileSystem';
  if (WINDOWS_SNAPSHOT.has(fileSystem) || LINUX_ONLY.has(fileSystem) || isUfs(fileSystem)) return undefined;
  return 'ask-os';
}

export default definePolicy({
  id: 'HVB005',
  name: 'guest-snapshot-filesystem',
  principle: 2,
  description: 'Require every mounted guest volume to use a file system that the guest can snapshot for an online backup.',
  defaultLevel: 'warning',
  effect: 'degraded',
  unverified: true,
  fix: 'Format volume {{volume}} of VM "{{vm}}" with a file system its guest can snapshot (Windows: NTFS or ReFS; Linux: anything but FAT; FreeBSD: UFS); declare a partition the guest does not mount (EFI system, recovery) with `mounted: false`.',
  terraform: {
    // Terraform says nothing about the guest; its volumes come from a .hvgate.yml overlay.
    fix: 'Format volume {{volume}} of {{address}} with a file system its guest can snapshot (Windows: NTFS or ReFS; Linux: anything but FAT; FreeBSD: UFS); a partition the guest does not mount (EFI system, recovery) is declared with `mounted: false` in the .hvgate.yml overlay for {{address}}.',
  },
  messages: {
    windowsFileSystem:
      'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}; VSS in a Windows guest snapshots only NTFS and ReFS volumes, so the VM is not backed up online. {{consequence}}',
    linuxFileSystem:
      'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}, which hv_vss_daemon in a Linux guest does not freeze (it skips VFAT), so its data is crash-consistent at best. {{consequence}}',
    freebsdFileSystem:
      'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}; hv_vss_daemon in a FreeBSD guest freezes only UFS and refuses the snapshot while another writable file system is mounted, so the VM is not backed up online. {{consequence}}',
    fatFileSystem:
      'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}, which no guest snapshots consistently (Windows VSS needs NTFS or ReFS; the Linux hv_vss_daemon skips FAT), so the VM is not backed up online. {{consequence}}',
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    for (const volume of vm.guest.volumes) {
      // Partitions the guest never mounts (the FAT32 EFI system partition, recovery) hold no live data.
      if (!volume.mounted) continue;
      checkVolume(volume);
    }

    function checkVolume(volume: GuestVolume): void {
      const volumeSubject = subject.volume(volume.name);
      if (!isKnown(volume.fileSystem)) {
        cannotEvaluate(volume.fileSystem, `the file system of guest volume ${volume.name}`, volumeSubject);
        return;
      }
      const written = volume.fileSystem.value;
      const result = verdict(vm.guest.os, written.trim().toLowerCase());
      if (result === undefined) return;
      if (result === 'ask-os') {
        if (!isKnown(vm.guest.os)) {
          cannotEvaluate(vm.guest.os, `the guest OS, which decides whether volume ${volume.name} (${written}) can be snapshotted,`, volumeSubject);
        }
        return;
      }
      report({ messageId: result, at: volume.fileSystem.at, subject: volumeSubject, data: { volume: volume.name, fileSystem: written } });
    }
  },
});
