/**
 * Predicted backup outcomes (docs/domain.md §3). One per VM; the worst cause wins.
 */

/** Ordered from best to worst; the order is that of docs/domain.md §3 and must not change. */
export const OUTCOMES = ['online', 'offline', 'crash-consistent', 'saved-state', 'incomplete', 'unprotected', 'fails'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What a finding does to its VM's backup. `degraded` becomes `saved-state` or `crash-consistent`
 * depending on the host generation; `none` leaves the outcome alone (advice, risks, job-level facts).
 */
export type Effect = 'none' | 'offline' | 'degraded' | 'incomplete' | 'unprotected' | 'fails';

export function worseOf(a: Outcome, b: Outcome): Outcome {
  return OUTCOMES.indexOf(a) >= OUTCOMES.indexOf(b) ? a : b;
}
