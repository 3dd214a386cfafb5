/** The check run's conclusion, title and summary: from the verdict, within the Checks API's limits. */
import { describe, expect, it } from 'vitest';
import { CHECK_SUMMARY_CHARACTERS, checkConclusion, checkSummary, checkTitle } from '../../src/github/check-run-output.js';
import { blockedReport, fleetReport, passedReport } from '../reporters/fixture.js';

describe('checkConclusion', () => {
  it('is success when passed, failure when blocked, neutral when blocked but the step is not to fail', () => {
    expect(checkConclusion(passedReport().verdict, true)).toBe('success');
    expect(checkConclusion(passedReport().verdict, false)).toBe('success');
    expect(checkConclusion(blockedReport().verdict, true)).toBe('failure');
    expect(checkConclusion(blockedReport().verdict, false)).toBe('neutral');
  });
});

describe('checkTitle', () => {
  it('is the verdict line in plain text', () => {
    expect(checkTitle(blockedReport())).toBe('hvgate: blocked — 2 blocking, 4 non-blocking errors, 3 warnings, 2 notes (1 waived)');
    expect(checkTitle(passedReport())).toMatch(/^hvgate: passed — 0 blocking, /);
  });
});

describe('checkSummary', () => {
  it('is the Markdown report, verdict first, with no note when every finding is annotated', () => {
    const summary = checkSummary(blockedReport(), { annotated: 11, omitted: 0 });
    expect(summary.split('\n')[0]).toBe('## ❌ hvgate: blocked — 2 blocking, 4 non-blocking errors, 3 warnings, 2 notes (1 waived)');
    expect(summary).not.toContain('no annotation');
  });

  it('says how many findings have no annotation, and stays within 65,535 characters', () => {
    const report = fleetReport(20_000);
    const summary = checkSummary(report, { annotated: 1000, omitted: 2345 });
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_CHARACTERS);
    expect(summary.startsWith('## ')).toBe(true);
    expect(summary).toContain("Shortened to stay within GitHub's size limit");
    expect(
      summary.endsWith(
        '> This check run annotates the 1000 most important findings; 2345 more findings have no annotation. The job summary of this workflow run lists every finding.\n',
      ),
    ).toBe(true);
  });
});
