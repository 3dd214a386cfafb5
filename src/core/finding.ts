/**
 * Findings: what a policy reports. A finding always has an exact position and a fingerprint that
 * does not depend on line numbers, so reporters, baselines and PR comments can rely on both.
 */
import * as crypto from 'node:crypto';
import type { Effect } from './outcome.js';
import type { Enforcement } from './settings.js';
import type { Remedy } from './remedy.js';
import type { SourceSpan } from './source.js';

export type Level = 'error' | 'warning' | 'note';

export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

export interface RelatedLocation {
  readonly at: SourceSpan;
  readonly message: string;
}

/** A valid exception that suppresses a finding. */
export interface AppliedException {
  readonly at: SourceSpan;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

export interface Finding {
  /** Permanent policy id, e.g. `HVB003`. */
  readonly policyId: string;
  /** Kebab-case policy name, e.g. `checkpoint-same-volume`. */
  readonly policyName: string;
  readonly level: Level;
  /** Whether a blocking finding can be overridden, as configured for its policy. */
  readonly enforcement: Enforcement;
  readonly messageId: string;
  readonly message: string;
  /** How to fix it, one or two sentences. */
  readonly fix: string;
  readonly docsUrl: string;
  /** The value that caused it: the attribute, or the block where an attribute is omitted. */
  readonly at: SourceSpan;
  readonly related: readonly RelatedLocation[];
  /** The VM the finding is about, when it is about one. */
  readonly vm?: string;
  /** That VM's resource address: what an exception declared on a VM is bound to. */
  readonly vmAddress?: string;
  /** Resource address of what the finding is about (VM, job, or the file for file-level problems). */
  readonly address: string;
  /** Narrows the finding inside its resource (a disk, a guest volume, a job member). */
  readonly subject?: string;
  /** What it does to the VM's predicted outcome. */
  readonly effect: Effect;
  /** The host facts assumed, as a phrase; present on every VM finding. */
  readonly host?: string;
  /** VMs that lose their backup because of this finding (job-level findings). */
  readonly blastRadius?: readonly string[];
  /** Set when the policy could not evaluate a value that is unknown until apply. */
  readonly cannotEvaluate?: boolean;
  /** For "cannot evaluate": every policy that needed the value (one note per VM and cause). */
  readonly unevaluated?: readonly string[];
  /** Set when a valid exception waives this finding; it then neither counts nor blocks. */
  readonly exception?: AppliedException;
  /** The mechanical fix, in model terms, when there is one (suggested changes, `hvgate fix`). */
  readonly remedy?: Remedy;
  /** Stable identity: policy + resource + subject, hashed. Never depends on lines. */
  readonly fingerprint: string;
}

/** Hashes the identity of a finding; equal inputs give equal fingerprints in every run and on every machine. */
export function fingerprintOf(policyId: string, address: string, subject: string | undefined): string {
  return sha256Hex(`${policyId}\u0000${address}\u0000${subject ?? ''}`).slice(0, 24);
}

/** Node's one-shot hash (from 20.12) takes half the time of a Hash object; older versions make one. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function sha256Hex(text: string): string {
  return oneShot !== undefined ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}
