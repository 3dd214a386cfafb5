/**
 * `hvgate apply --plan FILE`: the deploy-stage check. Exits 0 only when the definitions about to be
 * applied are byte for byte those the plan evaluated, and the plan passed the gate (or was overridden
 * as allowed). What is about to be applied is found the way the configuration in force finds it (its
 * include and exclude, the paths given, else the working directory), never the way the plan file says:
 * a plan file is an artifact anyone with access to the pipeline can edit, and a selection read from it
 * could leave out the very file that blocks. A stale or blocked plan exits 1 with the reason; a file
 * that is not an hvgate saved plan is a configuration error (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { savedPlanInconsistencies, SAVED_PLAN_KIND, verifySavedPlan, type SavedPlan } from '../core/saved-plan.js';
import { loadConfig } from '../config/load-config.js';
import type { AnyPolicy } from '../core/policy.js';
import { ConfigurationError, describeReadError } from '../errors.js';
// Compiled from schema/hvgate-plan.schema.json at build time (scripts/build-validators.mjs).
import { validateSavedPlan } from '../generated/plan-validator.cjs';
import { digestFiles } from '../load/digest.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import { parseSources } from '../load/parse-sources.js';
import { workingTreeDirectories } from '../load/terraform-directories.js';
import { TOOL } from './tool.js';

export interface ApplyOptions {
  readonly planPath: string;
  /** Paths to check; default: the working directory, as for `hvgate check`. */
  readonly paths: readonly string[];
  /** `--config`; default: the `.hvgate.yml` found from `cwd` up to the repository root. */
  readonly configPath?: string;
  readonly cwd: string;
}

/** Reads and validates a saved plan; anything that is not one is a ConfigurationError naming the problem. */
export async function readSavedPlan(path: string, cwd: string): Promise<SavedPlan> {
  const text = await readFile(resolve(cwd, path), 'utf8').catch((error: unknown) => {
    throw new ConfigurationError(`${path}: cannot read the saved plan (${describeReadError(error)})`);
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${path}: not a saved plan: it is not JSON (${(error as Error).message}). Write one with hvgate plan --out ${path}`);
  }
  if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== SAVED_PLAN_KIND) {
    throw new ConfigurationError(`${path}: not an hvgate saved plan (no "kind": "${SAVED_PLAN_KIND}"); pass the file written by hvgate plan --out`);
  }
  if (!validateSavedPlan(value)) {
    const first = validateSavedPlan.errors?.[0];
    const where = first?.instancePath || '(top level)'; // Ajv's path of the document itself is ''
    const version = (value as { formatVersion?: unknown }).formatVersion;
    const hint = version !== 1 ? ` It has format version ${JSON.stringify(version)}; this hvgate ${TOOL.version} reads version 1.` : '';
    throw new ConfigurationError(
      `${path}: malformed saved plan: ${where} ${first?.message ?? 'is invalid'}.${hint} Make the plan again with hvgate plan --out`,
    );
  }
  const plan = value as SavedPlan;
  const problems = savedPlanInconsistencies(plan);
  if (problems.length > 0)
    throw new ConfigurationError(`${path}: the saved plan contradicts itself (${problems.join('; ')}); it was edited or not written by hvgate`);
  return plan;
}

export async function runApply(options: ApplyOptions, pack: readonly AnyPolicy[], write: (text: string) => void): Promise<number> {
  const plan = await readSavedPlan(options.planPath, options.cwd);
  const config = await loadConfig(options.configPath, options.cwd, pack);
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const files = await readFiles(listed, options.cwd);
  // Only definitions count, exactly as at plan time: a file that is not one is not applied.
  const { estate } = await parseSources(files, { terraformDirectories: workingTreeDirectories(options.cwd) });
  const evaluated = new Set(estate.files);
  const digests = await digestFiles(
    files.filter((f) => evaluated.has(f.path)),
    options.cwd,
  );
  const result = verifySavedPlan(plan, digests);
  const planned = `planned from base ${plan.base.ref} (${plan.base.commit.slice(0, 12)}) to ${plan.head.workingTree ? 'the working tree' : `${plan.head.ref} (${plan.head.commit?.slice(0, 12)})`} by ${plan.tool.name} ${plan.tool.version}`;
  const lines: string[] = [];
  if (result.ok) {
    lines.push(`Plan is current: ${result.files} definition file${result.files === 1 ? '' : 's'} match the saved plan (${planned}).`);
    if (plan.override)
      lines.push(
        `Override recorded in the plan: ${plan.override.reason} (${plan.verdict.overridden} finding${plan.verdict.overridden === 1 ? '' : 's'} overridden).`,
      );
    lines.push(
      `Gate: PASSED — ${plan.verdict.blocking} blocking, ${plan.verdict.warnings} warning${plan.verdict.warnings === 1 ? '' : 's'}. Apply may proceed.`,
    );
    write(lines.join('\n') + '\n');
    return 0;
  }
  if (result.reason === 'stale') {
    lines.push(`The saved plan is stale: the definitions about to be applied are not those that were planned (${planned}).`);
    for (const path of result.changed) lines.push(`  changed: ${path}`);
    for (const path of result.added) lines.push(`  added:   ${path}`);
    if (result.added.length > 0) lines.push(notPlanned(options.paths));
    for (const path of result.removed) lines.push(`  removed: ${path}`);
    lines.push('Run hvgate plan again, review the new plan, and apply that one.');
  } else {
    lines.push(`The saved plan did not pass the gate: ${result.blocking.length} blocking finding${result.blocking.length === 1 ? '' : 's'} (${planned}).`);
    for (const f of result.blocking) lines.push(`  ${f.location.file}:${f.location.line}:${f.location.column}  ${f.policyId}  ${f.message}`);
    lines.push('Fix the findings and plan again; a soft-mandatory policy can be overridden with hvgate plan --override "<reason>".');
  }
  write(lines.join('\n') + '\n');
  return 1;
}

/** Why a file counts as added although nobody added it: today's selection is wider than the plan's. */
function notPlanned(paths: readonly string[]): string {
  const where = paths.length > 0 ? paths.join(' ') : 'the working directory';
  return `  (an added file is a definition under ${where}, selected by the configuration in force, that the plan does not list; plan and apply must cover the same definitions)`;
}
