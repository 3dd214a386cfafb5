/**
 * Options shared by the commands that produce a gate report (`check`, `plan`): declared once here, with
 * the words their help pages show, so both commands accept, document and check them alike.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { GateOptions } from '../app/gate-options.js';
import type { ReportFile } from '../app/output.js';
import type { AnyPolicy } from '../core/policy.js';
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { isReporterName, REPORTER_NAMES, type ReporterName } from '../reporters/index.js';
import type { OptionTable } from './command.js';
import type { CliEnvironment } from './environment.js';
import { policyNamed } from './policy-name.js';

/** Options of every report-producing command. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', value: '<fmt>', help: 'text (default), json, sarif, junit, gitlab (Code Quality) or markdown' },
  output: { type: 'string', short: 'o', value: '<file>', help: 'Write the report to a file; a text report still goes to the terminal' },
  report: {
    type: 'string',
    multiple: true,
    value: '<fmt>=<file>',
    help: 'Also write a report in that format to the file; repeatable, e.g. --report sarif=hvgate.sarif --report junit=junit.xml',
  },
  quiet: { type: 'boolean', short: 'q', help: 'The terminal shows only what blocks, and the verdict; report files stay complete' },
  compact: { type: 'boolean', help: 'The terminal shows one line per finding, and the verdict' },
  config: {
    type: 'string',
    short: 'c',
    value: '<file>',
    help: 'Configuration file (default: the first .hvgate.yml from the current folder up to the repository root)',
  },
  policy: { type: 'string', multiple: true, value: '<id|name>', help: 'Run only this policy (repeatable; HVB000 and HVB016 always run)' },
  'skip-policy': { type: 'string', multiple: true, value: '<id|name>', help: 'Do not run this policy (repeatable)' },
  'fail-on': { type: 'string', value: '<level>', help: 'The lowest level that blocks: error (default) or warning' },
  'soft-fail': { type: 'boolean', help: 'Report as usual, but exit 0 when findings block (usage and input errors still exit 2)' },
  'allow-empty': { type: 'boolean', help: 'Pass when the paths hold no Hyper-V definitions (default: exit 2, nothing was checked)' },
  today: { type: 'string', value: '<date>', help: 'Evaluate exception expiry as of this date (YYYY-MM-DD; default: today, UTC)' },
  color: { type: 'boolean', help: 'Colours even when the output is not a terminal (as FORCE_COLOR=1)' },
  'no-color': { type: 'boolean', help: 'No colours (as NO_COLOR=1)' },
  'terraform-plan': {
    type: 'string',
    multiple: true,
    value: '<file>',
    help: "The pipeline's own terraform show -json output; it stands in for the .tf files of its root configuration (the folder it is in, else the one it matches). Repeatable. A plan JSON found among the definitions is only checked against its .tf files, never trusted",
  },
} as const satisfies OptionTable;

/** What the terminal shows of a report. */
export type TerminalView = 'full' | 'compact' | 'quiet';

/** The report options, checked. */
export interface ReportSettings {
  readonly format: ReporterName;
  readonly output?: string;
  readonly reports: readonly ReportFile[];
  readonly configPath?: string;
  readonly today: string;
  readonly color: boolean;
  readonly view: TerminalView;
  readonly gate: GateOptions;
  readonly softFail: boolean;
  readonly allowEmpty: boolean;
}

type ReportValues = { readonly [K in keyof typeof REPORT_OPTIONS]?: (typeof REPORT_OPTIONS)[K] extends { multiple: true } ? string[] : string | boolean };

/**
 * Checks the shared report options. `otherFiles` are further files the command writes, so that no
 * report overwrites them.
 */
export function reportSettings(
  values: ReportValues,
  environment: CliEnvironment,
  pack: readonly AnyPolicy[],
  ...otherFiles: readonly (string | undefined)[]
): ReportSettings {
  const output = values.output as string | undefined;
  const config = values.config as string | undefined;
  const format = checkedFormat((values.format as string | undefined) ?? 'text');
  if (values.quiet === true && values.compact === true) throw new UsageError('--quiet and --compact choose different views; give one');
  return {
    format,
    ...(output !== undefined ? { output } : {}),
    reports: reportFiles(values.report ?? [], environment.cwd, output, ...otherFiles),
    ...(config !== undefined ? { configPath: config } : {}),
    today: checkedToday((values.today as string | undefined) ?? environment.today),
    color: colorWanted(environment, { color: values.color === true, noColor: values['no-color'] === true }),
    view: values.quiet === true ? 'quiet' : values.compact === true ? 'compact' : 'full',
    gate: {
      ...policySelection(values.policy ?? [], values['skip-policy'] ?? [], pack),
      failOn: checkedFailOn(values['fail-on'] as string | undefined),
    },
    softFail: values['soft-fail'] === true,
    allowEmpty: values['allow-empty'] === true,
  };
}

/**
 * Whether to paint the terminal output. `--no-color` and `--color` decide when given; else FORCE_COLOR
 * (Node's and supports-color's convention: `0` or `false` turns colour off, an empty value, `true`, `1`,
 * `2` or `3` on, whatever the terminal), else NO_COLOR when set to anything but the empty string
 * (no-color.org), else whether stdout is a terminal.
 */
export function colorWanted(environment: CliEnvironment, flags: { readonly color: boolean; readonly noColor: boolean }): boolean {
  if (flags.color && flags.noColor) throw new UsageError('--color and --no-color contradict each other; give one');
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = environment.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = environment.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return environment.stdoutIsTTY;
}

/**
 * `--policy` and `--skip-policy`, by id or name, checked against the pack. The policies that guard the
 * gate's own inputs (not waivable: HVB000, HVB016) always run, so no selection can make an unreadable
 * definition or an invalid exception pass unseen.
 */
export function policySelection(only: readonly string[], skip: readonly string[], pack: readonly AnyPolicy[]): Pick<GateOptions, 'only' | 'skip'> {
  const resolveAll = (flag: string, given: readonly string[]) =>
    given.flatMap((list) => list.split(',')).map((word) => policyNamed(flag, word.trim(), pack).id);
  const onlyIds = resolveAll('--policy', only);
  const skipIds = resolveAll('--skip-policy', skip);
  for (const id of skipIds) {
    const policy = pack.find((p) => p.id === id);
    if (policy?.waivable === false) throw new UsageError(`--skip-policy ${id}: ${id} ${policy.name} guards the gate's own inputs and always runs`);
  }
  return { ...(onlyIds.length > 0 ? { only: onlyIds } : {}), ...(skipIds.length > 0 ? { skip: skipIds } : {}) };
}

function checkedFailOn(level: string | undefined): 'error' | 'warning' {
  if (level === undefined || level === 'error' || level === 'warning') return level ?? 'error';
  throw new UsageError(`--fail-on must be error or warning, not "${clean(level)}"`);
}

function checkedFormat(format: string): ReporterName {
  if (!isReporterName(format)) throw new UsageError(`--format must be one of ${REPORTER_NAMES.join(', ')}, not "${clean(format)}"`);
  return format;
}

function checkedToday(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    throw new UsageError(`--today must be a date YYYY-MM-DD, not "${clean(today)}"`);
  return today;
}

/**
 * `--report FORMAT=FILE` values, checked: a known format, a file name, and no file written twice
 * (by two reports, or by a report and `--output` or another file the command writes).
 */
function reportFiles(values: readonly string[], cwd: string, ...otherFiles: readonly (string | undefined)[]): ReportFile[] {
  const taken = new Map<string, string>();
  for (const other of otherFiles) if (other !== undefined) taken.set(resolve(cwd, other), other);
  return values.map((value) => {
    const split = value.indexOf('=');
    const format = split < 0 ? value : value.slice(0, split);
    const path = split < 0 ? '' : value.slice(split + 1);
    const shown = clean(value);
    if (split < 0 || path.trim() === '' || format === '') {
      throw new UsageError(`--report needs <format>=<file>, e.g. --report junit=junit.xml; got "${shown}"`);
    }
    if (!isReporterName(format)) throw new UsageError(`--report "${shown}": unknown format "${clean(format)}"; formats: ${REPORTER_NAMES.join(', ')}`);
    const key = resolve(cwd, path);
    if (taken.has(key)) throw new UsageError(`--report "${shown}": ${clean(path)} would be written twice in this run; give each report its own file`);
    taken.set(key, path);
    return { format, path };
  });
}

/** Strict parsing for a command that declares its options inline (`fix`); the others go through command.ts. */
export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(clean((error as Error).message.replace(/\. To specify a positional.*$/s, '')));
  }
}
