/**
 * HVB011 shared-vhdx: a VHDX shared between VMs through persistent reservations (guest clusters)
 * cannot be captured by host-level backup (article principle 4). Windows Server 2016 replaced it for
 * backup purposes with the VHD Set (`.vhds`), which older hosts cannot use at all.
 */
import { isLegacyHost } from '../../src/core/host.js';
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { wordingOf } from '../../src/core/wording.js';

export default definePolicy({
  id: 'HVB011',
  name: 'shared-vhdx',
  principle: 4,
  description: 'Disallow shared VHDX disks unless an in-guest backup is declared to cover them; use a VHD Set on Windows Server 2016 and later.',
  defaultLevel: 'error',
  effect: 'incomplete',
  fix: 'For {{diskLabel}} of VM "{{vm}}": {{remedy}}',
  messages: {
    sharedVhdx:
      'VM "{{vm}}": {{diskLabel}} ({{path}}) is a shared VHDX (persistent reservations), and host-level backup cannot capture a shared VHDX on any host generation (here {{host}}), so its data is missing from the VM\'s backup. {{advice}}',
    vhdSetNeeds2016:
      'VM "{{vm}}": {{diskLabel}} ({{path}}) is a VHD Set, which needs Windows Server 2016 or later; on {{host}} the host cannot use it, so host-level backup does not capture it.',
  },
  terraform: {
    fix: 'For {{diskLabel}} of {{address}}: {{remedy}}',
  },
  defaultOptions: {},
  checkVm({ vm, host, report, cannotEvaluate }) {
    const legacy = isLegacyHost(host.os);
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    const words = wordingOf(vm);
    // How a reviewer declares in-guest coverage: in the definition, or for Terraform in the .hvgate.yml overlay.
    const coverage = (name: string) =>
      words.terraform
        ? `declare it in .hvgate.yml (\`backup: { protection: both, inGuestCoverage: ["${name}"] }\` in the overlay for ${vm.address})`
        : 'list it in backup.inGuestCoverage';
    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || covered.has(disk.name)) continue;
      const diskSubject = subject.disk(disk.name);
      const path = disk.path;
      if (path !== undefined && !isKnown(path)) {
        // Without the path the gate cannot tell a shared VHDX from a VHD Set; a known non-shared disk is fine either way.
        if (!(isKnown(disk.shared) && !disk.shared.value)) cannotEvaluate(path, words.diskPath(disk), diskSubject);
        continue;
      }
      const isVhdSet = path?.value.trim().toLowerCase().endsWith('.vhds') === true;
      if (isVhdSet) {
        if (legacy) {
          report({
            messageId: 'vhdSetNeeds2016',
            at: path.at,
            subject: diskSubject,
            data: {
              diskLabel: words.disk(disk),
              path: path.value,
              remedy: `run the VM on a Windows Server 2016 or later host, or use a shared VHDX and back it up from inside the guest (${coverage(disk.name)}).`,
            },
          });
        }
        continue;
      }
      if (!isKnown(disk.shared)) {
        cannotEvaluate(disk.shared, words.diskShared(disk), diskSubject);
        continue;
      }
      if (!disk.shared.value) continue;
      report({
        messageId: 'sharedVhdx',
        at: disk.shared.origin === 'set' || path === undefined ? disk.shared.at : path.at,
        subject: diskSubject,
        data: {
          diskLabel: words.disk(disk),
          path: path?.value ?? 'path not declared',
          advice: legacy
            ? 'Only a backup inside the guest can cover it: the VHD Set (.vhds) that host-level backup supports needs Windows Server 2016 or later.'
            : 'Convert it to a VHD Set (.vhds), which host-level backup captures on this host.',
          remedy: legacy
            ? `back it up from inside the guest and ${coverage(disk.name)}, or move the guest cluster to Windows Server 2016 or later and convert the disk to a VHD Set (.vhds).`
            : `convert it to a VHD Set (Convert-VHD to a .vhds file${words.terraform ? ', then point its path at the .vhds file' : ''}) so that host-level backup captures it, or back it up from inside the guest and ${coverage(disk.name)}.`,
        },
      });
    }
  },
});
