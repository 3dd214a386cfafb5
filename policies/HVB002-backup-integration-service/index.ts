/**
 * HVB002 backup-integration-service: online (VSS) backup needs integration services in the guest and
 * the Backup (volume shadow copy) service enabled (article principle 2, first condition).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';

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
    unrecognizedService: `VM "{{vm}}": integration service "{{key}}" is not a name the gate knows — maybe a localized name; the gate cannot tell whether it is the Backup service — use \`VSS\` or the GUID ${BACKUP_SERVICE_GUID} for the Backup service.`,
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const services = vm.integrationServices;
    // Both conditions are checked: installing integration services does not enable a disabled Backup service.
    if (!isKnown(services.installed)) {
      cannotEvaluate(services.installed, 'whether the guest runs integration services');
    } else if (!services.installed.value) {
      report({ messageId: 'notInstalled', at: services.installed.at });
    }

    if (!isKnown(services.backup)) {
      cannotEvaluate(services.backup, 'the state of the Backup (VSS) integration service', BACKUP_SUBJECT);
    } else if (!services.backup.value) {
      report({ messageId: 'backupDisabled', at: services.backup.at, subject: BACKUP_SUBJECT, data: { key: services.backupKey ?? 'VSS' } });
    }

    // A localized name may hide the Backup service; say so rather than silently trusting the default.
    for (const key of services.unrecognized) {
      report({ messageId: 'unrecognizedService', at: key.at, subject: subject.integrationService(key.name), effect: 'none', data: { key: key.name } });
    }
  },
});
