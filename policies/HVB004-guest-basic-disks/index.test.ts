import { unknown } from '../../src/core/source.js';
import { policyCases, vmDocument, withVm } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'app-01');

policyCases(policy, {
  valid: [
    {
      name: 'every volume on a basic disk',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: "C:"
        diskType: basic
      - name: "E:"
        diskType: basic`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'default: a volume without diskType is on a basic disk',
      yaml: vm(`  guest:
    volumes:
      - name: /var/lib/pgsql
        fileSystem: xfs`),
    },
    {
      name: 'no guest volumes declared',
      yaml: vm(`  guest:
    os: windows`),
    },
  ],
  invalid: [
    {
      name: 'one volume on a dynamic disk',
      yaml: vm(`  guest:
    os: windows
    volumes:
      - name: "C:"
        diskType: basic
      - name: "E:"
        diskType: dynamic`),
      errors: [
        {
          messageId: 'dynamicDisk',
          at: 'spec.guest.volumes[1].diskType',
          subject: 'volume:E:',
          data: { volume: 'E:' },
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'two volumes on dynamic disks, one in flow style, give two findings',
      yaml: vm(`  disks:
    - name: data
      path: D:\\VMs\\app-01\\data.vhdx
  guest:
    volumes:
      - { name: "F:", disk: data, diskType: dynamic }
      - name: "G:"
        disk: data
        diskType: dynamic`),
      errors: [
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[0].diskType', subject: 'volume:F:' },
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[1].diskType', subject: 'volume:G:' },
      ],
    },
    {
      name: 'a 2012 R2 host puts the VM into a saved state',
      yaml: `${vm(`  host: legacy
  guest:
    volumes:
      - name: "E:"
        diskType: dynamic`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      errors: [
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[0].diskType', messageIncludes: ['Windows Server 2012 R2 host legacy', 'saved state (paused)'] },
      ],
      outcomes: { 'app-01': 'saved-state' },
    },
    {
      name: 'an exception narrowed to one volume waives only that volume',
      yaml: vm(`  guest:
    volumes:
      - name: "E:"
        diskType: dynamic
      - name: "F:"
        diskType: dynamic
  exceptions:
    - policy: HVB004
      volume: "E:"
      reason: Legacy mirror, replaced in the next maintenance window.
      owner: platform-team
      expires: 2026-08-25`),
      errors: [
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[0].diskType', subject: 'volume:E:', waived: true },
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[1].diskType', subject: 'volume:F:', waived: false },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      // The hvgate/v1 format always knows the disk type (basic by default); other inputs may not.
      name: 'disk type unknown until apply: cannot evaluate that volume, the others are still checked',
      yaml: vm(`  guest:
    volumes:
      - name: "E:"
        diskType: basic
      - name: "F:"
        diskType: dynamic`),
      transform: withVm('app-01', (vm) => ({
        ...vm,
        guest: { ...vm.guest, volumes: vm.guest.volumes.map((v) => (v.name === 'E:' ? { ...v, diskType: unknown(v.diskType.at, 'known after apply') } : v)) },
      })),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.guest.volumes[0].diskType',
          level: 'note',
          subject: 'unknown:HVB004:volume:E:',
          messageIncludes: ['the disk type of guest volume E: is unknown (known after apply)'],
        },
        { messageId: 'dynamicDisk', at: 'spec.guest.volumes[1].diskType', subject: 'volume:F:' },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
      uncertain: ['app-01'],
    },
  ],
});
