/**
 * HVB012 scsi-controller-required: Windows Server 2012 R2 reverts a VM's backup snapshot inside the
 * guest by hot-adding a disk, which only a SCSI controller allows; with no SCSI controller the VM's
 * backup fails, and with it the whole job (article principle 3).
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';

export default definePolicy({
  id: 'HVB012',
  name: 'scsi-controller-required',
  principle: 3,
  description: 'Require at least one SCSI controller on VMs that run on a Windows Server 2012 R2 host.',
  defaultLevel: 'error',
  effect: 'fails',
  fix: 'Add a SCSI controller to VM "{{vm}}" (Add-VMScsiController, or scsiControllers: 1); it needs no disk attached.',
  messages: {
    noScsiController:
      'VM "{{vm}}" has no SCSI controller{{source}}. On {{host}}, backup reverts the VM\'s snapshot inside the guest by hot-adding a disk, which needs a SCSI controller, so Hyper-V backup will fail on this VM. Partial backups are not supported: {{blastRadius}}',
  },
  defaultOptions: {},
  checkVm({ vm, host, jobs, report, cannotEvaluate }) {
    // Only 2012 R2 moved the snapshot revert into the guest; 2016+ back up through checkpoints instead.
    if (host.os !== '2012 R2') return;
    const controllers = vm.scsiControllers;
    if (!isKnown(controllers)) {
      // A disk attached to a SCSI controller proves there is one, whatever the count turns out to be.
      if (!vm.disks.some((disk) => disk.controller?.type === 'scsi')) cannotEvaluate(controllers, 'the number of SCSI controllers');
      return;
    }
    if (controllers.value > 0) return;
    const jobNames = jobs.map((job) => `"${job.name}"`).join(', ');
    report({
      messageId: 'noScsiController',
      at: controllers.at,
      remedy: { set: 'scsiControllers', value: 1, at: controllers.at, written: controllers.origin !== 'default' },
      data: {
        source: controllers.origin === 'default' && controllers.note ? ` (${controllers.note})` : '',
        blastRadius:
          jobs.length === 0
            ? 'every other VM in the same backup job loses its backup too (HVB009 reports the blast radius).'
            : `every other VM in backup job${jobs.length === 1 ? '' : 's'} ${jobNames} loses its backup too (HVB009 reports the blast radius).`,
      },
    });
  },
});
