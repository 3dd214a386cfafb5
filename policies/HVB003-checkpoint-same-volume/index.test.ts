import sharedVhdx from '../HVB011-shared-vhdx/index.js';
import { policyCases, TERRAFORM_FORMATS, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'app-01');

policyCases(policy, {
  valid: [
    {
      name: 'a VM without virtual disks needs no checkpoint location: an unknown one is no note',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  checkpoints:
    location: !unknown var.snapshot_dir`),
      uncertain: [],
    },
    {
      name: 'checkpoints beside the disks on one drive',
      yaml: vm(`  checkpoints:
    location: D:\\Hyper-V\\Snapshots
  disks:
    - name: os
      path: D:\\Hyper-V\\app-01\\os.vhdx`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'defaults: checkpoints follow the configuration path on the disks volume',
      // The Terraform provider puts checkpoints in its own default folder whatever the path (the next invalid case).
      formats: ['hvgate'],
      yaml: vm(`  configurationPath: E:\\VMs
  disks:
    - name: os
      path: e:/VMs/app-01/os.vhdx`),
    },
    {
      name: 'same Cluster Shared Volume, different spelling',
      yaml: vm(`  checkpoints:
    location: c:/clusterstorage/volume1/snapshots/
  disks:
    - name: os
      path: C:\\ClusterStorage\\Volume1\\app-01\\os.vhdx`),
    },
    {
      name: 'same SMB share, different case',
      yaml: vm(`  checkpoints:
    location: \\\\FS01\\VMs\\checkpoints
  disks:
    - name: os
      path: \\\\fs01\\vms\\app-01\\os.vhdx`),
    },
    {
      name: 'pass-through disks have no host volume to compare',
      yaml: vm(`  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx
    - name: data
      passThrough: { diskNumber: 3 }`),
    },
  ],
  invalid: [
    {
      name: 'a look-alike drive letter: the disk volume cannot be read, so the outcome is uncertain, not online',
      yaml: vm(`  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: os
      path: с:\\VMs\\os.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].path', subject: 'unknown:HVB003:disk:os', messageIncludes: ['U+0441'] }],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
    {
      name: 'a checkpoint location unknown until apply: one note, however many disks',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  checkpoints:
    location: !unknown var.snapshot_dir
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx
    - name: data
      path: E:\\VMs\\data.vhdx`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.checkpoints.location', messageIncludes: ['snapshot_file_location is unknown'] }],
      uncertain: ['app-01'],
    },
    {
      name: 'policies that need the same unknown path share one note',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  checkpoints:
    location: D:\\Snapshots
  disks:
    - name: data
      path: !unknown var.data_path
      shared: true`),
      pack: [policy, sharedVhdx],
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.disks[0].path',
          subject: 'unknown:HVB003:disk:data',
          messageIncludes: ['Cannot evaluate HVB003 checkpoint-same-volume and HVB011 shared-vhdx for VM "app-01": the path of disk "data" is unknown'],
        },
      ],
      uncertain: ['app-01'],
    },
    {
      name: 'checkpoints on C: while the disk is on D:',
      yaml: vm(`  checkpoints:
    location: C:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx`),
      errors: [
        { messageId: 'differentVolume', at: 'spec.checkpoints.location', subject: 'disk:os', messageIncludes: ['is on C:', 'is on D:', 'crash-consistent'] },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'omitted location defaults to the configuration folder on C:',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\os.vhdx`),
      errors: [
        {
          messageId: 'differentVolume',
          at: 'spec.checkpoints.location',
          data: {
            location: 'the checkpoint location (not set: Hyper-V keeps checkpoints with the configuration in C:\\ProgramData\\Microsoft\\Windows\\Hyper-V)',
            checkpointVolume: 'C:',
            disk: 'os',
            diskIndex: 0,
            diskVolume: 'D:',
            diskFolder: 'D:\\VMs',
            diskFolderHcl: '"D:\\\\VMs"',
          },
          terraformData: { location: 'not set: the provider puts checkpoints in C:\\ProgramData\\Microsoft\\Windows\\Hyper-V' },
        },
      ],
    },
    {
      name: 'a Cluster Shared Volume is its own volume even under C:',
      yaml: vm(`  checkpoints:
    location: C:\\Snapshots
  disks:
    - name: os
      path: C:\\ClusterStorage\\Volume1\\os.vhdx`),
      errors: [{ messageId: 'differentVolume', at: 'spec.checkpoints.location', messageIncludes: ['C:\\ClusterStorage\\Volume1'] }],
    },
    {
      name: 'two disks on two other volumes give two findings; a 2012 R2 host pauses the VM',
      yaml: `${vm(`  host: legacy
  checkpoints:
    location: F:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx
    - name: logs
      path: E:\\VMs\\logs.vhdx
    - name: scratch
      path: F:\\VMs\\scratch.vhdx`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      errors: [
        { messageId: 'differentVolume', at: 'spec.checkpoints.location', subject: 'disk:os', messageIncludes: ['saved state'] },
        { messageId: 'differentVolume', at: 'spec.checkpoints.location', subject: 'disk:logs' },
      ],
      outcomes: { 'app-01': 'saved-state' },
    },
  ],
});
