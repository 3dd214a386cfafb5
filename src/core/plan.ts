/**
 * The plan of a change, Terraform-style: what happens to each VM between the base and the head of a
 * change (create, update, replace, delete, unchanged), which attributes change, how the predicted
 * backup outcome moves, and where every finding stands (introduced, unchanged, resolved) by
 * fingerprint, never by line. Pure.
 */
import type { Evaluation } from './engine.js';
import { estateExceptions, exceptionKey } from './exceptions.js';
import type { Finding } from './finding.js';
import type { FindingStatus } from './gate.js';
import type { Estate, PolicyException, VirtualMachine } from './model.js';
import type { Outcome } from './outcome.js';
import type { VmResult } from './policy.js';
import type { SourceSpan } from './source.js';

/** One side of a change, parsed and evaluated. */
export interface EvaluatedSide {
  readonly estate: Estate;
  readonly evaluation: Evaluation;
}

/** What a change does to a VM, whether a Terraform plan says so or the definitions are compared. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged';

export interface AttributeChange {
  /** Dotted path in the normalized model: `integrationServices.backup`, `disks["data"].path`. */
  readonly path: string;
  /** The value as shown; absent when the attribute did not exist on that side. */
  readonly before?: string;
  readonly after?: string;
  /** Hyper-V cannot change this attribute in place; the VM is created anew. */
  readonly forcesReplacement?: boolean;
}

/** A VM's predicted backup on one side of a change, with the context that decides it. */
export interface PredictedBackup {
  readonly outcome: Outcome;
  /** Some value was unknown, so the outcome may be worse. */
  readonly uncertain: boolean;
  /** The host facts assumed, as a phrase. */
  readonly host: string;
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

/**
 * Attributes Hyper-V fixes at creation: a VM's generation (firmware type) cannot be changed, so a new
 * generation means a new VM.
 */
const REPLACING_ATTRIBUTES: ReadonlySet<string> = new Set(['generation']);

export function planChanges(base: EvaluatedSide, head: EvaluatedSide, terraform?: PlannedActions): PlannedChanges {
  const baseFingerprints = new Set(base.evaluation.findings.map((f) => f.fingerprint));
  const headFingerprints = new Set(head.evaluation.findings.map((f) => f.fingerprint));
  const statusOf = (finding: Finding): FindingStatus => (baseFingerprints.has(finding.fingerprint) ? 'unchanged' : 'introduced');
  const resolved = base.evaluation.findings.filter((f) => !headFingerprints.has(f.fingerprint));
  const introducedOrResolved = new Set<string>([
    ...head.evaluation.findings.filter((f) => !baseFingerprints.has(f.fingerprint)).map((f) => f.address),
    ...resolved.map((f) => f.address),
  ]);

  const baseVms = indexByAddress(base.evaluation.vms);
  const headVms = indexByAddress(head.evaluation.vms);
  const addresses = [...new Set([...baseVms.keys(), ...headVms.keys()])].sort();
  const changes: VmChange[] = addresses.map((address) => {
    const before = baseVms.get(address);
    const after = headVms.get(address);
    const attributes = diffAttributes(before?.vm, after?.vm);
    const planned = terraform?.get(address);
    const action = planned ?? derivedAction(before, after, attributes);
    const beforeState = before ? stateOf(before) : undefined;
    const afterState = after ? stateOf(after) : undefined;
    const side = after ?? before;
    if (side === undefined) throw new Error(`${address} is in neither the base nor the head`);
    const vm = side.vm;
    const affected = action === 'unchanged' && (introducedOrResolved.has(vm.address) || !sameState(beforeState, afterState));
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
    };
  });

  const baseExceptionKeys = new Set(estateExceptions(base.estate).map(exceptionKey));
  const headExceptionKeys = new Set(estateExceptions(head.estate).map(exceptionKey));
  return {
    changes,
    statusOf,
    resolved,
    addedExceptions: estateExceptions(head.estate).filter((e) => !baseExceptionKeys.has(exceptionKey(e))),
    removedExceptions: estateExceptions(base.estate).filter((e) => !headExceptionKeys.has(exceptionKey(e))),
    summary: summarise(changes),
  };
}

/** Keys of every exception an estate declares, for `evaluate(…, { baseExceptions })`. */
export function exceptionKeys(estate: Estate): Set<string> {
  return new Set(estateExceptions(estate).map(exceptionKey));
}

/**
 * The definition's known values as dotted paths with display text. Positions, the name and the
 * address are identity, not attributes; lists of named items are keyed by name, so reordering is no
 * change.
 */
export function flattenAttributes(vm: VirtualMachine): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(vm)) {
    if (key === 'name' || key === 'address' || key === 'format' || key === 'at' || key === 'nameAt') continue;
    walk(key, value, out);
  }
  return out;
}

function walk(path: string, value: unknown, out: Map<string, string>): void {
  if (value === undefined || value === null) return;
  if (isModelValue(value)) {
    out.set(path, value.known ? show(value.value) : unknownText(value.reason));
    return;
  }
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (items.length === 0) return;
    if (items.every(isBareName)) {
      out.set(path, `[${items.map((item) => show(item.name)).join(', ')}]`);
      return;
    }
    items.forEach((item, index) => {
      const key = itemKey(item, index);
      if (isException(item)) {
        out.set(`${path}[${key}]`, exceptionText(item));
      } else if (typeof item === 'object' && item !== null) {
        for (const [field, inner] of Object.entries(item)) if (!POSITION_KEYS.has(field) && field !== 'name') walk(`${path}[${key}].${field}`, inner, out);
        if (Object.keys(item).every((field) => POSITION_KEYS.has(field) || field === 'name')) out.set(`${path}[${key}]`, '(present)');
      } else {
        out.set(`${path}[${key}]`, show(item));
      }
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [field, inner] of Object.entries(value)) if (!POSITION_KEYS.has(field)) walk(`${path}${segment(field)}`, inner, out);
    return;
  }
  out.set(path, show(value));
}

const POSITION_KEYS: ReadonlySet<string> = new Set(['at', 'nameAt']);

function isModelValue(value: unknown): value is { known: true; value: unknown } | { known: false; reason: string } {
  return typeof value === 'object' && value !== null && typeof (value as { known?: unknown }).known === 'boolean' && 'at' in value;
}

function isBareName(item: unknown): item is { name: string } {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { name?: unknown }).name === 'string' &&
    Object.keys(item).every((k) => k === 'name' || POSITION_KEYS.has(k))
  );
}

/** An exception reads best as one line; its policy and subject are already in its key. */
function isException(item: unknown): item is PolicyException {
  return typeof item === 'object' && item !== null && typeof (item as { policy?: unknown }).policy === 'string' && 'vm' in item;
}

function exceptionText(exception: PolicyException): string {
  return `owner ${show(exception.owner ?? '')}, expires ${show(exception.expires ?? '')}, reason ${show(exception.reason ?? '')}`;
}

function itemKey(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const named = item as { name?: unknown; policy?: unknown; subject?: unknown; vm?: unknown };
    if (typeof named.name === 'string') return JSON.stringify(named.name);
    if (typeof named.policy === 'string') return JSON.stringify(`${named.policy}${typeof named.subject === 'string' ? ` ${named.subject}` : ''}`);
  }
  return String(index);
}

function segment(field: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(field) ? `.${field}` : `[${JSON.stringify(field)}]`;
}

/** Strings quoted but not escaped: Windows paths stay readable (`"D:\VMs"`). */
function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function unknownText(reason: string): string {
  return /after apply/i.test(reason) ? '(known after apply)' : `(unknown: ${reason})`;
}

function diffAttributes(before: VirtualMachine | undefined, after: VirtualMachine | undefined): AttributeChange[] {
  if (!after) return [];
  const afterAttributes = flattenAttributes(after);
  if (!before) {
    return [...afterAttributes].filter(([path]) => isWritten(after, path)).map(([path, value]) => ({ path, after: value }));
  }
  const beforeAttributes = flattenAttributes(before);
  const paths = [...new Set([...beforeAttributes.keys(), ...afterAttributes.keys()])].sort();
  const changes: AttributeChange[] = [];
  for (const path of paths) {
    const was = beforeAttributes.get(path);
    const now = afterAttributes.get(path);
    if (was === now) continue;
    changes.push({
      path,
      ...(was !== undefined ? { before: was } : {}),
      ...(now !== undefined ? { after: now } : {}),
      ...(REPLACING_ATTRIBUTES.has(path) ? { forcesReplacement: true } : {}),
    });
  }
  return changes;
}

/**
 * For a new VM only what the author wrote (and what is unknown) is listed; defaults would bury it.
 * A path is written when the Value at its root is `set`, or when it is not a Value at all.
 */
function isWritten(vm: VirtualMachine, path: string): boolean {
  const value = valueAt(vm, path);
  return value === undefined || !isModelValue(value) || !value.known || (value as { origin?: string }).origin !== 'default';
}

function valueAt(vm: VirtualMachine, path: string): unknown {
  let current: unknown = vm;
  for (const part of path.match(/[A-Za-z_][A-Za-z0-9_]*|\[[^\]]*\]/g) ?? []) {
    if (current === undefined || current === null) return undefined;
    if (part.startsWith('[')) {
      const key = part.slice(1, -1);
      if (!Array.isArray(current)) {
        current = (current as Record<string, unknown>)[JSON.parse(key) as string];
        continue;
      }
      current = current.find((item, index) => itemKey(item, index) === key);
    } else {
      current = (current as Record<string, unknown>)[part];
    }
  }
  return current;
}

function derivedAction(before: VmResult | undefined, after: VmResult | undefined, attributes: readonly AttributeChange[]): PlanAction {
  if (!before) return 'create';
  if (!after) return 'delete';
  if (attributes.length === 0) return 'unchanged';
  return attributes.some((a) => a.forcesReplacement) ? 'replace' : 'update';
}

function stateOf(result: VmResult): PredictedBackup {
  return { outcome: result.outcome, uncertain: result.uncertain, host: result.host.label, jobs: [...result.jobs] };
}

function sameState(a: PredictedBackup | undefined, b: PredictedBackup | undefined): boolean {
  if (!a || !b) return a === b;
  return a.outcome === b.outcome && a.uncertain === b.uncertain && a.host === b.host && a.jobs.join('\u0000') === b.jobs.join('\u0000');
}

function indexByAddress(results: readonly VmResult[]): Map<string, VmResult> {
  const byAddress = new Map<string, VmResult>();
  for (const result of results) if (!byAddress.has(result.vm.address)) byAddress.set(result.vm.address, result);
  return byAddress;
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
    affected: changes.filter((c) => c.affected).length,
  };
}
