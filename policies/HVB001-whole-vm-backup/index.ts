/**
 * HVB001 whole-vm-backup: a VM must be backed up by the host as a whole, not only by an agent inside
 * the guest (article principle 1). Guest-only protection is allowed only through a valid exception.
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';

export default definePolicy({
  id: 'HVB001',
  name: 'whole-vm-backup',
  principle: 1,
  description: 'Require every VM to be backed up at the host level, so that its configuration and checkpoints are captured with its disks.',
  defaultLevel: 'error',
  effect: 'unprotected',
  fix: 'Back VM "{{vm}}" up at the host level (`backup.protection: host`, or `both` to keep the in-guest agent), or declare an HVB001 exception that gives the reason, e.g. a guest OS that host-level backup does not support.',
  messages: {
    guestOnly:
      'VM "{{vm}}" is protected by an in-guest backup only: its configuration and checkpoints are not backed up, so on every host generation (here {{host}}) the VM cannot be restored whole, only the files inside it.',
  },
  terraform: {
    // Terraform says nothing about backup intent; guest-only protection comes from a .hvgate.yml overlay.
    fix: 'In the .hvgate.yml overlay that matches {{address}}, set `backup.protection: host` (or `both` to keep the in-guest agent), or waive it with a comment in the resource that gives the reason, e.g. a guest OS that host-level backup does not support: `# hvgate:ignore HVB001 reason="…" owner=… expires=YYYY-MM-DD`.',
    messages: {
      guestOnly:
        '{{address}} is protected by an in-guest backup only (`backup.protection: guest` in .hvgate.yml): its configuration and checkpoints are not backed up, so on every host generation (here {{host}}) the VM cannot be restored whole, only the files inside it.',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const protection = vm.protection;
    if (!isKnown(protection)) {
      cannotEvaluate(protection, 'the backup protection (host, guest or both)');
      return;
    }
    // `both` keeps the host-level backup, so the VM is restorable whole; the agent is an addition.
    if (protection.value !== 'guest') return;
    report({ messageId: 'guestOnly', at: protection.at });
  },
});
