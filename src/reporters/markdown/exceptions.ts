/** Sections about exceptions: those the change adds, those that lapse soon, and those not applied. */
import type { PolicyException } from '../../core/model.js';
import type { ExceptionStatus } from '../../core/policy.js';
import { formatSpan } from '../../core/source.js';
import { describeExceptionProblem } from '../../core/exceptions.js';
import { count, EXPIRY_WARNING_DAYS, inDays, waivedVmList } from '../report.js';
import { cell, inline } from '../escape/markdown.js';
import { foldedList, where, type RenderContext } from './blocks.js';

export function addedExceptionsSection(exceptions: readonly PolicyException[], ctx: RenderContext): string {
  const statusAt = new Map(ctx.report.evaluation.exceptions.map((s) => [formatSpan(s.exception.at), s] as const));
  const lines = [
    `### Exceptions added by this change (${exceptions.length})`,
    '',
    '| Policy | VM | Owner | Expires | Reason | Honoured | Where |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of exceptions) {
    const status = statusAt.get(formatSpan(e.at));
    const honoured =
      status === undefined ? '—' : status.problems.length === 0 ? 'yes' : `no: ${inline(status.problems.map(describeExceptionProblem).join('; '))}`;
    lines.push(
      `| ${cell(e.policy)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''} | ${cell(e.vm)} | ${cell(e.owner ?? '(none)')} | ${cell(e.expires ?? '(never)')} | ${cell(e.reason ?? '(none)')} | ${honoured} | ${where(e.at, ctx)} |`,
    );
  }
  return lines.join('\n');
}

export function expiringExceptionsSection(statuses: readonly ExceptionStatus[], ctx: RenderContext): string {
  const lines = [`### Exceptions expiring within ${EXPIRY_WARNING_DAYS} days (${statuses.length})`, '', 'Renew or fix before they lapse and block.', ''];
  for (const s of statuses) {
    const e = s.exception;
    lines.push(
      `- ⏳ ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''}${matchedVms(e, s.vms)} at ${where(e.at, ctx)}: expires ${inline(e.expires ?? '')} (${inDays(s.daysLeft ?? 0)}), owner ${inline(e.owner ?? '')}`,
    );
  }
  return lines.join('\n');
}

export function ignoredExceptionsSection(statuses: readonly ExceptionStatus[], ctx: RenderContext): string {
  const entries = statuses.map((s) => {
    const e = s.exception;
    return [
      `- ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''} at ${where(e.at, ctx)}: ignored because ${inline(s.problems.map(describeExceptionProblem).join('; '))}`,
    ];
  });
  return [`### Exceptions not applied (${statuses.length})`, '', ...foldedList(entries, (n) => count(n, 'more exception'))].join('\n');
}

/** A pattern names its VMs only by what they are called, so the VMs it matched are listed beside it. */
function matchedVms(exception: PolicyException, vms: readonly string[]): string {
  return exception.vmPattern === true && vms.length > 0 ? ` (waives ${inline(waivedVmList(vms))})` : '';
}
