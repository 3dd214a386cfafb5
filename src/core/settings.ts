/**
 * The gate settings the core needs, already validated: the pure, typed result of reading
 * `.hvgate.yml`, which happens at the edge (src/config/).
 */
import type { Level } from './finding.js';
import { DEFAULT_HOST, type HostDefaults } from './host.js';
import type { AnyPolicy } from './policy.js';

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
  /** Honour only exceptions that already exist on the base side of a change (a plan; `check` has no base). */
  readonly exceptionsFromBaseOnly: boolean;
  /** Longest allowed exception lifetime, in days from today. */
  readonly exceptionMaxDays: number;
  /** Enforcement for policies that do not set one. */
  readonly defaultEnforcement: Enforcement;
}

/** How far ahead an exception may expire unless the configuration says otherwise. */
export const DEFAULT_EXCEPTION_MAX_DAYS = 90;

export const DEFAULT_SETTINGS: GateSettings = {
  policies: {},
  scope: 'introduced',
  unknown: 'note',
  hostDefaults: DEFAULT_HOST,
  exceptionsFromBaseOnly: true,
  exceptionMaxDays: DEFAULT_EXCEPTION_MAX_DAYS,
  defaultEnforcement: 'soft-mandatory',
};

/** A policy's enforcement: the configuration's, else hard-mandatory for policies that can never be waived, else the default. */
export function enforcementOf(settings: GateSettings, policy: Pick<AnyPolicy, 'id' | 'waivable'>): Enforcement {
  return settings.policies[policy.id]?.enforcement ?? (policy.waivable === false ? 'hard-mandatory' : settings.defaultEnforcement);
}
