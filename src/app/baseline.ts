/**
 * Baselines (`--baseline FILE`, `--write-baseline FILE`): today's findings accepted by fingerprint, so
 * that a repository can adopt the gate and block only what is new. Fingerprints are built from policy,
 * resource and subject, never from lines, so a baseline survives edits around its findings. A baseline
 * is the pipeline's choice, read from the file the command line names; `plan` takes none, because its
 * base commit already is one. Edge module: file I/O.
 */
import baselineSchema from '../../schema/hvgate-baseline.schema.json' with { type: 'json' };
import type { GatedFinding } from '../core/gate.js';
import { ConfigurationError } from '../errors.js';
// Compiled from schema/hvgate-baseline.schema.json at build time (scripts/build-validators.mjs).
import { validateBaseline } from '../generated/baseline-validator.cjs';
import { clean } from '../reporters/escape/terminal.js';
import { JSON_SCHEMA_VERSION } from '../reporters/json.js';
import { readReportFile, writeReportFile } from './report-file.js';

export const BASELINE_KIND = 'hvgate-baseline';

/** A JSON report of 100,000 VMs is far below this; a baseline file much smaller still. */
const MAX_BASELINE_BYTES = 512 * 1024 ** 2;

export interface Baseline {
  /** As given on the command line. */
  readonly file: string;
  readonly fingerprints: ReadonlySet<string>;
}

interface BaselineEntry {
  readonly fingerprint: string;
  readonly policy: string;
  readonly address: string;
  readonly subject?: string;
}

/**
 * Reads a baseline: a file written by `--write-baseline`, or a JSON report (`--format json`) of an
 * earlier run, whose current unwaived findings it accepts. Anything else is a configuration error.
 */
export async function readBaseline(given: string, cwd: string): Promise<Baseline> {
  const text = await readReportFile(given, MAX_BASELINE_BYTES, { cwd, label: '--baseline' });
  const shown = clean(given);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`--baseline ${shown}: not JSON (${clean((error as Error).message)}); write one with --write-baseline ${shown}`);
  }
  const fromReport = reportFingerprints(value);
  if (fromReport !== undefined) return { file: given, fingerprints: new Set(fromReport) };
  if (!validateBaseline(value)) {
    const [error] = validateBaseline.errors ?? [];
    const where = error?.instancePath !== undefined && error.instancePath !== '' ? ` at ${error.instancePath}` : '';
    throw new ConfigurationError(
      `--baseline ${shown}: not an hvgate baseline${where} (${clean(error?.message ?? 'invalid')}); write one with --write-baseline ${shown}, or pass a JSON report of hvgate check`,
    );
  }
  return { file: given, fingerprints: new Set((value as { findings: BaselineEntry[] }).findings.map((entry) => entry.fingerprint)) };
}

/** The fingerprints a JSON report's current, unwaived findings have; undefined when the value is not a report. */
function reportFingerprints(value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const report = value as { schemaVersion?: unknown; tool?: unknown; findings?: unknown };
  if (!isReportVersion(report.schemaVersion) || typeof report.tool !== 'object' || !Array.isArray(report.findings)) return undefined;
  const findings = report.findings as readonly { fingerprint?: unknown; status?: unknown; exception?: unknown }[];
  return findings
    .filter((f) => typeof f.fingerprint === 'string' && f.status !== 'resolved' && (f.exception === null || f.exception === undefined))
    .map((f) => f.fingerprint as string);
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
  const accepted = findings.filter((f) => f.status === 'unchanged').length;
  const stale = [...baseline.fingerprints].filter((fingerprint) => !current.has(fingerprint)).length;
  return { accepted, stale };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
