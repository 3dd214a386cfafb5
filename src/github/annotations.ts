/**
 * Findings as workflow-command annotations (`::error file=…`). GitHub shows at most 10 annotations
 * of each level per step and drops the rest silently, so this keeps 9 per level, most important
 * first, and spends the last notice on saying how many more there are. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import { annotationLine, annotationMessage } from '../reporters/escape/annotation.js';
import { byImportance } from '../reporters/report.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** Annotations of one level shown per step; the tenth slot is left for the step's own failure message or the overflow notice. */
export const ANNOTATIONS_PER_LEVEL = 9;

const LEVEL: Record<GatedFinding['level'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * `repoPath` maps a finding's file to its path in the repository, which is what GitHub resolves
 * annotation files against. Waived and resolved findings get none.
 */
export function selectAnnotations(findings: readonly GatedFinding[], repoPath: (file: string) => string, limit = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const current = findings.filter((f) => f.status !== 'resolved' && !f.exception).sort(byImportance);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  let left = 0;
  for (const finding of current) {
    const level = LEVEL[finding.level];
    if (used[level] >= limit) {
      left += 1;
      continue;
    }
    used[level] += 1;
    const at = finding.at;
    const singleLine = at.endLine === at.line;
    out.push({
      level,
      title: annotationLine(`${finding.policyId} ${finding.policyName}${finding.blocking ? ' (blocking)' : ''}`),
      message: annotationMessage(`${finding.message}\nFix: ${finding.fix}`),
      file: annotationLine(repoPath(at.file)),
      startLine: at.line,
      endLine: at.endLine,
      startColumn: at.column,
      ...(singleLine ? { endColumn: at.endColumn } : {}),
    });
  }
  if (left > 0) out.push({ level: 'notice', message: `${left} more finding${left === 1 ? '' : 's'} — see the job summary` });
  return out;
}
