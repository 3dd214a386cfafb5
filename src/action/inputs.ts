/**
 * The Action's inputs, read once and checked before any work starts. Every problem is reported at
 * once, each naming the input and what it accepts, so a misconfigured workflow fails in one run.
 */
import { ConfigurationError } from '../errors.js';

export type Mode = 'plan' | 'check';

/** What the workflow asked for, validated and with defaults applied. */
export interface ActionInputs {
  /** Files or folders to evaluate; empty means the working directory. */
  readonly paths: readonly string[];
  /** `.hvgate.yml` to use instead of the one in the working directory. */
  readonly configPath?: string;
  /** `plan` judges the change against a base; `check` judges everything under `paths`. */
  readonly mode: Mode;
  /** Base of the change for `plan`: the input, else the pull request's base commit. */
  readonly base?: string;
  /** Whose `.hvgate.yml` governs a plan. */
  readonly configRef: 'head' | 'base';
  /** Where to write SARIF; absent: no SARIF. */
  readonly sarifFile?: string;
  /** Keep one summary comment on the pull request. */
  readonly comment: boolean;
  /** Comment on the changed lines that introduce findings. */
  readonly review: boolean;
  /** Emit workflow-command annotations. */
  readonly annotations: boolean;
  readonly maxReviewComments: number;
  /** Write a check run that carries every finding as an annotation (needs `checks: write`). */
  readonly checkRun: boolean;
  /** The check run's name in the pull request's list of checks. */
  readonly checkRunName: string;
  readonly token: string;
  /** Fail the step when the gate blocks. */
  readonly failOnBlocking: boolean;
}

/** What decides the defaults: whether the run is for a pull request and the base it names. */
export interface InputContext {
  readonly eventName: string;
  readonly pullRequestBase?: string;
}

/** The Action may post at most this many inline comments in one review (GitHub has no documented cap; larger reviews meet 502s and secondary limits). */
export const MAX_REVIEW_COMMENTS_CEILING = 100;

/** `getInput(name)` returns the trimmed input, `''` when unset (as `core.getInput` does). */
export function readInputs(getInput: (name: string) => string, context: InputContext): ActionInputs {
  const problems: string[] = [];
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = getInput(name);
    if (raw === '') return fallback;
    if (/^(true|True|TRUE)$/.test(raw)) return true;
    if (/^(false|False|FALSE)$/.test(raw)) return false;
    problems.push(`${name} must be true or false, not "${raw}"`);
    return fallback;
  };

  const paths = getInput('paths')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  const isPullRequest = context.pullRequestBase !== undefined;
  const rawMode = getInput('mode');
  let mode: Mode = isPullRequest ? 'plan' : 'check';
  if (rawMode === 'plan' || rawMode === 'check') mode = rawMode;
  else if (rawMode !== '') problems.push(`mode must be plan or check, not "${rawMode}"`);

  const base = getInput('base') || context.pullRequestBase;
  if (mode === 'plan' && base === undefined) {
    problems.push(
      `mode plan needs a base to compare with: set the base input (a branch, tag or commit), or run on a pull_request event (this run is a ${context.eventName || 'non-pull-request'} event)`,
    );
  }

  const rawConfigRef = getInput('config-ref');
  let configRef: 'head' | 'base' = 'head';
  if (rawConfigRef === 'head' || rawConfigRef === 'base') configRef = rawConfigRef;
  else if (rawConfigRef !== '') problems.push(`config-ref must be head or base, not "${rawConfigRef}"`);

  const rawMax = getInput('max-review-comments');
  let maxReviewComments = 30;
  if (rawMax !== '') {
    if (/^\d+$/.test(rawMax) && Number(rawMax) <= MAX_REVIEW_COMMENTS_CEILING) maxReviewComments = Number(rawMax);
    else problems.push(`max-review-comments must be a whole number from 0 to ${MAX_REVIEW_COMMENTS_CEILING}, not "${rawMax}"`);
  }

  const checkRunName = getInput('check-run-name') || 'hvgate';

  const inputs: ActionInputs = {
    paths,
    ...(getInput('config') !== '' ? { configPath: getInput('config') } : {}),
    mode,
    ...(mode === 'plan' && base !== undefined ? { base } : {}),
    configRef,
    ...(getInput('sarif-file') !== '' ? { sarifFile: getInput('sarif-file') } : {}),
    comment: bool('comment', true),
    review: bool('review', true),
    annotations: bool('annotations', true),
    maxReviewComments,
    checkRun: bool('check-run', false),
    checkRunName,
    token: getInput('github-token'),
    failOnBlocking: bool('fail-on-blocking', true),
  };
  if (problems.length === 1) throw new ConfigurationError(`invalid input: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigurationError(`invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return inputs;
}
