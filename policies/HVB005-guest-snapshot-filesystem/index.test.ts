import { policyCases, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'app-01');

policyCases(policy, {
  valid: [
    {
      name: 'Windows: NTFS and ReFS in any case; the unmounted FAT32 EFI partition does not count',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: EFI
        fileSystem: FAT32
        mounted: false
      - name: "C:"
        fileSystem: ntfs
      - name: "D:"
        fileSystem: ReFS`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'Linux: file systems hv_vss_daemon freezes',
      yaml: vm(`  guest:
    os: linux
    volumes:
      - { name: /, fileSystem: ext4 }
      - { name: /var/lib/pgsql, fileSystem: XFS }
      - { name: /srv, fileSystem: btrfs }`),
    },
    {
      name: 'FreeBSD: UFS',
      yaml: vm(`  guest:
    os: freebsd
    volumes:
      - { name: /, fileSystem: UFS }
      - { name: /usr/local, fileSystem: ufs2 }`),
    },
    {
      name: 'OS undeclared: NTFS, a Linux-only and a FreeBSD-only file system are fine wherever they run',
      yaml: vm(`  guest:
    volumes:
      - { name: "C:", fileSystem: NTFS }
      - { name: /data, fileSystem: xfs }
      - { name: /usr, fileSystem: ufs }`),
    },
    {
      name: 'an unmounted volume is skipped even when its file system is not declared',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: Recovery
        mounted: false`),
    },
    {
      name: 'another OS: only the FAT family is certain to fail, so nothing else is guessed',
      yaml: vm(`  guest:
    os: other
    volumes:
      - { name: /, fileSystem: zfs }`),
    },
  ],
  invalid: [
    {
      name: 'Windows: a mounted FAT32 data volume',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: "C:"
        fileSystem: NTFS
      - name: "E:"
        fileSystem: FAT32`),
      errors: [
        {
          messageId: 'windowsFileSystem',
          at: 'spec.guest.volumes[1].fileSystem',
          subject: 'volume:E:',
          data: { volume: 'E:', fileSystem: 'FAT32' },
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'Windows: two volumes the guest cannot snapshot give two findings',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - { name: "F:", fileSystem: exFAT }
      - name: "G:"
        disk: data
        fileSystem: ext4
  disks:
    - name: data
      path: D:\\VMs\\app-01\\data.vhdx`),
      errors: [
        { messageId: 'windowsFileSystem', at: 'spec.guest.volumes[0].fileSystem', subject: 'volume:F:', data: { volume: 'F:', fileSystem: 'exFAT' } },
        { messageId: 'windowsFileSystem', at: 'spec.guest.volumes[1].fileSystem', subject: 'volume:G:', data: { volume: 'G:', fileSystem: 'ext4' } },
      ],
    },
    {
      name: 'Linux: a mounted vfat volume is skipped by hv_vss_daemon, msdos too',
      yaml: vm(`  guest:
    os: linux
    volumes:
      - { name: /, fileSystem: ext4 }
      - { name: /boot/efi, fileSystem: vfat }
      - { name: /mnt/usb, fileSystem: MSDOS }`),
      errors: [
        {
          messageId: 'linuxFileSystem',
          at: 'spec.guest.volumes[1].fileSystem',
          subject: 'volume:/boot/efi',
          data: { volume: '/boot/efi', fileSystem: 'vfat' },
        },
        { messageId: 'linuxFileSystem', at: 'spec.guest.volumes[2].fileSystem', subject: 'volume:/mnt/usb', data: { volume: '/mnt/usb', fileSystem: 'MSDOS' } },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'FreeBSD: a writable ZFS volume makes hv_vss_daemon refuse the snapshot',
      yaml: vm(`  guest:
    os: freebsd
    volumes:
      - { name: /, fileSystem: ufs }
      - { name: /tank, fileSystem: zfs }`),
      errors: [
        { messageId: 'freebsdFileSystem', at: 'spec.guest.volumes[1].fileSystem', subject: 'volume:/tank', data: { volume: '/tank', fileSystem: 'zfs' } },
      ],
    },
    {
      name: 'OS undeclared: FAT is wrong under every guest',
      yaml: vm(`  guest:
    volumes:
      - name: "E:"
        fileSystem: fat32`),
      errors: [{ messageId: 'fatFileSystem', at: 'spec.guest.volumes[0].fileSystem', subject: 'volume:E:', data: { volume: 'E:', fileSystem: 'fat32' } }],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'another OS: FAT still fires',
      yaml: vm(`  guest:
    os: other
    volumes:
      - { name: /data, fileSystem: exfat }`),
      errors: [{ messageId: 'fatFileSystem', at: 'spec.guest.volumes[0].fileSystem' }],
    },
    {
      name: 'OS undeclared and a file system that is fine on one guest and not on another: cannot evaluate',
      yaml: vm(`  generation: 2
  guest:
    volumes:
      - { name: /tank, fileSystem: zfs }`),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.guest',
          level: 'note',
          subject: 'unknown:HVB005:volume:/tank',
          messageIncludes: ['the guest OS, which decides whether volume /tank (zfs) can be snapshotted, is unknown (guest.os is not declared)'],
        },
      ],
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'file system not declared: cannot evaluate that volume, the others are still checked',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: "C:"
      - name: "E:"
        fileSystem: FAT`),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.guest.volumes[0]',
          level: 'note',
          subject: 'unknown:HVB005:volume:C:',
          messageIncludes: ['the file system of guest volume C: is unknown'],
        },
        { messageId: 'windowsFileSystem', at: 'spec.guest.volumes[1].fileSystem', subject: 'volume:E:' },
      ],
    },
    {
      name: 'a 2012 R2 host puts the VM into a saved state',
      yaml: `${vm(`  host: legacy
  guest:
    os: windows
    volumes:
      - name: "E:"
        fileSystem: FAT32`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      errors: [
        {
          messageId: 'windowsFileSystem',
          at: 'spec.guest.volumes[0].fileSystem',
          messageIncludes: ['Windows Server 2012 R2 host legacy', 'saved state (paused)'],
        },
      ],
      outcomes: { 'app-01': 'saved-state' },
    },
    {
      name: 'an exception narrowed to a volume waives it',
      yaml: vm(`  guest:
    os: linux
    volumes:
      - { name: /boot/efi, fileSystem: vfat }
  exceptions:
    - policy: HVB005
      volume: /boot/efi
      reason: Boot loader files only; rebuilt from the image on restore.
      owner: platform-team
      expires: 2026-08-10`),
      errors: [{ messageId: 'linuxFileSystem', at: 'spec.guest.volumes[0].fileSystem', waived: true }],
      outcomes: { 'app-01': 'online' },
    },
  ],
});
