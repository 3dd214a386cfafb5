/**
 * `hvgate plan`: evaluates the base and the head of a change, works out what the change does to each
 * VM and which findings it introduces or resolves, gates on that, reports, and optionally saves the
 * plan for `hvgate apply`. Returns the exit code: 0 nothing blocking, 1 blocking findings.
 */
import type { GateConfig } from '../config/config.js';
import { applyOverlays } from '../config/overlay.js';
import { evaluate } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { decide } from '../core/gate.js';
import { mergeEstates, type Estate } from '../core/model.js';
import { exceptionKeys, planChanges, type PlanReport } from '../core/plan.js';
import type { AnyPolicy } from '../core/policy.js';
import { buildSavedPlan } from '../core/saved-plan.js';
import { ConfigurationError } from '../errors.js';
import { GitRepository } from '../git/repository.js';
import { parseSources, type ParsedSources } from '../load/parse-sources.js';
import type { ReporterName } from '../reporters/index.js';
import { planTextReporter } from '../reporters/plan-text.js';
import type { GateReport } from '../reporters/report.js';
import { emitReports, writeOutput, type ReportFile } from './output.js';
import { readSide, readSideConfig, type SideLocation } from './plan-sources.js';
import { TOOL } from './tool.js';

export interface PlanOptions {
  readonly base: string;
  /** A git ref; undefined means the working tree. */
  readonly head?: string;
  readonly paths: readonly string[];
  readonly format: ReporterName;
  readonly output?: string;
  /** Further reports, one file each (`--report FORMAT=FILE`). */
  readonly reports?: readonly ReportFile[];
  readonly configPath?: string;
  /** Whose `.hvgate.yml` governs the change. */
  readonly configFrom: 'base' | 'head';
  /** Reason for overriding soft-mandatory policies. */
  readonly override?: string;
  /** Where to save the plan for `hvgate apply`. */
  readonly out?: string;
  /** Receives the gate report before it is rendered (the GitHub Action reports it in its own forms). */
  readonly onReport?: (report: GateReport) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today: string;
  readonly color: boolean;
}

export async function runPlan(options: PlanOptions, pack: readonly AnyPolicy[], write: (text: string) => void): Promise<number> {
  const repo = await GitRepository.open(options.cwd, options.env);
  const baseCommit = await repo.resolveCommit(options.base);
  const headCommit = options.head !== undefined ? await repo.resolveCommit(options.head) : undefined;
  const base: SideLocation = { commit: baseCommit };
  const head: SideLocation = headCommit !== undefined ? { commit: headCommit } : {};
  const headLabel = headCommit !== undefined ? `head "${options.head}"` : 'working tree';

  const config = await readSideConfig(
    repo,
    options.configFrom === 'base' ? base : head,
    options.configPath,
    options.cwd,
    pack,
    options.configFrom === 'base' ? `base "${options.base}"` : headLabel,
  );
  // Exceptions that overlays in the base's own configuration declare count as the base's, whichever side governs.
  const baseConfig =
    options.configFrom === 'base'
      ? config
      : await readSideConfig(repo, base, options.configPath, options.cwd, pack, `base "${options.base}"`).catch(unlessUserError);

  const [baseFiles, headFiles] = await Promise.all([
    readSide(repo, base, options.paths, config, options.cwd),
    readSide(repo, head, options.paths, config, options.cwd),
  ]);
  if (headFiles.missing.length > 0) throw new ConfigurationError(`${headFiles.missing.join(', ')}: not found in the ${headLabel}`);
  const [baseParsed, headParsed] = await Promise.all([parseSources(baseFiles.files), parseSources(headFiles.files)]);

  // A Terraform plan knows its own before state: the resources it changes are compared with that,
  // not with whatever plan file the base commit may hold.
  const baseDefinitions = withPlanBefore(baseParsed, headParsed);
  const terraformActions = new Map(headParsed.plans.flatMap((p) => p.plan.changes.map((c) => [c.address, c.actions] as const)));

  const settings = config.settings;
  const baseEstate = applyOverlays(baseDefinitions, config.overlays);
  const headEstate = applyOverlays(headParsed.estate, config.overlays);
  const baseExceptionEstate = baseConfig === config ? baseEstate : applyOverlays(baseDefinitions, baseConfig?.overlays ?? []);
  const baseEvaluation = evaluate(baseEstate, pack, settings, { today: options.today });
  const headEvaluation = evaluate(headEstate, pack, settings, {
    today: options.today,
    ...(settings.exceptionsFromBaseOnly ? { baseExceptions: exceptionKeys(baseExceptionEstate) } : {}),
  });

  const planned = planChanges(
    { estate: baseExceptionEstate, evaluation: baseEvaluation },
    { estate: headEstate, evaluation: headEvaluation },
    terraformActions.size > 0 ? terraformActions : undefined,
  );
  const resolved = new Set<Finding>(planned.resolved);
  const { findings, verdict } = decide([...headEvaluation.findings, ...planned.resolved], settings, {
    statusOf: (finding) => (resolved.has(finding) ? 'resolved' : planned.statusOf(finding)),
    overridden: options.override !== undefined,
  });

  const plan: PlanReport = {
    base: { ref: options.base, commit: baseCommit },
    head: headCommit !== undefined ? { ref: options.head!, commit: headCommit, workingTree: false } : { workingTree: true },
    configFrom: options.configFrom,
    changes: planned.changes,
    summary: planned.summary,
    addedExceptions: planned.addedExceptions,
    removedExceptions: planned.removedExceptions,
    ...(options.override !== undefined ? { override: { reason: options.override } } : {}),
  };
  const disabledPolicies = pack.filter((policy) => settings.policies[policy.id]?.level === 'off').map((policy) => policy.id);
  const report: GateReport = { tool: TOOL, evaluation: headEvaluation, findings, verdict, policies: pack, files: headEstate.files, disabledPolicies, plan };
  options.onReport?.(report);
  // The terminal's text is the plan view; files in text format get it too.
  await emitReports(report, options, write, planTextReporter);

  if (options.out !== undefined) {
    const evaluated = new Set(headEstate.files);
    const digests = new Map([...headFiles.digests].filter(([path]) => evaluated.has(path)));
    const saved = buildSavedPlan({ tool: TOOL, plan, selection: selectionOf(options.paths, config), digests, findings, verdict });
    await writeOutput(options.cwd, options.out, JSON.stringify(saved, null, 2) + '\n');
  }
  return verdict.passed ? 0 : 1;
}

/** The base's own definitions, with the resources of its committed plan files replaced by the head plans' before state. */
function withPlanBefore(base: ParsedSources, head: ParsedSources): Estate {
  if (head.plans.length === 0) return base.estate;
  const fromBasePlans = new Set<object>(
    base.plans.flatMap((p) => [...p.plan.after.vms, ...p.plan.after.jobs, ...p.plan.after.hosts, ...p.plan.after.diagnostics, ...p.plan.after.exceptions]),
  );
  const keep = <T extends object>(items: readonly T[]): T[] => items.filter((item) => !fromBasePlans.has(item));
  const own: Estate = {
    vms: keep(base.estate.vms),
    jobs: keep(base.estate.jobs),
    hosts: keep(base.estate.hosts),
    exceptions: keep(base.estate.exceptions),
    diagnostics: keep(base.estate.diagnostics),
    files: base.estate.files,
  };
  const before = mergeEstates(head.plans.map((p) => p.plan.before));
  return { ...mergeEstates([own, before]), files: own.files };
}

/** A base configuration that cannot be read declares no exceptions; the governing configuration was read fine. */
function unlessUserError(error: unknown): undefined {
  if (error instanceof ConfigurationError) return undefined;
  throw error;
}

function selectionOf(paths: readonly string[], config: GateConfig) {
  return { paths: [...paths], include: [...config.include], exclude: [...config.exclude] };
}
