/** The `plan` and `apply` subcommands: argument checking, then the app layer does the work. */
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { command } from './command.js';
import { exitCodeOf, refuseEmpty, reportBaselineUse, terminalViews } from './gate-exit.js';
import { inertText } from './inert-text.js';
import { REPORT_OPTIONS, reportSettings } from './options.js';

export const planCommand = command({
  name: 'plan',
  synopsis: '--base <ref> [options] [paths...]',
  summary: 'Plan a change like terraform plan: what it creates, updates and destroys, and what it does to backups',
  description: `Plans a change like terraform plan: per VM what is created, updated, replaced or destroyed, how its
predicted backup changes, and which findings the change introduces, keeps or resolves (by
fingerprint). Only findings the change introduces block (scope: introduced); pre-existing ones are
shown. Set scope: all in .hvgate.yml to block on every error.`,
  options: {
    base: {
      type: 'string',
      value: '<ref>',
      help: 'Base of the change: a branch, tag or commit (required). Missing from a shallow clone, it is fetched: git fetch --no-tags --depth=1 origin <ref>',
    },
    head: { type: 'string', value: '<ref>', help: 'Head of the change (default: the working tree)' },
    'config-ref': {
      type: 'string',
      value: '<side>',
      help: 'Whose .hvgate.yml governs the change: head (default) or base. With base the configuration is read from the base commit, so a pull request cannot relax its own gate',
    },
    override: {
      type: 'string',
      value: '<reason>',
      help: 'Override soft-mandatory policies; the reason is recorded in the report and the saved plan. Hard-mandatory policies cannot be overridden',
    },
    out: { type: 'string', value: '<file>', help: 'Save the plan (digests of the evaluated files, findings, verdict) for apply' },
    baseline: {
      type: 'string',
      value: '<file>',
      help: 'Also accept the findings this baseline lists (by fingerprint). A file inside the repository is read from the side whose configuration governs: with --config-ref base from the base commit, and what the head changes in it is listed as proposed',
    },
    ...REPORT_OPTIONS,
  },
  async run({ values, positionals }, environment, pack) {
    const base = values.base;
    if (base === undefined || base.trim() === '') throw new UsageError('plan needs --base <ref>: the branch, tag or commit the change is compared with');
    const settings = reportSettings(values, environment, pack, values.out);
    const configRef = values['config-ref'] ?? 'head';
    if (configRef !== 'head' && configRef !== 'base') throw new UsageError(`--config-ref must be head or base, not "${clean(configRef)}"`);
    const override = values.override;
    if (override?.trim() === '') throw new UsageError('--override needs a reason, e.g. --override "approved by J. Doe in CHG-1234"');
    // Loaded when the command runs, so that --help and the other commands do not load the gate.
    const [{ emitReports, writeOutput }, { runPlan }, { planTextReporter }] = await Promise.all([
      import('../app/output.js'),
      import('../app/plan.js'),
      import('../reporters/plan-text.js'),
    ]);
    const run = await runPlan(
      {
        base,
        ...(values.head !== undefined ? { head: values.head } : {}),
        paths: positionals,
        ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
        configFrom: configRef,
        ...(override !== undefined ? { override: override.trim() } : {}),
        ...(values.baseline !== undefined ? { baselinePath: values.baseline } : {}),
        save: values.out !== undefined,
        terraformPlans: values['terraform-plan'] ?? [],
        cwd: environment.cwd,
        env: environment.env,
        today: settings.today,
        gate: settings.gate,
      },
      pack,
    );
    refuseEmpty(run, settings, positionals);
    // The terminal's text is the plan view; files in text format get it too.
    await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout, terminalViews(settings.view, planTextReporter));
    if (values.out !== undefined) await writeOutput(environment.cwd, values.out, JSON.stringify(run.savedPlan, null, 2) + '\n');
    if (run.baseline !== undefined) reportBaselineUse(run.baseline, run.report.findings, environment);
    return exitCodeOf(run, settings, environment);
  },
});

export const applyCommand = command({
  name: 'apply',
  synopsis: '--plan <file> [paths...]',
  summary: 'Deploy-stage check: exit 0 only if the working tree holds exactly the definitions of a saved plan that passed',
  description: `Deploy-stage check: exits 0 only if the working tree holds exactly the definitions of a saved plan
(sha256 per file) and that plan passed. Run it in the folder plan ran in. What is about to be applied
is selected as the configuration in force selects it (its include and exclude, under the paths given,
default: the current folder), never as the plan file says; a definition the plan does not list makes
it stale.`,
  options: {
    plan: { type: 'string', value: '<file>', help: 'The saved plan written by plan --out (required)' },
    config: REPORT_OPTIONS.config,
  },
  epilogue: 'Exit 1 names the files that differ (stale plan) or the blocking findings; a file that is not a saved plan exits 2.',
  async run({ values, positionals }, environment, pack) {
    const planPath = values.plan;
    if (planPath === undefined || planPath === '') throw new UsageError('apply needs --plan <file>: the plan saved by hvgate plan --out');
    // Its lines name files, refs and a reason that a pull request may have written.
    const options = { planPath, paths: positionals, cwd: environment.cwd, ...(values.config !== undefined ? { configPath: values.config } : {}) };
    const { runApply } = await import('../app/apply.js');
    return runApply(options, pack, (text) => {
      environment.stdout(inertText(text));
    });
  },
});
