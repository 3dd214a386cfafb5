/**
 * Runs the same gate as the CLI (`check` or `plan`) and hands back the report itself, with the text
 * report for the log, and how to turn a finding's file into a path in the repository.
 */
import { posix, relative, sep } from 'node:path';
import { policies } from '../../policies/index.js';
import { runCheck } from '../app/check.js';
import { runPlan } from '../app/plan.js';
import { reporters } from '../reporters/index.js';
import { planTextReporter } from '../reporters/plan-text.js';
import type { GateRun } from '../app/gate-run.js';
import type { SavedPlan } from '../core/saved-plan.js';
import { GitRepository } from '../git/repository.js';

/** What to judge: everything under `paths` (`check`), or the change between two trees (`plan`). */
export interface GateRequest {
  readonly paths: readonly string[];
  readonly configPath?: string;
  /** The pipeline's own `terraform show -json` plans. */
  readonly terraformPlans?: readonly string[];
  /** Absent: `check`. */
  readonly plan?: {
    readonly base: string;
    /** A commit; absent: the working tree. */
    readonly head?: string;
    readonly configFrom: 'base' | 'head';
    /** Reason of a soft-mandatory override in force. */
    readonly override?: string;
    /** Build the plan for `hvgate apply`. */
    readonly save?: boolean;
  };
}

export interface ActionGateRun extends GateRun {
  /** The plan or check report as text, for the step log. */
  readonly text: string;
  /** The plan for `hvgate apply`, when `save` was asked for. */
  readonly savedPlan?: SavedPlan;
}

export interface GateEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today: string;
}

export async function runGate(request: GateRequest, environment: GateEnvironment): Promise<ActionGateRun> {
  const common = {
    paths: request.paths,
    ...(request.configPath !== undefined ? { configPath: request.configPath } : {}),
    ...(request.terraformPlans !== undefined ? { terraformPlans: request.terraformPlans } : {}),
    cwd: environment.cwd,
    today: environment.today,
  };
  const plan = request.plan;
  if (plan !== undefined) {
    const run = await runPlan(
      {
        ...common,
        base: plan.base,
        ...(plan.head !== undefined ? { head: plan.head } : {}),
        configFrom: plan.configFrom,
        ...(plan.override !== undefined ? { override: plan.override } : {}),
        ...(plan.save === true ? { save: true } : {}),
        env: environment.env,
      },
      policies,
    );
    return { ...run, text: planTextReporter(run.report, { color: false }) };
  }
  const run = await runCheck(common, policies);
  return { ...run, text: reporters.text(run.report, { color: false }) };
}

/**
 * Findings name files relative to the working directory; GitHub wants paths from the repository
 * root. The prefix comes from git, or from `GITHUB_WORKSPACE` when the folder is not a clone.
 */
export async function repositoryPrefix(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  try {
    return (await GitRepository.open(cwd, env)).prefix;
  } catch {
    const workspace = env.GITHUB_WORKSPACE;
    if (workspace === undefined) return '';
    const rel = relative(workspace, cwd);
    return rel.startsWith('..') ? '' : rel.split(sep).join(posix.sep);
  }
}

export function repoPathFn(prefix: string): (file: string) => string {
  return (file) => (prefix === '' ? file : posix.join(prefix, file));
}
