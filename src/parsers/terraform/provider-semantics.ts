/**
 * What the `taliesins/hyperv` provider (and its forks with the same schema) means by its attributes:
 * defaults it applies, enum spellings it accepts, how it marks pass-through and shared disks. Turns
 * drafts from either Terraform reader into model VMs (docs/domain.md §5).
 */
import { BoundedCache } from '../../core/bounded-cache.js';
import { identifyService } from '../../core/integration-services.js';
import type {
  CheckpointType,
  ControllerType,
  Diagnostic,
  IntegrationServices,
  UnrecognizedService,
  VirtualDisk,
  VirtualMachine,
  VmState,
} from '../../core/model.js';
import { byDefault, set, unknown, type SourceSpan, type Value } from '../../core/source.js';
import { normalizePath } from '../../core/volume.js';
import { detachedText } from './detached-text.js';
import type { DiskDraft, Field, MachineDraft, MapDraft, Scalar, VhdDraft } from './draft.js';

/** The provider's default for `snapshot_file_location` and `smart_paging_file_path`; it always passes it to Set-VM. */
export const PROVIDER_DEFAULT_FOLDER = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';

/** `disk_number` MaxUint32 means "no physical disk"; the provider adds -DiskNumber only below it. */
export const NO_PHYSICAL_DISK = 4294967295;

export const SNAPSHOT_NOTE = `not set: the provider puts checkpoints in ${PROVIDER_DEFAULT_FOLDER}`;
export const PATH_NOT_SET_REASON = "path is not set: Hyper-V puts the VM in the host's default virtual machine folder, which only the host knows";
export const GUEST_OS_REASON = 'not expressible in Terraform; declare guest.os in a .hvgate.yml overlay';

const BACKUP_DEFAULT_NOTE = 'not set: Hyper-V enables the Backup (volume shadow copy) integration service by default';
const BACKUP_KEY_MISSING_NOTE =
  "integration_services has no VSS key: the provider leaves the Backup (volume shadow copy) service at Hyper-V's default, enabled";
const INSTALLED_NOTE = 'Hyper-V offers integration services to every VM; whether the guest runs them is not expressible in Terraform';
const PROTECTION_NOTE = 'Terraform VMs are backed up at host level unless a .hvgate.yml overlay says otherwise';
/**
 * Hyper-V gives a new generation 1 VM two IDE controllers and one SCSI controller (generation 2: one
 * SCSI controller), and the provider never removes controllers; so a VM it creates has at least one.
 */
const GEN1_SCSI_NOTE =
  'not declared: Hyper-V gives a new generation 1 VM one SCSI controller besides its two IDE controllers, and the provider does not remove it';
const GEN2_SCSI_NOTE = 'not declared: a generation 2 VM always has a SCSI controller';
const ANY_GENERATION_SCSI_NOTE = 'not declared: Hyper-V gives every new VM a SCSI controller, of generation 1 or 2, and the provider does not remove it';

interface Spec<T> {
  readonly attribute: string;
  /** Undefined means the provider would reject the value. */
  readonly convert: (raw: Scalar) => T | undefined;
  readonly expected: string;
  readonly fallback?: { readonly value: T; readonly note: string };
}

/** Reads one attribute: author's value, provider default, or unknown; invalid values become diagnostics. */
function read<T>(field: Field, spec: Spec<T>, diagnostics: Diagnostic[]): Value<T> {
  if (field.kind === 'unknown') {
    if (field.mistyped) diagnostics.push(mistyped(field.at, spec.attribute, field.reason, spec.expected));
    return unknown(field.at, field.reason, field.partial);
  }
  if (field.kind === 'absent' || field.value === null) {
    return spec.fallback ? byDefault(spec.fallback.value, field.at, spec.fallback.note) : unknown(field.at, `${spec.attribute} is not set`);
  }
  const value = spec.convert(field.value);
  if (value === undefined) {
    diagnostics.push({
      at: field.at,
      code: 'terraform-invalid-value',
      message: `${spec.attribute} = ${JSON.stringify(field.value)} is not a value the hyperv provider accepts (expected ${spec.expected})`,
      fix: `Set ${spec.attribute} to ${spec.expected}.`,
    });
    return unknown(field.at, `${spec.attribute} = ${JSON.stringify(field.value)} is not a valid value`);
  }
  if (field.written) return set(value, field.at);
  return byDefault(value, field.at, spec.fallback?.note ?? `not set: the provider fills in ${JSON.stringify(value)}`);
}

/** A value of a type Terraform itself rejects for the attribute: the plan would fail, and the gate cannot read it. */
function mistyped(at: SourceSpan, attribute: string, reason: string, expected: string): Diagnostic {
  return {
    at,
    code: `terraform-wrong-type:${attribute}`,
    message: `${attribute}: ${reason}; Terraform rejects this (expected ${expected})`,
    fix: `Set ${attribute} to ${expected}.`,
  };
}

/** Enum values are compared case-insensitively, as the provider's validators do (`"disabled"` is valid). */
function oneOf<T extends string>(allowed: readonly T[]): (raw: Scalar) => T | undefined {
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a] as const));
  return (raw) => (typeof raw === 'string' ? byLower.get(raw.trim().toLowerCase()) : undefined);
}

/** Terraform converts `"0"` to 0 for number attributes; real files quote numbers often. */
function wholeNumber(raw: Scalar): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function bool(raw: Scalar): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return undefined;
}

function text(raw: Scalar): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

const GENERATION: Spec<1 | 2> = {
  attribute: 'generation',
  convert: (raw) => {
    const n = wholeNumber(raw);
    return n === 1 || n === 2 ? n : undefined;
  },
  expected: '1 or 2',
  fallback: { value: 2, note: 'not set: the provider creates generation 2 VMs' },
};

// Only Running and Off can be asked for; Saved and Paused appear in state read back from a host.
const STATE: Spec<VmState> = {
  attribute: 'state',
  convert: oneOf<VmState>(['Running', 'Off', 'Saved', 'Paused']),
  expected: 'Running or Off',
  fallback: { value: 'Running', note: 'not set: the provider starts the VM (state Running)' },
};

const CHECKPOINT_TYPE: Spec<CheckpointType> = {
  attribute: 'checkpoint_type',
  convert: oneOf<CheckpointType>(['Disabled', 'Standard', 'Production', 'ProductionOnly']),
  expected: 'Disabled, Standard, Production or ProductionOnly',
  fallback: { value: 'Production', note: 'not set: the provider uses Production checkpoints' },
};

const SNAPSHOT_LOCATION: Spec<string> = {
  attribute: 'snapshot_file_location',
  convert: text,
  expected: 'a folder path',
  fallback: { value: PROVIDER_DEFAULT_FOLDER, note: SNAPSHOT_NOTE },
};

const CONTROLLER_TYPE: Spec<ControllerType> = {
  attribute: 'controller_type',
  convert: (raw) => {
    const v = oneOf(['Scsi', 'Ide'])(raw);
    return v === 'Scsi' ? 'scsi' : v === 'Ide' ? 'ide' : undefined;
  },
  expected: 'Scsi or Ide',
  fallback: { value: 'scsi', note: 'not set: the provider attaches the disk to a SCSI controller' },
};

const counter = (attribute: string): Spec<number> => ({ attribute, convert: wholeNumber, expected: 'a whole number' });

const DISK_NUMBER: Spec<number> = {
  attribute: 'disk_number',
  convert: wholeNumber,
  expected: `a physical disk number, or ${NO_PHYSICAL_DISK} for none`,
  fallback: { value: NO_PHYSICAL_DISK, note: 'not set: no physical disk is passed through' },
};

const DISK_PATH: Spec<string> = {
  attribute: 'path',
  convert: text,
  expected: 'a .vhd, .vhdx or .vhds path',
  fallback: { value: '', note: 'not set: no virtual disk file' },
};

const PERSISTENT_RESERVATIONS: Spec<boolean> = {
  attribute: 'support_persistent_reservations',
  convert: bool,
  expected: 'true or false',
  fallback: { value: false, note: 'not set: the disk is not shared' },
};

/** The spec of the Backup service's entry under `key`; nearly every VM spells it `VSS`, so specs are remembered, within a bound. */
function backupServiceSpec(key: string): Spec<boolean> {
  return backupServiceSpecs.get(key, newBackupServiceSpec);
}

/** The key is usually a slice of the plan's text; the cache keeps a copy, and the spec is built from that copy. */
const backupServiceSpecs = new BoundedCache<Spec<boolean>>(64, detachedText);

function newBackupServiceSpec(key: string): Spec<boolean> {
  return { attribute: `integration_services["${key}"]`, convert: bool, expected: 'true or false', fallback: { value: true, note: BACKUP_DEFAULT_NOTE } };
}

export interface BuildResult {
  readonly vms: VirtualMachine[];
  readonly diagnostics: Diagnostic[];
}

/** Builds the VMs of one estate; differencing `hyperv_vhd`s are linked to the VM disks that use them. */
export function buildMachines(machines: readonly MachineDraft[], vhds: readonly VhdDraft[]): BuildResult {
  const builder = new MachineBuilder();
  for (const vhd of vhds) builder.addVhd(vhd);
  for (const machine of machines) builder.addMachine(machine);
  return builder.finish();
}

/**
 * Builds each VM as its draft comes, so that a reader keeps no draft beyond its VM (a plan of 100,000
 * VMs would otherwise hold every draft and every VM at once). A differencing `hyperv_vhd` may come after
 * the VMs whose disks it is (a plan lists resources by address), so disks are linked to their parents
 * when all are in.
 */
export class MachineBuilder {
  private readonly vms: VirtualMachine[] = [];
  private readonly vhds: VhdDraft[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** Virtual disks that may be the child of a differencing `hyperv_vhd`, as pairs of VM index and disk index. */
  private readonly children: number[] = [];
  /** The `hyperv_vhd` address a child's path refers to (`.tf` only), by its pair's index in `children`. */
  private readonly vhdAddresses = new Map<number, string>();

  addMachine(draft: MachineDraft): void {
    const vm = buildMachine(draft, this.diagnostics);
    draft.disks.forEach((disk, i) => {
      const path = vm.disks[i]?.path;
      if (path === undefined || (disk.vhdAddress === undefined && !(path.known && path.value !== ''))) return;
      if (disk.vhdAddress !== undefined) this.vhdAddresses.set(this.children.length, disk.vhdAddress);
      this.children.push(this.vms.length, i);
    });
    this.vms.push(vm);
  }

  addVhd(draft: VhdDraft): void {
    this.vhds.push(draft);
  }

  finish(): BuildResult {
    const parents = new ParentIndex(this.vhds, this.diagnostics);
    if (parents.empty) return { vms: this.vms, diagnostics: this.diagnostics };
    for (let c = 0; c < this.children.length; c += 2) {
      const [vmIndex, diskIndex] = [this.children[c] ?? 0, this.children[c + 1] ?? 0];
      const vm = this.vms[vmIndex];
      const disk = vm?.disks[diskIndex];
      if (vm === undefined || disk?.path === undefined) continue;
      const parentPath = parents.parentOf(this.vhdAddresses.get(c), disk.path);
      if (parentPath === undefined) continue;
      this.vms[vmIndex] = { ...vm, disks: vm.disks.map((d, i) => (i === diskIndex ? { ...d, parentPath } : d)) };
    }
    return { vms: this.vms, diagnostics: this.diagnostics };
  }
}

function buildMachine(draft: MachineDraft, diagnostics: Diagnostic[]): VirtualMachine {
  let name = draft.address;
  const nameField = draft.name;
  if (nameField.kind === 'known' && typeof nameField.value === 'string') {
    if (nameField.value.trim() === '') {
      diagnostics.push({
        at: nameField.at,
        code: 'terraform-empty-name',
        message: `${draft.address} has an empty name; Hyper-V needs a VM name`,
        fix: 'Set name to the VM name.',
      });
    } else name = nameField.value;
  }

  const generation = read(draft.generation, GENERATION, diagnostics);
  const disks = uniqueNames(draft.disks.map((d, i) => buildDisk(d, i, diagnostics)));
  const configurationPath: Value<string> =
    draft.path.kind === 'absent'
      ? unknown(draft.path.at, PATH_NOT_SET_REASON)
      : read(draft.path, { attribute: 'path', convert: text, expected: 'a folder path' }, diagnostics);

  return {
    name,
    address: draft.address,
    ...(draft.configuration !== undefined ? { configuration: draft.configuration } : {}),
    format: draft.format,
    at: draft.at,
    nameAt: nameField.at,
    labels: NO_LABELS,
    generation,
    state: read(draft.state, STATE, diagnostics),
    configurationPath,
    checkpointLocation: read(draft.snapshotFileLocation, SNAPSHOT_LOCATION, diagnostics),
    checkpointType: read(draft.checkpointType, CHECKPOINT_TYPE, diagnostics),
    integrationServices: integrationServices(draft.integrationServices, draft.at, diagnostics),
    scsiControllers: scsiControllers(generation, disks, draft),
    disks: disks.map((d) => d.disk),
    guest: { os: unknown(draft.at, GUEST_OS_REASON), volumes: NONE, iscsiTargets: NONE, fibreChannelAdapters: NONE },
    protection: byDefault('host', draft.at, PROTECTION_NOTE),
    guestCoverage: NONE,
    exceptions: NONE,
    ...(draft.attributes ? { attributes: draft.attributes } : {}),
  };
}

/** What Terraform cannot express is empty for every VM: one frozen list and one set of labels for all. */
const NONE: readonly never[] = Object.freeze([]);
const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

function integrationServices(draft: MapDraft, vmAt: SourceSpan, diagnostics: Diagnostic[]): IntegrationServices {
  const installed = byDefault(true, vmAt, INSTALLED_NOTE);
  if (draft.kind === 'unknown' && !draft.mistyped) return { installed, backup: unknown(draft.at, draft.reason), unrecognized: NONE };
  if (draft.kind === 'absent' || (draft.kind === 'known' && draft.value === null)) {
    return { installed, backup: byDefault(true, draft.at, BACKUP_DEFAULT_NOTE), unrecognized: NONE };
  }
  if (draft.kind === 'known' || draft.kind === 'unknown') {
    const reason = draft.kind === 'known' ? `the value is ${JSON.stringify(draft.value)}, not a map` : draft.reason;
    diagnostics.push(mistyped(draft.at, 'integration_services', reason, 'a map of service names to true/false'));
    return { installed, backup: unknown(draft.at, 'integration_services is not a map of service names to true/false'), unrecognized: NONE };
  }
  const unrecognized: UnrecognizedService[] = [];
  const backups: { key: string; value: Value<boolean> }[] = [];
  for (const entry of draft.entries) {
    const service = identifyService(entry.key);
    if (service === undefined) {
      const enabled = entry.value.kind === 'known' ? bool(entry.value.value) : undefined;
      unrecognized.push({ name: entry.key, at: entry.at, ...(enabled !== undefined ? { enabled } : {}) });
    } else if (service === 'backup') {
      backups.push({ key: entry.key, value: read(entry.value, backupServiceSpec(entry.key), diagnostics) });
    }
  }
  // Several spellings of the backup service (name and GUID) in one map: if any entry switches it off, it is off.
  const chosen = backups.find((b) => b.value.known && !b.value.value) ?? backups.find((b) => !b.value.known) ?? backups[0];
  const others = unrecognized.length === 0 ? NONE : unrecognized;
  if (!chosen) return { installed, backup: byDefault(true, draft.at, BACKUP_KEY_MISSING_NOTE), unrecognized: others };
  return { installed, backup: chosen.value, backupKey: chosen.key, unrecognized: others };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface BuiltDisk {
  readonly disk: VirtualDisk;
  readonly scsiNumber: number | undefined;
  readonly controllerKnown: boolean;
}

/** The disk without its parent: MachineBuilder links differencing children once every `hyperv_vhd` is read. */
function buildDisk(draft: DiskDraft, index: number, diagnostics: Diagnostic[]): BuiltDisk {
  const type = read(draft.controllerType, CONTROLLER_TYPE, diagnostics);
  const number = read(draft.controllerNumber, counter('controller_number'), diagnostics);
  const location = read(draft.controllerLocation, counter('controller_location'), diagnostics);
  const controller = type.known && number.known && location.known ? { type: type.value, number: number.value, location: location.value } : undefined;
  const diskNumber = read(draft.diskNumber, DISK_NUMBER, diagnostics);
  const passthrough = diskNumber.known && diskNumber.value !== NO_PHYSICAL_DISK;
  const path = read(draft.path, DISK_PATH, diagnostics);
  const shared = sharedDisk(draft, path, read(draft.supportPersistentReservations, PERSISTENT_RESERVATIONS, diagnostics));

  // Fields set one by one in the order a literal of spreads would give them, without the spreads' objects.
  const disk: Writable<Partial<VirtualDisk>> = {
    name: controller ? `${controller.type}${controller.number}:${controller.location}` : `disk${index + 1}`,
    at: draft.at,
  };
  if (controller) disk.controller = controller;
  disk.kind = passthrough ? 'passthrough' : 'virtual';
  if (!passthrough) disk.path = path;
  // An unknown disk_number is kept so that a policy can say it cannot tell whether the disk is pass-through.
  if (passthrough || !diskNumber.known) disk.diskNumber = diskNumber;
  disk.shared = shared;
  return {
    disk: disk as VirtualDisk,
    scsiNumber: type.known && type.value === 'scsi' && number.known ? number.value : undefined,
    controllerKnown: type.known && number.known,
  };
}

/** Shared: persistent reservations (shared VHDX, guest clusters) or a VHD Set file (`.vhds`). */
function sharedDisk(draft: DiskDraft, path: Value<string>, reservations: Value<boolean>): Value<boolean> {
  if (reservations.known && reservations.value) return reservations;
  if (path.known) return isVhdSet(path.value) ? set(true, path.at) : reservations;
  const suffix = draft.path.kind === 'unknown' ? draft.path.partial?.suffix : undefined;
  if (suffix !== undefined && isVhdSet(suffix)) return set(true, path.at);
  // With persistent reservations off, no path makes a difference to backup: a .vhdx is a plain disk, and a
  // VHD Set is captured on Windows Server 2016 and later (older hosts cannot attach one at all).
  return reservations;
}

/** A path's last five characters, without a regular expression that scans the whole path. */
const isVhdSet = (path: string) => path.trimEnd().slice(-5).toLowerCase() === '.vhds';

function uniqueNames(disks: BuiltDisk[]): BuiltDisk[] {
  const seen = new Map<string, number>();
  return disks.map((d) => {
    const count = (seen.get(d.disk.name) ?? 0) + 1;
    seen.set(d.disk.name, count);
    return count === 1 ? d : { ...d, disk: { ...d.disk, name: `${d.disk.name}#${count}` } };
  });
}

function scsiControllers(generation: Value<1 | 2>, disks: readonly BuiltDisk[], draft: MachineDraft): Value<number> {
  const numbers = new Set<number>();
  let firstScsi: SourceSpan | undefined;
  for (const d of disks) {
    if (d.scsiNumber === undefined) continue;
    numbers.add(d.scsiNumber);
    firstScsi ??= d.disk.at;
  }
  if (numbers.size > 0 && firstScsi) return set(numbers.size, firstScsi);
  // Either generation has one: nothing here depends on a generation known only after apply.
  if (!generation.known) return byDefault(1, draft.at, ANY_GENERATION_SCSI_NOTE);
  if (generation.value === 2) return byDefault(1, generation.at, GEN2_SCSI_NOTE);
  return byDefault(1, draft.at, GEN1_SCSI_NOTE);
}

/** Differencing `hyperv_vhd` resources, found by address (`.tf` references) or by equal path (plan). */
class ParentIndex {
  private readonly byAddress = new Map<string, VhdDraft>();
  private readonly byPath = new Map<string, VhdDraft>();

  constructor(
    vhds: readonly VhdDraft[],
    private readonly diagnostics: Diagnostic[],
  ) {
    for (const vhd of vhds) {
      if (!isDifferencing(vhd)) continue;
      this.byAddress.set(vhd.address, vhd);
      if (vhd.path.kind === 'known' && typeof vhd.path.value === 'string') this.byPath.set(normalizePath(vhd.path.value), vhd);
    }
  }

  get empty(): boolean {
    return this.byAddress.size === 0;
  }

  parentOf(vhdAddress: string | undefined, path: Value<string>): Value<string> | undefined {
    const vhd =
      (vhdAddress ? this.byAddress.get(vhdAddress) : undefined) ?? (path.known && path.value !== '' ? this.byPath.get(normalizePath(path.value)) : undefined);
    if (!vhd) return undefined;
    if (vhd.parentPath.kind === 'absent') return unknown(vhd.parentPath.at, `${vhd.address} is a differencing disk without parent_path`);
    return read(vhd.parentPath, { attribute: 'parent_path', convert: text, expected: 'the parent disk path' }, this.diagnostics);
  }
}

/** `vhd_type = "Differencing"` (any case), or a `parent_path`: the provider creates a child of that parent. */
function isDifferencing(vhd: VhdDraft): boolean {
  if (vhd.vhdType.kind === 'known' && typeof vhd.vhdType.value === 'string' && vhd.vhdType.value.trim().toLowerCase() === 'differencing') return true;
  return vhd.parentPath.kind === 'unknown' || (vhd.parentPath.kind === 'known' && typeof vhd.parentPath.value === 'string' && vhd.parentPath.value !== '');
}

/**
 * Providers with the taliesins schema: `taliesins/hyperv` and its forks (`Bafbi/hyperv`, …), whose
 * address ends in `/hyperv`. `windsorcli/hyperv` reuses the type name `hyperv_vhd` with another schema.
 */
export function isCompatibleProvider(source: string): boolean {
  return providerAnswers.get(source, compatibleSource);
}

/**
 * A plan names the provider of every resource, nearly always the same few: answers are remembered.
 * The source is usually a slice of the plan's text; the cache keeps a copy.
 */
const providerAnswers = new BoundedCache<boolean>(256, detachedText);

function compatibleSource(source: string): boolean {
  const parts = source.trim().toLowerCase().split('/');
  const type = parts[parts.length - 1];
  const namespace = parts[parts.length - 2];
  if (type !== 'hyperv') return false;
  return namespace !== 'windsorcli';
}
