/**
 * Runs the same gate as the CLI (`check` or `plan`) and hands back the report itself, with the text
 * report for the log, and how to turn a finding's file into a path in the repository.
 */
import { posix, relative, sep } from 'node:path';
import { policies } from '../../policies/index.js';
import { runCheck } from '../app/check.js';
import { runPlan } from '../app/plan.js';
import { reporters } from '../reporters/index.js';
import type { GateReport } from '../reporters/report.js';
import { GitRepository } from '../git/repository.js';
import type { ActionInputs } from './inputs.js';

export interface GateRun {
  readonly report: GateReport;
  /** The plan or check report as text, for the step log. */
  readonly text: string;
  readonly exitCode: number;
}

export interface GateEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today: string;
}

export async function runGate(inputs: ActionInputs, environment: GateEnvironment): Promise<GateRun> {
  let report: GateReport | undefined;
  let text = '';
  const common = {
    paths: inputs.paths,
    format: 'text' as const,
    ...(inputs.configPath !== undefined ? { configPath: inputs.configPath } : {}),
    cwd: environment.cwd,
    today: environment.today,
    color: false,
  };
  const exitCode =
    inputs.mode === 'plan'
      ? await runPlan(
          { ...common, base: inputs.base!, configFrom: inputs.configRef, env: environment.env, onReport: (r) => (report = r) },
          policies,
          (chunk) => (text += chunk),
        )
      : await runCheck(common, policies, {
          async emit(r) {
            report = r;
            text += reporters.text(r, { color: false });
          },
        });
  if (report === undefined) throw new Error('the gate finished without a report');
  return { report, text, exitCode };
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
