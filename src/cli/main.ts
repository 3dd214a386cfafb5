/**
 * The command line. Returns an exit code and never calls process.exit, so it can be run in-process
 * by tests and by other programs: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or
 * internal error.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runCheck, type ReportFormat } from '../app/check.js';
import { streamOutput, type ReportFile } from '../app/output.js';
import { TOOL } from '../app/tool.js';
import type { AnyPolicy } from '../core/policy.js';
import { isUserError, UsageError } from '../errors.js';
import { isReporterName, REPORTER_NAMES } from '../reporters/index.js';
import { applyCommand, planCommand } from './plan-commands.js';

export interface CliEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  /** Today's date, `YYYY-MM-DD` (UTC). */
  readonly today: string;
}


export const USAGE = `Usage: hvgate <command> [options]

Commands:
  check [paths...]      Evaluate the Hyper-V VM definitions under the paths (default: .)
  plan --base <ref> [paths...]
                        Plan a change like terraform plan: per VM what is created, updated,
                        replaced or destroyed, how its predicted backup changes, and which
                        findings the change introduces, keeps or resolves (by fingerprint)
  apply --plan <file> [paths...]
                        Deploy-stage check: exit 0 only if the working tree holds exactly the
                        definitions of a saved plan (sha256 per file) and that plan passed

Options for check:
  -f, --format <fmt>    text (default), json, sarif, junit, gitlab (Code Quality) or markdown
  -o, --output <file>   Write the report to a file; a text report still goes to the terminal
      --report <fmt>=<file>
                        Also write a report in that format to the file; repeatable, e.g.
                        --report sarif=hvgate.sarif --report junit=junit.xml
                        --report gitlab=gl-code-quality.json
  -c, --config <file>   Configuration file (default: .hvgate.yml in the current directory)
      --today <date>    Evaluate exception expiry as of this date (YYYY-MM-DD; default: today, UTC)
      --no-color        No colours (also when NO_COLOR is set or output is not a terminal)

Options for plan (and -f, -o, --report, -c, --today, --no-color as for check):
      --base <ref>      Base of the change: a branch, tag or commit (required). Missing from a
                        shallow clone, it is fetched: git fetch --no-tags --depth=1 origin <ref>
      --head <ref>      Head of the change (default: the working tree)
      --config-ref <side>
                        Whose .hvgate.yml governs the change: head (default) or base. With base
                        the configuration is read from the base commit, so a pull request cannot
                        relax its own gate
      --override <reason>
                        Override soft-mandatory policies; the reason is recorded in the report and
                        the saved plan. Hard-mandatory policies cannot be overridden
      --out <file>      Save the plan (digests of the evaluated files, findings, verdict) for apply
  Only findings the change introduces block (scope: introduced); pre-existing ones are shown.
  Set scope: all in .hvgate.yml to block on every error.

Options for apply:
      --plan <file>     The saved plan written by plan --out (required)
  Run it in the folder plan ran in; paths default to those the plan was made for. Exit 1 names
  the files that differ (stale plan) or the blocking findings; a file that is not a saved plan
  exits 2.

  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or internal error.
`;

export async function main(argv: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      environment.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      environment.stdout(`${TOOL.name} ${TOOL.version}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, environment, pack);
    if (command === 'plan') return await planCommand(rest, environment, pack);
    if (command === 'apply') return await applyCommand(rest, environment);
    throw new UsageError(`unknown command "${command}"; commands: check, plan, apply`);
  } catch (error) {
    if (isUserError(error)) {
      environment.stderr(`hvgate: ${error.message}\n${error instanceof UsageError ? "Run 'hvgate --help' for usage.\n" : ''}`);
      return 2;
    }
    environment.stderr(`hvgate: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    return 2;
  }
}

async function check(args: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    report: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    today: { type: 'string' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  const format = checkedFormat(values.format as string);
  const reports = reportFiles((values.report as string[] | undefined) ?? [], environment.cwd, values.output as string | undefined);
  const today = (values.today as string | undefined) ?? environment.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  return runCheck(
    {
      paths: positionals,
      format,
      ...(values.output !== undefined ? { output: values.output as string } : {}),
      reports,
      ...(values.config !== undefined ? { configPath: values.config as string } : {}),
      cwd: environment.cwd,
      today,
      color: colorWanted(environment, values['no-color'] as boolean),
    },
    pack,
    streamOutput(environment.stdout),
  );
}

export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorWanted(environment: CliEnvironment, disabled: boolean): boolean {
  return environment.stdoutIsTTY && !disabled && environment.env.NO_COLOR === undefined;
}

export function checkedFormat(format: string): ReportFormat {
  if (!isReporterName(format)) throw new UsageError(`--format must be one of ${REPORTER_NAMES.join(', ')}, not "${format}"`);
  return format;
}

/**
 * `--report FORMAT=FILE` values, checked: a known format, a file name, and no file written twice
 * (by two reports, or by a report and `--output` or another file the command writes).
 */
export function reportFiles(values: readonly string[], cwd: string, ...otherFiles: ReadonlyArray<string | undefined>): ReportFile[] {
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
