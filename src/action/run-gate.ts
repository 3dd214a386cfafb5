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
import { GitRepository } from '../git/repository.js';
import type { ActionInputs } from './inputs.js';

export interface ActionGateRun extends GateRun {
  /** The plan or check report as text, for the step log. */
  readonly text: string;
}

export interface GateEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today: string;
}

export async function runGate(inputs: ActionInputs, environment: GateEnvironment): Promise<ActionGateRun> {
  const common = {
    paths: inputs.paths,
    ...(inputs.configPath !== undefined ? { configPath: inputs.configPath } : {}),
    cwd: environment.cwd,
    today: environment.today,
  };
  if (inputs.mode === 'plan') {
    // readInputs refuses mode plan without a base.
    if (inputs.base === undefined) throw new Error('mode plan needs a base');
    const run = await runPlan({ ...common, base: inputs.base, configFrom: inputs.configRef, env: environment.env }, policies);
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
