/**
 * The normalized estate model. Every parser (the project's own YAML/JSON format, Terraform plan JSON,
 * Terraform `.tf`) produces exactly this; the core and the policies see nothing else. Format quirks
 * (provider defaults, localized names, path spellings) are absorbed by the parsers.
 */
import type { SourceSpan, Value } from './source.js';

/** The input format a resource came from; shown in reports and used to phrase fix advice. */
export type DefinitionFormat = 'hvgate' | 'terraform-plan' | 'terraform-state' | 'terraform';

/** Hyper-V `state` values a definition may ask for. Read-back states (`Saved`, `Paused`) are kept too. */
export type VmState = 'Running' | 'Off' | 'Saved' | 'Paused';

export type CheckpointType = 'Disabled' | 'Standard' | 'Production' | 'ProductionOnly';

export type GuestOsFamily = 'windows' | 'linux' | 'freebsd' | 'other';

/** How the VM's data is meant to be backed up: by the host (whole VM), inside the guest, or both. */
export type Protection = 'host' | 'guest' | 'both';

export type ControllerType = 'scsi' | 'ide';

/** Windows Server releases that host Hyper-V; the backup path and its failure mode depend on it. */
export type HostOs = '2008 R2' | '2012' | '2012 R2' | '2016' | '2019' | '2022' | '2025';

export interface VirtualMachine {
  /** The VM name in Hyper-V; unique across the estate. */
  readonly name: string;
  /**
   * Stable resource address: `vm.<name>` for the project's format, the Terraform address
   * (`module.vm.hyperv_machine_instance.this[0]`) for Terraform. Used in fingerprints.
   */
  readonly address: string;
  /**
   * The Terraform configuration that defines the VM: its root module folder (or plan file). VMs of
   * different configurations are different deployments; their names clash only on the same host.
   */
  readonly configuration?: string;
  readonly format: DefinitionFormat;
  /** The whole definition block; findings about omitted attributes point here. */
  readonly at: SourceSpan;
  /** Where the name is written; duplicate-name findings point here. */
  readonly nameAt: SourceSpan;
  readonly labels: Readonly<Record<string, string>>;
  /** Name of the HostProfile this VM runs on; absent means the configured default host. */
  readonly host?: Value<string>;
  readonly generation: Value<1 | 2>;
  /** Intended state; online backup needs `Running`. */
  readonly state: Value<VmState>;
  /** VM configuration version (e.g. "9.0"); absent means the host profile's default. */
  readonly configurationVersion?: Value<string>;
  /** Folder holding the VM configuration. */
  readonly configurationPath: Value<string>;
  /** Folder holding checkpoint (snapshot) files. */
  readonly checkpointLocation: Value<string>;
  readonly checkpointType: Value<CheckpointType>;
  readonly integrationServices: IntegrationServices;
  /** Number of SCSI controllers; 2012 R2 host backup fails on a VM that has none. */
  readonly scsiControllers: Value<number>;
  readonly disks: readonly VirtualDisk[];
  readonly guest: Guest;
  readonly protection: Value<Protection>;
  /** Disks, iSCSI targets and Fibre Channel adapters that an in-guest backup agent covers, by name. */
  readonly guestCoverage: readonly NamedRef[];
  /** Exceptions declared on the VM itself. */
  readonly exceptions: readonly PolicyException[];
  /**
   * Every attribute of the definition in its source's own words, including those no policy reads
   * (`processor_count`, `notes`): what the plan diffs. Policies never read it.
   */
  readonly attributes?: SourceAttributes;
}

/**
 * A definition's attributes as its source names them: `processor_count`, `integration_services["VSS"]`,
 * `hard_disk_drives[0].path` for Terraform, `spec.disks["os"].path` for hvgate/v1. Flattened only
 * when a plan needs them (core/attributes.ts), so that a check never pays for them.
 */
export type SourceAttributes =
  /** A plain copy of what a document says (`metadata.labels` and `spec` of hvgate/v1); every value was written. */
  | { readonly kind: 'document'; readonly value: Readonly<Record<string, unknown>> }
  /**
   * Attributes a parser lists on request. `complete` when the source lists every attribute (plan JSON,
   * state), not only those written (`.tf`): an attribute missing from an incomplete side is not a change.
   */
  | {
      readonly kind: 'listed';
      readonly complete: boolean;
      readonly list: () => ReadonlyMap<string, SourceAttribute>;
      /**
       * The texts the list is computed from, when the parser has them: sources with equal texts list
       * equal attributes, so a plan compares these before listing either side (most VMs of a large
       * plan do not change).
       */
      readonly sourceTexts?: readonly string[];
    };

/** One flattened attribute. */
export interface SourceAttribute {
  /** As the plan shows it: `"D:\VMs"`, `2`, `true`, `(known after apply)`, `(sensitive value)`. */
  readonly display: string;
  /** What tells a change: equal keys, equal values. For a sensitive value a digest, never the value. */
  readonly key: string;
  /** False when a default supplied it (the provider's, in a plan's `after`); a new VM lists only written ones. */
  readonly written: boolean;
  /** A value Terraform cannot change in place: a new value replaces the VM. */
  readonly forcesReplacement?: boolean;
  /** Policies read this attribute: a change to it can change the VM's backup. */
  readonly backupRelevant?: boolean;
}

export interface IntegrationServices {
  /** Whether integration services are installed/offered to the guest at all. */
  readonly installed: Value<boolean>;
  /** The Backup (volume shadow copy) service, whatever the host language calls it. */
  readonly backup: Value<boolean>;
  /** The key that set `backup`, as written (`VSS`, a GUID, a UI label), so messages can quote it; absent when no key names it. */
  readonly backupKey?: string;
  /** Keys the parser could not map to a known service: maybe a localized name. Never guessed. */
  readonly unrecognized: readonly UnrecognizedService[];
}

/** An integration service key the gate does not know, and whether it is switched on. */
export interface UnrecognizedService extends NamedRef {
  /** As written; undefined when it is not a plain true/false (unknown until apply, say). */
  readonly enabled?: boolean;
}

/** A name as written, with its position. */
export interface NamedRef {
  readonly name: string;
  readonly at: SourceSpan;
}

export interface VirtualDisk {
  /** Name used by guest volumes, coverage and exceptions (`os`, `data`, or `scsi0:1` when unnamed). */
  readonly name: string;
  readonly at: SourceSpan;
  readonly controller?: { readonly type: ControllerType; readonly number: number; readonly location: number };
  /** A virtual disk file, or a physical disk passed through to the guest. */
  readonly kind: 'virtual' | 'passthrough';
  /** File path for virtual disks. */
  readonly path?: Value<string>;
  /** Physical disk number for pass-through disks. */
  readonly diskNumber?: Value<number>;
  /** Shared with other VMs: a shared VHDX (persistent reservations) or a VHD Set (`.vhds`). */
  readonly shared: Value<boolean>;
  /** Present for differencing disks: the parent chain that must be captured with the child. */
  readonly parentPath?: Value<string>;
}

export interface Guest {
  readonly os: Value<GuestOsFamily>;
  readonly volumes: readonly GuestVolume[];
  readonly iscsiTargets: readonly NamedRef[];
  readonly fibreChannelAdapters: readonly NamedRef[];
}

export interface GuestVolume {
  /** Drive letter or mount point inside the guest (`C:`, `/var/lib/pgsql`). */
  readonly name: string;
  readonly at: SourceSpan;
  /** Which VM disk holds it, when declared. */
  readonly disk?: string;
  readonly diskType: Value<'basic' | 'dynamic'>;
  readonly fileSystem: Value<string>;
  /** False for volumes the guest does not mount (EFI system partition, recovery partition). */
  readonly mounted: boolean;
}

export interface BackupJob {
  readonly name: string;
  readonly address: string;
  readonly at: SourceSpan;
  readonly nameAt: SourceSpan;
  readonly format: DefinitionFormat;
  /** Members named explicitly. */
  readonly members: readonly NamedRef[];
  /** Members chosen by labels: every VM whose labels include all of these. */
  readonly selector?: { readonly matchLabels: Readonly<Record<string, string>>; readonly at: SourceSpan };
}

export interface HostProfile {
  readonly name: string;
  readonly at: SourceSpan;
  readonly os: Value<HostOs>;
  /** Configuration version new VMs get on this host (e.g. "5.0" on 2012 R2, "9.0" on 2019). */
  readonly defaultConfigurationVersion?: Value<string>;
  /** Host UI language (e.g. `de-DE`); integration service names are localized to it. */
  readonly language?: string;
}

/** A waiver: a named policy does not apply to a VM (and optionally one disk or volume), for a reason, until a date. */
export interface PolicyException {
  readonly policy: string;
  /**
   * The VM it waives, by name or resource address, taken literally; a glob only when `vmPattern` is set.
   * For an exception declared on a VM, that VM's name.
   */
  readonly vm: string;
  /** Set when the exception is declared on a VM (its spec, an overlay, an inline comment): it waives that VM only. */
  readonly vmAddress?: string;
  /** The exception opted into a pattern: `vm` is a glob (`*`, `?`) over VM names and addresses. */
  readonly vmPattern?: boolean;
  /** Narrows the exception to one subject by name: a disk (or iSCSI target, Fibre Channel adapter), or a guest volume. */
  readonly subject?: string;
  /** What `subject` names; a disk when absent. */
  readonly subjectKind?: 'disk' | 'volume';
  readonly reason?: string;
  readonly owner?: string;
  /** As written (`YYYY-MM-DD`); validated by the engine, never trusted. */
  readonly expires?: string;
  /** The whole exception: findings about what it lacks point here. */
  readonly at: SourceSpan;
  /** Where each written field is, so that a finding about a field points at it. */
  readonly fieldsAt?: Readonly<Partial<Record<'policy' | 'reason' | 'owner' | 'expires', SourceSpan>>>;
}

/** A definition the gate could not read or validate: becomes an HVB000 finding, never a silent pass. */
export interface Diagnostic {
  readonly at: SourceSpan;
  readonly message: string;
  /** What to do about it. */
  readonly fix?: string;
  /** Distinguishes several diagnostics at one place, for stable fingerprints. */
  readonly code: string;
}

/** Everything the definitions under evaluation declare. */
export interface Estate {
  readonly vms: readonly VirtualMachine[];
  readonly jobs: readonly BackupJob[];
  readonly hosts: readonly HostProfile[];
  /** Exceptions declared outside VMs (configuration overlays). */
  readonly exceptions: readonly PolicyException[];
  readonly diagnostics: readonly Diagnostic[];
  /** Definition files that were read, by path; input to saved-plan digests. */
  readonly files: readonly string[];
  /** Things a parser noticed that are worth saying but are not wrong (`file:line:col: …`). */
  readonly notices?: readonly string[];
  /**
   * Parts of the definitions the gate cannot evaluate (a registry module, a VM created by a script):
   * each is a notice at its position, or HVB000 when the configuration says `unknown: fail`.
   */
  readonly unevaluated?: readonly Diagnostic[];
}

export const emptyEstate: Estate = { vms: [], jobs: [], hosts: [], exceptions: [], diagnostics: [], files: [] };

/** Concatenates the estates parsed from several files. Duplicate names are a policy's business (HVB000). */
export function mergeEstates(parts: readonly Estate[]): Estate {
  return {
    vms: parts.flatMap((p) => p.vms),
    jobs: parts.flatMap((p) => p.jobs),
    hosts: parts.flatMap((p) => p.hosts),
    exceptions: parts.flatMap((p) => p.exceptions),
    diagnostics: parts.flatMap((p) => p.diagnostics),
    files: parts.flatMap((p) => p.files),
    notices: parts.flatMap((p) => p.notices ?? []),
    unevaluated: parts.flatMap((p) => p.unevaluated ?? []),
  };
}
