/**
 * Machine-readable reports parsed with a declared type. The types name the parts the tests read; the
 * shipped JSON Schemas and the SARIF validator check the whole documents.
 */
import type { Log } from 'sarif';
import type { SavedPlan } from '../../src/core/saved-plan.js';

export interface JsonFinding {
  readonly policyId: string;
  readonly address: string;
  readonly fingerprint: string;
  readonly status: string;
  readonly blocking: boolean;
  readonly vm: string | null;
  readonly cannotEvaluate: boolean;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
  readonly exception: object | null;
}

export interface JsonVm {
  readonly name: string;
  /** The id of an entry in `hosts`. */
  readonly host: string;
  readonly causes: readonly string[];
  uncertain?: boolean;
}

export interface JsonPlanChange {
  readonly name: string;
  readonly attributes: readonly object[];
  /** Each side's predicted backup; `host` is the id of an entry in `hosts`. */
  readonly before: { readonly outcome: string; readonly host: string } | null;
  readonly after: { readonly outcome: string; readonly host: string } | null;
}

export interface JsonReport {
  readonly schemaVersion: number;
  readonly verdict: { readonly passed: boolean; readonly blocking: number };
  readonly findings: readonly JsonFinding[];
  readonly hosts: readonly { readonly id: string; readonly description: string }[];
  readonly vms: readonly JsonVm[];
  readonly jobs: readonly object[];
  readonly exceptions: readonly object[];
  readonly notices: readonly object[];
  readonly plan?: { readonly summary: object; readonly changes: readonly JsonPlanChange[]; readonly proposedConfiguration: readonly string[] };
}

export function parseJsonReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

export function parseSarif(text: string): Log {
  return JSON.parse(text) as Log;
}

export function parseSavedPlan(text: string): SavedPlan {
  return JSON.parse(text) as SavedPlan;
}

/** A JSON Schema file, for Ajv. */
export function parseSchema(text: string): object {
  return JSON.parse(text) as object;
}
