import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { unknown } from '../../src/core/source.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { evaluateCase, policyCases, TERRAFORM_FORMATS, TEST_TODAY, vmDocument } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'sqlc-01');

const host = (name: string, release: string) => `---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: ${name}
spec:
  windowsServer: ${release}`;

const sharedOnLegacyHost = `${vm(`  host: legacy
  disks:
    - name: os
      path: C:\\ClusterStorage\\Volume1\\sqlc-01\\os.vhdx
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\data.vhdx
      shared: true`)}
${host('legacy', '2012 R2')}`;

const sharedOnCurrentHost = vm(`  disks:
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\data.vhdx
      shared: true`);

policyCases(policy, {
  valid: [
    {
      name: 'a path unknown until apply without persistent reservations: nothing shared either way, so no note',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  disks:
    - name: data
      path: !unknown var.data_path`),
      uncertain: [],
    },
    {
      name: 'an unshared VHDX',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\sqlc-01\\os.vhdx`),
      outcomes: { 'sqlc-01': 'online' },
    },
    {
      name: 'shared: false written out',
      yaml: vm(`  disks:
    - name: data
      path: D:\\VMs\\sqlc-01\\data.vhdx
      shared: false`),
    },
    {
      name: 'a VHD Set on the default (2016+) host',
      yaml: vm(`  disks:
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\data.vhds`),
      outcomes: { 'sqlc-01': 'online' },
    },
    {
      name: 'a shared VHD Set, upper-case extension, on a 2016 host profile',
      yaml: `${vm(`  host: hv2016
  disks:
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\DATA.VHDS
      shared: true`)}
${host('hv2016', '2016')}`,
    },
    {
      name: 'a shared VHDX covered by an in-guest backup',
      yaml: vm(`  disks:
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\data.vhdx
      shared: true
  backup:
    protection: both
    inGuestCoverage: [shared-data]`),
      outcomes: { 'sqlc-01': 'online' },
    },
    {
      name: 'a disk without a path that is not shared says nothing about sharing',
      yaml: vm(`  disks:
    - name: scratch`),
    },
  ],
  invalid: [
    {
      name: 'shared VHDX on the default 2016+ host: pointed at shared, recommends a VHD Set',
      yaml: sharedOnCurrentHost,
      errors: [
        {
          messageId: 'sharedVhdx',
          at: 'spec.disks[0].shared',
          subject: 'disk:shared-data',
          vm: 'sqlc-01',
          data: {
            diskLabel: 'disk "shared-data"',
            path: 'C:\\ClusterStorage\\Volume2\\sqlc\\data.vhdx',
            advice: 'Convert it to a VHD Set (.vhds), which host-level backup captures on this host.',
          },
        },
      ],
      outcomes: { 'sqlc-01': 'incomplete' },
    },
    {
      name: 'shared VHDX on a 2012 R2 host: only an in-guest backup helps',
      yaml: sharedOnLegacyHost,
      errors: [
        {
          messageId: 'sharedVhdx',
          at: 'spec.disks[1].shared',
          subject: 'disk:shared-data',
          data: {
            diskLabel: 'disk "shared-data"',
            path: 'C:\\ClusterStorage\\Volume2\\sqlc\\data.vhdx',
            advice: 'Only a backup inside the guest can cover it: the VHD Set (.vhds) that host-level backup supports needs Windows Server 2016 or later.',
          },
        },
      ],
      outcomes: { 'sqlc-01': 'incomplete' },
    },
    {
      name: 'a VHD Set on a 2012 R2 host: pointed at the path',
      yaml: `${vm(`  host: legacy
  disks:
    - name: shared-data
      path: C:\\ClusterStorage\\Volume2\\sqlc\\data.vhds`)}
${host('legacy', '2012 R2')}`,
      errors: [
        {
          messageId: 'vhdSetNeeds2016',
          at: 'spec.disks[0].path',
          subject: 'disk:shared-data',
          messageIncludes: ['is a VHD Set, which needs Windows Server 2016 or later; on Windows Server 2012 R2 host legacy'],
        },
      ],
      outcomes: { 'sqlc-01': 'incomplete' },
    },
    {
      name: 'two shared disks on a 2012 host give two findings with different messages',
      yaml: `${vm(`  host: hv2012
  disks:
    - name: quorum
      shared: true
      path: \\\\fs01\\clusters\\sqlc\\quorum.vhdx
    - name: os
      path: D:\\VMs\\sqlc-01\\os.vhdx
    - name: data
      path: \\\\fs01\\clusters\\sqlc\\data.vhds`)}
${host('hv2012', '2012')}`,
      errors: [
        { messageId: 'sharedVhdx', at: 'spec.disks[0].shared', subject: 'disk:quorum', messageIncludes: ['\\\\fs01\\clusters\\sqlc\\quorum.vhdx'] },
        { messageId: 'vhdSetNeeds2016', at: 'spec.disks[2].path', subject: 'disk:data' },
      ],
      outcomes: { 'sqlc-01': 'incomplete' },
    },
    {
      name: 'coverage of another disk does not cover the shared one',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\sqlc-01\\os.vhdx
    - name: shared-data
      path: D:\\VMs\\sqlc\\data.vhdx
      shared: true
  backup:
    inGuestCoverage: [os]`),
      errors: [{ messageId: 'sharedVhdx', at: 'spec.disks[1].shared', subject: 'disk:shared-data' }],
    },
    {
      name: 'a shared disk without a path cannot be told apart from a VHD Set',
      // A Terraform disk block without a path has the empty path ""; the next case is the Terraform one.
      formats: ['hvgate'],
      yaml: vm(`  disks:
    - name: shared-data
      shared: true`),
      errors: [
        {
          messageId: 'cannotEvaluate',
          at: 'spec.disks[0]',
          level: 'note',
          subject: 'unknown:HVB011:disk:shared-data',
          messageIncludes: ['the path of disk "shared-data" is unknown (the disk has neither path nor passThrough)'],
        },
      ],
      outcomes: { 'sqlc-01': 'online' },
    },
    {
      name: 'a shared disk whose path is unknown until apply cannot be told apart from a VHD Set',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  disks:
    - name: shared-data
      path: !unknown var.data_path
      shared: true`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.disks[0].path', subject: 'unknown:HVB011:disk:shared-data' }],
      outcomes: { 'sqlc-01': 'online' },
      uncertain: ['sqlc-01'],
    },
  ],
});

test('HVB011 fix advice follows the host generation', () => {
  const fixOf = (yaml: string) => evaluateCase(policy, { name: 'fix', yaml }).evaluation.findings.find((f) => f.policyId === 'HVB011')?.fix;
  expect(fixOf(sharedOnCurrentHost)).toBe(
    'For disk "shared-data" of VM "sqlc-01": convert it to a VHD Set (Convert-VHD to a .vhds file) so that host-level backup captures it, or back it up from inside the guest and list it in backup.inGuestCoverage.',
  );
  expect(fixOf(sharedOnLegacyHost)).toBe(
    'For disk "shared-data" of VM "sqlc-01": back it up from inside the guest and list it in backup.inGuestCoverage, or move the guest cluster to Windows Server 2016 or later and convert the disk to a VHD Set (.vhds).',
  );
});

test('HVB011 reports sharing unknown until apply as cannot-evaluate, but not for a VHD Set', () => {
  const estate = parseHvgateFile(
    'vm.yaml',
    vm(`  disks:
    - name: data
      path: D:\\VMs\\sqlc\\data.vhdx
    - name: set
      path: D:\\VMs\\sqlc\\set.vhds`),
  );
  const model = estate.vms[0]!;
  const at = { file: 'vm.yaml', line: 8, column: 13, endLine: 8, endColumn: 40 };
  const disks = model.disks.map((disk) => ({ ...disk, shared: unknown(at, 'known after apply') }));
  const evaluation = evaluate({ ...estate, vms: [{ ...model, disks }] }, [policy], DEFAULT_SETTINGS, { today: TEST_TODAY });
  expect(evaluation.findings.map((f) => [f.messageId, f.level, f.subject, f.message])).toEqual([
    [
      'cannotEvaluate',
      'note',
      'unknown:HVB011:disk:data',
      'Cannot evaluate HVB011 shared-vhdx for VM "sqlc-01": whether disk "data" is shared is unknown (known after apply), so its backup outcome on Windows Server 2019 host (assumed: no host profile), configuration version 9.0 is uncertain.',
    ],
  ]);
});
