import { unknown } from '../../src/core/source.js';
import { policyCases, vmDocument, withVm } from '../../test/support/policy-tester.js';
import policy from './index.js';

const vm = (spec: string) => vmDocument(spec, 'app-01');

policyCases(policy, {
  valid: [
    {
      name: 'VSS enabled, written out',
      yaml: vm(`  integrationServices:
    VSS: true`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'default: a Backup service that is not listed keeps Hyper-V default (enabled)',
      yaml: vm(`  integrationServices:
    Heartbeat: true
    Guest Service Interface: false`),
    },
    {
      name: 'the 2012 R2 UI label and the GUID are recognized',
      yaml: vm(`  integrationServices:
    Backup (volume snapshot): true
    "{5ced1297-4598-4915-a5fc-ad21bb4d02a4}": true`),
    },
    {
      name: 'integration services installed, written out',
      yaml: vm(`  guest:
    os: linux
    integrationServicesInstalled: true`),
    },
  ],
  invalid: [
    {
      name: 'VSS disabled',
      yaml: vm(`  integrationServices:
    VSS: false`),
      errors: [
        {
          messageId: 'backupDisabled',
          line: 7,
          column: 10,
          subject: 'service:VSS',
          messageIncludes: ['the Backup integration service ("VSS") is disabled', 'Windows Server 2019', 'only crash-consistent'],
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'disabled under its GUID: the message quotes the key as written',
      yaml: vm(`  integrationServices:
    Heartbeat: true
    5CED1297-4598-4915-A5FC-AD21BB4D02A4: false`),
      errors: [{ messageId: 'backupDisabled', line: 8, column: 43, subject: 'service:VSS', messageIncludes: ['("5CED1297-4598-4915-A5FC-AD21BB4D02A4")'] }],
    },
    {
      name: 'no integration services in the guest',
      yaml: vm(`  guest:
    os: linux
    integrationServicesInstalled: false`),
      errors: [{ messageId: 'notInstalled', line: 8, column: 35, messageIncludes: ['runs no integration services', 'crash-consistent'] }],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'no integration services and VSS disabled give two findings',
      yaml: vm(`  integrationServices: { VSS: false }
  guest:
    integrationServicesInstalled: false`),
      errors: [
        { messageId: 'backupDisabled', line: 6, column: 31, subject: 'service:VSS' },
        { messageId: 'notInstalled', line: 8, column: 35 },
      ],
    },
    {
      name: 'localized keys are warnings that name the key and do not change the outcome',
      yaml: vm(`  integrationServices:
    Takt: true
    VSS: true
    Gastdienstschnittstelle: false`),
      errors: [
        {
          messageId: 'unrecognizedService',
          line: 7,
          column: 5,
          subject: 'service:Takt',
          messageIncludes: [
            '"Takt"',
            'maybe a localized name',
            'cannot tell whether it is the Backup service',
            'use `VSS` or the GUID 5CED1297-4598-4915-A5FC-AD21BB4D02A4',
          ],
        },
        { messageId: 'unrecognizedService', line: 9, column: 5, subject: 'service:Gastdienstschnittstelle' },
      ],
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'a 2012 R2 host puts the VM into a saved state',
      yaml: `${vm(`  host: legacy
  integrationServices:
    Backup (volume shadow copy): false`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      errors: [
        {
          messageId: 'backupDisabled',
          line: 8,
          column: 34,
          messageIncludes: ['("Backup (volume shadow copy)")', 'Windows Server 2012 R2 host legacy', 'saved state (paused)'],
        },
      ],
      outcomes: { 'app-01': 'saved-state' },
    },
    {
      name: 'level comes from configuration',
      yaml: vm(`  integrationServices:
    VSS: false`),
      settings: { policies: { HVB002: { level: 'error' } } },
      errors: [{ messageId: 'backupDisabled', line: 7, column: 10, level: 'error' }],
    },
    {
      // The hvgate/v1 format always knows both values; a Terraform plan can leave them unknown until apply.
      name: 'values unknown until apply: cannot evaluate each instead of assuming the default',
      yaml: vm(`  integrationServices:
    VSS: false
  guest:
    integrationServicesInstalled: false`),
      transform: withVm('app-01', (vm) => ({
        ...vm,
        integrationServices: {
          ...vm.integrationServices,
          installed: unknown(vm.integrationServices.installed.at, 'var.guest_tools has no default'),
          backup: unknown(vm.integrationServices.backup.at, 'known after apply'),
        },
      })),
      errors: [
        {
          messageId: 'cannotEvaluate',
          line: 7,
          column: 10,
          level: 'note',
          subject: 'unknown:HVB002:service:VSS',
          messageIncludes: ['the state of the Backup (VSS) integration service is unknown (known after apply)'],
        },
        { messageId: 'cannotEvaluate', line: 9, column: 35, level: 'note', subject: 'unknown:HVB002:whether the guest runs integration services' },
      ],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
  ],
});
