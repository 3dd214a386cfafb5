/**
 * The Action's inputs, read once and checked before any work starts. Every problem is reported at
 * once, each naming the input and what it accepts, so a misconfigured workflow fails in one run.
 */
import { ConfigurationError } from '../errors.js';

/**
 * `plan` judges the change against a base; `check` judges everything under `paths`; `report` judges
 * the change like `plan` but only writes the report file (for an unprivileged job to upload);
 * `post` publishes a report file that a `report` run made (in a `workflow_run` job with a write token).
 */
export type Mode = 'plan' | 'check' | 'report' | 'post';
const MODES: readonly Mode[] = ['plan', 'check', 'report', 'post'];

/** What the workflow asked for, validated and with defaults applied. */
export interface ActionInputs {
  /** Files or folders to evaluate; empty means the working directory. */
  readonly paths: readonly string[];
  /** The pipeline's own `terraform show -json` plans, one per line; each stands in for its root's `.tf` files. */
  readonly terraformPlans: readonly string[];
  /** `.hvgate.yml` to use instead of the one in the working directory. */
  readonly configPath?: string;
  readonly mode: Mode;
  /** Base of the change for `plan` and `report`: the input, else the event's base commit. */
  readonly base?: string;
  /** Whose `.hvgate.yml`, exceptions and inline waivers govern a plan. */
  readonly configRef: 'head' | 'base';
  /** `config-ref` was set to `head` on an event where the base governs by default. */
  readonly headGovernsExplicitly: boolean;
  /** Where to write SARIF; absent: no SARIF. */
  readonly sarifFile?: string;
  /** Where `report` writes, and `post` reads, the report for the pull request. */
  readonly reportFile: string;
  /** Where `plan` saves the plan for `hvgate apply`; absent: not saved. */
  readonly planFile?: string;
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
  /** A label that overrides soft-mandatory findings when someone with write access added it. */
  readonly overrideLabel?: string;
  /** The pull request's author may override their own pull request with the label. */
  readonly overrideByAuthor: boolean;
  /** Total seconds this run may spend waiting for and retrying a failing GitHub API. */
  readonly apiRetrySeconds: number;
  readonly token: string;
  /** Fail the step when the gate blocks. */
  readonly failOnBlocking: boolean;
  /** Pass when the paths hold no Hyper-V definitions; otherwise such a run fails, since it checked nothing. */
  readonly allowEmpty: boolean;
}

/** What decides the defaults: the event, whether it judges a change, and the base it names. */
export interface InputContext {
  readonly eventName: string;
  /** A pull-request-like event (`pull_request`, `pull_request_target`, `merge_group`, `workflow_run`): the base governs. */
  readonly changeEvent?: boolean;
  /** The base commit the event names, if any. */
  readonly eventBase?: string;
}

/** The Action may post at most this many inline comments in one review (GitHub has no documented cap; larger reviews meet 502s and secondary limits). */
export const MAX_REVIEW_COMMENTS_CEILING = 100;

export const DEFAULT_REPORT_FILE = 'hvgate-report.json';
export const DEFAULT_API_RETRY_SECONDS = 60;
const MAX_API_RETRY_SECONDS = 3600;

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
  const wholeNumber = (name: string, fallback: number, max: number): number => {
    const raw = getInput(name);
    if (raw === '') return fallback;
    if (/^\d+$/.test(raw) && Number(raw) <= max) return Number(raw);
    problems.push(`${name} must be a whole number from 0 to ${max}, not "${raw}"`);
    return fallback;
  };

  const lines = (name: string) =>
    getInput(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  const paths = lines('paths');

  const changeEvent = context.changeEvent ?? context.eventBase !== undefined;
  const rawMode = getInput('mode');
  // A workflow_run job exists to post what an unprivileged pull_request job reported.
  let mode: Mode = context.eventName === 'workflow_run' ? 'post' : context.eventBase !== undefined ? 'plan' : 'check';
  if ((MODES as readonly string[]).includes(rawMode)) mode = rawMode as Mode;
  else if (rawMode !== '') problems.push(`mode must be plan, check, report or post, not "${rawMode}"`);

  const base = getInput('base') || context.eventBase;
  const judgesChange = mode === 'plan' || mode === 'report';
  if (judgesChange && base === undefined) {
    problems.push(
      `mode ${mode} needs a base to compare with: set the base input (a branch, tag or commit), or run on a pull_request event (this run is a ${context.eventName || 'non-pull-request'} event)`,
    );
  }

  const rawConfigRef = getInput('config-ref');
  let configRef: 'head' | 'base' = changeEvent ? 'base' : 'head';
  if (rawConfigRef === 'head' || rawConfigRef === 'base') configRef = rawConfigRef;
  else if (rawConfigRef !== '') problems.push(`config-ref must be head or base, not "${rawConfigRef}"`);
  const headGovernsExplicitly = changeEvent && rawConfigRef === 'head';
  if (changeEvent && mode === 'check' && !headGovernsExplicitly) {
    problems.push(
      `mode check judges the working tree by its own .hvgate.yml, which a pull request can change to relax its own gate: use mode plan on ${context.eventName} events, or set config-ref: head to accept that`,
    );
  }

  const maxReviewComments = wholeNumber('max-review-comments', 30, MAX_REVIEW_COMMENTS_CEILING);
  const apiRetrySeconds = wholeNumber('api-retry-seconds', DEFAULT_API_RETRY_SECONDS, MAX_API_RETRY_SECONDS);
  const overrideLabel = getInput('override-label');

  const inputs: ActionInputs = {
    paths,
    terraformPlans: lines('terraform-plan'),
    ...(getInput('config') !== '' ? { configPath: getInput('config') } : {}),
    mode,
    ...(judgesChange && base !== undefined ? { base } : {}),
    configRef,
    headGovernsExplicitly,
    ...(getInput('sarif-file') !== '' ? { sarifFile: getInput('sarif-file') } : {}),
    reportFile: getInput('report-file') || DEFAULT_REPORT_FILE,
    ...(judgesChange && getInput('plan-file') !== '' ? { planFile: getInput('plan-file') } : {}),
    comment: bool('comment', true),
    review: bool('review', true),
    annotations: bool('annotations', true),
    maxReviewComments,
    checkRun: bool('check-run', false),
    checkRunName: getInput('check-run-name') || 'hvgate',
    ...(overrideLabel !== '' ? { overrideLabel } : {}),
    overrideByAuthor: bool('override-by-author', false),
    apiRetrySeconds,
    token: getInput('github-token'),
    failOnBlocking: bool('fail-on-blocking', true),
    allowEmpty: bool('allow-empty', false),
  };
  if (problems.length === 1) throw new ConfigurationError(`invalid input: ${problems.join('')}`);
  if (problems.length > 1) throw new ConfigurationError(`invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return inputs;
}
