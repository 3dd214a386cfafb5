/**
 * `hvgate plan`: evaluates the base and the head of a change, works out what the change does to each
 * VM and which findings it introduces or resolves, and gates on that. Returns the report, the exit
 * code and, when asked, the plan to save for `hvgate apply`; the caller renders and writes.
 */
import { DEFAULT_CONFIG, type GateConfig } from '../config/config.js';
import { applyConfig } from '../config/overlay.js';
import { proposedConfigurationChanges, type HeadConfig } from '../config/proposed-changes.js';
import type { Finding } from '../core/finding.js';
import { decide } from '../core/gate.js';
import { exceptionKeys, planChanges, planSide, type PlanReport, type PlanSide } from '../core/plan.js';
import type { AnyPolicy } from '../core/policy.js';
import { buildSavedPlan, type SavedPlan } from '../core/saved-plan.js';
import { ConfigurationError } from '../errors.js';
import { GitRepository } from '../git/repository.js';
import { parseDecoded } from '../load/parse-sources.js';
import type { SourceFile } from '../load/source-file.js';
import type { BeforeState, TerraformDirectoryReader } from '../parsers/terraform/index.js';
import { planActionOf } from '../parsers/terraform/plan.js';
import { readPlanBaseline, type Baseline } from './baseline.js';
import { baselineAcceptance, withPolicySelection, type GateOptions } from './gate-options.js';
import { evaluateParsed } from './evaluate-sources.js';
import { gateRun, type GateRun } from './gate-run.js';
import { collectGarbage } from './heap.js';
import { gitDirectories, workingTreeDirectories } from '../load/terraform-directories.js';
import { checkGivenPlans, missingOnSide, readDecodedSide, readSideConfig, readTerraformPlans, type SideLocation } from './plan-sources.js';
import { TOOL } from './tool.js';

export interface PlanOptions {
  readonly base: string;
  /** A git ref; undefined means the working tree. */
  readonly head?: string;
  readonly paths: readonly string[];
  readonly configPath?: string;
  /** Whose `.hvgate.yml` governs the change. */
  readonly configFrom: 'base' | 'head';
  /** Reason for overriding soft-mandatory policies. */
  readonly override?: string;
  /** Build the plan for `hvgate apply` (`--out`). */
  readonly save?: boolean;
  /** The pipeline's own `terraform show -json` plans; each stands in for its root's `.tf` files. */
  readonly terraformPlans?: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today: string;
  /** What the pipeline's command line adds: policy selection and the level that blocks. */
  readonly gate?: Omit<GateOptions, 'baseline'>;
  /** `--baseline FILE`: inside the repository it is read from the side that governs (baseline.ts). */
  readonly baselinePath?: string;
}

export interface PlanRun extends GateRun {
  /** Present when `save` was asked for. */
  readonly savedPlan?: SavedPlan;
  /** The baseline that was applied, and where it came from. */
  readonly baseline?: Baseline;
}

export async function runPlan(options: PlanOptions, pack: readonly AnyPolicy[]): Promise<PlanRun> {
  const repo = await GitRepository.open(options.cwd, options.env);
  const baseCommit = await repo.resolveCommit(options.base);
  const headCommit = options.head !== undefined ? await repo.resolveCommit(options.head) : undefined;
  const base: SideLocation = { commit: baseCommit };
  const head: SideLocation = headCommit !== undefined ? { commit: headCommit } : {};
  const headLabel = headCommit !== undefined ? `head "${options.head}"` : 'working tree';

  const config = withPolicySelection(
    await readSideConfig(
      repo,
      options.configFrom === 'base' ? base : head,
      options.configPath,
      options.cwd,
      pack,
      options.configFrom === 'base' ? `base "${options.base}"` : headLabel,
    ),
    pack,
    options.gate,
  );
  // Exceptions that overlays in the base's own configuration declare count as the base's, whichever side governs.
  const baseConfig =
    options.configFrom === 'base'
      ? config
      : await readSideConfig(repo, base, options.configPath, options.cwd, pack, `base "${options.base}"`).catch(unlessUserError);

  // The head's own configuration, when the base's governs: what it would change is reported, never applied.
  const proposedSettings =
    options.configFrom === 'base' ? proposedConfigurationChanges(config, await readHeadConfig(repo, head, options, pack, headLabel)) : [];
  const baseSide = { ...base, label: `base "${options.base}"` };
  const headSide = { ...head, label: headLabel };
  const planBaseline =
    options.baselinePath === undefined
      ? undefined
      : options.configFrom === 'base'
        ? await readPlanBaseline(repo, options.baselinePath, options.cwd, baseSide, headSide)
        : await readPlanBaseline(repo, options.baselinePath, options.cwd, headSide);
  const proposedConfiguration = [...proposedSettings, ...(planBaseline?.proposed ?? [])];
  const accepts = baselineAcceptance(pack, planBaseline?.baseline);

  const settings = config.settings;
  // A path the head lacks fails before the base is read. The head is read only when it is parsed, so
  // that its bytes are not held through the base.
  const missing = await missingOnSide(repo, head, options.paths, config);
  if (missing.length > 0) throw new ConfigurationError(`${missing.join(', ')}: not found in the ${headLabel}`);
  const directories = (commit: string | undefined) => (commit === undefined ? workingTreeDirectories(options.cwd) : gitDirectories(repo, commit));
  const terraformPlans = await readTerraformPlans(options.terraformPlans ?? [], options.cwd);
  let headDigests: ReadonlyMap<string, string> = new Map();
  const parseHead = async () => {
    const { decoded, digests } = await readDecodedSide(repo, head, options.paths, config, options.cwd, terraformPlans, terraformPlans);
    headDigests = digests;
    const parsed = await parseDecoded(decoded, { terraformDirectories: directories(head.commit), givenPlansBefore: true });
    checkGivenPlans(parsed.plans);
    return parsed;
  };
  const parseHeadAfterBase = async () => {
    const parsed = await parseHead();
    // The head's text and the rest of its reading are garbage now: collected before the head is
    // evaluated and reported, not left to sit beside its model until the run ends.
    collectGarbage();
    return parsed;
  };
  // The pipeline's plans know what existed before: on the base side each stands in for its root, so
  // with given plans the head is read first. Otherwise the base is read, evaluated and reduced to what
  // the plan compares before the head is read, and the two sides' models are never held together.
  const givenFirst = terraformPlans.length > 0 ? await parseHead() : undefined;
  const before = (givenFirst?.plans ?? []).map((p) => ({ ...(p.root.kind === 'root' ? { root: p.root.dir } : {}), estate: p.plan.before }));
  const basePlan = await planBase({ repo, base, options, config, baseConfig, pack, directories: directories(base.commit), givenPlans: terraformPlans, before });
  collectGarbage();
  const headParsed = givenFirst ?? (await parseHeadAfterBase());
  const terraformActions = new Map(headParsed.plans.flatMap((p) => p.plan.changes.map((c) => [c.address, planActionOf(c.action)] as const)));

  const evaluatedHead = evaluateParsed(headParsed, config, pack, {
    today: options.today,
    ...(settings.exceptionsFromBaseOnly ? { baseExceptions: exceptionKeys(basePlan) } : {}),
  });
  const { estate: headEstate, evaluation: headEvaluation } = evaluatedHead;

  const planned = planChanges(basePlan, planSide(evaluatedHead), terraformActions.size > 0 ? terraformActions : undefined);
  const resolved = new Set<Finding>(planned.resolved);
  const { findings, verdict } = decide([...headEvaluation.findings, ...planned.resolved], settings, {
    statusOf: (finding) => (resolved.has(finding) ? 'resolved' : accepts(finding) ? 'unchanged' : planned.statusOf(finding)),
    overridden: options.override !== undefined,
    failOn: options.gate?.failOn ?? 'error',
  });

  const plan: PlanReport = {
    base: { ref: options.base, commit: baseCommit },
    head: options.head !== undefined && headCommit !== undefined ? { ref: options.head, commit: headCommit, workingTree: false } : { workingTree: true },
    configFrom: options.configFrom,
    changes: planned.changes,
    summary: planned.summary,
    addedExceptions: planned.addedExceptions,
    removedExceptions: planned.removedExceptions,
    ...(options.override !== undefined ? { override: { reason: options.override } } : {}),
    ...(proposedConfiguration.length > 0 ? { proposedConfiguration } : {}),
  };
  const run = {
    ...gateRun({ evaluation: headEvaluation, decision: { findings, verdict }, pack, settings, files: headEstate.files, plan }),
    ...(planBaseline !== undefined ? { baseline: planBaseline.baseline } : {}),
  };
  if (options.save !== true) return run;
  const evaluated = new Set(headEstate.files);
  const digests = new Map([...headDigests].filter(([path]) => evaluated.has(path)));
  return { ...run, savedPlan: buildSavedPlan({ tool: TOOL, plan, selection: selectionOf(options.paths, config), digests, findings, verdict }) };
}

interface BaseInputs {
  readonly repo: GitRepository;
  readonly base: SideLocation;
  readonly options: PlanOptions;
  /** The configuration that governs the change. */
  readonly config: GateConfig;
  /** The base's own configuration, whose overlays declare the base's exceptions; undefined when it cannot be read. */
  readonly baseConfig: GateConfig | undefined;
  readonly pack: readonly AnyPolicy[];
  readonly directories: TerraformDirectoryReader;
  /** The pipeline's own plans, which stand in for their roots' files. */
  readonly givenPlans: readonly SourceFile[];
  readonly before: readonly BeforeState[];
}

/** The base side, read, evaluated under the governing configuration and reduced to what the plan compares. */
async function planBase({ repo, base, options, config, baseConfig, pack, directories, givenPlans, before }: BaseInputs): Promise<PlanSide> {
  const { decoded } = await readDecodedSide(repo, base, options.paths, config, options.cwd, givenPlans);
  const parsed = await parseDecoded(decoded, { terraformDirectories: directories, before });
  const side = evaluateParsed(parsed, config, pack, { today: options.today });
  // Exceptions that overlays in the base's own configuration declare count as the base's, whichever side governs.
  return planSide(side, baseConfig === config ? side.estate : applyConfig(parsed.estate, baseConfig ?? DEFAULT_CONFIG));
}

/** The head side's configuration, or what makes it unreadable (reported as proposed, since it does not govern). */
async function readHeadConfig(repo: GitRepository, head: SideLocation, options: PlanOptions, pack: readonly AnyPolicy[], label: string): Promise<HeadConfig> {
  try {
    return { config: await readSideConfig(repo, head, options.configPath, options.cwd, pack, label) };
  } catch (error) {
    if (error instanceof ConfigurationError) return { error: error.message };
    throw error;
  }
}

/** A base configuration that cannot be read declares no exceptions; the governing configuration was read fine. */
function unlessUserError(error: unknown): undefined {
  if (error instanceof ConfigurationError) return undefined;
  throw error;
}

function selectionOf(paths: readonly string[], config: GateConfig) {
  return {
    paths: [...paths],
    include: [...config.include],
    exclude: [...config.exclude],
    ...(config.globBase !== undefined ? { globBase: config.globBase } : {}),
  };
}
