/**
 * Reports of very large estates: every format renders (no stack overflow from spreading a long list
 * into a call, no string longer than V8 allows) and stays proportional to the estate. The report is
 * built in memory (test/support/large-report.ts); no timing is asserted here, growth is measured by
 * scripts/bench-growth.mjs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/reporters/report.js';
import { textReporter } from '../../src/reporters/text.js';
import { largeReport } from '../support/large-report.js';

/** Beyond the ~120,000 arguments one call can take on Node's default stack. */
const VMS = 130_000;
/** Fail their snapshot: an HVB012 and an HVB009 finding each, so 230,000 findings in all. */
const FAILING = 100_000;

describe(`reports of ${VMS} VMs in one job that ${FAILING} of them fail`, () => {
  let report: GateReport;
  beforeAll(() => {
    report = largeReport({ vms: VMS, failing: FAILING });
  });

  it('text: lists every VM at risk and the failing job once', () => {
    const text = textReporter(report, { color: false });
    expect(text).toContain('VMs whose backup is at risk (worst first):');
    expect(text).toMatch(/^ {2}vm-129999 +modern \(2022\) +crash-consistent +all \(fails\)$/m);
    expect(text.match(/^ {4}130000 members lose their backup: /gm)).toHaveLength(1);
    expect(text).toContain(`Blocking findings (${2 * FAILING}):`);
  });
});
