/**
 * Waivers during one evaluation: every exception validated before any finding is made (an invalid
 * one must not waive anything), the valid ones looked up per finding, and each use counted here,
 * since the index itself is a pure lookup.
 */
import { estateExceptions, validateException, WaiverIndex, type Waiver } from '../exceptions.js';
import type { AppliedException, Finding } from '../finding.js';
import type { Estate, PolicyException } from '../model.js';
import type { ExceptionProblem } from '../policy.js';
import type { GateSettings } from '../settings.js';
import type { ResolvedPack } from './pack.js';

/** An exception as written, with the policy it resolves to and what is wrong with it before matching. */
export interface CheckedException extends Waiver {
  /** Undefined when the pack has no such policy. */
  readonly resolvedId: string | undefined;
  readonly problems: readonly ExceptionProblem[];
}

export interface WaiverOptions {
  readonly today: string;
  readonly baseExceptions?: ReadonlySet<string>;
}

export class Waivers {
  /** Every exception of the estate, in declaration order. */
  readonly checked: readonly CheckedException[];
  private readonly index: WaiverIndex;
  /** True when no exception is valid, so none can waive a finding. */
  private readonly none: boolean;
  private readonly matches = new Map<Waiver, { count: number; vms: Set<string> }>();

  constructor(estate: Estate, pack: ResolvedPack, settings: GateSettings, options: WaiverOptions) {
    const check = {
      settings,
      findPolicy: pack.findPolicy,
      policyNames: pack.policies.flatMap((policy) => [policy.id, policy.name]),
      today: options.today,
      ...(options.baseExceptions ? { baseExceptions: options.baseExceptions } : {}),
    };
    this.checked = estateExceptions(estate).map((exception): CheckedException => {
      const resolvedId = pack.findPolicy(exception.policy)?.id;
      return { exception, policyId: resolvedId ?? exception.policy, resolvedId, problems: validateException(exception, check) };
    });
    const valid = this.checked.filter((checked) => checked.problems.length === 0);
    this.index = new WaiverIndex(valid);
    this.none = valid.length === 0;
  }

  /** The finding, waived by the first valid exception that covers it. */
  apply(finding: Finding): Finding {
    // Most estates waive nothing; their findings are not looked up one by one.
    if (this.none) return finding;
    const waiver = this.index.find(finding);
    if (!waiver) return finding;
    const uses = this.matches.get(waiver) ?? { count: 0, vms: new Set<string>() };
    uses.count += 1;
    if (finding.vm !== undefined) uses.vms.add(finding.vm);
    this.matches.set(waiver, uses);
    return { ...finding, exception: appliedException(waiver.exception) };
  }

  /** How many findings an exception waived so far, and on which VMs. */
  matchesOf(checked: CheckedException): { readonly count: number; readonly vms: readonly string[] } {
    const uses = this.matches.get(checked);
    return { count: uses?.count ?? 0, vms: uses ? [...uses.vms] : [] };
  }
}

function appliedException(exception: PolicyException): AppliedException {
  return { at: exception.at, reason: exception.reason ?? '', owner: exception.owner ?? '', expires: exception.expires ?? '' };
}
