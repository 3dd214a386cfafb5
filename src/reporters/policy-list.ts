/**
 * The policy catalogue as the gate will apply it: every policy with its effective level and
 * enforcement under the loaded configuration, so a team can see what blocks before anything runs. Pure.
 */
import { enforcementOf, type GateSettings } from '../core/settings.js';
import type { AnyPolicy } from '../core/policy.js';

export interface PolicyListEntry {
  readonly id: string;
  readonly name: string;
  readonly principle: number | null;
  readonly level: string;
  readonly defaultLevel: string;
  readonly enforcement: string;
  readonly blocks: boolean;
  readonly requiresJobs: boolean;
  readonly unverified: boolean;
  readonly description: string;
  readonly docsUrl: string;
}

export function policyList(pack: readonly AnyPolicy[], settings: GateSettings): PolicyListEntry[] {
  return pack.map((policy) => {
    const level = settings.policies[policy.id]?.level ?? policy.defaultLevel;
    const enforcement = enforcementOf(settings, policy);
    return {
      id: policy.id,
      name: policy.name,
      principle: policy.principle ?? null,
      level,
      defaultLevel: policy.defaultLevel,
      enforcement,
      blocks: level === 'error' && enforcement !== 'advisory',
      requiresJobs: policy.requiresJobs === true,
      unverified: policy.unverified === true,
      description: policy.description,
      docsUrl: policy.docsUrl,
    };
  });
}

export function policyListText(entries: readonly PolicyListEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.name,
    e.level === e.defaultLevel ? e.level : `${e.level} (default ${e.defaultLevel})`,
    e.enforcement,
    e.blocks ? 'yes' : 'no',
    e.description,
  ]);
  const header = ['ID', 'NAME', 'LEVEL', 'ENFORCEMENT', 'BLOCKS', 'DESCRIPTION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line), '', 'Docs: https://github.com/hyperv-backup-gate/hyperv-backup-gate/tree/main/policies', ''].join('\n');
}
