/**
 * The gate settings the core needs, already validated: the pure, typed result of reading
 * `.hvgate.yml`, which happens at the edge (src/config/).
 */
import type { Level } from './finding.js';
import { DEFAULT_HOST, type HostDefaults } from './host.js';

/** Sentinel-style enforcement: whether a blocking finding can be overridden. */
export type Enforcement = 'advisory' | 'soft-mandatory' | 'hard-mandatory';

export interface PolicySetting {
  /** Level override; `off` disables the policy. */
  readonly level?: Level | 'off';
  readonly enforcement?: Enforcement;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface GateSettings {
  readonly policies: Readonly<Record<string, PolicySetting>>;
  /** `introduced`: only findings the change introduces block; `all`: every finding at error level blocks. */
  readonly scope: 'introduced' | 'all';
  /** What a value unknown until apply becomes: a note per policy, or an HVB000 error. */
  readonly unknown: 'note' | 'fail';
  readonly hostDefaults: HostDefaults;
  /** Honour only exceptions that already exist on the base side of a change. */
  readonly exceptionsFromBaseOnly: boolean;
  /** Longest allowed exception lifetime in days from today; undefined = no limit. */
  readonly exceptionMaxDays?: number;
  /** Enforcement for policies that do not set one. */
  readonly defaultEnforcement: Enforcement;
}

export const DEFAULT_SETTINGS: GateSettings = {
  policies: {},
  scope: 'introduced',
  unknown: 'note',
  hostDefaults: DEFAULT_HOST,
  exceptionsFromBaseOnly: false,
  defaultEnforcement: 'soft-mandatory',
};

/**
 * Policies about the gate's own inputs: an unreadable definition or a broken waiver must be fixed, so
 * they can never be waived and, unless the configuration says otherwise, never overridden.
 */
export const GATE_INTEGRITY_POLICIES: ReadonlySet<string> = new Set(['HVB000', 'HVB016']);

export function enforcementOf(settings: GateSettings, policyId: string): Enforcement {
  return settings.policies[policyId]?.enforcement ?? (GATE_INTEGRITY_POLICIES.has(policyId) ? 'hard-mandatory' : settings.defaultEnforcement);
}
