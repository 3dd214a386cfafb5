/**
 * Builds model objects from `hvgate/v1` documents, applying Hyper-V's own defaults where a value is
 * omitted and saying so in the value's note. A document with schema errors is still built: what the
 * schema rejected (and what a misspelt key most likely meant) is unknown, never defaulted, so the
 * policies that need it say they cannot evaluate it while the rest of the VM is judged as written.
 */
import { identifyService } from '../../core/integration-services.js';
import type {
  BackupJob,
  CheckpointType,
  ControllerType,
  Diagnostic,
  Guest,
  GuestOsFamily,
  GuestVolume,
  HostOs,
  HostProfile,
  IntegrationServices,
  NamedRef,
  PolicyException,
  Protection,
  SourceAttributes,
  UnrecognizedService,
  VirtualDisk,
  VirtualMachine,
  VmState,
} from '../../core/model.js';
import { byDefault, unknown, type Value } from '../../core/source.js';
import type { DocumentReader, Path } from './reader.js';
import { didYouMean } from '../../core/suggest.js';
import { dotted } from './validate.js';

/** Hyper-V's default folder for VM configuration when a host has not been given another. */
export const HYPERV_DEFAULT_VM_PATH = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';

/** The one empty list every VM without exceptions, unrecognized services, targets or adapters shares. */
const NONE: readonly never[] = Object.freeze([]);

/** `list` as it is, or NONE when it is empty. */
function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/** `attributes`: whether the VM keeps what its document says, for `hvgate plan`'s attribute diff. */
export function buildVirtualMachine(doc: DocumentReader, diagnostics: Diagnostic[], attributes = true): VirtualMachine {
  const name = doc.text(['metadata', 'name']) ?? '';
  const value = <T>(path: Path, fallback: () => Value<T>): Value<T> => doc.read<T>(['spec', ...path], fallback);
  const omitted = (path: Path) => doc.at(['spec', ...path]);

  const generation = value<1 | 2>(['generation'], () => byDefault(2, omitted(['generation']), 'not set: new VMs are generation 2'));
  const configurationPath = value<string>(['configurationPath'], () =>
    byDefault(HYPERV_DEFAULT_VM_PATH, omitted(['configurationPath']), `not set: Hyper-V keeps the configuration in ${HYPERV_DEFAULT_VM_PATH}`),
  );
  const checkpointLocation = value<string>(['checkpoints', 'location'], () =>
    configurationPath.known
      ? byDefault(
          configurationPath.value,
          omitted(['checkpoints', 'location']),
          `not set: Hyper-V keeps checkpoints with the configuration in ${configurationPath.value}`,
        )
      : unknown(omitted(['checkpoints', 'location']), 'not set, and the configuration path is unknown'),
  );
  const disks = doc.list(['spec', 'disks']).map((_, index) => buildDisk(doc, index));
  const guestSection = buildGuestSection(doc, ['spec'], name);
  diagnostics.push(...checkGuestReferences(name, disks, guestSection));
  const scsiFromDisks = new Set(disks.flatMap((d) => (d.controller?.type === 'scsi' ? [d.controller.number] : []))).size;
  const host = doc.readWritten<string>(['spec', 'host']);
  const configurationVersion = doc.readWritten<string>(['spec', 'configurationVersion']);
  return {
    name,
    address: `VirtualMachine/${name}`,
    format: 'hvgate',
    at: doc.at(['spec']),
    nameAt: doc.at(['metadata', 'name']),
    labels: readableLabels(doc, ['metadata', 'labels']),
    ...(host ? { host } : {}),
    generation,
    state: value<VmState>(['state'], () => byDefault('Running', omitted(['state']), 'not set: the VM is meant to run')),
    ...(configurationVersion ? { configurationVersion } : {}),
    configurationPath,
    checkpointLocation,
    checkpointType: value<CheckpointType>(['checkpoints', 'type'], () =>
      byDefault('Production', omitted(['checkpoints', 'type']), 'not set: Hyper-V uses production checkpoints'),
    ),
    integrationServices: {
      installed: value<boolean>(['guest', 'integrationServicesInstalled'], () =>
        byDefault(true, omitted(['guest', 'integrationServicesInstalled']), 'not set: the guest runs integration services'),
      ),
      ...readIntegrationServices(doc),
    },
    scsiControllers: value<number>(['scsiControllers'], () =>
      // Hyper-V creates every VM with a SCSI controller; only removing it by hand leaves none.
      byDefault(Math.max(1, scsiFromDisks), omitted(['scsiControllers']), 'not set: Hyper-V creates VMs with a SCSI controller'),
    ),
    disks,
    guest: guestSection.guest ?? {
      os: unknown(omitted(['guest', 'os']), 'guest.os is not declared'),
      volumes: NONE,
      iscsiTargets: NONE,
      fibreChannelAdapters: NONE,
    },
    protection: guestSection.protection ?? byDefault('host', omitted(['backup', 'protection']), 'not set: the host backs up the whole VM'),
    guestCoverage: guestSection.guestCoverage ?? NONE,
    exceptions: guestSection.exceptions,
    // What the document says, in its own words, for the plan's attribute diff; kept only for a plan, since it keeps
    // the document's whole plain value alive.
    ...(attributes ? { attributes: documentAttributes(doc) } : {}),
  };
}

function documentAttributes(doc: DocumentReader): SourceAttributes {
  return { kind: 'document', value: { metadata: { labels: doc.get(['metadata', 'labels']) ?? {} }, spec: doc.get(['spec']) ?? {} } };
}

/** The Backup service under whatever name it is written, and the keys the gate does not know. */
function readIntegrationServices(doc: DocumentReader): Pick<IntegrationServices, 'backup' | 'backupKey' | 'unrecognized'> {
  const base = ['spec', 'integrationServices'];
  const invalid = doc.invalidAt(base);
  let backup: Value<boolean> | undefined = invalid ? unknown(invalid.at, invalid.reason) : undefined;
  let backupKey: string | undefined;
  const unrecognized: UnrecognizedService[] = [];
  for (const key of Object.keys(doc.mapping(base) ?? {})) {
    const id = identifyService(key);
    if (id === undefined) {
      const enabled = doc.get([...base, key]);
      unrecognized.push({ name: key, at: doc.keyAt([...base, key]), ...(typeof enabled === 'boolean' && !doc.invalidAt([...base, key]) ? { enabled } : {}) });
      continue;
    }
    if (id !== 'backup') continue;
    const written = doc.read<boolean>([...base, key], () => unknown(doc.at([...base, key]), 'no value'));
    // Written under two spellings (name and GUID), the service is disabled if either says so, and unknown if either is unreadable.
    if (backup === undefined || (backup.known && (!written.known || (backup.value && !written.value)))) {
      backup = written;
      backupKey = key;
    }
  }
  return {
    backup: backup ?? byDefault(true, doc.at(base), 'not listed: Hyper-V enables the Backup (volume shadow copy) service by default'),
    ...(backupKey !== undefined ? { backupKey } : {}),
    unrecognized: orNone(unrecognized),
  };
}

/** Labels as written; one that cannot be read is left out, and a number or boolean is its text, as the author meant. */
function readableLabels(doc: DocumentReader, path: Path): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, raw] of Object.entries(doc.mapping(path) ?? {})) {
    if (doc.invalidAt([...path, key]) && typeof raw !== 'number' && typeof raw !== 'boolean') continue;
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') labels[key] = String(raw);
  }
  return labels;
}

/** The parts of a VM that live inside the guest or in backup intent; shared by VM documents and overlays. */
export interface GuestSection {
  readonly guest?: Guest;
  readonly protection?: Value<Protection>;
  readonly guestCoverage?: readonly NamedRef[];
  readonly exceptions: readonly PolicyException[];
}

/** Reads `guest`, `backup` and `exceptions` below `base`; absent blocks stay undefined so callers choose defaults. */
export function buildGuestSection(doc: DocumentReader, base: Path, vmName: string): GuestSection {
  const guestPath = [...base, 'guest'];
  const guestWritten = doc.get(guestPath) !== undefined;
  const protection = doc.readWritten<Protection>([...base, 'backup', 'protection']);
  const coveragePath = [...base, 'backup', 'inGuestCoverage'];
  const coverage = doc.list(coveragePath).flatMap((name, index) => (typeof name === 'string' ? [{ name, at: doc.at([...coveragePath, index]) }] : []));
  return {
    ...(guestWritten
      ? {
          guest: {
            os: doc.read<GuestOsFamily>([...guestPath, 'os'], () => unknown(doc.at([...guestPath, 'os']), 'guest.os is not declared')),
            volumes: doc.list([...guestPath, 'volumes']).map((_, index) => buildVolume(doc, [...guestPath, 'volumes', index])),
            iscsiTargets: namedList(doc, [...guestPath, 'iscsiTargets']),
            fibreChannelAdapters: namedList(doc, [...guestPath, 'fibreChannelAdapters']),
          },
        }
      : {}),
    ...(protection ? { protection } : {}),
    ...(doc.get(coveragePath) !== undefined ? { guestCoverage: coverage } : {}),
    exceptions: orNone(buildExceptions(doc, [...base, 'exceptions'], vmName)),
  };
}

/** Coverage and volumes must name things the VM has; a typo would otherwise silently cover nothing. */
export function checkGuestReferences(vmName: string, disks: readonly VirtualDisk[], section: GuestSection): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const coverage = section.guestCoverage ?? [];
  const volumes = section.guest?.volumes ?? [];
  if (coverage.length === 0 && volumes.length === 0) return diagnostics;
  const diskNames = disks.map((d) => d.name);
  if (coverage.length > 0) {
    const coverable = [
      ...diskNames,
      ...(section.guest?.iscsiTargets ?? []).map((t) => t.name),
      ...(section.guest?.fibreChannelAdapters ?? []).map((a) => a.name),
    ];
    const isCoverable = new Set(coverable);
    for (const target of coverage) {
      if (isCoverable.has(target.name)) continue;
      diagnostics.push({
        at: target.at,
        code: `unknown-coverage-target:${target.name}`,
        message: `backup.inGuestCoverage names "${target.name}", which is no disk, iSCSI target or Fibre Channel adapter of VM "${vmName}"${didYouMean(target.name, coverable)}`,
        fix: 'Name a disk from spec.disks, a target from guest.iscsiTargets or an adapter from guest.fibreChannelAdapters.',
      });
    }
  }
  const isDisk = new Set(diskNames);
  for (const volume of volumes) {
    if (volume.disk === undefined || isDisk.has(volume.disk)) continue;
    diagnostics.push({
      at: volume.at,
      code: `unknown-volume-disk:${volume.name}`,
      message: `guest volume "${volume.name}" is on disk "${volume.disk}", which VM "${vmName}" does not have${didYouMean(volume.disk, diskNames)}`,
      fix: 'Name a disk from spec.disks.',
    });
  }
  return diagnostics;
}

function buildVolume(doc: DocumentReader, path: Path): GuestVolume {
  const disk = doc.text([...path, 'disk']);
  return {
    name: doc.text([...path, 'name']) ?? dotted(path.slice(-3)),
    at: doc.at(path),
    ...(disk !== undefined ? { disk } : {}),
    diskType: doc.read<'basic' | 'dynamic'>([...path, 'diskType'], () =>
      byDefault('basic' as const, doc.at([...path, 'diskType']), 'not set: Windows creates basic disks unless converted'),
    ),
    fileSystem: doc.read<string>([...path, 'fileSystem'], () => unknown(doc.at([...path, 'fileSystem']), 'guest.volumes[].fileSystem is not declared')),
    // Only a volume said to be unmounted is left out: an unreadable answer counts as mounted.
    mounted: doc.get([...path, 'mounted']) !== false || doc.invalidAt([...path, 'mounted']) !== undefined,
  };
}

function buildDisk(doc: DocumentReader, index: number): VirtualDisk {
  const path = ['spec', 'disks', index];
  const controller = readController(doc, [...path, 'controller']);
  const name = doc.text([...path, 'name']) ?? `disks[${index}]`;
  const at = doc.at(path);
  const passThrough = [...path, 'passThrough'];
  // Each disk is one literal: spreading a shared part into it would give every disk a hidden class of its own.
  // A misspelt or invalid passThrough still says the author meant a pass-through disk.
  if (doc.written(passThrough)) {
    return {
      name,
      at,
      ...(controller ? { controller } : {}),
      kind: 'passthrough',
      diskNumber: doc.read<number>([...passThrough, 'diskNumber'], () => unknown(doc.at(passThrough), 'passThrough has no diskNumber')),
      shared: byDefault(false, doc.at([...path, 'shared']), 'pass-through disks are not shared'),
    };
  }
  const filePath = doc.read<string>([...path, 'path'], () => unknown(doc.at([...path, 'path']), 'the disk has neither path nor passThrough'));
  const isVhdSet = filePath.known && filePath.value.toLowerCase().endsWith('.vhds');
  const parentPath = doc.readWritten<string>([...path, 'parentPath']);
  return {
    name,
    at,
    ...(controller ? { controller } : {}),
    kind: 'virtual',
    path: filePath,
    shared: doc.read<boolean>([...path, 'shared'], () =>
      byDefault(isVhdSet, doc.at([...path, 'path']), isVhdSet ? 'a .vhds file is a VHD Set, shared by design' : 'not set: the disk is not shared'),
    ),
    ...(parentPath ? { parentPath } : {}),
  };
}

/** A controller is only used when all of it can be read; else it is as if none was declared. */
function readController(doc: DocumentReader, path: Path): VirtualDisk['controller'] {
  const raw = doc.mapping(path);
  const type = doc.text([...path, 'type']);
  const number = doc.get([...path, 'number']);
  const location = doc.get([...path, 'location']);
  if (!raw || type === undefined || typeof number !== 'number' || typeof location !== 'number') return undefined;
  if (doc.invalidAt([...path, 'number']) || doc.invalidAt([...path, 'location'])) return undefined;
  return { type: type.toLowerCase() as ControllerType, number, location };
}

function namedList(doc: DocumentReader, path: Path): readonly NamedRef[] {
  return orNone(
    doc.list(path).map((_, index) => ({ name: doc.text([...path, index, 'name']) ?? dotted(path.slice(-2).concat(index)), at: doc.at([...path, index]) })),
  );
}

/** Exceptions as written; one with an unreadable field waives nothing (its finding stays), and the HVB000 error says why. */
function buildExceptions(doc: DocumentReader, path: Path, vmName: string): PolicyException[] {
  return doc.list(path).flatMap((_, index): PolicyException[] => {
    const item = [...path, index];
    const raw = doc.mapping(item);
    if (!raw || doc.invalidAt(item) || Object.keys(raw).some((key) => doc.invalidAt([...item, key]))) return [];
    const disk = doc.text([...item, 'disk']);
    const subject = disk ?? doc.text([...item, 'volume']);
    const reason = doc.text([...item, 'reason']);
    const owner = doc.text([...item, 'owner']);
    const expires = raw.expires;
    return [
      {
        policy: doc.text([...item, 'policy']) ?? '',
        vm: vmName,
        ...(subject !== undefined ? { subject, subjectKind: disk !== undefined ? ('disk' as const) : ('volume' as const) } : {}),
        ...(reason !== undefined ? { reason } : {}),
        ...(owner !== undefined ? { owner } : {}),
        ...(expires !== undefined ? { expires: typeof expires === 'string' ? expires : JSON.stringify(expires) } : {}),
        at: doc.at(item),
        fieldsAt: fieldsAt(doc, item, raw),
      },
    ];
  });
}

/** Where each written field of an exception is. */
function fieldsAt(doc: DocumentReader, path: Path, raw: Readonly<Record<string, unknown>>): PolicyException['fieldsAt'] {
  const fields = (['policy', 'reason', 'owner', 'expires'] as const).filter((field) => raw[field] !== undefined);
  return Object.fromEntries(fields.map((field) => [field, doc.at([...path, field])]));
}

export function buildBackupJob(doc: DocumentReader): BackupJob {
  const name = doc.text(['metadata', 'name']) ?? '';
  const selectorPath = ['spec', 'selector', 'matchLabels'];
  const selector = doc.mapping(selectorPath) ? readableLabels(doc, selectorPath) : undefined;
  const membersPath = ['spec', 'members'];
  return {
    name,
    address: `BackupJob/${name}`,
    at: doc.at(['spec']),
    nameAt: doc.at(['metadata', 'name']),
    format: 'hvgate',
    members: doc
      .list(membersPath)
      .flatMap((member, index) =>
        (typeof member === 'string' && member !== '') || typeof member === 'number' ? [{ name: String(member), at: doc.at([...membersPath, index]) }] : [],
      ),
    ...(selector ? { selector: { matchLabels: selector, at: doc.at(['spec', 'selector']) } } : {}),
  };
}

export function buildHostProfile(doc: DocumentReader): HostProfile {
  const version = doc.readWritten<string>(['spec', 'defaultConfigurationVersion']);
  const language = doc.text(['spec', 'language']);
  return {
    name: doc.text(['metadata', 'name']) ?? '',
    at: doc.at(['metadata', 'name']),
    // Written as a number (2019) or text ("2012 R2"); unknown, not assumed, when it cannot be read.
    os: doc.read<HostOs>(
      ['spec', 'windowsServer'],
      () => unknown(doc.at(['spec']), 'spec.windowsServer is not declared'),
      (raw) => (typeof raw === 'number' ? String(raw) : raw) as HostOs,
    ),
    ...(version ? { defaultConfigurationVersion: version } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}
