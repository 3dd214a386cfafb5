/**
 * Options shared by the commands that produce a gate report (`check`, `plan`): parsed once here so
 * both commands accept and check them alike.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ReportFile } from '../app/output.js';
import { UsageError } from '../errors.js';
import { isReporterName, REPORTER_NAMES, type ReporterName } from '../reporters/index.js';
import type { CliEnvironment } from './environment.js';

/** Option specs of every report-producing command. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o' },
  report: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  today: { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** `--terraform-plan FILE` (repeatable): the pipeline's own `terraform show -json` output, for check and plan. */
export const TERRAFORM_PLAN_OPTION = {
  'terraform-plan': { type: 'string', multiple: true },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The report options, checked. */
export interface ReportSettings {
  readonly format: ReporterName;
  readonly output?: string;
  readonly reports: readonly ReportFile[];
  readonly configPath?: string;
  readonly today: string;
  readonly color: boolean;
}

export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/**
 * Checks the shared report options. `otherFiles` are further files the command writes, so that no
 * report overwrites them.
 */
export function reportSettings(
  values: { format?: string | boolean | (string | boolean)[]; output?: unknown; report?: unknown; config?: unknown; today?: unknown; 'no-color'?: unknown },
  environment: CliEnvironment,
  ...otherFiles: readonly (string | undefined)[]
): ReportSettings {
  const output = values.output as string | undefined;
  const config = values.config as string | undefined;
  return {
    format: checkedFormat(values.format as string),
    ...(output !== undefined ? { output } : {}),
    reports: reportFiles((values.report as string[] | undefined) ?? [], environment.cwd, output, ...otherFiles),
    ...(config !== undefined ? { configPath: config } : {}),
    today: checkedToday((values.today as string | undefined) ?? environment.today),
    color: colorWanted(environment, values['no-color'] === true),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorWanted(environment: CliEnvironment, disabled: boolean): boolean {
  return environment.stdoutIsTTY && !disabled && environment.env.NO_COLOR === undefined;
}

function checkedFormat(format: string): ReporterName {
  if (!isReporterName(format)) throw new UsageError(`--format must be one of ${REPORTER_NAMES.join(', ')}, not "${format}"`);
  return format;
}

function checkedToday(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
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
    if (split < 0 || path.trim() === '' || format === '') {
      throw new UsageError(`--report needs <format>=<file>, e.g. --report junit=junit.xml; got "${value}"`);
    }
    if (!isReporterName(format)) throw new UsageError(`--report "${value}": unknown format "${format}"; formats: ${REPORTER_NAMES.join(', ')}`);
    const key = resolve(cwd, path);
    if (taken.has(key)) throw new UsageError(`--report "${value}": ${path} would be written twice in this run; give each report its own file`);
    taken.set(key, path);
    return { format, path };
  });
}
