/**
 * The `fix` subcommand, like `eslint --fix`: runs the gate, applies every mechanical fix to the files
 * (formatting and comments kept), and runs the gate again. `--dry-run` prints the fixes as a unified
 * diff and writes nothing. Files the gate cannot read, and values no fix can edit, are left alone and named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clean, inertLog } from '../reporters/escape/terminal.js';
import { command } from './command.js';
import { REPORT_OPTIONS } from './options.js';

export const fixCommand = command({
  name: 'fix',
  synopsis: '[options] [paths...]',
  summary: 'Apply the mechanical fixes to the definitions, keeping formatting and comments',
  description: `Runs the gate, then applies every fix that is mechanical and certain (the Backup integration service
turned on, checkpoints moved next to the disks, a SCSI controller added) to the files, keeping their
formatting and comments, and runs the gate again. A second run changes nothing. Files the gate cannot
read are left alone and named; so are values no fix can edit.`,
  options: {
    'dry-run': { type: 'boolean', help: 'Print the fixes as a unified diff and write nothing' },
    config: REPORT_OPTIONS.config,
    today: REPORT_OPTIONS.today,
  },
  epilogue: 'Exit codes as check: 0 nothing blocks after the fixes, 1 findings still block, 2 usage or input error.',
  async run({ values, positionals }, environment, pack) {
    // Loaded when the command runs: no other command needs the fix writers.
    const [{ runCheck }, { unifiedDiff }, { planFixes }] = await Promise.all([import('../app/check.js'), import('../fix/diff.js'), import('../fix/fixes.js')]);
    const check = () =>
      runCheck(
        {
          paths: positionals,
          cwd: environment.cwd,
          today: values.today ?? environment.today,
          ...(values.config !== undefined ? { configPath: values.config } : {}),
        },
        pack,
      );
    const dryRun = values['dry-run'] === true;
    const before = await check();
    const read = (file: string): string | undefined => {
      try {
        return readFileSync(resolve(environment.cwd, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    const plan = planFixes(before.report.findings, read);
    const out: string[] = [];
    for (const fix of plan.files) {
      if (dryRun) out.push(unifiedDiff(fix.file, fix.before, fix.after).trimEnd());
      else writeFileSync(resolve(environment.cwd, fix.file), fix.after);
    }
    const unreadable = [...new Set(before.report.findings.filter((f) => f.policyId === 'HVB000').map((f) => f.at.file))];
    for (const file of unreadable) out.push(`left alone: ${clean(file)} (the gate cannot read it; see HVB000)`);
    for (const { file, why } of plan.leftAlone) out.push(`left alone: ${clean(file)} (${why})`);
    const count = plan.files.reduce((n, f) => n + f.fixed.length, 0);
    out.push(
      `hvgate fix: ${dryRun ? 'would fix' : 'fixed'} ${count} finding${count === 1 ? '' : 's'} in ${plan.files.length} file${plan.files.length === 1 ? '' : 's'}.`,
    );
    environment.stdout(inertLog(`${out.join('\n')}\n`));
    return dryRun || plan.files.length === 0 ? before.exitCode : (await check()).exitCode;
  },
});
