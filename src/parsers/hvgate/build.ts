/**
 * Builds model objects from validated `hvgate/v1` documents, applying Hyper-V's own defaults where a
 * value is omitted and saying so in the value's note.
 */
import { identifyService } from '../../core/integration-services.js';
import type {
  BackupJob,
  CheckpointType,
  Diagnostic,
  Guest,
  GuestOsFamily,
  GuestVolume,
  HostOs,
  HostProfile,
  NamedRef,
  PolicyException,
  Protection,
  VirtualDisk,
  VirtualMachine,
  VmState,
} from '../../core/model.js';
import { byDefault, set, unknown, type Value } from '../../core/source.js';
import type { DocumentReader, Path } from './reader.js';
import { didYouMean } from '../../core/suggest.js';

/** Hyper-V's default folder for VM configuration when a host has not been given another. */
export const HYPERV_DEFAULT_VM_PATH = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';

type Raw = Record<string, unknown>;

export function buildVirtualMachine(doc: DocumentReader, diagnostics: Diagnostic[]): VirtualMachine {
  const name = doc.get(['metadata', 'name']) as string;
  const spec = (doc.get(['spec']) ?? {}) as Raw;
  const value = <T>(path: Path, fallback: () => Value<T>): Value<T> => {
    const raw = doc.get(['spec', ...path]);
    return raw === undefined ? fallback() : set(raw as T, doc.at(['spec', ...path]));
  };
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
  const disks = ((spec.disks ?? []) as Raw[]).map((_, index) => buildDisk(doc, index));
  const guestSection = buildGuestSection(doc, ['spec'], name);
  diagnostics.push(...checkGuestReferences(name, disks, guestSection));

  const integrationMap = (spec.integrationServices ?? {}) as Record<string, boolean>;
  let backupService: Value<boolean> | undefined;
  let backupKey: string | undefined;
  const unrecognized: NamedRef[] = [];
  for (const [key, enabled] of Object.entries(integrationMap)) {
    const id = identifyService(key);
    // Written under two spellings (name and GUID), the service is disabled if either says so.
    if (id === 'backup' && (backupService === undefined || (backupService.known && backupService.value && !enabled))) {
      backupService = set(enabled, doc.at(['spec', 'integrationServices', key]));
      backupKey = key;
    } else if (id === undefined) unrecognized.push({ name: key, at: doc.keyAt(['spec', 'integrationServices', key]) });
  }

  const scsiFromDisks = new Set(disks.flatMap((d) => (d.controller?.type === 'scsi' ? [d.controller.number] : []))).size;
  return {
    name,
    address: `VirtualMachine/${name}`,
    format: 'hvgate',
    at: doc.at(['spec']),
    nameAt: doc.at(['metadata', 'name']),
    labels: (doc.get(['metadata', 'labels']) ?? {}) as Record<string, string>,
    ...(spec.host !== undefined ? { host: set(spec.host as string, doc.at(['spec', 'host'])) } : {}),
    generation,
    state: value<VmState>(['state'], () => byDefault('Running', omitted(['state']), 'not set: the VM is meant to run')),
    ...(spec.configurationVersion !== undefined
      ? { configurationVersion: set(spec.configurationVersion as string, doc.at(['spec', 'configurationVersion'])) }
      : {}),
    configurationPath,
    checkpointLocation,
    checkpointType: value<CheckpointType>(['checkpoints', 'type'], () =>
      byDefault('Production', omitted(['checkpoints', 'type']), 'not set: Hyper-V uses production checkpoints'),
    ),
    integrationServices: {
      installed: value<boolean>(['guest', 'integrationServicesInstalled'], () =>
        byDefault(true, omitted(['guest', 'integrationServicesInstalled']), 'not set: the guest runs integration services'),
      ),
      backup:
        backupService ?? byDefault(true, omitted(['integrationServices']), 'not listed: Hyper-V enables the Backup (volume shadow copy) service by default'),
      ...(backupKey !== undefined ? { backupKey } : {}),
      unrecognized,
    },
    scsiControllers: value<number>(['scsiControllers'], () =>
      // Hyper-V creates every VM with a SCSI controller; only removing it by hand leaves none.
      byDefault(Math.max(1, scsiFromDisks), omitted(['scsiControllers']), 'not set: Hyper-V creates VMs with a SCSI controller'),
    ),
    disks,
    guest: guestSection.guest ?? {
      os: unknown(omitted(['guest', 'os']), 'guest.os is not declared'),
      volumes: [],
      iscsiTargets: [],
      fibreChannelAdapters: [],
    },
    protection: guestSection.protection ?? byDefault('host', omitted(['backup', 'protection']), 'not set: the host backs up the whole VM'),
    guestCoverage: guestSection.guestCoverage ?? [],
    exceptions: guestSection.exceptions,
  };
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
  const guestRaw = doc.get(guestPath) as Raw | undefined;
  const protectionRaw = doc.get([...base, 'backup', 'protection']);
  const coverageRaw = doc.get([...base, 'backup', 'inGuestCoverage']) as string[] | undefined;
  return {
    ...(guestRaw
      ? {
          guest: {
            os:
              guestRaw.os === undefined
                ? unknown(doc.at([...guestPath, 'os']), 'guest.os is not declared')
                : set(guestRaw.os as GuestOsFamily, doc.at([...guestPath, 'os'])),
            volumes: ((guestRaw.volumes ?? []) as Raw[]).map((_, index) => buildVolume(doc, [...guestPath, 'volumes', index])),
            iscsiTargets: namedList(doc, [...guestPath, 'iscsiTargets']),
            fibreChannelAdapters: namedList(doc, [...guestPath, 'fibreChannelAdapters']),
          },
        }
      : {}),
    ...(protectionRaw !== undefined ? { protection: set(protectionRaw as Protection, doc.at([...base, 'backup', 'protection'])) } : {}),
    ...(coverageRaw ? { guestCoverage: coverageRaw.map((name, index) => ({ name, at: doc.at([...base, 'backup', 'inGuestCoverage', index]) })) } : {}),
    exceptions: buildExceptions(doc, [...base, 'exceptions'], vmName),
  };
}

/** Coverage and volumes must name things the VM has; a typo would otherwise silently cover nothing. */
export function checkGuestReferences(vmName: string, disks: readonly VirtualDisk[], section: GuestSection): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const diskNames = disks.map((d) => d.name);
  const coverable = [
    ...diskNames,
    ...(section.guest?.iscsiTargets ?? []).map((t) => t.name),
    ...(section.guest?.fibreChannelAdapters ?? []).map((a) => a.name),
  ];
  for (const target of section.guestCoverage ?? []) {
    if (coverable.includes(target.name)) continue;
    diagnostics.push({
      at: target.at,
      code: `unknown-coverage-target:${target.name}`,
      message: `backup.inGuestCoverage names "${target.name}", which is no disk, iSCSI target or Fibre Channel adapter of VM "${vmName}"${didYouMean(target.name, coverable)}`,
      fix: 'Name a disk from spec.disks, a target from guest.iscsiTargets or an adapter from guest.fibreChannelAdapters.',
    });
  }
  for (const volume of section.guest?.volumes ?? []) {
    if (volume.disk === undefined || diskNames.includes(volume.disk)) continue;
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
  const raw = doc.get(path) as Raw;
  return {
    name: raw.name as string,
    at: doc.at(path),
    ...(raw.disk !== undefined ? { disk: raw.disk as string } : {}),
    diskType:
      raw.diskType === undefined
        ? byDefault('basic' as const, doc.at([...path, 'diskType']), 'not set: Windows creates basic disks unless converted')
        : set(raw.diskType as 'basic' | 'dynamic', doc.at([...path, 'diskType'])),
    fileSystem:
      raw.fileSystem === undefined
        ? unknown(doc.at([...path, 'fileSystem']), 'guest.volumes[].fileSystem is not declared')
        : set(raw.fileSystem as string, doc.at([...path, 'fileSystem'])),
    mounted: raw.mounted !== false,
  };
}

function buildDisk(doc: DocumentReader, index: number): VirtualDisk {
  const path = ['spec', 'disks', index];
  const raw = doc.get(path) as Raw;
  const controller = raw.controller as { type: string; number: number; location: number } | undefined;
  const common = {
    name: raw.name as string,
    at: doc.at(path),
    ...(controller ? { controller: { type: controller.type.toLowerCase() as 'scsi' | 'ide', number: controller.number, location: controller.location } } : {}),
  };
  if (raw.passThrough !== undefined) {
    return {
      ...common,
      kind: 'passthrough',
      diskNumber: set((raw.passThrough as Raw).diskNumber as number, doc.at([...path, 'passThrough', 'diskNumber'])),
      shared: byDefault(false, doc.at([...path, 'shared']), 'pass-through disks are not shared'),
    };
  }
  const filePath = raw.path as string | undefined;
  const isVhdSet = filePath?.toLowerCase().endsWith('.vhds') === true;
  return {
    ...common,
    kind: 'virtual',
    path: filePath === undefined ? unknown(doc.at([...path, 'path']), 'the disk has neither path nor passThrough') : set(filePath, doc.at([...path, 'path'])),
    shared:
      raw.shared !== undefined
        ? set(raw.shared as boolean, doc.at([...path, 'shared']))
        : byDefault(isVhdSet, doc.at([...path, 'path']), isVhdSet ? 'a .vhds file is a VHD Set, shared by design' : 'not set: the disk is not shared'),
    ...(raw.parentPath !== undefined ? { parentPath: set(raw.parentPath as string, doc.at([...path, 'parentPath'])) } : {}),
  };
}

function namedList(doc: DocumentReader, path: Path): NamedRef[] {
  return ((doc.get(path) ?? []) as Raw[]).map((raw, index) => ({ name: raw.name as string, at: doc.at([...path, index]) }));
}

function buildExceptions(doc: DocumentReader, path: Path, vmName: string): PolicyException[] {
  return ((doc.get(path) ?? []) as Raw[]).map((raw, index) => {
    const subject = (raw.disk ?? raw.volume) as string | undefined;
    return {
      policy: raw.policy as string,
      vm: vmName,
      ...(subject !== undefined ? { subject, subjectKind: raw.disk !== undefined ? ('disk' as const) : ('volume' as const) } : {}),
      ...(raw.reason !== undefined ? { reason: raw.reason as string } : {}),
      ...(raw.owner !== undefined ? { owner: raw.owner as string } : {}),
      ...(raw.expires !== undefined ? { expires: raw.expires as string } : {}),
      at: doc.at([...path, index]),
    };
  });
}

export function buildBackupJob(doc: DocumentReader): BackupJob {
  const name = doc.get(['metadata', 'name']) as string;
  const selector = doc.get(['spec', 'selector', 'matchLabels']) as Record<string, string> | undefined;
  return {
    name,
    address: `BackupJob/${name}`,
    at: doc.at(['spec']),
    nameAt: doc.at(['metadata', 'name']),
    format: 'hvgate',
    members: ((doc.get(['spec', 'members']) ?? []) as string[]).map((member, index) => ({ name: member, at: doc.at(['spec', 'members', index]) })),
    ...(selector ? { selector: { matchLabels: selector, at: doc.at(['spec', 'selector']) } } : {}),
  };
}

export function buildHostProfile(doc: DocumentReader): HostProfile {
  const version = doc.get(['spec', 'defaultConfigurationVersion']) as string | undefined;
  const language = doc.get(['spec', 'language']) as string | undefined;
  return {
    name: doc.get(['metadata', 'name']) as string,
    at: doc.at(['metadata', 'name']),
    os: set(String(doc.get(['spec', 'windowsServer'])) as HostOs, doc.at(['spec', 'windowsServer'])),
    ...(version !== undefined ? { defaultConfigurationVersion: set(version, doc.at(['spec', 'defaultConfigurationVersion'])) } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}
