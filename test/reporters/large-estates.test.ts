/**
 * Reports of very large estates: every format renders (no stack overflow from spreading a long list
 * into a call, no string longer than V8 allows) and stays proportional to the estate. The report is
 * built in memory (test/support/large-report.ts); no timing is asserted here, growth is measured by
 * scripts/bench-growth.mjs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { batched, renderChunks, reporters, type ReporterName } from '../../src/reporters/index.js';
import type { GateReport } from '../../src/reporters/report.js';
import { textReporter } from '../../src/reporters/text.js';
import { largeReport } from '../support/large-report.js';

/** Beyond the ~120,000 arguments one call can take on Node's default stack. */
const VMS = 130_000;
/** Fail their snapshot: an HVB012 and an HVB009 finding each, so 230,000 findings in all. */
const FAILING = 100_000;

// Each case renders hundreds of megabytes; a loaded 2-core CI machine needs minutes, not the default minute.
describe(`reports of ${VMS} VMs in one job that ${FAILING} of them fail`, { timeout: 400_000 }, () => {
  let report: GateReport;
  beforeAll(() => {
    report = largeReport({ vms: VMS, failing: FAILING });
  }, 400_000);

  it('text: lists every VM at risk and the failing job once', () => {
    const text = textReporter(report, { color: false });
    expect(text).toContain('VMs whose backup is at risk (worst first):');
    expect(text).toMatch(/^ {2}vm-129999 +modern \(2022\) +crash-consistent +all \(fails\)$/m);
    expect(text.match(/^ {4}130000 members lose their backup: /gm)).toHaveLength(1);
    expect(text).toContain(`Blocking findings (${2 * FAILING}):`);
  });

  it.each(['json', 'sarif'] as const)('%s: written in pieces, each job member named a bounded number of times', (format) => {
    let length = 0;
    let longest = 0;
    let mentions = 0;
    for (const piece of batched(renderChunks(format, report, {}))) {
      length += piece.length;
      longest = Math.max(longest, piece.length);
      mentions += piece.split('"vm-99999"').length - 1;
    }
    // About 200 KiB per 1,000 findings, not the members of the job again in each of its 100,000 findings.
    expect(length).toBeLessThan(report.findings.length * 2_500);
    // The longest piece is the job's own entry with its 130,000 members, far from a whole document.
    expect(longest).toBeLessThan(2 ** 24);
    // A failing member: its VM entry, the job's members and failing list, its own findings.
    expect(mentions).toBeGreaterThan(0);
    expect(mentions).toBeLessThanOrEqual(6);
  });

  it('gitlab: renders', () => {
    expect(reporters.gitlab(report, {}).length).toBeLessThan(report.findings.length * 2_500);
  });

  // At a fifth of the size: these two take most of a minute at full size on a busy 2-core machine.
  it.each(['junit', 'markdown'] satisfies ReporterName[])('%s: renders a fifth of the estate', (format) => {
    const smaller = largeReport({ vms: VMS / 5, failing: FAILING / 5 });
    expect(reporters[format](smaller, {}).length).toBeLessThan(smaller.findings.length * 2_500);
  });
});
