/**
 * HVB002 backup-integration-service: online (VSS) backup needs integration services in the guest and
 * the Backup (volume shadow copy) service enabled (article principle 2, first condition).
 */
import type { IntegrationServices } from '../../src/core/model.js';
import { definePolicy } from '../../src/core/policy.js';
import { isKnown, unknown, type Unknown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { wordingOf } from '../../src/core/wording.js';

/** The language-independent id of the Backup service; what to write when a localized name is ambiguous. */
const BACKUP_SERVICE_GUID = '5CED1297-4598-4915-A5FC-AD21BB4D02A4';
/** One subject for the Backup service however its key is spelled, so the fingerprint survives a rename. */
const BACKUP_SUBJECT = subject.integrationService('VSS');

export default definePolicy({
  id: 'HVB002',
  name: 'backup-integration-service',
  principle: 2,
  description: 'Require the guest to run integration services with the Backup (volume shadow copy) service enabled.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: `Enable the Backup integration service of VM "{{vm}}" (key \`VSS\` or GUID ${BACKUP_SERVICE_GUID}) and make sure its guest runs integration services (Windows: built in; Linux: hv_vss_daemon from the hyperv-daemons package).`,
  messages: {
    backupDisabled:
      'VM "{{vm}}": the Backup integration service ("{{key}}") is disabled, so the guest cannot prepare its own snapshot and the VM is not backed up online. {{consequence}}',
    notInstalled:
      'VM "{{vm}}": the guest runs no integration services, so the host cannot ask it for a consistent snapshot and the VM is not backed up online. {{consequence}}',
    unrecognizedService: `VM "{{vm}}": integration service "{{key}}" is not a name the gate knows — maybe a localized name; the gate cannot tell whether it is the Backup service — use \`VSS\` or the GUID ${BACKUP_SERVICE_GUID} for the Backup service. If it is the Backup service switched off: {{consequence}}`,
  },
  terraform: {
    fix: `In integration_services of {{address}}, set the Backup service to true (\`VSS = true\`, or remove the key: the provider then leaves it at Hyper-V's default, enabled), and make sure the guest runs integration services (Windows: built in; Linux: hv_vss_daemon from the hyperv-daemons package).`,
    messages: {
      backupDisabled:
        '{{address}}: integration_services["{{key}}"] = false disables the Backup integration service, so the guest cannot prepare its own snapshot and the VM is not backed up online. {{consequence}}',
      unrecognizedService: `{{address}}: integration_services["{{key}}"] is not a service name the gate knows — maybe a localized name; the gate cannot tell whether it is the Backup service — name the Backup service \`VSS\` or by its GUID ${BACKUP_SERVICE_GUID}. If it is the Backup service switched off: {{consequence}}`,
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const services = vm.integrationServices;
    const words = wordingOf(vm);
    // Both conditions are checked: installing integration services does not enable a disabled Backup service.
    if (!isKnown(services.installed)) {
      cannotEvaluate(services.installed, 'whether the guest runs integration services');
    } else if (!services.installed.value) {
      report({ messageId: 'notInstalled', at: services.installed.at });
    }

    const backup = isKnown(services.backup) ? (hiddenBackupService(services) ?? services.backup) : services.backup;
    if (!isKnown(backup)) {
      cannotEvaluate(backup, words.backupService(services.backupKey), BACKUP_SUBJECT);
    } else if (!backup.value) {
      const key = services.backupKey ?? 'VSS';
      report({
        messageId: 'backupDisabled',
        at: backup.at,
        subject: BACKUP_SUBJECT,
        data: { key },
        remedy: { set: 'backupService', value: true, at: backup.at, written: backup.origin !== 'default', key },
      });
    }

    // A localized name may hide the Backup service; say so rather than silently trusting the default.
    for (const key of services.unrecognized) {
      report({ messageId: 'unrecognizedService', at: key.at, subject: subject.integrationService(key.name), effect: 'none', data: { key: key.name } });
    }
  },
});

/**
 * When the author sets the Backup service under no key the gate knows, a key it does not know that
 * is switched off may be the Backup service under a localized name: its state cannot be told,
 * whatever the default (a plan lists the provider's default `VSS` key, which the author did not write).
 */
function hiddenBackupService(services: IntegrationServices): Unknown | undefined {
  if (isKnown(services.backup) && services.backup.origin === 'set') return undefined;
  const suspect = services.unrecognized.find((key) => key.enabled !== true);
  if (!suspect) return undefined;
  const state = suspect.enabled === false ? 'switched off' : 'not plainly on or off';
  return unknown(suspect.at, `"${suspect.name}" is a service name the gate does not know, maybe the Backup service under a localized name, and it is ${state}`);
}
