import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  diskIndex,
  hclString,
  wordingOf
} from "./chunk-QGZNVXMI.js";
import {
  describeExceptionProblem,
  exceptionProblemFix,
  subject
} from "./chunk-FKHUETK3.js";
import {
  definePolicy
} from "./chunk-PVSY6H5J.js";
import {
  isLegacyHost
} from "./chunk-D2A6HSPT.js";
import {
  didYouMean
} from "./chunk-U2XKFNE5.js";
import {
  sameVolume,
  unreadablePath,
  volumeOf,
  volumeOfValue
} from "./chunk-JNCJZHWS.js";
import {
  formatSpan,
  isKnown,
  unknown
} from "./chunk-556DK7J4.js";

// policies/HVB000-definition-valid/index.ts
var GENERIC_ADVICE = "Make the file readable and valid for its format; what the gate cannot read, it cannot judge.";
function clash(a, b) {
  if (a.configuration === b.configuration) return a.configuration === void 0 || a.address !== b.address;
  return isKnown(a.host) && isKnown(b.host) && a.host.value === b.host.value;
}
function describePath(vm, path, disk) {
  const words = wordingOf(vm);
  if (disk === void 0 || path === "configuration" || path === "checkpoints") {
    return path === "checkpoints" ? { what: words.checkpointLocation, pathSubject: "path:checkpoints" } : { what: words.configurationPath, pathSubject: "path:configuration" };
  }
  const diskSubject = subject.disk(disk.name);
  return path === "parent" ? { what: words.diskParent(disk), pathSubject: `${diskSubject}:parent` } : { what: words.diskPath(disk), pathSubject: diskSubject };
}
var HVB000_definition_valid_default = definePolicy({
  id: "HVB000",
  name: "definition-valid",
  description: "Require every definition to be readable, valid and unambiguous, so that the gate never passes what it could not evaluate.",
  defaultLevel: "error",
  effect: "none",
  waivable: false,
  ownsUnknowns: true,
  fix: "Correct the definition where this finding points. {{advice}}",
  messages: {
    invalidDefinition: "{{message}}",
    duplicateVm: 'VM name "{{name}}" is defined again; it was first defined at {{first}}. Hyper-V VM names must be unique, and the gate cannot tell which definition is meant.',
    duplicateJob: 'Backup job "{{name}}" is defined again; it was first defined at {{first}}. The gate cannot tell which member list is meant.',
    duplicateHost: 'Host profile "{{name}}" is defined again; it was first defined at {{first}}. The gate cannot tell which host facts are meant.',
    unknownHostProfile: 'VM "{{vm}}" runs on host profile "{{profile}}", which no HostProfile definition provides{{suggestion}} Without it the gate would have to guess the host generation that decides the backup consequence.',
    unresolvablePath: `VM "{{vm}}": {{what}} names no host volume: {{problem}}. The policies that compare volumes cannot evaluate it, so on every host generation (here {{host}}) the VM's backup outcome is uncertain.`
  },
  defaultOptions: {},
  checkVm({ vm, report }) {
    let reported;
    const check = (value, path, disk) => {
      if (value === void 0) return;
      if (isKnown(value) && value.origin === "default" && reported?.has(value.value) === true) return;
      const result = volumeOfValue(value);
      if (result.kind !== "unresolvable") return;
      if (isKnown(value)) (reported ??= /* @__PURE__ */ new Set()).add(value.value);
      const { what, pathSubject } = describePath(vm, path, disk);
      report({
        messageId: "unresolvablePath",
        at: value.at,
        subject: pathSubject,
        data: {
          what,
          problem: result.problem,
          advice: "Write an absolute path with an ASCII drive letter (D:\\…), a Cluster Shared Volume (C:\\ClusterStorage\\…) or a share (\\\\server\\share\\…)."
        }
      });
    };
    check(vm.configurationPath, "configuration");
    check(vm.checkpointLocation, "checkpoints");
    for (const disk of vm.disks) {
      check(disk.path, "disk", disk);
      check(disk.parentPath, "parent", disk);
    }
  },
  checkEstate({ estate, vms, report }) {
    for (const diagnostic of estate.diagnostics) {
      report({
        messageId: "invalidDefinition",
        at: diagnostic.at,
        address: diagnostic.at.file,
        subject: diagnostic.code,
        data: { message: diagnostic.message, advice: diagnostic.fix ?? GENERIC_ADVICE }
      });
    }
    const earlierVms = /* @__PURE__ */ new Map();
    for (const vm of estate.vms) {
      const earlier = earlierVms.get(vm.name);
      const first = earlier?.find((other) => clash(other, vm));
      if (earlier) earlier.push(vm);
      else earlierVms.set(vm.name, [vm]);
      if (!first) continue;
      report({
        messageId: "duplicateVm",
        at: vm.nameAt,
        address: vm.address,
        vm: vm.name,
        subject: `duplicate:${vm.nameAt.file}`,
        data: { name: vm.name, first: formatSpan(first.nameAt), advice: "Rename one of the VMs, or delete the definition that is left over." },
        related: [{ at: first.nameAt, message: `VM "${vm.name}" is first defined here` }]
      });
    }
    const firstJob = /* @__PURE__ */ new Map();
    for (const job of estate.jobs) {
      const first = firstJob.get(job.name);
      if (!first) {
        firstJob.set(job.name, job.nameAt);
        continue;
      }
      report({
        messageId: "duplicateJob",
        at: job.nameAt,
        address: job.address,
        subject: `duplicate:${job.nameAt.file}`,
        data: { name: job.name, first: formatSpan(first), advice: "Merge the two jobs into one definition, or rename one of them." },
        related: [{ at: first, message: `backup job "${job.name}" is first defined here` }]
      });
    }
    const firstHost = /* @__PURE__ */ new Map();
    for (const host of estate.hosts) {
      const first = firstHost.get(host.name);
      if (!first) {
        firstHost.set(host.name, host.at);
        continue;
      }
      report({
        messageId: "duplicateHost",
        at: host.at,
        address: `HostProfile/${host.name}`,
        subject: `duplicate:${host.at.file}`,
        data: { name: host.name, first: formatSpan(first), advice: "Keep one HostProfile per name." },
        related: [{ at: first, message: `host profile "${host.name}" is first defined here` }]
      });
    }
    const profileNames = [...firstHost.keys()];
    for (const { vm, host } of vms) {
      if (!isKnown(vm.host) || host.profile !== void 0) continue;
      report({
        messageId: "unknownHostProfile",
        at: vm.host.at,
        address: vm.address,
        vm: vm.name,
        subject: "host",
        data: {
          profile: vm.host.value,
          // "…provides; did you mean "legacy"? Without it…" or "…provides. Without it…"
          suggestion: didYouMean(vm.host.value, profileNames) || ".",
          advice: profileNames.length > 0 ? `Name one of the declared profiles (${profileNames.slice(0, 5).join(", ")}${profileNames.length > 5 ? ", …" : ""}), or add a HostProfile "${vm.host.value}".` : `Add a HostProfile "${vm.host.value}" that states the host's Windows Server release, or remove spec.host to use the configured default host.`
        }
      });
    }
  }
});

// policies/HVB001-whole-vm-backup/index.ts
var HVB001_whole_vm_backup_default = definePolicy({
  id: "HVB001",
  name: "whole-vm-backup",
  principle: 1,
  description: "Require every VM to be backed up at the host level, so that its configuration and checkpoints are captured with its disks.",
  defaultLevel: "error",
  effect: "unprotected",
  fix: 'Back VM "{{vm}}" up at the host level (`backup.protection: host`, or `both` to keep the in-guest agent), or declare an HVB001 exception that gives the reason, e.g. a guest OS that host-level backup does not support.',
  messages: {
    guestOnly: 'VM "{{vm}}" is protected by an in-guest backup only: its configuration and checkpoints are not backed up, so on every host generation (here {{host}}) the VM cannot be restored whole, only the files inside it.'
  },
  terraform: {
    // Terraform says nothing about backup intent; guest-only protection comes from a .hvgate.yml overlay.
    fix: 'In the .hvgate.yml overlay that matches {{address}}, set `backup.protection: host` (or `both` to keep the in-guest agent), or waive it with a comment in the resource that gives the reason, e.g. a guest OS that host-level backup does not support: `# hvgate:ignore HVB001 reason="…" owner=… expires=YYYY-MM-DD`.',
    messages: {
      guestOnly: "{{address}} is protected by an in-guest backup only (`backup.protection: guest` in .hvgate.yml): its configuration and checkpoints are not backed up, so on every host generation (here {{host}}) the VM cannot be restored whole, only the files inside it."
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const protection = vm.protection;
    if (!isKnown(protection)) {
      cannotEvaluate(protection, "the backup protection (host, guest or both)");
      return;
    }
    if (protection.value !== "guest") return;
    report({ messageId: "guestOnly", at: protection.at });
  }
});

// policies/HVB002-backup-integration-service/index.ts
var BACKUP_SERVICE_GUID = "5CED1297-4598-4915-A5FC-AD21BB4D02A4";
var BACKUP_SUBJECT = subject.integrationService("VSS");
var HVB002_backup_integration_service_default = definePolicy({
  id: "HVB002",
  name: "backup-integration-service",
  principle: 2,
  description: "Require the guest to run integration services with the Backup (volume shadow copy) service enabled.",
  defaultLevel: "warning",
  effect: "degraded",
  fix: `Enable the Backup integration service of VM "{{vm}}" (key \`VSS\` or GUID ${BACKUP_SERVICE_GUID}) and make sure its guest runs integration services (Windows: built in; Linux: hv_vss_daemon from the hyperv-daemons package).`,
  messages: {
    backupDisabled: 'VM "{{vm}}": the Backup integration service ("{{key}}") is disabled, so the guest cannot prepare its own snapshot and the VM is not backed up online. {{consequence}}',
    notInstalled: 'VM "{{vm}}": the guest runs no integration services, so the host cannot ask it for a consistent snapshot and the VM is not backed up online. {{consequence}}',
    unrecognizedService: `VM "{{vm}}": integration service "{{key}}" is not a name the gate knows — maybe a localized name; the gate cannot tell whether it is the Backup service — use \`VSS\` or the GUID ${BACKUP_SERVICE_GUID} for the Backup service. If it is the Backup service switched off: {{consequence}}`
  },
  terraform: {
    fix: `In integration_services of {{address}}, set the Backup service to true (\`VSS = true\`, or remove the key: the provider then leaves it at Hyper-V's default, enabled), and make sure the guest runs integration services (Windows: built in; Linux: hv_vss_daemon from the hyperv-daemons package).`,
    messages: {
      backupDisabled: '{{address}}: integration_services["{{key}}"] = false disables the Backup integration service, so the guest cannot prepare its own snapshot and the VM is not backed up online. {{consequence}}',
      unrecognizedService: `{{address}}: integration_services["{{key}}"] is not a service name the gate knows — maybe a localized name; the gate cannot tell whether it is the Backup service — name the Backup service \`VSS\` or by its GUID ${BACKUP_SERVICE_GUID}. If it is the Backup service switched off: {{consequence}}`
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const services = vm.integrationServices;
    const words = wordingOf(vm);
    if (!isKnown(services.installed)) {
      cannotEvaluate(services.installed, "whether the guest runs integration services");
    } else if (!services.installed.value) {
      report({ messageId: "notInstalled", at: services.installed.at });
    }
    const backup = isKnown(services.backup) ? hiddenBackupService(services) ?? services.backup : services.backup;
    if (!isKnown(backup)) {
      cannotEvaluate(backup, words.backupService(services.backupKey), BACKUP_SUBJECT);
    } else if (!backup.value) {
      const key = services.backupKey ?? "VSS";
      report({
        messageId: "backupDisabled",
        at: backup.at,
        subject: BACKUP_SUBJECT,
        data: { key },
        remedy: { set: "backupService", value: true, at: backup.at, written: backup.origin !== "default", key }
      });
    }
    for (const key of services.unrecognized) {
      report({ messageId: "unrecognizedService", at: key.at, subject: subject.integrationService(key.name), effect: "none", data: { key: key.name } });
    }
  }
});
function hiddenBackupService(services) {
  if (isKnown(services.backup) && services.backup.origin === "set") return void 0;
  const suspect = services.unrecognized.find((key) => key.enabled !== true);
  if (!suspect) return void 0;
  const state = suspect.enabled === false ? "switched off" : "not plainly on or off";
  return unknown(suspect.at, `"${suspect.name}" is a service name the gate does not know, maybe the Backup service under a localized name, and it is ${state}`);
}

// policies/HVB003-checkpoint-same-volume/index.ts
var HVB003_checkpoint_same_volume_default = definePolicy({
  id: "HVB003",
  name: "checkpoint-same-volume",
  principle: 2,
  description: "Require the checkpoint location to be on the same host volume as every virtual disk of the VM.",
  defaultLevel: "warning",
  effect: "degraded",
  fix: 'Set spec.checkpoints.location of VM "{{vm}}" to a folder on {{diskVolume}}, where its disk "{{disk}}" is (for example {{diskFolder}}), or move the disks to {{checkpointVolume}}, so that checkpoints and disks share one host volume.',
  messages: {
    differentVolume: 'VM "{{vm}}": {{location}} is on {{checkpointVolume}}, but disk "{{disk}}" is on {{diskVolume}}; online backup needs checkpoints on the same host volume as the virtual disks. {{consequence}}'
  },
  terraform: {
    fix: "Set `snapshot_file_location = {{diskFolderHcl}}` in {{address}}, a folder on {{diskVolume}} beside hard_disk_drives[{{diskIndex}}], or move the disks to {{checkpointVolume}}, so that checkpoints and disks share one host volume.",
    messages: {
      differentVolume: "{{address}}: snapshot_file_location ({{location}}) is on {{checkpointVolume}}, but hard_disk_drives[{{diskIndex}}].path is on {{diskVolume}}; online backup needs checkpoints on the same host volume as the virtual disks. {{consequence}}"
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    if (!vm.disks.some((disk) => disk.kind === "virtual" && disk.path !== void 0)) return;
    const words = wordingOf(vm);
    const location = vm.checkpointLocation;
    const checkpointVolume = volumeOfValue(location);
    if (checkpointVolume.kind === "unknown") {
      cannotEvaluate(checkpointVolume.value, words.checkpointLocation);
      return;
    }
    if (checkpointVolume.kind === "unresolvable") {
      cannotEvaluate(unreadablePath(location, checkpointVolume.problem), words.checkpointLocation);
      return;
    }
    const note = isKnown(location) && location.origin === "default" ? location.note ?? location.value : void 0;
    const value = isKnown(location) ? location.value : location.partial?.prefix ?? "";
    const described = words.terraform ? note ?? value : note !== void 0 ? `the checkpoint location (${note})` : `checkpoint location ${value}`;
    let locationNoted = false;
    let remedy;
    for (const disk of vm.disks) {
      const path = disk.path;
      if (disk.kind !== "virtual" || path === void 0) continue;
      const diskVolume = volumeOfValue(path);
      if (diskVolume.kind === "unresolvable") {
        cannotEvaluate(unreadablePath(path, diskVolume.problem), words.diskPath(disk), subject.disk(disk.name));
        continue;
      }
      const same = sameVolume(checkpointVolume, diskVolume);
      if (same === true) continue;
      if (same === void 0) {
        if (!isKnown(path) && diskVolume.kind !== "volume") cannotEvaluate(path, words.diskPath(disk), subject.disk(disk.name));
        else if (!isKnown(location) && !locationNoted) {
          locationNoted = true;
          cannotEvaluate(location, words.checkpointLocation);
        }
        continue;
      }
      if (checkpointVolume.kind !== "volume" || diskVolume.kind !== "volume") continue;
      const folder = isKnown(path) ? folderOf(path.value) : diskVolume.volume.display;
      remedy ??= (isKnown(location) ? checkpointNextToDisks(vm, location.at, location.origin !== "default") : void 0) ?? null;
      report({
        messageId: "differentVolume",
        at: location.at,
        subject: subject.disk(disk.name),
        data: {
          location: described,
          checkpointVolume: checkpointVolume.volume.display,
          disk: disk.name,
          diskIndex: diskIndex(vm, disk),
          diskVolume: diskVolume.volume.display,
          diskFolder: folder,
          diskFolderHcl: hclString(folder)
        },
        related: [{ at: path.at, message: `${words.disk(disk)} is on ${diskVolume.volume.display}` }],
        ...remedy ? { remedy } : {}
      });
    }
  }
});
function folderOf(path) {
  const cut = Math.max(path.lastIndexOf("\\"), path.lastIndexOf("/"));
  return cut > 2 ? path.slice(0, cut) : path;
}
function checkpointNextToDisks(vm, at, written) {
  const paths = [];
  for (const disk of vm.disks) {
    if (disk.kind !== "virtual" || disk.path === void 0) continue;
    if (!isKnown(disk.path)) return void 0;
    paths.push(disk.path.value);
  }
  const volumes = new Set(paths.map((p) => volumeOf(p)).map((v) => v.ok ? v.volume.key : void 0));
  const first = paths[0];
  if (first === void 0 || volumes.size !== 1 || volumes.has(void 0)) return void 0;
  const folder = folderOf(first);
  if (folder === first) return void 0;
  return { set: "checkpointLocation", value: folder, at, written };
}

// policies/HVB004-guest-basic-disks/index.ts
var HVB004_guest_basic_disks_default = definePolicy({
  id: "HVB004",
  name: "guest-basic-disks",
  principle: 2,
  description: "Require every volume inside the guest to be on a basic disk, not a dynamic disk.",
  defaultLevel: "warning",
  effect: "degraded",
  fix: 'Move volume {{volume}} of VM "{{vm}}" to a basic disk (Windows converts a dynamic disk back to basic only when it is empty); to grow or combine space, enlarge or add virtual disks instead of spanning dynamic volumes in the guest.',
  messages: {
    dynamicDisk: 'VM "{{vm}}": guest volume {{volume}} is on a dynamic disk; online backup needs every guest volume on a basic disk. {{consequence}}'
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    for (const volume of vm.guest.volumes) {
      const volumeSubject = subject.volume(volume.name);
      if (!isKnown(volume.diskType)) {
        cannotEvaluate(volume.diskType, `the disk type of guest volume ${volume.name}`, volumeSubject);
        continue;
      }
      if (volume.diskType.value !== "dynamic") continue;
      report({ messageId: "dynamicDisk", at: volume.diskType.at, subject: volumeSubject, data: { volume: volume.name } });
    }
  }
});

// policies/HVB005-guest-snapshot-filesystem/index.ts
var FAT_FAMILY = /* @__PURE__ */ new Set(["vfat", "fat", "fat12", "fat16", "fat32", "msdos", "exfat"]);
var WINDOWS_SNAPSHOT = /* @__PURE__ */ new Set(["ntfs", "refs"]);
var LINUX_ONLY = /* @__PURE__ */ new Set(["ext2", "ext3", "ext4", "xfs", "btrfs", "jfs", "reiserfs", "f2fs"]);
function isUfs(fileSystem) {
  return fileSystem.startsWith("ufs") || fileSystem === "ffs";
}
function verdict(os, fileSystem) {
  if (isKnown(os)) {
    switch (os.value) {
      case "windows":
        return WINDOWS_SNAPSHOT.has(fileSystem) ? void 0 : "windowsFileSystem";
      case "linux":
        return FAT_FAMILY.has(fileSystem) ? "linuxFileSystem" : void 0;
      case "freebsd":
        return isUfs(fileSystem) ? void 0 : "freebsdFileSystem";
      case "other":
        return FAT_FAMILY.has(fileSystem) ? "fatFileSystem" : void 0;
    }
  }
  if (FAT_FAMILY.has(fileSystem)) return "fatFileSystem";
  if (WINDOWS_SNAPSHOT.has(fileSystem) || LINUX_ONLY.has(fileSystem) || isUfs(fileSystem)) return void 0;
  return "ask-os";
}
var HVB005_guest_snapshot_filesystem_default = definePolicy({
  id: "HVB005",
  name: "guest-snapshot-filesystem",
  principle: 2,
  description: "Require every mounted guest volume to use a file system that the guest can snapshot for an online backup.",
  defaultLevel: "warning",
  effect: "degraded",
  unverified: true,
  fix: 'Format volume {{volume}} of VM "{{vm}}" with a file system its guest can snapshot (Windows: NTFS or ReFS; Linux: anything but FAT; FreeBSD: UFS); declare a partition the guest does not mount (EFI system, recovery) with `mounted: false`.',
  terraform: {
    // Terraform says nothing about the guest; its volumes come from a .hvgate.yml overlay.
    fix: "Format volume {{volume}} of {{address}} with a file system its guest can snapshot (Windows: NTFS or ReFS; Linux: anything but FAT; FreeBSD: UFS); a partition the guest does not mount (EFI system, recovery) is declared with `mounted: false` in the .hvgate.yml overlay for {{address}}."
  },
  messages: {
    windowsFileSystem: 'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}; VSS in a Windows guest snapshots only NTFS and ReFS volumes, so the VM is not backed up online. {{consequence}}',
    linuxFileSystem: 'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}, which hv_vss_daemon in a Linux guest does not freeze (it skips VFAT), so its data is crash-consistent at best. {{consequence}}',
    freebsdFileSystem: 'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}; hv_vss_daemon in a FreeBSD guest freezes only UFS and refuses the snapshot while another writable file system is mounted, so the VM is not backed up online. {{consequence}}',
    fatFileSystem: 'VM "{{vm}}": guest volume {{volume}} is formatted {{fileSystem}}, which no guest snapshots consistently (Windows VSS needs NTFS or ReFS; the Linux hv_vss_daemon skips FAT), so the VM is not backed up online. {{consequence}}'
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    for (const volume of vm.guest.volumes) {
      if (!volume.mounted) continue;
      checkVolume(volume);
    }
    function checkVolume(volume) {
      const volumeSubject = subject.volume(volume.name);
      if (!isKnown(volume.fileSystem)) {
        cannotEvaluate(volume.fileSystem, `the file system of guest volume ${volume.name}`, volumeSubject);
        return;
      }
      const written = volume.fileSystem.value;
      const result = verdict(vm.guest.os, written.trim().toLowerCase());
      if (result === void 0) return;
      if (result === "ask-os") {
        if (!isKnown(vm.guest.os)) {
          cannotEvaluate(vm.guest.os, `the guest OS, which decides whether volume ${volume.name} (${written}) can be snapshotted,`, volumeSubject);
        }
        return;
      }
      report({ messageId: result, at: volume.fileSystem.at, subject: volumeSubject, data: { volume: volume.name, fileSystem: written } });
    }
  }
});

// policies/HVB006-vm-running/index.ts
var HVB006_vm_running_default = definePolicy({
  id: "HVB006",
  name: "vm-running",
  principle: 2,
  description: "Note every VM whose intended state is not Running, because it can only be backed up offline.",
  defaultLevel: "note",
  effect: "offline",
  fix: 'If VM "{{vm}}" should serve, set spec.state to Running so that it is backed up online; if it is meant to stay {{state}}, nothing needs to change.',
  messages: {
    notRunning: 'VM "{{vm}}" is meant to be {{state}}, so on every host generation (here {{host}}) it is backed up offline: consistent, nothing to interrupt, but not online.'
  },
  terraform: {
    fix: 'If {{address}} should serve, set `state = "Running"` (or remove state: the provider starts the VM) so that it is backed up online; if it is meant to stay {{state}}, nothing needs to change.',
    messages: {
      notRunning: '{{address}}: state = "{{state}}", so on every host generation (here {{host}}) the VM is backed up offline: consistent, nothing to interrupt, but not online.'
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const state = vm.state;
    if (!isKnown(state)) {
      cannotEvaluate(state, wordingOf(vm).state);
      return;
    }
    if (state.value === "Running") return;
    report({ messageId: "notRunning", at: state.at, data: { state: state.value } });
  }
});

// policies/HVB007-passthrough-disk/index.ts
var HVB007_passthrough_disk_default = definePolicy({
  id: "HVB007",
  name: "passthrough-disk",
  principle: 4,
  description: "Disallow pass-through disks unless an in-guest backup is declared to cover them.",
  defaultLevel: "error",
  effect: "incomplete",
  fix: 'Replace pass-through disk "{{disk}}" of VM "{{vm}}" with a virtual disk (VHDX), or back it up with an agent inside the guest and list it in backup.inGuestCoverage.',
  messages: {
    passthrough: 'VM "{{vm}}": disk "{{disk}}" is physical disk {{diskNumber}} passed through to the guest. The host cannot see its contents: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it.'
  },
  terraform: {
    fix: 'In hard_disk_drives[{{diskIndex}}] of {{address}}, replace `disk_number` with the `path` of a virtual disk (a VHDX, e.g. a hyperv_vhd), or back the disk up with an agent inside the guest and declare that in .hvgate.yml: `overlays: [{ match: { address: "{{address}}" }, backup: { protection: both, inGuestCoverage: ["{{disk}}"] } }]`.',
    messages: {
      passthrough: "{{address}}: hard_disk_drives[{{diskIndex}}].disk_number = {{diskNumber}} passes physical disk {{diskNumber}} through to the guest. The host cannot see its contents: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it."
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    const words = wordingOf(vm);
    for (const disk of vm.disks) {
      if (covered.has(disk.name)) continue;
      const diskNumber = disk.diskNumber;
      if (disk.kind === "virtual") {
        if (diskNumber !== void 0 && !isKnown(diskNumber)) cannotEvaluate(diskNumber, words.diskNumber(disk), subject.disk(disk.name));
        continue;
      }
      report({
        messageId: "passthrough",
        at: diskNumber?.at ?? disk.at,
        subject: subject.disk(disk.name),
        data: { disk: disk.name, diskIndex: diskIndex(vm, disk), diskNumber: isKnown(diskNumber) ? diskNumber.value : "(number unknown until apply)" }
      });
    }
  }
});

// policies/HVB008-guest-attached-storage/index.ts
var HVB008_guest_attached_storage_default = definePolicy({
  id: "HVB008",
  name: "guest-attached-storage",
  principle: 4,
  description: "Disallow in-guest iSCSI targets and virtual Fibre Channel adapters unless an in-guest backup is declared to cover them.",
  defaultLevel: "error",
  effect: "incomplete",
  fix: 'Back up the storage behind "{{name}}" with an agent inside VM "{{vm}}" and list "{{name}}" in backup.inGuestCoverage, or move its data to a virtual disk of the VM.',
  terraform: {
    // Terraform says nothing about the guest; its iSCSI targets and adapters come from a .hvgate.yml overlay.
    fix: 'Back up the storage behind "{{name}}" with an agent inside the guest and declare that in the .hvgate.yml overlay for {{address}} (`backup: { protection: both, inGuestCoverage: ["{{name}}"] }`), or move its data to a virtual disk in hard_disk_drives.'
  },
  messages: {
    iscsiTarget: 'VM "{{vm}}": the guest connects to iSCSI target "{{name}}" itself, and the host never sees that storage: on {{host}}, as on every host generation, host-level backup leaves its data out, and only a backup inside the guest can cover it.',
    fibreChannelAdapter: 'VM "{{vm}}": virtual Fibre Channel adapter "{{name}}" gives the guest SAN LUNs that the host never sees: on {{host}}, as on every host generation, host-level backup leaves their data out, and only a backup inside the guest can cover them.'
  },
  defaultOptions: {},
  checkVm({ vm, report }) {
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    for (const target of vm.guest.iscsiTargets) {
      if (covered.has(target.name)) continue;
      report({ messageId: "iscsiTarget", at: target.at, subject: subject.iscsiTarget(target.name), data: { name: target.name } });
    }
    for (const adapter of vm.guest.fibreChannelAdapters) {
      if (covered.has(adapter.name)) continue;
      report({ messageId: "fibreChannelAdapter", at: adapter.at, subject: subject.fibreChannelAdapter(adapter.name), data: { name: adapter.name } });
    }
  }
});

// policies/HVB009-job-all-or-nothing/index.ts
var LISTED_NAMES = 10;
var HVB009_job_all_or_nothing_default = definePolicy({
  id: "HVB009",
  name: "job-all-or-nothing",
  principle: 3,
  description: "Disallow backup jobs that contain a VM whose snapshot is predicted to fail.",
  defaultLevel: "error",
  effect: "none",
  requiresJobs: true,
  fix: 'Fix what makes VM "{{vm}}" fail its snapshot (its own finding says what), or take it out of backup job "{{job}}" into a job of its own so that it cannot take the other members down.',
  messages: {
    memberFails: 'VM "{{vm}}" is predicted to fail its snapshot on {{host}}, and partial backups are not supported on any host generation: {{loss}}'
  },
  defaultOptions: {},
  checkEstate({ vms, jobs, report }) {
    const failing = jobs.filter((result) => result.failing.length > 0);
    if (failing.length === 0) return;
    const vmByName = /* @__PURE__ */ new Map();
    for (const result of vms) if (!vmByName.has(result.vm.name)) vmByName.set(result.vm.name, result);
    for (const { job, members, failing: failingMembers } of failing) {
      const namedAt = /* @__PURE__ */ new Map();
      for (const member of job.members) if (!namedAt.has(member.name)) namedAt.set(member.name, member.at);
      for (const name of failingMembers) {
        const result = vmByName.get(name);
        const definedAt = result?.vm.nameAt;
        report({
          messageId: "memberFails",
          // Where the job takes the VM in: its entry in spec.members, else the selector that picks it.
          at: namedAt.get(name) ?? job.selector?.at ?? job.nameAt,
          address: job.address,
          vm: name,
          subject: subject.jobMember(job.name, name),
          blastRadius: members,
          data: { job: job.name, host: result?.host.label ?? "its host", loss: lossOf(job.name, members, failingMembers.length) },
          related: definedAt ? [{ at: definedAt, message: `VM "${name}" is defined here` }] : []
        });
      }
    }
  }
});
function lossOf(job, members, failingCount) {
  const others = failingCount > 1 ? ` (${failingCount} members of the job are predicted to fail)` : "";
  if (members.length === 1) return `1 failing VM takes backup job "${job}" down; it has no other member.`;
  return `1 failing VM takes all ${members.length} VMs of backup job "${job}" down${others}: ${nameList(members)}.`;
}
function nameList(names) {
  if (names.length <= LISTED_NAMES) return names.join(", ");
  return `${names.slice(0, LISTED_NAMES).join(", ")} and ${names.length - LISTED_NAMES} more`;
}

// policies/HVB010-backup-coverage/index.ts
var HVB010_backup_coverage_default = definePolicy({
  id: "HVB010",
  name: "backup-coverage",
  principle: 1,
  description: "Require every VM to belong to a host-level backup job.",
  defaultLevel: "error",
  effect: "unprotected",
  requiresJobs: true,
  fix: 'Add VM "{{vm}}" to a backup job, by name in spec.members or through labels that a job selector matches, or declare an exception that says why it needs no backup.',
  messages: {
    notInAnyJob: 'VM "{{vm}}" belongs to no backup job ({{protection}}), so on every host generation (here {{host}}) no host-level backup captures its configuration, checkpoints or disks: it is unprotected.'
  },
  terraform: {
    fix: 'Name "{{vm}}" in the spec.members of a BackupJob, or give {{address}} labels that a job selector matches (`labels:` in its .hvgate.yml overlay), or waive it with a comment in the resource that says why it needs no backup: `# hvgate:ignore HVB010 reason="…" owner=… expires=YYYY-MM-DD`.',
    messages: {
      notInAnyJob: '{{address}} (VM "{{vm}}") belongs to no backup job, so on every host generation (here {{host}}) no host-level backup captures its configuration, checkpoints or disks: it is unprotected.'
    }
  },
  defaultOptions: {},
  checkVm({ vm, jobs, report, cannotEvaluate }) {
    if (jobs.length > 0) return;
    const protection = vm.protection;
    if (!protection.known) {
      cannotEvaluate(protection, "the backup protection");
      return;
    }
    if (protection.value === "guest") return;
    report({
      messageId: "notInAnyJob",
      at: vm.nameAt,
      data: {
        protection: protection.origin === "default" ? `protection: host, ${protection.note ?? "by default"}` : `protection: ${protection.value}`
      }
    });
  }
});

// policies/HVB011-shared-vhdx/index.ts
var HVB011_shared_vhdx_default = definePolicy({
  id: "HVB011",
  name: "shared-vhdx",
  principle: 4,
  description: "Disallow shared VHDX disks unless an in-guest backup is declared to cover them; use a VHD Set on Windows Server 2016 and later.",
  defaultLevel: "error",
  effect: "incomplete",
  fix: 'For {{diskLabel}} of VM "{{vm}}": {{remedy}}',
  messages: {
    sharedVhdx: `VM "{{vm}}": {{diskLabel}} ({{path}}) is a shared VHDX (persistent reservations), and host-level backup cannot capture a shared VHDX on any host generation (here {{host}}), so its data is missing from the VM's backup. {{advice}}`,
    vhdSetNeeds2016: 'VM "{{vm}}": {{diskLabel}} ({{path}}) is a VHD Set, which needs Windows Server 2016 or later; on {{host}} the host cannot use it, so host-level backup does not capture it.'
  },
  terraform: {
    fix: "For {{diskLabel}} of {{address}}: {{remedy}}"
  },
  defaultOptions: {},
  checkVm({ vm, host, report, cannotEvaluate }) {
    const legacy = isLegacyHost(host.os);
    const covered = new Set(vm.guestCoverage.map((ref) => ref.name));
    const words = wordingOf(vm);
    const coverage = (name) => words.terraform ? `declare it in .hvgate.yml (\`backup: { protection: both, inGuestCoverage: ["${name}"] }\` in the overlay for ${vm.address})` : "list it in backup.inGuestCoverage";
    for (const disk of vm.disks) {
      if (disk.kind !== "virtual" || covered.has(disk.name)) continue;
      const diskSubject = subject.disk(disk.name);
      const path = disk.path;
      if (path !== void 0 && !isKnown(path)) {
        if (!(isKnown(disk.shared) && !disk.shared.value)) cannotEvaluate(path, words.diskPath(disk), diskSubject);
        continue;
      }
      const isVhdSet = path?.value.trim().toLowerCase().endsWith(".vhds") === true;
      if (isVhdSet) {
        if (legacy) {
          report({
            messageId: "vhdSetNeeds2016",
            at: path.at,
            subject: diskSubject,
            data: {
              diskLabel: words.disk(disk),
              path: path.value,
              remedy: `run the VM on a Windows Server 2016 or later host, or use a shared VHDX and back it up from inside the guest (${coverage(disk.name)}).`
            }
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
        messageId: "sharedVhdx",
        at: disk.shared.origin === "set" || path === void 0 ? disk.shared.at : path.at,
        subject: diskSubject,
        data: {
          diskLabel: words.disk(disk),
          path: path?.value ?? "path not declared",
          advice: legacy ? "Only a backup inside the guest can cover it: the VHD Set (.vhds) that host-level backup supports needs Windows Server 2016 or later." : "Convert it to a VHD Set (.vhds), which host-level backup captures on this host.",
          remedy: legacy ? `back it up from inside the guest and ${coverage(disk.name)}, or move the guest cluster to Windows Server 2016 or later and convert the disk to a VHD Set (.vhds).` : `convert it to a VHD Set (Convert-VHD to a .vhds file${words.terraform ? ", then point its path at the .vhds file" : ""}) so that host-level backup captures it, or back it up from inside the guest and ${coverage(disk.name)}.`
        }
      });
    }
  }
});

// policies/HVB012-scsi-controller-required/index.ts
var HVB012_scsi_controller_required_default = definePolicy({
  id: "HVB012",
  name: "scsi-controller-required",
  principle: 3,
  description: "Require at least one SCSI controller on VMs that run on a Windows Server 2012 R2 host.",
  defaultLevel: "error",
  effect: "fails",
  fix: 'Add a SCSI controller to VM "{{vm}}" (Add-VMScsiController, or scsiControllers: 1); it needs no disk attached.',
  messages: {
    noScsiController: `VM "{{vm}}" has no SCSI controller{{source}}. On {{host}}, backup reverts the VM's snapshot inside the guest by hot-adding a disk, which needs a SCSI controller, so Hyper-V backup will fail on this VM. Partial backups are not supported: {{blastRadius}}`
  },
  defaultOptions: {},
  checkVm({ vm, host, jobs, report, cannotEvaluate }) {
    if (host.os !== "2012 R2") return;
    const controllers = vm.scsiControllers;
    if (!isKnown(controllers)) {
      if (!vm.disks.some((disk) => disk.controller?.type === "scsi")) cannotEvaluate(controllers, "the number of SCSI controllers");
      return;
    }
    if (controllers.value > 0) return;
    const jobNames = jobs.map((job) => `"${job.name}"`).join(", ");
    report({
      messageId: "noScsiController",
      at: controllers.at,
      remedy: { set: "scsiControllers", value: 1, at: controllers.at, written: controllers.origin !== "default" },
      data: {
        source: controllers.origin === "default" && controllers.note ? ` (${controllers.note})` : "",
        blastRadius: jobs.length === 0 ? "every other VM in the same backup job loses its backup too (HVB009 reports the blast radius)." : `every other VM in backup job${jobs.length === 1 ? "" : "s"} ${jobNames} loses its backup too (HVB009 reports the blast radius).`
      }
    });
  }
});

// policies/HVB013-linux-remote-storage/index.ts
var HVB013_linux_remote_storage_default = definePolicy({
  id: "HVB013",
  name: "linux-remote-storage",
  principle: 2,
  description: "Require the virtual disks of Linux guests to be on host-local or cluster storage, not on an SMB share.",
  defaultLevel: "warning",
  effect: "degraded",
  fix: 'Move disk "{{disk}}" of VM "{{vm}}" from {{share}} to a local volume or a Cluster Shared Volume of the host.',
  messages: {
    remoteDisk: 'VM "{{vm}}" runs Linux and its disk "{{disk}}" is on the SMB share {{share}}; live backup of a Linux guest does not succeed when its virtual disks are on remote storage. {{consequence}}'
  },
  terraform: {
    fix: "Change hard_disk_drives[{{diskIndex}}].path of {{address}} from the share {{share}} to a local volume or a Cluster Shared Volume of the host (for example C:\\ClusterStorage\\Volume1\\…), and move the VHDX there.",
    messages: {
      remoteDisk: "{{address}}: hard_disk_drives[{{diskIndex}}].path is on the SMB share {{share}}, and the guest runs Linux (.hvgate.yml); live backup of a Linux guest does not succeed when its virtual disks are on remote storage. {{consequence}}"
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const os = vm.guest.os;
    if (isKnown(os) && os.value !== "linux") return;
    const words = wordingOf(vm);
    const remote = [];
    for (const disk of vm.disks) {
      if (disk.kind !== "virtual" || disk.path === void 0) continue;
      const volume = volumeOfValue(disk.path);
      if (volume.kind === "volume") {
        if (volume.volume.remote) remote.push({ disk, at: disk.path.at, share: volume.volume.display });
        continue;
      }
      if (!isKnown(os)) continue;
      if (volume.kind === "unresolvable") cannotEvaluate(unreadablePath(disk.path, volume.problem), words.diskPath(disk), subject.disk(disk.name));
      else if (!isKnown(disk.path)) cannotEvaluate(disk.path, words.diskPath(disk), subject.disk(disk.name));
    }
    const [first] = remote;
    if (first === void 0) return;
    if (!isKnown(os)) {
      cannotEvaluate(os, `the guest OS of a VM with disks on an SMB share (${first.share})`);
      return;
    }
    for (const { disk, at, share } of remote) {
      report({ messageId: "remoteDisk", at, subject: subject.disk(disk.name), data: { disk: disk.name, diskIndex: diskIndex(vm, disk), share } });
    }
  }
});

// policies/HVB014-differencing-chain/index.ts
var HVB014_differencing_chain_default = definePolicy({
  id: "HVB014",
  name: "differencing-chain",
  principle: 1,
  description: "Require the parent of every differencing disk to be declared and on a host volume that holds the VM's own files.",
  defaultLevel: "warning",
  effect: "none",
  fix: `Declare the parent of disk "{{disk}}" of VM "{{vm}}" (parentPath) and keep it on a volume that holds the VM's configuration, checkpoints or disks ({{captured}}), or merge the differencing disk into a standalone VHDX.`,
  messages: {
    parentElsewhere: `VM "{{vm}}": differencing disk "{{disk}}" needs its parent {{parent}} on {{parentVolume}}, but the VM's own files (configuration, checkpoints, virtual disks) are on {{captured}}. A backup of the VM can miss the parent, and on every host generation (here {{host}}) a differencing disk cannot be read without it: a risk of an incomplete restore.`,
    parentNotDeclared: 'VM "{{vm}}": disk "{{disk}}" ({{path}}) is a differencing disk, but its parent is not declared, so the gate cannot tell whether the backup captures it. On every host generation (here {{host}}) a differencing disk cannot be read without its parent: a risk of an incomplete restore.'
  },
  terraform: {
    fix: 'Give hard_disk_drives[{{diskIndex}}] of {{address}} a hyperv_vhd with `vhd_type = "Differencing"` and a `parent_path` on a volume that holds the VM\'s own files ({{captured}}), or merge the differencing disk into a standalone VHDX.',
    messages: {
      parentElsewhere: "{{address}}: hard_disk_drives[{{diskIndex}}] is a differencing disk whose parent_path {{parent}} is on {{parentVolume}}, but the VM's own files (path, snapshot_file_location, hard_disk_drives) are on {{captured}}. A backup of the VM can miss the parent, and on every host generation (here {{host}}) a differencing disk cannot be read without it: a risk of an incomplete restore.",
      parentNotDeclared: "{{address}}: hard_disk_drives[{{diskIndex}}].path ({{path}}) is a differencing disk, but no hyperv_vhd declares its parent_path, so the gate cannot tell whether the backup captures it. On every host generation (here {{host}}) a differencing disk cannot be read without its parent: a risk of an incomplete restore."
    }
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const isDifferencing = vm.disks.some((disk) => disk.parentPath !== void 0 || isCheckpointChild(disk.path));
    if (!isDifferencing) return;
    const words = wordingOf(vm);
    const captured = /* @__PURE__ */ new Map();
    const capturedSameAs = /* @__PURE__ */ new Set();
    let firstUnknown;
    const capture = (value, what) => {
      if (value === void 0) return;
      const volume = volumeOfValue(value);
      if (volume.kind === "volume") {
        if (!captured.has(volume.volume.key)) captured.set(volume.volume.key, volume.volume);
        return;
      }
      if (volume.kind === "same-as") capturedSameAs.add(volume.key);
      if (volume.kind === "unresolvable") firstUnknown ??= { value: unreadablePath(value, volume.problem), what };
      else if (!isKnown(value)) firstUnknown ??= { value, what };
    };
    capture(vm.configurationPath, words.configurationPath);
    capture(vm.checkpointLocation, words.checkpointLocation);
    for (const disk of vm.disks) if (disk.kind === "virtual") capture(disk.path, words.diskPath(disk));
    const capturedText = [...captured.values()].map((volume) => volume.display).join(", ") || "no readable volume";
    for (const disk of vm.disks) {
      if (disk.kind !== "virtual") continue;
      const diskSubject = subject.disk(disk.name);
      const common = { disk: disk.name, diskIndex: diskIndex(vm, disk), captured: capturedText };
      const parent = disk.parentPath;
      if (parent === void 0) {
        if (!isKnown(disk.path) || !isCheckpointChild(disk.path)) continue;
        report({ messageId: "parentNotDeclared", at: disk.path.at, subject: diskSubject, data: { ...common, path: disk.path.value } });
        continue;
      }
      const parentVolume = volumeOfValue(parent);
      if (parentVolume.kind === "same-as" && capturedSameAs.has(parentVolume.key)) continue;
      if (parentVolume.kind === "unresolvable") {
        cannotEvaluate(unreadablePath(parent, parentVolume.problem), words.diskParent(disk), diskSubject);
        continue;
      }
      if (parentVolume.kind !== "volume") {
        if (!isKnown(parent)) cannotEvaluate(parent, words.diskParent(disk), diskSubject);
        continue;
      }
      if (captured.has(parentVolume.volume.key)) continue;
      if (firstUnknown) {
        cannotEvaluate(firstUnknown.value, `${firstUnknown.what} (to tell whether the backup captures the parent of ${words.disk(disk)})`, diskSubject);
        continue;
      }
      report({
        messageId: "parentElsewhere",
        at: parent.at,
        subject: diskSubject,
        data: { ...common, parent: isKnown(parent) ? parent.value : `(a path on ${parentVolume.volume.display})`, parentVolume: parentVolume.volume.display },
        ...disk.path !== void 0 ? { related: [{ at: disk.path.at, message: `the differencing ${words.disk(disk)}` }] } : {}
      });
    }
  }
});
function isCheckpointChild(path) {
  return isKnown(path) && path.value.trim().toLowerCase().endsWith(".avhdx");
}

// policies/HVB015-job-members-exist/index.ts
var LISTED_NAMES2 = 10;
var SUGGESTION_BUDGET = 50;
var HVB015_job_members_exist_default = definePolicy({
  id: "HVB015",
  name: "job-members-exist",
  principle: 3,
  description: "Require every VM that a backup job names to be defined.",
  defaultLevel: "error",
  effect: "none",
  requiresJobs: true,
  fix: 'Remove "{{member}}" from backup job "{{job}}" if the VM is gone, or correct the name to the VM it means.',
  messages: {
    memberMissing: 'Backup job "{{job}}" names VM "{{member}}", which no definition provides{{suggestion}} One member that cannot be snapshotted fails the whole job on every host generation, so {{loss}}.'
  },
  defaultOptions: {},
  checkEstate({ estate, jobs, report }) {
    const vmNames = estate.vms.map((vm) => vm.name);
    let suggestionsLeft = SUGGESTION_BUDGET;
    for (const { job, members, missing } of jobs) {
      for (const member of missing) {
        const suggestion = (suggestionsLeft-- > 0 ? didYouMean(member.name, vmNames) : "") || ".";
        report({
          messageId: "memberMissing",
          at: member.at,
          address: job.address,
          subject: subject.jobMember(job.name, member.name),
          blastRadius: members,
          data: {
            job: job.name,
            member: member.name,
            suggestion,
            loss: members.length === 0 ? "the job backs up nothing" : `${vmsLose(members.length)} their backup: ${nameList2(members)}`
          }
        });
      }
    }
  }
});
function vmsLose(n) {
  return n === 1 ? "the 1 VM of the job loses" : `all ${n} VMs of the job lose`;
}
function nameList2(names) {
  if (names.length <= LISTED_NAMES2) return names.join(", ");
  return `${names.slice(0, LISTED_NAMES2).join(", ")} and ${names.length - LISTED_NAMES2} more`;
}

// policies/HVB016-exception-valid/index.ts
var HVB016_exception_valid_default = definePolicy({
  id: "HVB016",
  name: "exception-valid",
  description: "Require every exception to give a reason, an owner and an expiry date, to name a policy that can be waived, and to waive something.",
  defaultLevel: "error",
  effect: "none",
  waivable: false,
  fix: "Edit the exception for {{policy}} on {{target}}: {{actions}}.",
  messages: {
    invalid: "The exception for {{policy}} on {{target}} is ignored and waives nothing: {{problems}}.",
    unmatched: "The exception for {{policy}} on {{target}} matches no finding, so it waives nothing; the problem it excused may be fixed, or it names the wrong VM, disk or policy."
  },
  defaultOptions: {},
  checkExceptions({ estate, exceptions, report }) {
    const broken = exceptions.filter((status) => status.problems.length > 0);
    if (broken.length === 0) return;
    const vmByKey = /* @__PURE__ */ new Map();
    for (const vm of estate.vms) {
      if (!vmByKey.has(vm.name)) vmByKey.set(vm.name, vm);
      if (!vmByKey.has(vm.address)) vmByKey.set(vm.address, vm);
    }
    for (const { exception, problems, policyId: resolvedId } of broken) {
      const vm = exception.vmAddress !== void 0 ? vmByKey.get(exception.vmAddress) : exception.vmPattern === true ? void 0 : vmByKey.get(exception.vm);
      const policyId = resolvedId ?? exception.policy.trim();
      const onlyUnmatched = problems.every((problem) => problem.kind === "unmatched");
      const [at, ...others] = causes(exception, problems);
      report({
        messageId: onlyUnmatched ? "unmatched" : "invalid",
        at: at.at,
        related: others,
        // About the VM it names when that VM exists; otherwise about the file that declares it.
        address: vm?.address ?? exception.at.file,
        ...vm ? { vm: vm.name } : {},
        subject: ["exception", policyId, ...vm ? [] : [exception.vm], ...exception.subject !== void 0 ? [exception.subject] : []].join(":"),
        data: {
          policy: exception.policy.trim() === "" ? "(no policy)" : exception.policy.trim(),
          target: targetOf(exception.vm, exception.subject, exception.vmPattern === true),
          problems: problems.map(describeExceptionProblem).join("; "),
          actions: [...new Set(problems.map(exceptionProblemFix))].join("; ")
        }
      });
    }
  }
});
var FIELD_OF = {
  "unknown-policy": "policy",
  "not-waivable": "policy",
  "bad-expiry": "expires",
  expired: "expires",
  "too-long": "expires"
};
function causes(exception, problems) {
  const seen = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const field = FIELD_OF[problem.kind];
    const at = (field !== void 0 ? exception.fieldsAt?.[field] : void 0) ?? exception.at;
    const key = formatSpan(at);
    if (!seen.has(key)) seen.set(key, { at, message: describeExceptionProblem(problem) });
  }
  const [first, ...rest] = [...seen.values()];
  return [first ?? { at: exception.at, message: "" }, ...rest];
}
function targetOf(vm, subject2, glob) {
  const who = glob ? `VMs matching "${vm}"` : `VM "${vm}"`;
  return subject2 === void 0 ? who : `${who}, "${subject2}"`;
}

// policies/index.ts
var policies = [
  HVB000_definition_valid_default,
  HVB001_whole_vm_backup_default,
  HVB002_backup_integration_service_default,
  HVB003_checkpoint_same_volume_default,
  HVB004_guest_basic_disks_default,
  HVB005_guest_snapshot_filesystem_default,
  HVB006_vm_running_default,
  HVB007_passthrough_disk_default,
  HVB008_guest_attached_storage_default,
  HVB009_job_all_or_nothing_default,
  HVB010_backup_coverage_default,
  HVB011_shared_vhdx_default,
  HVB012_scsi_controller_required_default,
  HVB013_linux_remote_storage_default,
  HVB014_differencing_chain_default,
  HVB015_job_members_exist_default,
  HVB016_exception_valid_default
];

export {
  policies
};
