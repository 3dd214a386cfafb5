import { unknown } from '../../src/core/source.js';
import { policyCases, TERRAFORM_FORMATS, vmDocument, withVm } from '../../test/support/policy-tester.js';
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
      // Terraform cannot say whether the guest runs integration services.
      formats: ['hvgate'],
      yaml: vm(`  guest:
    os: linux
    integrationServicesInstalled: true`),
    },
  ],
  invalid: [
    {
      name: 'an unknown key switched off may be the Backup service under a localized name: uncertain, not online',
      yaml: vm(`  integrationServices:
    Sicherung (Volumeschattenkopie): false`),
      errors: [
        { messageId: 'cannotEvaluate', atKey: 'spec.integrationServices["Sicherung (Volumeschattenkopie)"]', subject: 'unknown:HVB002:service:VSS' },
        {
          messageId: 'unrecognizedService',
          atKey: 'spec.integrationServices["Sicherung (Volumeschattenkopie)"]',
          subject: 'service:Sicherung (Volumeschattenkopie)',
          data: { key: 'Sicherung (Volumeschattenkopie)' },
        },
      ],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
    {
      name: 'an unknown key switched on cannot be the Backup service switched off: a warning, and the outcome stays certain',
      yaml: vm(`  integrationServices:
    Takt: true`),
      errors: [{ messageId: 'unrecognizedService', atKey: 'spec.integrationServices.Takt', data: { key: 'Takt' } }],
      outcomes: { 'app-01': 'online' },
      uncertain: [],
    },
    {
      name: 'an unknown key switched off beside a VSS key the gate knows: the Backup service is the VSS key',
      yaml: vm(`  integrationServices:
    VSS: true
    Gastdienstschnittstelle: false`),
      errors: [{ messageId: 'unrecognizedService', atKey: 'spec.integrationServices.Gastdienstschnittstelle', data: { key: 'Gastdienstschnittstelle' } }],
      uncertain: [],
    },
    {
      name: 'VSS disabled',
      yaml: vm(`  integrationServices:
    VSS: false`),
      errors: [
        {
          messageId: 'backupDisabled',
          at: 'spec.integrationServices.VSS',
          subject: 'service:VSS',
          data: { key: 'VSS' },
        },
      ],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'disabled under its GUID: the message quotes the key as written',
      yaml: vm(`  integrationServices:
    Heartbeat: true
    5CED1297-4598-4915-A5FC-AD21BB4D02A4: false`),
      errors: [
        {
          messageId: 'backupDisabled',
          at: 'spec.integrationServices.5CED1297-4598-4915-A5FC-AD21BB4D02A4',
          subject: 'service:VSS',
          data: { key: '5CED1297-4598-4915-A5FC-AD21BB4D02A4' },
        },
      ],
    },
    {
      name: 'no integration services in the guest',
      formats: ['hvgate'],
      yaml: vm(`  guest:
    os: linux
    integrationServicesInstalled: false`),
      errors: [{ messageId: 'notInstalled', at: 'spec.guest.integrationServicesInstalled', data: {} }],
      outcomes: { 'app-01': 'crash-consistent' },
    },
    {
      name: 'no integration services and VSS disabled give two findings',
      formats: ['hvgate'],
      yaml: vm(`  integrationServices: { VSS: false }
  guest:
    integrationServicesInstalled: false`),
      errors: [
        { messageId: 'backupDisabled', at: 'spec.integrationServices.VSS', subject: 'service:VSS' },
        { messageId: 'notInstalled', at: 'spec.guest.integrationServicesInstalled' },
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
          atKey: 'spec.integrationServices.Takt',
          subject: 'service:Takt',
          data: { key: 'Takt' },
        },
        {
          messageId: 'unrecognizedService',
          atKey: 'spec.integrationServices.Gastdienstschnittstelle',
          subject: 'service:Gastdienstschnittstelle',
          data: { key: 'Gastdienstschnittstelle' },
        },
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
          at: 'spec.integrationServices["Backup (volume shadow copy)"]',
          data: { key: 'Backup (volume shadow copy)' },
        },
      ],
      outcomes: { 'app-01': 'saved-state' },
    },
    {
      // Terraform cannot say whether the guest runs integration services; the next case is the Terraform one.
      name: 'values unknown until apply: cannot evaluate each instead of assuming the default',
      formats: ['hvgate'],
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
          at: 'spec.integrationServices.VSS',
          level: 'note',
          subject: 'unknown:HVB002:service:VSS',
          messageIncludes: ['the state of the Backup (VSS) integration service is unknown (known after apply)'],
        },
        {
          messageId: 'cannotEvaluate',
          at: 'spec.guest.integrationServicesInstalled',
          level: 'note',
          subject: 'unknown:HVB002:whether the guest runs integration services',
        },
      ],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
    {
      name: 'the Backup service set from a variable: cannot evaluate instead of assuming it enabled',
      formats: TERRAFORM_FORMATS,
      yaml: vm(`  integrationServices:
    VSS: !unknown var.vss`),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.integrationServices.VSS', subject: 'unknown:HVB002:service:VSS' }],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
  ],
});
