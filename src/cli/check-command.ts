/** The `check` subcommand: argument checking, then the app layer does the work. */
import { runCheck } from '../app/check.js';
import { emitReports } from '../app/output.js';
import type { AnyPolicy } from '../core/policy.js';
import type { CliEnvironment } from './environment.js';
import { parse, REPORT_OPTIONS, reportSettings, TERRAFORM_PLAN_OPTION } from './options.js';
import { USAGE } from './usage.js';

export async function checkCommand(args: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  const { values, positionals } = parse(args, { ...REPORT_OPTIONS, ...TERRAFORM_PLAN_OPTION });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  const settings = reportSettings(values, environment);
  const run = await runCheck(
    {
      paths: positionals,
      cwd: environment.cwd,
      today: settings.today,
      ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
      terraformPlans: values['terraform-plan'] ?? [],
    },
    pack,
  );
  await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout);
  return run.exitCode;
}
