/**
 * The plan of a change, Terraform-style: what happens to each VM between the base and the head of a
 * change (create, update, replace, delete, unchanged), which attributes change, how the predicted
 * backup outcome moves, and where every finding stands (introduced, unchanged, resolved) by
 * fingerprint, never by line. Pure.
 */
import type { Evaluation } from './engine.js';
import { estateExceptions, exceptionKey } from './exceptions.js';
import type { Finding } from './finding.js';
import type { ResolvedHost } from './host.js';
import type { FindingStatus } from './gate.js';
import { flattenSource, isComplete, isUnknownAttribute, sameSourceTexts } from './attributes.js';
import type { Estate, PolicyException, SourceAttribute, SourceAttributes } from './model.js';
import type { Outcome } from './outcome.js';
import type { VmResult } from './policy.js';
import type { SourceSpan } from './source.js';

/** One side of a change, parsed and evaluated. */
export interface EvaluatedSide {
  readonly estate: Estate;
  readonly evaluation: Evaluation;
}

/**
 * What the plan compares of one side: each VM's definition and predicted backup, the findings and
 * the exceptions. Taken from an evaluated side, it lets the side's model go, so that a plan over a
 * large estate does not hold both models at once.
 */
export interface PlanSide {
  /** By resource address; the first VM of an address when definitions repeat it. */
  readonly vms: ReadonlyMap<string, PlannedVm>;
  readonly findings: readonly Finding[];
  readonly exceptions: readonly PolicyException[];
}

/** One VM of a side, as the plan compares it. */
export interface PlannedVm {
  readonly name: string;
  readonly at: SourceSpan;
  readonly attributes: SourceAttributes | undefined;
  readonly state: PredictedBackup;
}

/** What a change does to a VM, whether a Terraform plan says so or the definitions are compared. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged';

export interface AttributeChange {
  /** In the source's words: `processor_count`, `hard_disk_drives[0].path` (Terraform), `spec.disks["data"].path` (hvgate/v1). */
  readonly path: string;
  /** The value as shown; absent when the attribute did not exist on that side. */
  readonly before?: string;
  readonly after?: string;
  /** The provider (or Hyper-V) cannot change this attribute in place; the VM is created anew. */
  readonly forcesReplacement?: boolean;
  /** A backup policy reads this attribute. */
  readonly backupRelevant?: boolean;
}

/** A VM's predicted backup on one side of a change, with the context that decides it. */
export interface PredictedBackup {
  readonly outcome: Outcome;
  /** Some value was unknown, so the outcome may be worse. */
  readonly uncertain: boolean;
  /** The host facts assumed (`label` says them as a phrase). */
  readonly host: ResolvedHost;
  readonly jobs: readonly string[];
}

export interface VmChange {
  readonly name: string;
  readonly address: string;
  readonly action: PlanAction;
  /** The head definition, or the base one for a deleted VM. */
  readonly at: SourceSpan;
  /** Attributes of the definition that change (for `create`: those the author set). */
  readonly attributes: readonly AttributeChange[];
  readonly before?: PredictedBackup;
  readonly after?: PredictedBackup;
  /** The definition is unchanged but its backup is not: another change (job, host profile) reaches it. */
  readonly affected: boolean;
  /** Whether the action is the Terraform plan's own or derived from comparing definitions. */
  readonly actionFrom: 'definitions' | 'terraform-plan';
  /**
   * The change can change the VM's backup: it creates, replaces or destroys the VM, changes an
   * attribute a backup policy reads, or moves its predicted backup. False for changes such as
   * `processor_count` or `notes` alone.
   */
  readonly backupRelevant: boolean;
}

export interface PlanSummary {
  /** As Terraform counts: a replacement is one add and one destroy. */
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly replace: number;
  readonly unchanged: number;
  /** Unchanged definitions whose predicted backup or findings change. */
  readonly affected: number;
  /** Of `change`, the updates that are backup-relevant; the others change only attributes no backup policy reads. */
  readonly backupRelevantChange: number;
}

export interface PlannedChanges {
  /** Every VM of either side, ordered by address. */
  readonly changes: readonly VmChange[];
  /** Status of a head finding, by fingerprint. */
  readonly statusOf: (finding: Finding) => FindingStatus;
  /** Findings only the base has: fixed, or gone with their resource. Their status is `resolved`. */
  readonly resolved: readonly Finding[];
  /** Exceptions the head declares that the base does not (by exceptionKey). */
  readonly addedExceptions: readonly PolicyException[];
  readonly removedExceptions: readonly PolicyException[];
  readonly summary: PlanSummary;
}

/** Everything a report says about a plan, beyond the gate report itself. Plain data. */
export interface PlanReport {
  readonly base: { readonly ref: string; readonly commit: string };
  /** `ref`/`commit` are absent when the head is the working tree. */
  readonly head: { readonly ref?: string; readonly commit?: string; readonly workingTree: boolean };
  /** Which side's `.hvgate.yml` was applied. */
  readonly configFrom: 'base' | 'head';
  readonly changes: readonly VmChange[];
  readonly summary: PlanSummary;
  readonly addedExceptions: readonly PolicyException[];
  readonly removedExceptions: readonly PolicyException[];
  /** A soft-mandatory override in force, with its reason. */
  readonly override?: { readonly reason: string };
  /** When the base's configuration governs: what the head changes in it, shown and never applied. */
  readonly proposedConfiguration?: readonly string[];
}

/** The actions a Terraform plan states, by resource address; they win over comparing definitions. */
export type PlannedActions = ReadonlyMap<string, PlanAction>;

/** The side as the plan compares it; `exceptionsOf` is the estate whose exceptions count for the side (overlays of its own configuration). */
export function planSide({ estate, evaluation }: EvaluatedSide, exceptionsOf: Estate = estate): PlanSide {
  const vms = new Map<string, PlannedVm>();
  for (const result of evaluation.vms) {
    const { vm } = result;
    if (!vms.has(vm.address)) vms.set(vm.address, { name: vm.name, at: vm.at, attributes: vm.attributes, state: stateOf(result) });
  }
  return { vms, findings: evaluation.findings, exceptions: estateExceptions(exceptionsOf) };
}

export function planChanges(base: PlanSide, head: PlanSide, terraform?: PlannedActions): PlannedChanges {
  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const headFingerprints = new Set(head.findings.map((f) => f.fingerprint));
  const statusOf = (finding: Finding): FindingStatus => (baseFingerprints.has(finding.fingerprint) ? 'unchanged' : 'introduced');
  const resolved = base.findings.filter((f) => !headFingerprints.has(f.fingerprint));
  const introducedOrResolved = new Set<string>([
    ...head.findings.filter((f) => !baseFingerprints.has(f.fingerprint)).map((f) => f.address),
    ...resolved.map((f) => f.address),
  ]);

  const addresses = [...new Set([...base.vms.keys(), ...head.vms.keys()])].sort();
  const changes: VmChange[] = addresses.map((address) => {
    const before = base.vms.get(address);
    const after = head.vms.get(address);
    const attributes = diffAttributes(before, after);
    const planned = terraform?.get(address);
    const action = planned ?? derivedAction(before, after, attributes);
    const beforeState = before?.state;
    const afterState = after?.state;
    const vm = after ?? before;
    if (vm === undefined) throw new Error(`${address} is in neither the base nor the head`);
    const affected = action === 'unchanged' && (introducedOrResolved.has(address) || !sameState(beforeState, afterState));
    const backupRelevant =
      action === 'create' ||
      action === 'delete' ||
      action === 'replace' ||
      attributes.some((a) => a.backupRelevant === true) ||
      !sameState(beforeState, afterState);
    return {
      name: vm.name,
      address,
      action,
      at: vm.at,
      attributes: action === 'unchanged' || action === 'delete' ? [] : attributes,
      ...(beforeState ? { before: beforeState } : {}),
      ...(afterState ? { after: afterState } : {}),
      affected,
      actionFrom: planned !== undefined ? 'terraform-plan' : 'definitions',
      backupRelevant,
    };
  });

  const baseExceptionKeys = exceptionKeys(base);
  const headExceptionKeys = exceptionKeys(head);
  return {
    changes,
    statusOf,
    resolved,
    addedExceptions: head.exceptions.filter((e) => !baseExceptionKeys.has(exceptionKey(e))),
    removedExceptions: base.exceptions.filter((e) => !headExceptionKeys.has(exceptionKey(e))),
    summary: summarise(changes),
  };
}

/** Keys of every exception a side declares, for `evaluate(…, { baseExceptions })`. */
export function exceptionKeys(side: PlanSide): Set<string> {
  return new Set(side.exceptions.map(exceptionKey));
}

/**
 * What changes between two definitions, attribute by attribute, in the source's words. For a new VM
 * only what its author wrote is listed, since defaults would bury it. An attribute missing from a
 * side that lists only written attributes (`.tf`, hvgate/v1) while the other lists everything (plan,
 * state) is left as it is by Terraform, so it is no change; nor is a provider default the written-only
 * side assumed for an attribute the other side does not hold.
 */
function diffAttributes(before: PlannedVm | undefined, after: PlannedVm | undefined): AttributeChange[] {
  if (!after) return [];
  if (before && sameSourceTexts(before.attributes, after.attributes)) return [];
  const afterAttributes = flattenSource(after.attributes);
  if (!before) {
    // Nothing is replaced when a VM is created; what is listed is what its author wrote, and what is not known yet.
    return [...afterAttributes]
      .filter(([, a]) => a.written || isUnknownAttribute(a))
      .map(([path, a]) => ({ path, after: a.display, ...(a.backupRelevant ? { backupRelevant: true } : {}) }));
  }
  const beforeAttributes = flattenSource(before.attributes);
  const beforeComplete = isComplete(before.attributes);
  const afterComplete = isComplete(after.attributes);
  const changes: AttributeChange[] = [];
  for (const path of [...new Set([...beforeAttributes.keys(), ...afterAttributes.keys()])].sort()) {
    const was = beforeAttributes.get(path);
    const now = afterAttributes.get(path);
    if (was?.key === now?.key) continue;
    const missingFromPartial = (was === undefined && !beforeComplete && afterComplete) || (now === undefined && !afterComplete && beforeComplete);
    // A default the partial side assumed, for an attribute the complete side does not hold (an older provider's state).
    const assumedDefault = (was === undefined && now?.written === false && beforeComplete) || (now === undefined && was?.written === false && afterComplete);
    if (missingFromPartial || assumedDefault) continue;
    changes.push({
      path,
      ...(was !== undefined ? { before: was.display } : {}),
      ...(now !== undefined ? { after: now.display } : {}),
      ...flagsOf(now ?? was),
    });
  }
  return changes;
}

function flagsOf(attribute: SourceAttribute | undefined): Pick<AttributeChange, 'forcesReplacement' | 'backupRelevant'> {
  return {
    ...(attribute?.forcesReplacement ? { forcesReplacement: true } : {}),
    ...(attribute?.backupRelevant ? { backupRelevant: true } : {}),
  };
}

function derivedAction(before: PlannedVm | undefined, after: PlannedVm | undefined, attributes: readonly AttributeChange[]): PlanAction {
  if (!before) return 'create';
  if (!after) return 'delete';
  if (attributes.length === 0) return 'unchanged';
  return attributes.some((a) => a.forcesReplacement) ? 'replace' : 'update';
}

function stateOf(result: VmResult): PredictedBackup {
  return { outcome: result.outcome, uncertain: result.uncertain, host: result.host, jobs: result.jobs };
}

function sameState(a: PredictedBackup | undefined, b: PredictedBackup | undefined): boolean {
  if (!a || !b) return a === b;
  return a.outcome === b.outcome && a.uncertain === b.uncertain && a.host.label === b.host.label && a.jobs.join('\u0000') === b.jobs.join('\u0000');
}

function summarise(changes: readonly VmChange[]): PlanSummary {
  const countOf = (action: PlanAction) => changes.filter((c) => c.action === action).length;
  const replace = countOf('replace');
  return {
    add: countOf('create') + replace,
    change: countOf('update'),
    destroy: countOf('delete') + replace,
    replace,
    unchanged: countOf('unchanged'),
    backupRelevantChange: changes.filter((c) => c.action === 'update' && c.backupRelevant).length,
    affected: changes.filter((c) => c.affected).length,
  };
}
