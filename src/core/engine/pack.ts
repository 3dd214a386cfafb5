/**
 * Resolving the pack: which policies run, at which level and enforcement, with which options, and
 * which policy owns values unknown until apply. Done once per evaluation, not once per VM.
 */
import type { Level } from '../finding.js';
import { policyFinder, type AnyPolicy, type PolicyFinder } from '../policy.js';
import { enforcementOf, type Enforcement, type GateSettings } from '../settings.js';

/** A policy as this evaluation runs it. */
export interface ConfiguredPolicy {
  readonly policy: AnyPolicy;
  readonly level: Level;
  readonly enforcement: Enforcement;
  /** The policy's defaults with the configuration's options on top. */
  readonly options: unknown;
}

export interface ResolvedPack {
  readonly policies: readonly AnyPolicy[];
  readonly findPolicy: PolicyFinder;
  /** Policies that run, in pack order. */
  readonly active: readonly ConfiguredPolicy[];
  /** Ids of the policies that run. */
  readonly ran: ReadonlySet<string>;
  /** Under `unknown: fail`, "cannot evaluate" is this policy's error (whatever its own level), if the pack has one. */
  readonly unknownsOwner?: { readonly policy: AnyPolicy; readonly enforcement: Enforcement };
  /** Things the report must say once (e.g. inactive policies). */
  readonly notices: readonly string[];
}

export function resolvePack(pack: readonly AnyPolicy[], settings: GateSettings, jobsDeclared: boolean): ResolvedPack {
  const configured = pack.flatMap((policy): ConfiguredPolicy[] => {
    const level = settings.policies[policy.id]?.level ?? policy.defaultLevel;
    if (level === 'off') return [];
    const options: unknown = { ...(policy.defaultOptions as object), ...settings.policies[policy.id]?.options };
    return [{ policy, level, enforcement: enforcementOf(settings, policy), options }];
  });
  const inactive = configured.filter(({ policy }) => policy.requiresJobs === true && !jobsDeclared);
  const active = configured.filter((entry) => !inactive.includes(entry));
  const owners = pack.filter((policy) => policy.ownsUnknowns === true);
  if (owners.length > 1) throw new Error(`only one policy may own unknown values, but ${owners.map((p) => p.id).join(' and ')} do`);
  const owner = owners[0];
  return {
    policies: pack,
    findPolicy: policyFinder(pack),
    active,
    ran: new Set(active.map(({ policy }) => policy.id)),
    ...(owner ? { unknownsOwner: { policy: owner, enforcement: enforcementOf(settings, owner) } } : {}),
    notices: inactive.length > 0 ? [inactiveNotice(inactive.map(({ policy }) => policy.id))] : [],
  };
}

function inactiveNotice(ids: readonly string[]): string {
  return `No backup jobs are declared, so ${joinIds(ids)} (backup coverage and job policies) are inactive. Declare BackupJob definitions to evaluate them.`;
}

function joinIds(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1] ?? ''}`;
}
