/**
 * The policy contract. A policy is a module with metadata and one or more pure check functions
 * that read the normalized model and report through their context, never a literal message.
 */
import type { BackupJob, Estate, PolicyException, VirtualMachine } from './model.js';
import type { ResolvedHost } from './host.js';
import type { Effect, Outcome } from './outcome.js';
import type { Level, RelatedLocation } from './finding.js';
import type { Remedy } from './remedy.js';
import type { SourceSpan, Unknown } from './source.js';

/** Where policy docs live; a policy's URL is derived from its folder name. */
export const DOCS_BASE_URL = 'https://github.com/hyperv-backup-gate/hyperv-backup-gate/blob/main/policies/';

export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<M extends string> {
  readonly messageId: M;
  readonly data?: MessageData;
  readonly at: SourceSpan;
  /** Narrows the finding inside its resource; part of the fingerprint. Must be unique per resource. */
  readonly subject?: string;
  readonly related?: readonly RelatedLocation[];
  /** Overrides the policy's default effect for this finding. */
  readonly effect?: Effect;
  /** The fix, when it is mechanical and certain; a judgement is explained in the policy's `fix` text instead. */
  readonly remedy?: Remedy;
}

export interface VmContext<M extends string, O> {
  readonly vm: VirtualMachine;
  readonly host: ResolvedHost;
  readonly options: O;
  /** Jobs that include this VM, explicitly or by label selector. */
  readonly jobs: readonly BackupJob[];
  /** False when no backup job is declared anywhere. */
  readonly jobsDeclared: boolean;
  /**
   * Reports a finding. `data` gets `vm`, `address` (the resource address), `host` and `consequence`
   * (the degraded-backup consequence on this VM's host) added, so every template may use them.
   */
  readonly report: (report: Report<M>) => void;
  /** Says that a value the policy needs is unknown until apply; never guess instead. */
  readonly cannotEvaluate: (value: Unknown, what: string, subject?: string) => void;
}

/** A VM with what the engine concluded about it. */
export interface VmResult {
  readonly vm: VirtualMachine;
  readonly host: ResolvedHost;
  readonly outcome: Outcome;
  /** Fingerprints of the findings that set the outcome (the worst ones). */
  readonly causes: readonly string[];
  /** True when some policy could not evaluate a value that is unknown until apply. */
  readonly uncertain: boolean;
  /** Names of the jobs the VM belongs to. */
  readonly jobs: readonly string[];
}

/** A job with its resolved members and what fails it. */
export interface JobResult {
  readonly job: BackupJob;
  /** Member VM names, explicit and selected, in declaration order, without repeats. */
  readonly members: readonly string[];
  /** Names the job lists that no definition provides. */
  readonly missing: readonly { readonly name: string; readonly at: SourceSpan }[];
  /** Members whose predicted outcome is `fails`. */
  readonly failing: readonly string[];
  /** True when the whole job is predicted to fail (principle 3: all or nothing). */
  readonly fails: boolean;
}

export type ExceptionProblem =
  | { readonly kind: 'no-reason' }
  | { readonly kind: 'no-owner' }
  | { readonly kind: 'no-expiry' }
  | { readonly kind: 'bad-expiry'; readonly value: string }
  | { readonly kind: 'expired'; readonly value: string }
  | { readonly kind: 'unknown-policy'; readonly value: string; readonly suggestion?: string }
  /** `byConfiguration`: hard-mandatory in `.hvgate.yml`; otherwise the policy is never waivable. */
  | { readonly kind: 'not-waivable'; readonly value: string; readonly byConfiguration: boolean }
  | { readonly kind: 'too-long'; readonly value: string; readonly maxDays: number }
  | { readonly kind: 'bad-pattern'; readonly value: string; readonly problem: string }
  | { readonly kind: 'added-by-change' }
  | { readonly kind: 'unmatched' };

export interface ExceptionStatus {
  readonly exception: PolicyException;
  /** The id of the policy it names, when the pack has that policy. */
  readonly policyId?: string;
  /** Empty for a valid exception that waived at least one finding, or whose policy did not run (off, or inactive without jobs). */
  readonly problems: readonly ExceptionProblem[];
  /** Findings it waived. */
  readonly matched: number;
  /** Names of the VMs whose findings it waived, each once, in the order met: several for a pattern. */
  readonly vms: readonly string[];
  /** Whole days from today until the expiry date of an applied exception; reports warn before it lapses. */
  readonly daysLeft?: number;
}

export interface EstateReport<M extends string> extends Report<M> {
  /** Resource address the finding is about (a job's or a VM's); defaults to the file of `at`. */
  readonly address?: string;
  readonly vm?: string;
  readonly blastRadius?: readonly string[];
}

export interface EstateContext<M extends string, O> {
  readonly estate: Estate;
  readonly options: O;
  readonly vms: readonly VmResult[];
  readonly jobs: readonly JobResult[];
  readonly report: (report: EstateReport<M>) => void;
}

/** For policies about the exceptions themselves; they run last, when every exception's use is known. */
export interface ExceptionsContext<M extends string, O> {
  readonly estate: Estate;
  readonly options: O;
  /** Every exception, valid or not, with its problems and the findings it waived. */
  readonly exceptions: readonly ExceptionStatus[];
  readonly report: (report: EstateReport<M>) => void;
}

export interface PolicyMeta<M extends string, O> {
  /** Permanent id, `HVB` + three digits; never reused. */
  readonly id: string;
  /** Kebab-case name: the thing, then what is checked. */
  readonly name: string;
  /** Article principle (1–4) the policy enforces, if any. */
  readonly principle?: 1 | 2 | 3 | 4;
  /** One imperative sentence ("Require …", "Disallow …"). */
  readonly description: string;
  readonly defaultLevel: Level;
  readonly effect: Effect;
  /** How to fix a finding, one or two sentences. */
  readonly fix: string;
  readonly messages: Readonly<Record<M, string>>;
  /**
   * Wording for findings about Terraform resources (`.tf` and plan JSON): Terraform's attribute names
   * (`snapshot_file_location`, `hard_disk_drives[1].disk_number`) and the fix as the Terraform or
   * `.hvgate.yml` change that makes it. What is not given here is worded as for the own format.
   */
  readonly terraform?: { readonly fix?: string; readonly messages?: Readonly<Partial<Record<M, string>>> };
  /** Rests on a fact docs/domain.md marks unverified; its docs must say so. */
  readonly unverified?: boolean;
  /** Inactive when no backup job is declared anywhere (coverage and job policies). */
  readonly requiresJobs?: boolean;
  /** Defaults for options that `.hvgate.yml` may override. */
  readonly defaultOptions: O;
  /** JSON Schema for the options object. */
  readonly optionsSchema?: object;
  /**
   * False for policies about the gate's own inputs (an unreadable definition, a broken waiver): what
   * they find must be fixed, so no exception waives it, and they are hard-mandatory unless the
   * configuration says otherwise. Default true.
   */
  readonly waivable?: boolean;
  /** With `unknown: fail`, values unknown until apply become this policy's findings (one policy of a pack at most). */
  readonly ownsUnknowns?: boolean;
}

/** The check functions; a policy has at least one. */
export interface PolicyChecks<M extends string, O> {
  /** Runs once per VM. */
  readonly checkVm?: (context: VmContext<M, O>) => void;
  /** Runs once, after every VM's outcome and every job's fate are known. */
  readonly checkEstate?: (context: EstateContext<M, O>) => void;
  /** Runs last, once exceptions have been applied; what it reports cannot be waived. */
  readonly checkExceptions?: (context: ExceptionsContext<M, O>) => void;
}

export interface Policy<M extends string = string, O = unknown> extends PolicyMeta<M, O>, PolicyChecks<M, O> {
  readonly docsUrl: string;
}

type PolicyDefinition<M extends string, O> = PolicyMeta<M, O> & PolicyChecks<M, O>;

/** Declares a policy; derives its docs URL from id and name so the two cannot drift apart. */
export function definePolicy<M extends string, O = Record<string, never>>(definition: PolicyDefinition<M, O>): Policy<M, O> {
  return { ...definition, docsUrl: `${DOCS_BASE_URL}${definition.id}-${definition.name}/README.md` };
}

/** A policy of any message ids and options, as the engine holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each policy has its own options type; the engine only passes them through
export type AnyPolicy = Policy<string, any>;

/** Finds a policy of the pack by id (`HVB003`) or name (`checkpoint-same-volume`). */
export type PolicyFinder = (idOrName: string) => AnyPolicy | undefined;

/**
 * The one way to look a policy up by what a person wrote: its id or its name, in any case, with
 * surrounding spaces ignored (ids are upper case and names lower case, but people write either).
 */
export function policyFinder(pack: readonly AnyPolicy[]): PolicyFinder {
  const index = new Map<string, AnyPolicy>();
  for (const policy of pack) {
    index.set(policy.id.toUpperCase(), policy);
    index.set(policy.name.toUpperCase(), policy);
  }
  return (idOrName) => index.get(idOrName.trim().toUpperCase());
}
