/** The `check` subcommand: argument checking, then the app layer does the work. */
import { clean } from '../reporters/escape/terminal.js';
import { command } from './command.js';
import { exitCodeOf, refuseEmpty, reportBaselineUse, terminalViews } from './gate-exit.js';
import { REPORT_OPTIONS, reportSettings } from './options.js';

export const checkCommand = command({
  name: 'check',
  synopsis: '[options] [paths...]',
  summary: 'Evaluate the Hyper-V VM definitions under the paths (default: .)',
  description: `Evaluates every Hyper-V definition under the paths (default: the current folder): hvgate/v1 YAML and
JSON, Terraform configurations, plan JSON and state. Files are recognised by content; a file named
on the command line must be a definition.`,
  options: {
    ...REPORT_OPTIONS,
    baseline: {
      type: 'string',
      value: '<file>',
      help: 'Accept the findings this baseline lists (by fingerprint): they are shown as present before and do not block; new ones do. A file written by --write-baseline or a JSON report',
    },
    'write-baseline': {
      type: 'string',
      value: '<file>',
      help: "Write today's findings as a baseline and accept them for this run",
    },
  },
  epilogue: `A baseline never accepts HVB000 or HVB016 findings. check knows no base, so it reads the
baseline from the working tree as given: a pull request that edits it accepts its own findings. In a
pull request pipeline use hvgate plan --config-ref base --baseline FILE, which reads it from the
base commit, or take it from the target branch (git show origin/main:hvgate-baseline.json > ...).`,
  async run({ values, positionals }, environment, pack) {
    // Loaded when the command runs, so that --help and the other commands do not load the gate.
    const [{ readBaseline, writeBaseline }, { runCheck }, { emitReports }] = await Promise.all([
      import('../app/baseline.js'),
      import('../app/check.js'),
      import('../app/output.js'),
    ]);
    const settings = reportSettings(values, environment, pack, values['write-baseline']);
    const write = values['write-baseline'];
    const baseline = values.baseline !== undefined && write === undefined ? await readBaseline(values.baseline, environment.cwd) : undefined;
    const check = (accepted = baseline) =>
      runCheck(
        {
          paths: positionals,
          cwd: environment.cwd,
          today: settings.today,
          ...(settings.configPath !== undefined ? { configPath: settings.configPath } : {}),
          terraformPlans: values['terraform-plan'] ?? [],
          gate: { ...settings.gate, ...(accepted !== undefined ? { baseline: accepted } : {}) },
        },
        pack,
      );
    let run = await check();
    refuseEmpty(run, settings, positionals);
    if (write !== undefined) {
      // Findings of the policies that guard the gate's own inputs are never accepted, so the file does not list them.
      const acceptable = run.report.findings.filter((f) => pack.find((p) => p.id === f.policyId)?.waivable !== false);
      await writeBaseline(write, environment.cwd, acceptable);
      // The run that writes a baseline accepts it, so its exit code says what the new baseline leaves blocking.
      run = await check(await readBaseline(write, environment.cwd));
      environment.stderr(`hvgate: wrote ${clean(write)}\n`);
    }
    await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout, terminalViews(settings.view));
    if (baseline !== undefined) reportBaselineUse(baseline, run.report.findings, environment);
    return exitCodeOf(run, settings, environment);
  },
});
