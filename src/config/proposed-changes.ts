/**
 * What a change proposes to the configuration that governs it: when the base's `.hvgate.yml` governs
 * a pull request, the head's edits to it are listed for the reviewer and never applied. One line per
 * setting, in the configuration's own words (`policies.HVB007: level error → level off`). Pure.
 */
import type { PolicyException } from '../core/model.js';
import type { GateSettings, PolicySetting } from '../core/settings.js';
import type { GateConfig } from './config.js';

/** The head's configuration as read, or why it could not be read. */
export type HeadConfig = { readonly config: GateConfig } | { readonly error: string };

export function proposedConfigurationChanges(base: GateConfig, head: HeadConfig): string[] {
  if ('error' in head) return [`the head's configuration cannot be read: ${head.error}`];
  const proposed = head.config;
  const lines: string[] = [];
  if (base.file !== proposed.file) {
    lines.push(
      proposed.file === undefined
        ? `removes ${base.file ?? 'the configuration file'}`
        : base.file === undefined
          ? `adds ${proposed.file}`
          : `moves ${base.file} to ${proposed.file}`,
    );
  }
  lines.push(...policyChanges(base.settings.policies, proposed.settings.policies));
  for (const key of SETTING_KEYS) {
    const before = base.settings[key];
    const after = proposed.settings[key];
    if (JSON.stringify(before) !== JSON.stringify(after)) lines.push(`${SETTING_NAMES[key]}: ${shown(before)} → ${shown(after)}`);
  }
  lines.push(...exceptionChanges(base.exceptions, proposed.exceptions));
  lines.push(...listChanges('include', base.include, proposed.include), ...listChanges('exclude', base.exclude, proposed.exclude));
  if (withoutPositions(base.overlays) !== withoutPositions(proposed.overlays)) {
    lines.push(`overlays: ${base.overlays.length} → ${proposed.overlays.length}${base.overlays.length === proposed.overlays.length ? ' (changed)' : ''}`);
  }
  return lines;
}

const SETTING_KEYS = ['scope', 'unknown', 'defaultEnforcement', 'exceptionsFromBaseOnly', 'exceptionMaxDays', 'hostDefaults'] as const;
const SETTING_NAMES: Record<(typeof SETTING_KEYS)[number], string> = {
  scope: 'scope',
  unknown: 'unknown',
  defaultEnforcement: 'defaultEnforcement',
  exceptionsFromBaseOnly: 'exceptions.fromBaseOnly',
  exceptionMaxDays: 'exceptions.maxDays',
  hostDefaults: 'hostDefaults',
};

function policyChanges(before: GateSettings['policies'], after: GateSettings['policies']): string[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids
    .filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]))
    .map((id) => `policies.${id}: ${describeSetting(before[id])} → ${describeSetting(after[id])}`);
}

function describeSetting(setting: PolicySetting | undefined): string {
  if (setting === undefined) return 'default';
  const parts = [
    ...(setting.level !== undefined ? [`level ${setting.level}`] : []),
    ...(setting.enforcement !== undefined ? [`enforcement ${setting.enforcement}`] : []),
    ...(setting.options !== undefined ? [`options ${JSON.stringify(setting.options)}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'default';
}

function listChanges(name: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((entry) => !before.includes(entry));
  const removed = before.filter((entry) => !after.includes(entry));
  return [...added.map((entry) => `${name}: adds ${JSON.stringify(entry)}`), ...removed.map((entry) => `${name}: removes ${JSON.stringify(entry)}`)];
}

/** Entries of `exceptions.entries` the head adds or removes, each named by what it waives and until when. */
function exceptionChanges(before: readonly PolicyException[], after: readonly PolicyException[]): string[] {
  const keys = (entries: readonly PolicyException[]) => new Set(entries.map(withoutPositions));
  const [beforeKeys, afterKeys] = [keys(before), keys(after)];
  return [
    ...after.filter((entry) => !beforeKeys.has(withoutPositions(entry))).map((entry) => `exceptions.entries: adds ${describeException(entry)}`),
    ...before.filter((entry) => !afterKeys.has(withoutPositions(entry))).map((entry) => `exceptions.entries: removes ${describeException(entry)}`),
  ];
}

function describeException(entry: PolicyException): string {
  const vms = entry.vmPattern === true ? `the VMs matching ${JSON.stringify(entry.vm)}` : JSON.stringify(entry.vm);
  const subject = entry.subject !== undefined ? `, ${entry.subjectKind ?? 'disk'} ${JSON.stringify(entry.subject)}` : '';
  return `${entry.policy} for ${vms}${subject}${entry.expires !== undefined ? `, expires ${entry.expires}` : ''}`;
}

/** Compared by what they declare, not where: source positions left out. */
function withoutPositions(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => (key === 'at' ? undefined : inner));
}

function shown(value: unknown): string {
  return value === undefined ? 'default' : JSON.stringify(value);
}
