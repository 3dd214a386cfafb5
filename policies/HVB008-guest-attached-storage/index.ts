/**
 * HVB008 guest-attached-storage: storage the guest attaches itself (in-guest iSCSI targets, virtual
 * Fibre Channel LUNs) never passes through the host, so host-level backup leaves it out (article
 * principle 4); only an in-guest backup can cover it.
 */
import { definePolicy } from '../../src/core/policy.js';
import { subject } from '../../src/core/subjects.js';

export default definePolicy({
  id: 'HVB008',
  name: 'guest-attached-storage',
  principle: 4,
  description: 'Disallow in-guest iSCSI targets and virtual Fibre Channel adapters unless an in-guest backup is declared to cover them.',
  defaultLevel: 'error',
  effect: 'incomplete',
  fix: 'Back up the storage behind "{{name}}" with an agent inside VM "{{vm}}" and list "{{name}}" in backup.inGuestCoverage, or move its data to a virtual disk of the VM.',
  terraform: {
    // Terraform says nothing about the guest; its iSCSI targets and adapters come from a .hvgate.yml overlay.
    fix: 'Back up the storage behind "{{name}}" with an agent inside the guest and declare that in the .hvgate.yml overlay for {{address}} (`backup: { protection: both, inGuestCoverage: ["{{name}}"] }`), or move its data to a virtual disk in hard_disk_drives.',
  },
  messages: {
    iscsiTarget:
      'VM "{{vm}}": the guest connects to iSCSI target "{{name}}" itself, and the host never sees that storage: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it.',
    fibreChannelAdapter:
      'VM "{{vm}}": virtual Fibre Channel adapter "{{name}}" gives the guest SAN LUNs that the host never sees: on {{host}}, as on every host generation, host-level backup leaves their data out, and only a backup inside the guest can cover them.',
  },
  defaultOptions: {},
  checkVm({ vm, report }) {
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    for (const target of vm.guest.iscsiTargets) {
      if (covered.has(target.name)) continue;
      report({ messageId: 'iscsiTarget', at: target.at, subject: subject.iscsiTarget(target.name), data: { name: target.name } });
    }
    for (const adapter of vm.guest.fibreChannelAdapters) {
      if (covered.has(adapter.name)) continue;
      report({ messageId: 'fibreChannelAdapter', at: adapter.at, subject: subject.fibreChannelAdapter(adapter.name), data: { name: adapter.name } });
    }
  },
});
