/**
 * Host generations (docs/domain.md §2): the same failed online-backup criterion pauses the VM on a
 * 2012 R2-era host (VSS writer, saved state) and only loses application consistency on a 2016+
 * host with configuration version 8 or later (WMI + resilient change tracking).
 */
import type { HostOs, HostProfile, VirtualMachine } from './model.js';
import { isKnown } from './source.js';
import type { Outcome } from './outcome.js';

/** Which backup mechanism the host uses for this VM. */
export type BackupPath = 'vss-writer' | 'wmi-rct';

/** The host facts a VM is evaluated against, and whether they were declared or assumed. */
export interface ResolvedHost {
  /** Host profile name, or undefined when the configured default applies. */
  readonly profile?: string;
  readonly os: HostOs;
  readonly configurationVersion: string;
  readonly backupPath: BackupPath;
  /** True when no profile declared the facts and the configured defaults were used. */
  readonly assumed: boolean;
  /** For messages: "Windows Server 2012 R2 host hv-legacy-01". */
  readonly label: string;
}

/** Defaults used when a VM names no host profile (configurable in `.hvgate.yml`). */
export interface HostDefaults {
  readonly os: HostOs;
  readonly configurationVersion: string;
}

export const DEFAULT_HOST: HostDefaults = { os: '2019', configurationVersion: '9.0' };

const LEGACY_OS: ReadonlySet<HostOs> = new Set(['2008 R2', '2012', '2012 R2']);

/** Configuration version each host creates VMs with, when a profile does not say. */
const NATIVE_CONFIGURATION_VERSION: Record<HostOs, string> = {
  '2008 R2': '2.0',
  '2012': '4.0',
  '2012 R2': '5.0',
  '2016': '8.0',
  '2019': '9.0',
  '2022': '10.0',
  '2025': '12.0',
};

export function isLegacyHost(os: HostOs): boolean {
  return LEGACY_OS.has(os);
}

/** Resolves the host facts for a VM from its profile, the VM's own configuration version, and defaults. */
export function resolveHost(vm: VirtualMachine, profiles: ReadonlyMap<string, HostProfile>, defaults: HostDefaults): ResolvedHost {
  const profileName = isKnown(vm.host) ? vm.host.value : undefined;
  const profile = profileName === undefined ? undefined : profiles.get(profileName);
  const os = profile && isKnown(profile.os) ? profile.os.value : defaults.os;
  const configurationVersion = isKnown(vm.configurationVersion)
    ? vm.configurationVersion.value
    : profile && isKnown(profile.defaultConfigurationVersion)
      ? profile.defaultConfigurationVersion.value
      : profile
        ? NATIVE_CONFIGURATION_VERSION[os]
        : defaults.configurationVersion;
  const backupPath: BackupPath = !isLegacyHost(os) && majorVersion(configurationVersion) >= 8 ? 'wmi-rct' : 'vss-writer';
  const assumed = profile === undefined;
  const where = profile ? `host ${profile.name}` : 'host (assumed: no host profile)';
  const versionNote = isLegacyHost(os) ? '' : `, configuration version ${configurationVersion}`;
  return {
    ...(profile ? { profile: profile.name } : {}),
    os,
    configurationVersion,
    backupPath,
    assumed,
    label: `Windows Server ${os} ${where}${versionNote}`,
  };
}

/** The outcome an unmet online-backup criterion leads to on this host. */
export function degradedOutcome(host: ResolvedHost): Outcome {
  return host.backupPath === 'vss-writer' ? 'saved-state' : 'crash-consistent';
}

/** One sentence stating the consequence of a degraded backup on this host; every degraded message ends with it. */
export function degradedConsequence(host: ResolvedHost): string {
  return host.backupPath === 'vss-writer'
    ? `On ${host.label}, Hyper-V puts the VM into a saved state (paused) for every backup: a service interruption.`
    : `On ${host.label}, the backup is only crash-consistent, not application-consistent.`;
}

function majorVersion(version: string): number {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10);
  return Number.isFinite(major) ? major : 0;
}
