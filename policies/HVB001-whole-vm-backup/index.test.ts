import { unknown } from '../../src/core/source.js';
import { policyCases, vmDocument, withVm } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string, name = 'app-01') => vmDocument(spec, name);
const unknownProtection = withVm('app-01', (vm) => ({ ...vm, protection: unknown(vm.protection.at, 'known after apply') }));

const legacyHost = `apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`;

policyCases(policy, {
  valid: [
    {
      name: 'host-level protection written out',
      yaml: vm(`  backup:
    protection: host`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'default: protection omitted means the host backs up the whole VM',
      yaml: vm(`  disks:
    - name: os
      path: D:\\VMs\\app-01\\os.vhdx`),
    },
    {
      name: 'both: an in-guest agent next to the host-level backup',
      yaml: vm(`  backup:
    protection: both
    inGuestCoverage: [os]
  disks:
    - name: os
      path: D:\\VMs\\app-01\\os.vhdx`),
    },
    {
      name: 'policy switched off in configuration',
      yaml: vm(`  backup:
    protection: guest`),
      settings: { policies: { HVB001: { level: 'off' } } },
      outcomes: { 'app-01': 'online' },
    },
  ],
  invalid: [
    {
      name: 'guest-only protection',
      yaml: vm(`  backup:
    protection: guest`),
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection', data: {} }],
      outcomes: { 'app-01': 'unprotected' },
    },
    {
      name: 'two guest-only VMs in one file, one in flow style',
      yaml: `${vm(`  guest:
    os: other
  backup: { protection: guest }`)}
---
${vm(
  `  backup:
    inGuestCoverage: []
    protection: guest`,
  'app-02',
)}`,
      errors: [
        { messageId: 'guestOnly', at: 'spec.backup.protection', vm: 'app-01' },
        { messageId: 'guestOnly', at: 'spec.backup.protection', in: 'VirtualMachine/app-02', vm: 'app-02' },
      ],
      outcomes: { 'app-01': 'unprotected', 'app-02': 'unprotected' },
    },
    {
      name: 'the consequence does not depend on the host: unprotected on 2012 R2 too',
      yaml: `${vm(`  host: legacy
  backup:
    protection: guest`)}
---
${legacyHost}`,
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection' }],
      outcomes: { 'app-01': 'unprotected' },
    },
    {
      name: 'a valid exception with a reason waives it',
      yaml: vm(`  backup:
    protection: guest
  exceptions:
    - policy: HVB001
      reason: Appliance whose vendor supports only its in-guest agent.
      owner: platform-team
      expires: 2026-08-29`),
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection', waived: true }],
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'an exception may name the policy by its name',
      yaml: vm(`  backup:
    protection: guest
  exceptions:
    - policy: whole-vm-backup
      reason: Appliance whose vendor supports only its in-guest agent.
      owner: platform-team
      expires: 2026-06-01`),
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection', waived: true }],
    },
    {
      name: 'an expired exception waives nothing',
      yaml: vm(`  backup:
    protection: guest
  exceptions:
    - policy: HVB001
      reason: Appliance whose vendor supports only its in-guest agent.
      owner: platform-team
      expires: 2026-05-31`),
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection', waived: false }],
      outcomes: { 'app-01': 'unprotected' },
    },
    {
      name: 'an exception for another policy waives nothing',
      yaml: vm(`  backup:
    protection: guest
  exceptions:
    - policy: HVB003
      reason: Stateless node.
      owner: platform-team
      expires: 2026-08-29`),
      errors: [{ messageId: 'guestOnly', at: 'spec.backup.protection' }],
      outcomes: { 'app-01': 'unprotected' },
    },
    {
      // The hvgate/v1 format always knows the protection; a Terraform plan can leave it unknown until apply.
      name: 'protection unknown until apply: cannot evaluate instead of guessing',
      yaml: vm(`  backup:
    protection: guest`),
      transform: unknownProtection,
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.backup.protection', level: 'note', messageIncludes: ['backup protection', 'known after apply'] }],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
    {
      name: 'unknown: fail turns the unknown protection into an error',
      yaml: vm(`  backup:
    protection: guest`),
      transform: unknownProtection,
      settings: { unknown: 'fail' },
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.backup.protection', level: 'error' }],
    },
  ],
});
