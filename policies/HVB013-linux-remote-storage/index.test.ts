import { policyCases, TERRAFORM_FORMATS, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'web-01');

policyCases(policy, {
  valid: [
    {
      name: 'Linux guest on a local volume',
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: D:\\VMs\\web-01\\os.vhdx`),
      outcomes: { 'web-01': 'online' },
    },
    {
      name: 'Linux guest on a Cluster Shared Volume',
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: C:\\ClusterStorage\\Volume1\\web-01\\os.vhdx`),
    },
    {
      name: 'Windows guest on an SMB share',
      yaml: vm(`  guest:
    os: windows
  disks:
    - name: os
      path: \\\\fs01\\vms\\web-01\\os.vhdx`),
      outcomes: { 'web-01': 'online' },
    },
    {
      name: 'guest OS unknown but every disk is local: nothing depends on it',
      yaml: vm(`  disks:
    - name: os
      path: E:\\VMs\\web-01\\os.vhdx`),
    },
    {
      name: 'Linux guest with a pass-through disk has no share to check',
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: D:\\VMs\\web-01\\os.vhdx
    - name: data
      passThrough: { diskNumber: 2 }`),
    },
  ],
  invalid: [
    {
      name: 'a look-alike drive letter on a Linux guest: the volume cannot be read, so the outcome is uncertain',
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: с:\\VMs\\os.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].path', subject: 'unknown:HVB013:disk:os', messageIncludes: ['U+0441'] }],
      uncertain: ['web-01'],
    },
    {
      name: 'Linux guest with its disk on an SMB share',
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: \\\\fs01\\vms\\web-01\\os.vhdx`),
      errors: [
        {
          messageId: 'remoteDisk',
          at: 'spec.disks[0].path',
          subject: 'disk:os',
          vm: 'web-01',
          data: { disk: 'os', diskIndex: 0, share: '\\\\fs01\\vms' },
        },
      ],
      outcomes: { 'web-01': 'crash-consistent' },
    },
    {
      name: 'two disks on shares give two findings; a 2012 R2 host pauses the VM',
      yaml: `${vm(`  host: legacy
  disks:
    - name: os
      path: //FS01/VMs/web-01/os.vhdx
    - name: cache
      path: D:\\VMs\\web-01\\cache.vhdx
    - name: data
      path: \\\\fs02\\data\\web-01.vhdx
  guest:
    os: linux`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      errors: [
        { messageId: 'remoteDisk', at: 'spec.disks[0].path', subject: 'disk:os', messageIncludes: ['\\\\FS01\\VMs', 'saved state'] },
        { messageId: 'remoteDisk', at: 'spec.disks[2].path', subject: 'disk:data', messageIncludes: ['\\\\fs02\\data'] },
      ],
      outcomes: { 'web-01': 'saved-state' },
    },
    {
      name: 'a Linux VM meant to be off is backed up offline',
      yaml: vm(`  state: Off
  guest:
    os: linux
  disks:
    - name: os
      path: \\\\fs01\\vms\\web-01\\os.vhdx`),
      errors: [{ messageId: 'remoteDisk', at: 'spec.disks[0].path' }],
      outcomes: { 'web-01': 'offline' },
    },
    {
      name: 'guest OS unknown with two disks on shares: one note on the OS',
      yaml: vm(`  disks:
    - name: os
      path: \\\\fs01\\vms\\web-01\\os.vhdx
    - name: data
      path: \\\\fs01\\vms\\web-01\\data.vhdx
  guest:
    volumes:
      - name: /`),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.guest',
          level: 'note',
          messageIncludes: ['the guest OS of a VM with disks on an SMB share (\\\\fs01\\vms) is unknown (guest.os is not declared)'],
        },
      ],
      outcomes: { 'web-01': 'online' },
    },
    {
      name: 'guest OS unknown and no guest block: the note points at spec',
      yaml: vm(`  disks:
    - name: os
      path: \\\\fs01\\vms\\web-01\\os.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec', level: 'note' }],
    },
    {
      name: 'Linux guest with a disk whose path is not declared',
      // A Terraform disk block without a path has the empty path ""; the next case is the Terraform one.
      formats: ['hvgate'],
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0]', level: 'note', subject: 'unknown:HVB013:disk:os' }],
    },
    {
      name: 'Linux guest with a disk path unknown until apply',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  guest:
    os: linux
  disks:
    - name: os
      path: !unknown var.os_path`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].path', subject: 'unknown:HVB013:disk:os' }],
      uncertain: ['web-01'],
    },
  ],
});
