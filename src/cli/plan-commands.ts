/** The `plan` and `apply` subcommands: argument checking, then the app layer does the work. */
import { runApply } from '../app/apply.js';
import { emitReports, writeOutput } from '../app/output.js';
import { runPlan } from '../app/plan.js';
import type { AnyPolicy } from '../core/policy.js';
import { UsageError } from '../errors.js';
import { planTextReporter } from '../reporters/plan-text.js';
import type { CliEnvironment } from './environment.js';
import { parse, REPORT_OPTIONS, reportSettings, TERRAFORM_PLAN_OPTION } from './options.js';
import { USAGE } from './usage.js';

export async function planCommand(args: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...REPORT_OPTIONS,
    ...TERRAFORM_PLAN_OPTION,
    base: { type: 'string' },
    head: { type: 'string' },
    'config-ref': { type: 'string', default: 'head' },
    override: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  const base = values.base;
  if (base === undefined || base.trim() === '') throw new UsageError('plan needs --base <ref>: the branch, tag or commit the change is compared with');
  const settings = reportSettings(values, environment, values.out);
  const configRef = values['config-ref'];
  if (configRef !== 'head' && configRef !== 'base') throw new UsageError(`--config-ref must be head or base, not "${configRef}"`);
  const override = values.override;
  if (override?.trim() === '') throw new UsageError('--override needs a reason, e.g. --override "approved by J. Doe in CHG-1234"');
  const run = await runPlan(
    {
      base,
      ...(values.head !== undefined ? { head: values.head } : {}),
      paths: positionals,
      ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
      configFrom: configRef,
      ...(override !== undefined ? { override: override.trim() } : {}),
      save: values.out !== undefined,
      terraformPlans: values['terraform-plan'] ?? [],
      cwd: environment.cwd,
      env: environment.env,
      today: settings.today,
    },
    pack,
  );
  // The terminal's text is the plan view; files in text format get it too.
  await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout, planTextReporter);
  if (values.out !== undefined) await writeOutput(environment.cwd, values.out, JSON.stringify(run.savedPlan, null, 2) + '\n');
  return run.exitCode;
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
  const planPath = values.plan;
  if (planPath === undefined || planPath === '') throw new UsageError('apply needs --plan <file>: the plan saved by hvgate plan --out');
  return runApply({ planPath, paths: positionals, cwd: environment.cwd }, environment.stdout);
}
