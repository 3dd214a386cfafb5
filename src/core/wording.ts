/**
 * How findings name a VM's values: in the words of the format the VM is written in. A reviewer of a
 * Terraform change reads `snapshot_file_location` and `hard_disk_drives[1].disk_number`, the names
 * in the file in front of them; a reviewer of the own format reads "the checkpoint location" and
 * `disk "data"`. Policies pass these phrases as message data, and the Terraform wording of their
 * templates (`terraform` in the policy's metadata) uses the same names.
 */
import type { VirtualDisk, VirtualMachine } from './model.js';

export interface Wording {
  /** True for `.tf` and plan JSON VMs. */
  readonly terraform: boolean;
  /** `disk "os"`, or `hard_disk_drives[0]`. */
  disk(disk: VirtualDisk): string;
  /** `the path of disk "os"`, or `hard_disk_drives[0].path`. */
  diskPath(disk: VirtualDisk): string;
  /** `the parent path of disk "os"`, or `parent_path of hard_disk_drives[0]'s hyperv_vhd`. */
  diskParent(disk: VirtualDisk): string;
  /** `whether disk "os" is a pass-through disk`, or `hard_disk_drives[0].disk_number`. */
  diskNumber(disk: VirtualDisk): string;
  /** `whether disk "os" is shared`, or `hard_disk_drives[0].support_persistent_reservations`. */
  diskShared(disk: VirtualDisk): string;
  readonly checkpointLocation: string;
  readonly configurationPath: string;
  readonly state: string;
  readonly generation: string;
  /** The Backup integration service, under the key that set it when there is one. */
  backupService(key: string | undefined): string;
}

/** The own format names disks by their names, so one wording serves every VM. */
const OWN: Wording = {
  terraform: false,
  checkpointLocation: 'the checkpoint location',
  configurationPath: 'the configuration path',
  state: 'the intended state',
  generation: 'the generation',
  backupService: () => 'the state of the Backup (VSS) integration service',
  disk: (disk) => `disk "${disk.name}"`,
  diskPath: (disk) => `the path of disk "${disk.name}"`,
  diskParent: (disk) => `the parent path of disk "${disk.name}"`,
  diskNumber: (disk) => `whether disk "${disk.name}" is a pass-through disk`,
  diskShared: (disk) => `whether disk "${disk.name}" is shared`,
};

/**
 * Terraform names a disk by its index in `hard_disk_drives`, so the wording holds its VM. A class, not
 * an object of closures: policies ask for a wording per VM, and its methods live once on the prototype.
 */
class TerraformWording implements Wording {
  readonly terraform = true;
  readonly checkpointLocation = 'snapshot_file_location';
  readonly configurationPath = 'path';
  readonly state = 'state';
  readonly generation = 'generation';

  constructor(private readonly vm: VirtualMachine) {}

  backupService(key: string | undefined): string {
    return `integration_services["${key ?? 'VSS'}"]`;
  }
  disk(disk: VirtualDisk): string {
    return `hard_disk_drives[${diskIndex(this.vm, disk)}]`;
  }
  diskPath(disk: VirtualDisk): string {
    return `${this.disk(disk)}.path`;
  }
  diskParent(disk: VirtualDisk): string {
    return `parent_path of the hyperv_vhd that ${this.disk(disk)} uses`;
  }
  diskNumber(disk: VirtualDisk): string {
    return `${this.disk(disk)}.disk_number`;
  }
  diskShared(disk: VirtualDisk): string {
    return `${this.disk(disk)}.support_persistent_reservations`;
  }
}

export function isTerraform(vm: VirtualMachine): boolean {
  return vm.format === 'terraform' || vm.format === 'terraform-plan';
}

export function wordingOf(vm: VirtualMachine): Wording {
  return isTerraform(vm) ? new TerraformWording(vm) : OWN;
}

/** The disk's place among the VM's disks: for Terraform, its index in `hard_disk_drives` as Terraform counts it. */
export function diskIndex(vm: VirtualMachine, disk: VirtualDisk): number {
  return vm.disks.indexOf(disk);
}

/**
 * A text as an HCL string literal, ready to paste into a `.tf` file (`"D:\\VMs"`): backslashes, quotes
 * and control characters escaped as Terraform reads them, and `${`/`%{` written `$${`/`%%{` so that
 * they stay text rather than start a template.
 */
export function hclString(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex -- control characters are what it escapes
    .replace(/[\\"\u0000-\u001f\u007f]/g, (c) => HCL_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    // Replacement functions, since in a replacement string `$$` means one `$`.
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

const HCL_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
