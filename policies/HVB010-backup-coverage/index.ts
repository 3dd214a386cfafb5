/**
 * HVB010 backup-coverage: a VM that no host-level backup job includes is not backed up at all
 * (article principle 1: back up the VM, not just its disks).
 */
import { definePolicy } from '../../src/core/policy.js';

export default definePolicy({
  id: 'HVB010',
  name: 'backup-coverage',
  principle: 1,
  description: 'Require every VM to belong to a host-level backup job.',
  defaultLevel: 'error',
  effect: 'unprotected',
  requiresJobs: true,
  fix: 'Add VM "{{vm}}" to a backup job, by name in spec.members or through labels that a job selector matches, or declare an exception that says why it needs no backup.',
  messages: {
    notInAnyJob:
      'VM "{{vm}}" belongs to no backup job ({{protection}}), so on every host generation (here {{host}}) no host-level backup captures its configuration, checkpoints or disks: it is unprotected.',
  },
  terraform: {
    fix: 'Name "{{vm}}" in the spec.members of a BackupJob, or give {{address}} labels that a job selector matches (`labels:` in its .hvgate.yml overlay), or waive it with a comment in the resource that says why it needs no backup: `# hvgate:ignore HVB010 reason="…" owner=… expires=YYYY-MM-DD`.',
    messages: {
      notInAnyJob:
        '{{address}} (VM "{{vm}}") belongs to no backup job, so on every host generation (here {{host}}) no host-level backup captures its configuration, checkpoints or disks: it is unprotected.',
    },
  },
  defaultOptions: {},
  checkVm({ vm, jobs, report, cannotEvaluate }) {
    if (jobs.length > 0) return;
    const protection = vm.protection;
    if (!protection.known) {
      cannotEvaluate(protection, 'the backup protection');
      return;
    }
    // Guest-only protection is HVB001's business: it is unprotected there unless an exception justifies it.
    if (protection.value === 'guest') return;
    report({
      messageId: 'notInAnyJob',
      at: vm.nameAt,
      data: {
        protection: protection.origin === 'default' ? `protection: host, ${protection.note ?? 'by default'}` : `protection: ${protection.value}`,
      },
    });
  },
});
