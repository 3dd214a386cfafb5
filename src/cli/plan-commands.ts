/** The `plan` and `apply` subcommands: argument checking, then the app layer does the work. */
import { runApply } from '../app/apply.js';
import { runPlan } from '../app/plan.js';
import type { AnyPolicy } from '../core/policy.js';
import { UsageError } from '../errors.js';
import { checkedFormat, colorWanted, parse, reportFiles, USAGE, type CliEnvironment } from './main.js';

export async function planCommand(args: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  const { values, positionals } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    report: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    'config-ref': { type: 'string', default: 'head' },
    override: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  const base = values.base as string | undefined;
  if (base === undefined || base.trim() === '') throw new UsageError('plan needs --base <ref>: the branch, tag or commit the change is compared with');
  const format = checkedFormat(values.format as string);
  const reports = reportFiles((values.report as string[] | undefined) ?? [], environment.cwd, values.output as string | undefined, values.out as string | undefined);
  const configRef = values['config-ref'] as string;
  if (configRef !== 'head' && configRef !== 'base') throw new UsageError(`--config-ref must be head or base, not "${configRef}"`);
  const override = values.override as string | undefined;
  if (override !== undefined && override.trim() === '') throw new UsageError('--override needs a reason, e.g. --override "approved by J. Doe in CHG-1234"');
  const today = checkedToday((values.today as string | undefined) ?? environment.today);
  return runPlan(
    {
      base,
      ...(values.head !== undefined ? { head: values.head as string } : {}),
      paths: positionals,
      format,
      ...(values.output !== undefined ? { output: values.output as string } : {}),
      reports,
      ...(values.config !== undefined ? { configPath: values.config as string } : {}),
      configFrom: configRef,
      ...(override !== undefined ? { override: override.trim() } : {}),
      ...(values.out !== undefined ? { out: values.out as string } : {}),
      cwd: environment.cwd,
      env: environment.env,
      today,
      color: colorWanted(environment, values['no-color'] as boolean),
    },
    pack,
    environment.stdout,
  );
}

export async function applyCommand(args: readonly string[], environment: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, {
    plan: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  const planPath = values.plan as string | undefined;
  if (planPath === undefined || planPath === '') throw new UsageError('apply needs --plan <file>: the plan saved by hvgate plan --out');
  return runApply({ planPath, paths: positionals, cwd: environment.cwd }, environment.stdout);
}

function checkedToday(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  return today;
}
