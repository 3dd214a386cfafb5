import { policyCases, TERRAFORM_FORMATS, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string, name = 'sql-01') => vmDocument(spec, name);

const legacyHost = `---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`;

policyCases(policy, {
  valid: [
    {
      name: 'virtual disks only',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\sql-01\\os.vhdx
    - name: data
      path: D:\\VMs\\sql-01\\data.vhdx`),
      outcomes: { 'sql-01': 'online' },
    },
    {
      name: 'a VM without disks',
      yaml: vm(`  state: Off`),
    },
    {
      name: 'pass-through disk covered by an in-guest backup',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\sql-01\\os.vhdx
    - name: data
      passThrough: { diskNumber: 3 }
  backup:
    inGuestCoverage: [data]`),
      outcomes: { 'sql-01': 'online' },
    },
  ],
  invalid: [
    {
      name: 'a disk number unknown until apply may pass a physical disk through: cannot evaluate',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  disks:
    - name: data
      passThrough: { diskNumber: !unknown var.data_disk }`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].passThrough.diskNumber', messageIncludes: ['hard_disk_drives[0].disk_number is unknown'] }],
      uncertain: ['sql-01'],
    },
    {
      name: 'one pass-through disk, pointed at its disk number',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\sql-01\\os.vhdx
    - name: data
      passThrough: { diskNumber: 3 }`),
      errors: [
        {
          messageId: 'passthrough',
          at: 'spec.disks[1].passThrough.diskNumber',
          subject: 'disk:data',
          vm: 'sql-01',
          data: { disk: 'data', diskIndex: 1, diskNumber: 3 },
        },
      ],
      outcomes: { 'sql-01': 'incomplete' },
    },
    {
      name: 'two uncovered pass-through disks give two findings; coverage of one other disk does not help',
      yaml: vm(`  disks:
    - name: logs
      passThrough:
        diskNumber: 4
    - name: os
      path: D:\\VMs\\sql-01\\os.vhdx
    - name: archive
      passThrough:
        diskNumber: 7
    - name: data
      passThrough: { diskNumber: 5 }
  backup:
    inGuestCoverage:
      - data`),
      errors: [
        { messageId: 'passthrough', at: 'spec.disks[0].passThrough.diskNumber', subject: 'disk:logs', data: { disk: 'logs', diskIndex: 0, diskNumber: 4 } },
        {
          messageId: 'passthrough',
          at: 'spec.disks[2].passThrough.diskNumber',
          subject: 'disk:archive',
          data: { disk: 'archive', diskIndex: 2, diskNumber: 7 },
        },
      ],
      outcomes: { 'sql-01': 'incomplete' },
    },
    {
      name: 'the consequence is the same on a 2012 R2 host, and the message names that host',
      yaml: `${vm(`  host: legacy
  disks:
    - name: quorum
      passThrough: { diskNumber: 1 }`)}
${legacyHost}`,
      errors: [
        {
          messageId: 'passthrough',
          at: 'spec.disks[0].passThrough.diskNumber',
          subject: 'disk:quorum',
          messageIncludes: ['Windows Server 2012 R2 host legacy'],
        },
      ],
      outcomes: { 'sql-01': 'incomplete' },
    },
    {
      name: 'pass-through on an intended-off VM is still left out',
      yaml: vm(`  state: Off
  disks:
    - name: data
      passThrough: { diskNumber: 2 }`),
      errors: [{ messageId: 'passthrough', at: 'spec.disks[0].passThrough.diskNumber' }],
      outcomes: { 'sql-01': 'incomplete' },
    },
    {
      name: 'an exception for the disk waives the finding and the outcome',
      yaml: vm(`  disks:
    - name: data
      passThrough: { diskNumber: 2 }
  exceptions:
    - policy: HVB007
      disk: data
      reason: Scratch space for tempdb; rebuilt on start, nothing to restore.
      owner: dba-team
      expires: 2026-08-15`),
      errors: [{ messageId: 'passthrough', at: 'spec.disks[0].passThrough.diskNumber', waived: true }],
      outcomes: { 'sql-01': 'online' },
    },
    {
      name: 'an exception for another disk does not waive it',
      yaml: vm(`  disks:
    - name: data
      passThrough: { diskNumber: 2 }
    - name: os
      path: D:\\VMs\\sql-01\\os.vhdx
  exceptions:
    - policy: passthrough-disk
      disk: os
      reason: Wrongly aimed waiver.
      owner: dba-team
      expires: 2026-08-15`),
      errors: [{ messageId: 'passthrough', at: 'spec.disks[0].passThrough.diskNumber', waived: false }],
      outcomes: { 'sql-01': 'incomplete' },
    },
  ],
});
