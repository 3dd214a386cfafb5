/** Sections about findings: what blocks the merge, what is not on a changed line, every finding, waived and resolved ones. */
import type { GatedFinding } from '../../core/gate.js';
import { formatSpan } from '../../core/source.js';
import { byImportance, count } from '../report.js';
import { cell, code, inline, url } from '../escape/markdown.js';
import { listShorterForm, type ShorterForm } from './budget.js';
import { collapsible, foldedList, levelText, names, table, where, type Placement, type RenderContext } from './blocks.js';

export function blockingSection(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const entries = findings.map((f) => blockingEntry(f, ctx));
  return [blockingHeading(findings), '', ...foldedList(entries, (n) => count(n, 'more blocking finding'))].join('\n');
}

/** What blocks, when the whole list does not fit: as many findings as the room allows, then how many more and where they are. */
export function shorterBlockingSection(findings: readonly GatedFinding[], ctx: RenderContext, fullReport: string): ShorterForm {
  return listShorterForm(
    `${blockingHeading(findings)}\n`,
    findings,
    (f) => blockingEntry(f, ctx).join('\n'),
    (hidden) => `- … and ${hidden} more: see ${inline(fullReport)}`,
  );
}

function blockingHeading(findings: readonly GatedFinding[]): string {
  return `### What blocks the merge (${findings.length})`;
}

function blockingEntry(f: GatedFinding, ctx: RenderContext): string[] {
  const entry = [`- **${f.policyId}** ${f.policyName} at ${where(f.at, ctx)}${placementNote(f, ctx)}: ${inline(f.message)}`];
  if (f.blastRadius && f.blastRadius.length > 0)
    entry.push(`  - ${count(f.blastRadius.length, 'VM loses its backup', 'VMs lose their backup')}: ${names(f.blastRadius)}`);
  entry.push(`  - Fix: ${inline(f.fix)} ([docs](${url(f.docsUrl)}))`);
  return entry;
}

function placementNote(f: GatedFinding, ctx: RenderContext): string {
  const placement = ctx.placement?.get(f.fingerprint);
  // The same words for both, so a rerun with nothing new leaves the comment as it was.
  if (placement === 'inline' || placement === 'already-posted') return ' (review comment)';
  if (placement === 'review-body') return ' (in the review)';
  return '';
}

/** Introduced findings the review could not put on a line: outside the diff, or over the comment limit. */
export function isElsewhere(placement: Placement | undefined): boolean {
  return placement === undefined || placement === 'outside-diff' || placement === 'over-limit';
}

export function elsewhereSection(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const lines = [
    `### Not on a changed line (${findings.length})`,
    '',
    'These findings are introduced by this change but point at lines the diff does not touch (or exceed the review-comment limit), so they are listed here instead of inline.',
    '',
  ];
  lines.push(
    ...foldedList(
      findings.map((f) => [`- ${levelText(f)} **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)}`]),
      (n) => count(n, 'more finding'),
    ),
  );
  return lines.join('\n');
}

export function findingTableSection(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const planned = ctx.report.plan !== undefined;
  const header = ['Level', 'Policy', 'Where', 'Message', ...(planned ? ['Status'] : [])];
  const ordered = [...findings].sort(byImportance);
  const rows = ordered.map((f) => {
    const status = planned ? ` ${STATUS_TEXT[f.status]}${f.cannotEvaluate ? ', unknown until apply' : ''} |` : '';
    return `| ${levelText(f)} | [${f.policyId}](${url(f.docsUrl)}) ${f.policyName} | ${where(f.at, ctx)}${placementNote(f, ctx)} | ${cell(f.message)} |${status}`;
  });
  const lines = [`### Findings (${findings.length})`, ''];
  for (const line of collapsible(`${count(findings.length, 'finding')}, blocking first`, table(header, rows))) lines.push(line);
  return lines.join('\n');
}

const STATUS_TEXT: Record<GatedFinding['status'], string> = { introduced: 'introduced', unchanged: 'pre-existing', resolved: 'resolved' };

export function waivedSection(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const entries = findings.flatMap((f) => {
    const e = f.exception;
    if (e === undefined) return [];
    return [
      [`- **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)} — waived until ${inline(e.expires)}, owner ${inline(e.owner)}: ${inline(e.reason)}`],
    ];
  });
  return [
    `### Waived (${findings.length})`,
    '',
    'Valid exceptions: these neither count nor block.',
    '',
    ...foldedList(entries, (n) => count(n, 'more waived finding')),
  ].join('\n');
}

export function resolvedSection(findings: readonly GatedFinding[]): string {
  const entries = findings.map((f) => [`- ✅ **${f.policyId}** ${inline(f.message)} (was at ${code(formatSpan(f.at))})`]);
  return [`### Resolved by this change (${findings.length})`, '', ...foldedList(entries, (n) => count(n, 'more resolved finding'))].join('\n');
}
