/** The reporter registry: formats by name, each a pure function of the report. */
import { describe, expect, it } from 'vitest';
import { gitlabReporter } from '../../src/reporters/gitlab.js';
import { isReporterName, REPORTER_NAMES, reporters } from '../../src/reporters/index.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { textReporter } from '../../src/reporters/text.js';
import { blockedReport } from './fixture.js';

describe('reporter registry', () => {
  it('maps each format name to its reporter', () => {
    expect(REPORTER_NAMES).toEqual(['text', 'json', 'sarif', 'junit', 'gitlab', 'markdown']);
    expect(reporters.text).toBe(textReporter);
    expect(reporters.json).toBe(jsonReporter);
    expect(reporters.sarif).toBe(sarifReporter);
    expect(reporters.junit).toBe(junitReporter);
    expect(reporters.gitlab).toBe(gitlabReporter);
    expect(isReporterName('sarif')).toBe(true);
    expect(isReporterName('junit')).toBe(true);
    expect(isReporterName('toString')).toBe(false);
    expect(isReporterName('xml')).toBe(false);
  });

  it.each(REPORTER_NAMES)('%s: same report, same output, and the report is left untouched', (name) => {
    const report = blockedReport();
    const before = JSON.stringify(report);
    const first = reporters[name](report, { color: false });
    expect(reporters[name](report, { color: false })).toBe(first);
    expect(reporters[name](blockedReport(), { color: false })).toBe(first);
    expect(JSON.stringify(report)).toBe(before);
    expect(first.endsWith('\n')).toBe(true);
  });
});
