import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/wording.ts
var OWN = {
  terraform: false,
  checkpointLocation: "the checkpoint location",
  configurationPath: "the configuration path",
  state: "the intended state",
  generation: "the generation",
  backupService: () => "the state of the Backup (VSS) integration service",
  disk: (disk) => `disk "${disk.name}"`,
  diskPath: (disk) => `the path of disk "${disk.name}"`,
  diskParent: (disk) => `the parent path of disk "${disk.name}"`,
  diskNumber: (disk) => `whether disk "${disk.name}" is a pass-through disk`,
  diskShared: (disk) => `whether disk "${disk.name}" is shared`
};
var TerraformWording = class {
  constructor(vm) {
    this.vm = vm;
  }
  vm;
  terraform = true;
  checkpointLocation = "snapshot_file_location";
  configurationPath = "path";
  state = "state";
  generation = "generation";
  backupService(key) {
    return `integration_services["${key ?? "VSS"}"]`;
  }
  disk(disk) {
    return `hard_disk_drives[${diskIndex(this.vm, disk)}]`;
  }
  diskPath(disk) {
    return `${this.disk(disk)}.path`;
  }
  diskParent(disk) {
    return `parent_path of the hyperv_vhd that ${this.disk(disk)} uses`;
  }
  diskNumber(disk) {
    return `${this.disk(disk)}.disk_number`;
  }
  diskShared(disk) {
    return `${this.disk(disk)}.support_persistent_reservations`;
  }
};
function isTerraform(vm) {
  return vm.format === "terraform" || vm.format === "terraform-plan";
}
function wordingOf(vm) {
  return isTerraform(vm) ? new TerraformWording(vm) : OWN;
}
function diskIndex(vm, disk) {
  return vm.disks.indexOf(disk);
}
function hclString(text) {
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => HCL_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
  return `"${escaped}"`;
}
var HCL_ESCAPES = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "	": "\\t" };

export {
  wordingOf,
  diskIndex,
  hclString
};
