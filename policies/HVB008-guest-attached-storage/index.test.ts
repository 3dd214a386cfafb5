import { policyCases, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'file-01');

policyCases(policy, {
  valid: [
    {
      name: 'a guest with volumes on virtual disks only',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\file-01\\os.vhdx
  guest:
    os: windows
    volumes:
      - name: "C:"
        disk: os
        fileSystem: NTFS`),
      outcomes: { 'file-01': 'online' },
    },
    {
      name: 'iSCSI target and Fibre Channel adapter both covered in guest',
      yaml: vm(`  guest:
    iscsiTargets:
      - name: shares
        portal: 10.0.0.5
    fibreChannelAdapters:
      - name: san-a
        san: prod-san
  backup:
    protection: both
    inGuestCoverage: [shares, san-a]`),
      outcomes: { 'file-01': 'online' },
    },
  ],
  invalid: [
    {
      name: 'an uncovered in-guest iSCSI target',
      yaml: vm(`  guest:
    os: windows
    iscsiTargets:
      - name: shares
        portal: 10.0.0.5
        iqn: iqn.1991-05.com.microsoft:fs01-shares-target`),
      errors: [
        {
          messageId: 'iscsiTarget',
          at: 'spec.guest.iscsiTargets[0]',
          subject: 'iscsi:shares',
          vm: 'file-01',
          data: { name: 'shares' },
        },
      ],
      outcomes: { 'file-01': 'incomplete' },
    },
    {
      name: 'an iSCSI target and a Fibre Channel adapter give two findings',
      yaml: vm(`  guest:
    fibreChannelAdapters:
      - san: prod-san
        name: san-a
    iscsiTargets:
      - name: shares`),
      errors: [
        {
          messageId: 'fibreChannelAdapter',
          at: 'spec.guest.fibreChannelAdapters[0]',
          subject: 'fc:san-a',
          data: { name: 'san-a' },
        },
        { messageId: 'iscsiTarget', at: 'spec.guest.iscsiTargets[0]', subject: 'iscsi:shares' },
      ],
      outcomes: { 'file-01': 'incomplete' },
    },
    {
      name: 'coverage of the adapter does not cover the target; a 2012 R2 host is named',
      yaml: `${vm(`  host: old-cluster
  guest:
    iscsiTargets:
      - name: shares
    fibreChannelAdapters:
      - name: san-a
  backup:
    inGuestCoverage:
      - san-a`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: old-cluster
spec:
  windowsServer: 2012 R2`,
      errors: [
        { messageId: 'iscsiTarget', at: 'spec.guest.iscsiTargets[0]', subject: 'iscsi:shares', messageIncludes: ['Windows Server 2012 R2 host old-cluster'] },
      ],
      outcomes: { 'file-01': 'incomplete' },
    },
    {
      name: 'an exception naming the adapter waives only that finding',
      yaml: vm(`  guest:
    iscsiTargets:
      - name: shares
    fibreChannelAdapters:
      - name: san-a
  exceptions:
    - policy: HVB008
      disk: san-a
      reason: The SAN takes array snapshots of these LUNs every hour.
      owner: storage-team
      expires: 2026-08-25`),
      errors: [
        { messageId: 'iscsiTarget', at: 'spec.guest.iscsiTargets[0]', subject: 'iscsi:shares', waived: false },
        { messageId: 'fibreChannelAdapter', at: 'spec.guest.fibreChannelAdapters[0]', subject: 'fc:san-a', waived: true },
      ],
      outcomes: { 'file-01': 'incomplete' },
    },
  ],
});
