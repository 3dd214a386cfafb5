/**
 * Text reporter: what a reviewer reads in a terminal or CI log. VM outcomes first (worst on top),
 * then the jobs that fail and whom they take down, then findings in `file:line:col  level  id  message`
 * form, and a closing verdict line. ANSI colours only when the caller asks for them.
 */
import { clean, inertLog } from './escape/terminal.js';
import { displayWidth, levelColour, outcomeColour, pad, palette, plain, type Palette } from './text/style.js';
import { formatSpan } from '../core/source.js';
import type { GatedFinding } from '../core/gate.js';
import type { VmResult } from '../core/policy.js';
import {
  compareVmResults,
  count,
  hostName,
  isUnremarkable,
  VM_TABLE_LIMIT,
  type GateReport,
  type Reporter,
  type ReporterOptions,
  EXPIRY_WARNING_DAYS,
  expiringSoon,
  inDays,
  exceptionTarget,
  verdictCounts,
  someNames,
} from './report.js';
import { describeExceptionProblem } from '../core/exceptions.js';

export const textReporter: Reporter = (report: GateReport, options: ReporterOptions): string => {
  const style = palette(options.color === true);
  const out: string[] = [];
  const { evaluation } = report;
  const findingByFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f] as const));

  out.push(
    style.bold(`${clean(report.tool.name)} ${clean(report.tool.version)}`) +
      ` — ${count(report.files.length, 'definition file')}, ${count(evaluation.vms.length, 'VM')}, ` +
      `${count(evaluation.jobs.length, 'backup job')}, ${count(report.policies.length, 'policy', 'policies')}`,
  );

  const shorten = listShortener(options);
  out.push('');
  // One line per VM at risk: appended in a loop, since spreading 100,000 lines into push() overflows the stack.
  for (const line of vmTable(evaluation.vms, new Set(evaluation.jobs.filter((job) => job.fails).map((job) => job.job.name)), style, shorten)) out.push(line);

  const failingJobs = evaluation.jobs.filter((job) => job.fails);
  if (failingJobs.length > 0) {
    out.push('', style.bold('Backup jobs that fail') + ' (all or nothing: when one VM cannot be snapshotted, no VM in the job is backed up):');
    const outcomeOf = new Map(evaluation.vms.map((r) => [r.vm.name, r] as const));
    for (const result of failingJobs) {
      out.push(`  ${style.red(clean(result.job.name))}  ${clean(formatSpan(result.job.nameAt))}`);
      out.push(
        `    ${count(result.members.length, 'member loses its backup', 'members lose their backup')}${result.members.length > 0 ? ': ' + nameList(result.members) : ''}`,
      );
      const failing = shorten(result.failing, 'failing member');
      for (const name of failing.shown) {
        const vm = outcomeOf.get(name);
        const causes = (vm?.causes ?? []).map((fp) => findingByFingerprint.get(fp)).filter((f): f is GatedFinding => f !== undefined);
        const why = causes.map((f) => `${f.policyId} ${f.policyName} at ${formatSpan(f.at)}`).join('; ');
        out.push(`    why: ${clean(name)} is predicted to fail${why ? ` (${clean(why)})` : ''}`);
      }
      if (failing.more !== undefined) out.push(`  ${failing.more}`);
      const missing = shorten(result.missing, 'missing member');
      for (const member of missing.shown) {
        out.push(`    why: "${clean(member.name)}" is listed but no definition provides it (${clean(formatSpan(member.at))})`);
      }
      if (missing.more !== undefined) out.push(`  ${missing.more}`);
    }
  }

  const current = report.findings.filter((f) => f.status !== 'resolved');
  const unknownNotes = current.filter((f) => !f.exception && f.cannotEvaluate === true && f.level !== 'error');
  const waived = current.filter((f) => f.exception);
  const isUnknownNote = new Set(unknownNotes);
  const main = current.filter((f) => !f.exception && !isUnknownNote.has(f));
  const resolved = report.findings.filter((f) => f.status === 'resolved');

  // Blocking findings come first and apart: they are what a reviewer must act on before merging.
  const blocking = main.filter((f) => f.blocking);
  const other = main.filter((f) => !f.blocking);
  if (blocking.length > 0) {
    out.push('', style.bold(style.red(`Blocking findings (${blocking.length}):`)));
    const { shown, more } = shorten(blocking, 'blocking finding');
    for (const finding of shown) out.push(...findingLines(finding, style));
    if (more !== undefined) out.push(more);
  }
  if (other.length > 0) {
    out.push('', style.bold(blocking.length > 0 ? `Other findings (${other.length}):` : `Findings (${other.length}):`));
    const { shown, more } = shorten(other, 'finding');
    for (const finding of shown) out.push(...findingLines(finding, style));
    if (more !== undefined) out.push(more);
  }

  if (unknownNotes.length > 0) {
    out.push('', style.bold(`Cannot evaluate (${unknownNotes.length})`) + ': values unknown until apply; the outcomes of these VMs may be worse than shown.');
    const { shown, more } = shorten(unknownNotes, 'note');
    for (const finding of shown) out.push(findingLine(finding, style));
    if (more !== undefined) out.push(more);
  }

  if (waived.length > 0) {
    out.push('', style.bold(`Waived (${waived.length})`) + ': valid exceptions; these neither count nor block.');
    for (const finding of waived) {
      const exception = finding.exception;
      if (exception === undefined) continue;
      out.push(findingLine(finding, style));
      out.push(
        style.dim(
          `    waived until ${clean(exception.expires)}, owner ${clean(exception.owner)}: ${clean(exception.reason)} (exception at ${clean(formatSpan(exception.at))})`,
        ),
      );
    }
  }

  const expiring = expiringSoon(evaluation.exceptions);
  if (expiring.length > 0) {
    out.push('', style.bold(`Exceptions expiring within ${EXPIRY_WARNING_DAYS} days (${expiring.length})`) + ': renew or fix before they lapse and block.');
    for (const status of expiring) {
      const e = status.exception;
      const target = exceptionTarget(e, status.vms);
      out.push(
        style.yellow(
          `${clean(formatSpan(e.at))}  ${clean(target)}: expires ${clean(e.expires ?? '')} (${inDays(status.daysLeft)}), owner ${clean(e.owner ?? '')}`,
        ),
      );
    }
  }

  // HVB016 normally reports these; listing those it did not cover keeps an ignored exception from going unseen.
  const reportedAt = new Set(current.filter((f) => f.policyId === 'HVB016').map((f) => formatSpan(f.at)));
  const ignored = evaluation.exceptions.filter((s) => s.problems.length > 0 && !reportedAt.has(formatSpan(s.exception.at)));
  if (ignored.length > 0) {
    out.push('', style.bold(`Exceptions not applied (${ignored.length}):`));
    for (const status of ignored) {
      const e = status.exception;
      const target = exceptionTarget(e, status.vms);
      out.push(`${clean(formatSpan(e.at))}  ${clean(target)}: ignored because ${clean(status.problems.map(describeExceptionProblem).join('; '))}`);
    }
  }

  if (resolved.length > 0) {
    out.push('', style.bold(`Resolved by this change (${resolved.length}):`));
    const { shown, more } = shorten(resolved, 'resolved finding');
    for (const finding of shown) out.push(style.green(findingLine(finding, plain)));
    if (more !== undefined) out.push(more);
  }

  const notices = [...new Set(evaluation.notices)];
  if (notices.length > 0) {
    out.push('');
    for (const notice of notices) out.push(`${style.bold('Notice:')} ${clean(notice)}`);
  }

  out.push('', verdictLine(report, style));
  return inertLog(out.join('\n') + '\n');
};

/** A list's entries to show, and when some are left out, the line that says where they are. */
type Shortener = <T>(entries: readonly T[], noun: string, plural?: string) => { readonly shown: readonly T[]; readonly more?: string };

/** Every entry; with `options.shorten`, the first `limit` and a line pointing at the report file. */
function listShortener(options: ReporterOptions): Shortener {
  const { shorten } = options;
  return (entries, noun, plural = `${noun}s`) => {
    if (shorten === undefined || entries.length <= shorten.limit) return { shown: entries };
    const more = count(entries.length - shorten.limit, `more ${noun}`, `more ${plural}`);
    return { shown: entries.slice(0, shorten.limit), more: `  … and ${more}: all are in ${clean(shorten.file)}.` };
  };
}

/** `failingJobs`: names of jobs predicted to fail, marked in the JOBS column so a VM that is fine on its own but loses its backup with its job stands out. */
function vmTable(vms: readonly VmResult[], failingJobs: ReadonlySet<string>, style: Palette, shorten: Shortener): string[] {
  if (vms.length === 0) return ['No VMs were found in the evaluated definitions.'];
  const sorted = [...vms].sort(compareVmResults);
  const summarise = sorted.length > VM_TABLE_LIMIT;
  const atRisk = summarise ? sorted.filter((r) => !isUnremarkable(r.outcome)) : sorted;
  const { shown, more } = summarise ? shorten(atRisk, 'VM at risk', 'VMs at risk') : shorten(atRisk, 'VM');
  const hidden = sorted.length - atRisk.length;

  const lines: string[] = [];
  if (shown.length > 0) {
    const rows = shown.map((r) => ({
      cells: [
        clean(r.vm.name),
        clean(`${hostName(r.host)} (${r.host.os})`),
        r.uncertain ? `${r.outcome} (uncertain)` : r.outcome,
        r.jobs.length > 0 ? clean(r.jobs.map((job) => (failingJobs.has(job) ? `${job} (fails)` : job)).join(', ')) : '-',
      ],
      outcome: r.outcome,
    }));
    const header = ['VM', 'HOST', 'OUTCOME', 'JOBS'];
    // A loop, not Math.max(...rows): spreading 100,000 rows into one call overflows the stack.
    const widths = header.map((h, i) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row.cells[i] ?? '')), displayWidth(h)));
    const render = (cells: readonly string[], paintOutcome: (s: string) => string): string =>
      (
        '  ' +
        cells.map((cell, i) => (i === 2 ? paintOutcome(pad(cell, widths[i] ?? 0)) : i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join('  ')
      ).trimEnd();
    lines.push(style.bold(summarise ? `VMs whose backup is at risk (worst first):` : `VMs (worst outcome first):`));
    lines.push(style.dim(render(header, (s) => s)));
    for (const row of rows) lines.push(render(row.cells, (s) => outcomeColour(row.outcome, style)(s)));
    if (more !== undefined) lines.push(more);
  }
  if (hidden > 0) {
    const online = sorted.filter((r) => r.outcome === 'online').length;
    const offline = hidden - online;
    const split = [online > 0 ? `${online} online` : '', offline > 0 ? `${offline} offline` : ''].filter(Boolean).join(', ');
    lines.push(
      shown.length > 0 ? `  … and ${count(hidden, 'more VM')} not listed: ${split}.` : `All ${count(hidden, 'VM')} are backed up online or offline: ${split}.`,
    );
  }
  return lines;
}

/** `file:line:col  level  HVBnnn  message`: one finding on one line. */
export function findingLine(finding: GatedFinding, style: Palette): string {
  return `${clean(formatSpan(finding.at))}  ${levelColour(finding.level, style)(finding.level)}  ${finding.policyId}  ${clean(finding.message)}`;
}

function findingLines(finding: GatedFinding, style: Palette): string[] {
  const lines = [findingLine(finding, style)];
  if (finding.blastRadius && finding.blastRadius.length > 0) {
    lines.push(`    ${count(finding.blastRadius.length, 'VM loses its backup', 'VMs lose their backup')}: ${nameList(finding.blastRadius)}`);
  }
  for (const related of finding.related) lines.push(style.dim(`    see ${clean(formatSpan(related.at))}: ${clean(related.message)}`));
  if (finding.level === 'error' && !finding.blocking) lines.push(`    not blocking: ${whyNotBlocking(finding)}`);
  lines.push(`    fix: ${clean(finding.fix)}`);
  lines.push(style.dim(`    docs: ${clean(finding.docsUrl)}`));
  return lines;
}

function whyNotBlocking(finding: GatedFinding): string {
  if (finding.overridden) return 'overridden (soft-mandatory policy)';
  if (finding.enforcement === 'advisory') return 'advisory policy';
  if (finding.status === 'unchanged') return 'present before this change';
  return 'not in scope';
}

/** `Gate: PASSED — …` or `Gate: BLOCKED — …`: the run in one line. */
export function verdictLine(report: GateReport, style: Palette): string {
  const summary = `${verdictCounts(report.verdict)}.`;
  return report.verdict.passed ? `${style.bold(style.green('Gate: PASSED'))} — ${summary}` : `${style.bold(style.red('Gate: BLOCKED'))} — ${summary}`;
}

function nameList(names: readonly string[]): string {
  return clean(someNames(names));
}
