/**
 * The VM phase: every VM policy on every VM, then each VM's predicted outcome from its own unwaived
 * findings (the worst effect wins).
 */
import type { Finding } from '../finding.js';
import { degradedConsequence, degradedOutcome, resolveHost, type ResolvedHost } from '../host.js';
import type { Membership } from '../jobs.js';
import type { Estate, HostProfile, VirtualMachine } from '../model.js';
import { worseOf, type Effect, type Outcome } from '../outcome.js';
import type { Report, VmResult } from '../policy.js';
import type { GateSettings } from '../settings.js';
import { formatSpan, isKnown, type Unknown } from '../source.js';
import type { FindingFactory, FindingScope, UnevaluatedValue } from './finding-factory.js';
import type { ConfiguredPolicy, ResolvedPack } from './pack.js';
import type { Waivers } from './waivers.js';

export interface VmPhase {
  readonly findings: readonly Finding[];
  readonly results: readonly VmResult[];
}

export function runVmPhase(
  estate: Estate,
  pack: ResolvedPack,
  settings: GateSettings,
  membership: Membership,
  make: FindingFactory,
  waivers: Waivers,
): VmPhase {
  const profiles = new Map<string, HostProfile>();
  for (const host of estate.hosts) if (!profiles.has(host.name)) profiles.set(host.name, host);
  const vmPolicies = pack.active.filter(({ policy }) => policy.checkVm !== undefined);
  const jobsDeclared = estate.jobs.length > 0;
  const findings: Finding[] = [];
  const results: VmResult[] = [];
  const hostOf = hostResolver(profiles, settings);
  for (const vm of estate.vms) {
    const { host, consequence } = hostOf(vm);
    const jobs = membership.jobsOf.get(vm.name) ?? [];
    const scope: FindingScope = {
      vm: vm.name,
      vmAddress: vm.address,
      address: vm.address,
      host,
      format: vm.format,
      autoData: { vm: vm.name, address: vm.address, host: host.label, consequence },
    };
    const own: Finding[] = [];
    // Most VMs have no value a policy cannot evaluate.
    let unknowns: Map<string, [UnevaluatedValue, ...UnevaluatedValue[]]> | undefined;
    // The policy being run; the two callbacks are made once per VM rather than once per policy.
    let current: ConfiguredPolicy | undefined;
    const report = (report: Report<string>) => {
      if (current === undefined) return;
      const finding = make.fromReport(current, report, scope);
      own.push(current.policy.waivable !== false ? waivers.apply(finding) : finding);
    };
    const cannotEvaluate = (value: Unknown, what: string, subject?: string) => {
      if (current === undefined) return;
      // One note per VM and cause: policies that need the same value share it.
      const cause = `${formatSpan(value.at)}\u0000${value.reason}`;
      const configured = current;
      const entry: UnevaluatedValue = { configured, value, what, ...(subject !== undefined ? { subject } : {}) };
      unknowns ??= new Map();
      const same = unknowns.get(cause);
      if (!same) unknowns.set(cause, [entry]);
      else if (!same.some((u) => u.configured === configured)) same.push(entry);
    };
    for (const configured of vmPolicies) {
      current = configured;
      configured.policy.checkVm?.({ vm, host, options: configured.options, jobs, jobsDeclared, report, cannotEvaluate });
    }
    if (unknowns !== undefined) for (const group of unknowns.values()) own.push(make.cannotEvaluate(group, vm, host));
    for (const finding of own) findings.push(finding);
    results.push(predictOutcome(vm, host, own, jobs.length === 0 ? NO_JOBS : jobs.map((job) => job.name)));
  }
  return { findings, results };
}

const NO_JOBS: readonly string[] = [];

interface ResolvedVmHost {
  readonly host: ResolvedHost;
  readonly consequence: string;
}

/**
 * A VM's host as its profile and configuration version make it, with the consequence of a degraded
 * backup there; the same answer is one object for every VM on that kind of host.
 */
function hostResolver(profiles: ReadonlyMap<string, HostProfile>, settings: GateSettings) {
  // By host profile name, then configuration version; undefined where the VM's value is not known.
  const resolved = new Map<string | undefined, Map<string | undefined, ResolvedVmHost>>();
  return (vm: VirtualMachine) => {
    const profile = isKnown(vm.host) ? vm.host.value : undefined;
    const version = isKnown(vm.configurationVersion) ? vm.configurationVersion.value : undefined;
    let versions = resolved.get(profile);
    if (versions === undefined) resolved.set(profile, (versions = new Map<string | undefined, ResolvedVmHost>()));
    let entry = versions.get(version);
    if (entry === undefined) {
      const host = resolveHost(vm, profiles, settings.hostDefaults);
      entry = { host, consequence: degradedConsequence(host) };
      versions.set(version, entry);
    }
    return entry;
  };
}

/** Worst effect among the VM's unwaived findings; a VM meant to be off is backed up offline, not paused. */
function predictOutcome(vm: VirtualMachine, host: ResolvedHost, own: readonly Finding[], jobs: readonly string[]): VmResult {
  const intendedOff = vm.state.known && vm.state.value !== 'Running';
  // A VM meant to be off is backed up offline whatever else holds; findings can only make it worse.
  let outcome: Outcome = intendedOff ? 'offline' : 'online';
  let causes: string[] = [];
  let uncertain = false;
  for (const finding of own) {
    if (finding.cannotEvaluate) uncertain = true;
    if (finding.exception || finding.cannotEvaluate) continue;
    const effectOutcome = outcomeOfEffect(finding.effect, host, intendedOff);
    if (effectOutcome === undefined) continue;
    if (worseOf(outcome, effectOutcome) !== outcome) {
      outcome = effectOutcome;
      causes = [finding.fingerprint];
    } else if (effectOutcome === outcome) {
      causes.push(finding.fingerprint);
    }
  }
  return { vm, host, outcome, causes, uncertain, jobs };
}

function outcomeOfEffect(effect: Effect, host: ResolvedHost, intendedOff: boolean): Outcome | undefined {
  switch (effect) {
    case 'none':
      return undefined;
    case 'degraded':
      return intendedOff ? 'offline' : degradedOutcome(host);
    default:
      return effect;
  }
}
