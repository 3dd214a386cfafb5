/**
 * Baselines (`--baseline FILE`, `--write-baseline FILE`): today's findings accepted by fingerprint, so
 * that a repository can adopt the gate and block only what is new. Fingerprints are built from policy,
 * resource and subject, never from lines, so a baseline survives edits around its findings.
 *
 * Where a baseline comes from decides whether a change can accept its own findings. `check` knows no
 * base: it reads the file the command line names, the pipeline's file. `plan` reads a baseline inside
 * the repository from the side whose configuration governs (with `--config-ref base` the base commit),
 * and lists what the head changes in it as proposed, never applied; a file outside the repository is
 * the pipeline's own and read as given. Edge module: file and git I/O.
 */
import baselineSchema from '../../schema/hvgate-baseline.schema.json' with { type: 'json' };
import type { GatedFinding } from '../core/gate.js';
import { ConfigurationError } from '../errors.js';
// Compiled from schema/hvgate-baseline.schema.json at build time (scripts/build-validators.mjs).
import { validateBaseline } from '../generated/baseline-validator.cjs';
import { clean } from '../reporters/escape/terminal.js';
import { JSON_SCHEMA_VERSION } from '../reporters/json.js';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { GitRepository } from '../git/repository.js';
import { repositoryRoot } from '../load/terraform-directories.js';
import { readReportFile, writeReportFile } from './report-file.js';

export const BASELINE_KIND = 'hvgate-baseline';

/** A JSON report of 100,000 VMs is far below this; a baseline file much smaller still. */
const MAX_BASELINE_BYTES = 512 * 1024 ** 2;

export interface Baseline {
  /** As given on the command line. */
  readonly file: string;
  /** Where it was read from, for the log: `working tree`, `base "main" (commit 0123456789ab)`. */
  readonly from: string;
  readonly fingerprints: ReadonlySet<string>;
  /** What each fingerprint is about (`HVB007 vm.web-01 disk data`), where the file says. */
  readonly described: ReadonlyMap<string, string>;
}

interface BaselineEntry {
  readonly fingerprint: string;
  readonly policy: string;
  readonly address: string;
  readonly subject?: string;
}

/**
 * Reads a baseline from the file system: a file written by `--write-baseline`, or a JSON report
 * (`--format json`) of an earlier run, whose current unwaived findings it accepts. Anything else is a
 * configuration error.
 */
export async function readBaseline(given: string, cwd: string, from = 'working tree'): Promise<Baseline> {
  return parseBaseline(given, from, await readReportFile(given, MAX_BASELINE_BYTES, { cwd, label: '--baseline' }));
}

/** Reads a baseline from a commit's git objects; undefined when the commit has no such file. */
export async function readCommitBaseline(repo: GitRepository, commit: string, given: string, from: string): Promise<Baseline | undefined> {
  const text = await repo.readText(commit, given, MAX_BASELINE_BYTES);
  return text === undefined ? undefined : parseBaseline(given, from, text);
}

/** A side of a plan: a commit, or the working tree when `commit` is undefined; `label` names it (`base "main"`). */
export interface BaselineSide {
  readonly commit?: string;
  readonly label: string;
}

export interface PlanBaseline {
  readonly baseline: Baseline;
  /** What the head changes in a baseline it does not govern, one line each; never applied. */
  readonly proposed: readonly string[];
}

/** Entries a proposed baseline adds that are named one by one; the rest are counted. */
const MAX_NAMED_ENTRIES = 20;

/**
 * The baseline of a plan. A file inside the repository is read from the side that governs (a commit
 * lacking it accepts nothing); when that is not the head, the head's version is compared with it and
 * what it adds or removes is listed as proposed. A file outside the repository is the pipeline's.
 */
export async function readPlanBaseline(repo: GitRepository, given: string, cwd: string, governing: BaselineSide, head?: BaselineSide): Promise<PlanBaseline> {
  if (!insideRepository(given, cwd)) return { baseline: await readBaseline(given, cwd, "pipeline's file system, outside the repository"), proposed: [] };
  const found = await readSideBaseline(repo, given, cwd, governing);
  const baseline = found ?? { file: given, from: `${sideName(governing)}, where it does not exist`, fingerprints: new Set(), described: new Map() };
  if (head === undefined) return { baseline, proposed: [] };
  try {
    return { baseline, proposed: proposedBaselineChanges(given, found, await readSideBaseline(repo, given, cwd, head)) };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { baseline, proposed: [`baseline ${given}: the head's version cannot be read: ${error.message}`] };
  }
}

/** A side's baseline; undefined when the side has no such file. */
async function readSideBaseline(repo: GitRepository, given: string, cwd: string, side: BaselineSide): Promise<Baseline | undefined> {
  if (side.commit !== undefined) return readCommitBaseline(repo, side.commit, given, sideName(side));
  return existsSync(resolve(cwd, given)) ? readBaseline(given, cwd, side.label) : undefined;
}

function sideName(side: BaselineSide): string {
  return side.commit === undefined ? side.label : `${side.label} (commit ${side.commit.slice(0, 12)})`;
}

/** Lexically inside the repository of `cwd` (a link in a commit is followed only inside it, as git resolves it). */
function insideRepository(given: string, cwd: string): boolean {
  const rel = relative(repositoryRoot(cwd), resolve(cwd, given));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** What the head's baseline would accept that the governing one does not, and what it drops, one line each. */
export function proposedBaselineChanges(file: string, governing: Baseline | undefined, head: Baseline | undefined): string[] {
  const name = `baseline ${file}`;
  if (head === undefined) return governing === undefined ? [] : [`${name}: removed by the head`];
  const accepted = governing?.fingerprints ?? new Set<string>();
  const added = [...head.fingerprints].filter((fingerprint) => !accepted.has(fingerprint));
  const removed = [...accepted].filter((fingerprint) => !head.fingerprints.has(fingerprint)).length;
  const lines = governing === undefined ? [`${name}: added by the head`] : [];
  for (const fingerprint of added.slice(0, MAX_NAMED_ENTRIES)) {
    const about = head.described.get(fingerprint) ?? '';
    lines.push(`${name}: accepts ${about !== '' ? `${about} ` : ''}(fingerprint ${fingerprint})`);
  }
  if (added.length > MAX_NAMED_ENTRIES) lines.push(`${name}: accepts ${added.length - MAX_NAMED_ENTRIES} more findings`);
  if (removed > 0) lines.push(`${name}: no longer accepts ${removed} ${removed === 1 ? 'finding' : 'findings'}`);
  return lines;
}

function parseBaseline(given: string, from: string, text: string): Baseline {
  const shown = clean(given);
  const where = from === 'working tree' ? '' : ` (in the ${from})`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`--baseline ${shown}${where}: not JSON (${clean((error as Error).message)}); write one with --write-baseline ${shown}`);
  }
  const fromReport = reportEntries(value);
  if (fromReport !== undefined) return baselineOf(given, from, fromReport);
  if (!validateBaseline(value)) {
    const [error] = validateBaseline.errors ?? [];
    const at = error?.instancePath !== undefined && error.instancePath !== '' ? ` at ${error.instancePath}` : '';
    throw new ConfigurationError(
      `--baseline ${shown}${where}: not an hvgate baseline${at} (${clean(error?.message ?? 'invalid')}); write one with --write-baseline ${shown}, or pass a JSON report of hvgate check`,
    );
  }
  return baselineOf(given, from, (value as { findings: BaselineEntry[] }).findings);
}

function baselineOf(file: string, from: string, entries: readonly BaselineEntry[]): Baseline {
  const described = new Map(entries.map((entry) => [entry.fingerprint, describeEntry(entry)] as const));
  return { file, from, fingerprints: new Set(described.keys()), described };
}

function describeEntry(entry: BaselineEntry): string {
  return [entry.policy, entry.address, ...(entry.subject !== undefined ? [entry.subject] : [])].filter((part) => part !== '').join(' ');
}

/** The entries a JSON report's current, unwaived findings make; undefined when the value is not a report. */
function reportEntries(value: unknown): BaselineEntry[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const report = value as { schemaVersion?: unknown; tool?: unknown; findings?: unknown };
  if (!isReportVersion(report.schemaVersion) || typeof report.tool !== 'object' || !Array.isArray(report.findings)) return undefined;
  const findings = report.findings as readonly { fingerprint?: unknown; status?: unknown; exception?: unknown; policyId?: unknown; address?: unknown }[];
  return findings
    .filter((f) => typeof f.fingerprint === 'string' && f.status !== 'resolved' && (f.exception === null || f.exception === undefined))
    .map((f) => ({ fingerprint: f.fingerprint as string, policy: textOf(f.policyId), address: textOf(f.address) }));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Every JSON report version so far gives each finding its fingerprint, status and exception. */
function isReportVersion(version: unknown): boolean {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= JSON_SCHEMA_VERSION;
}

/** The baseline document for these findings: every current, unwaived one, sorted so that a regenerated file diffs well. */
export function baselineDocument(findings: readonly GatedFinding[]) {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.status === 'resolved' || f.exception !== undefined) continue;
    entries.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      policy: f.policyId,
      address: f.address,
      ...(f.subject !== undefined ? { subject: f.subject } : {}),
    });
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      compare(a.policy, b.policy) || compare(a.address, b.address) || compare(a.subject ?? '', b.subject ?? '') || compare(a.fingerprint, b.fingerprint),
  );
  return { $schema: baselineSchema.$id, kind: BASELINE_KIND, schemaVersion: 1, findings: sorted };
}

export async function writeBaseline(given: string, cwd: string, findings: readonly GatedFinding[]): Promise<void> {
  await writeReportFile(given, `${JSON.stringify(baselineDocument(findings), null, 2)}\n`, { cwd, label: '--write-baseline' });
}

/** How a baseline met a run: findings it accepted, and entries that no longer match anything (safe to drop). */
export function baselineUse(baseline: Baseline, findings: readonly GatedFinding[]): { readonly accepted: number; readonly stale: number } {
  const current = new Set(findings.filter((f) => f.status !== 'resolved').map((f) => f.fingerprint));
  const accepted = findings.filter((f) => f.status === 'unchanged' && baseline.fingerprints.has(f.fingerprint)).length;
  const stale = [...baseline.fingerprints].filter((fingerprint) => !current.has(fingerprint)).length;
  return { accepted, stale };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
