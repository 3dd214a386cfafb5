/** GitLab Code Quality reporter: golden output, the documented shape, severities, and stable fingerprints. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitlabReporter, type CodeQualityIssue } from '../../src/reporters/gitlab.js';
import type { GateReport } from '../../src/reporters/report.js';
import { blockedEstate, blockedReport, buildReport, estate, fleetReport, passedReport, planReport, vm } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('./gitlab-code-quality.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const scenarios: readonly (readonly [string, () => GateReport])[] = [
  ['blocked', blockedReport],
  ['passed', passedReport],
  ['fleet', () => fleetReport(60)],
  ['empty', () => buildReport({ estate: estate({}) })],
  ['plan', planReport],
];

function render(report: GateReport): CodeQualityIssue[] {
  return JSON.parse(gitlabReporter(report, {})) as CodeQualityIssue[];
}

describe('GitLab Code Quality reporter', () => {
  it.each(scenarios.slice(0, 2))('matches the golden output for the %s report', async (name, build) => {
    await expect(gitlabReporter(build(), {})).toMatchFileSnapshot(`./__golden__/${name}.gitlab.json`);
  });

  it.each(scenarios)('writes the documented shape (%s)', (_name, build) => {
    const text = gitlabReporter(build(), {});
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const document: unknown = JSON.parse(text);
    const ok = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has a schema strict enough to reject a report that drifts from the documented shape', () => {
    const [issue] = render(blockedReport());
    expect(validate([{ ...issue, severity: 'error' }])).toBe(false);
    expect(validate([{ ...issue, location: { path: issue!.location.path, lines: { begin: 0 } } }])).toBe(false);
    expect(validate([{ ...issue, location: { path: '/abs/path.yaml', lines: { begin: 1 } } }])).toBe(false);
    const { fingerprint: _fingerprint, ...withoutFingerprint } = issue!;
    expect(validate([withoutFingerprint])).toBe(false);
    expect(validate(issue)).toBe(false);
  });

  it('has one issue per current finding that is not waived, with its fingerprint, policy, file and line', () => {
    const report = blockedReport();
    const issues = render(report);
    const expected = report.findings.filter((f) => f.status !== 'resolved' && !f.exception);
    expect(report.findings.some((f) => f.exception)).toBe(true);
    expect(report.findings.some((f) => f.status === 'resolved')).toBe(true);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((finding, index) => {
      expect(issues[index]).toEqual({
        description: `${finding.policyId}: ${finding.message}`,
        check_name: `${finding.policyId}-${finding.policyName}`,
        fingerprint: finding.fingerprint,
        severity: expect.any(String) as string,
        location: { path: finding.at.file, lines: { begin: finding.at.line } },
      });
    });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('maps the gate to severities: blocking → blocker, other errors → major, warning → minor, note → info', () => {
    const severities = (report: GateReport) => {
      const issues = render(report);
      const byFingerprint = new Map(issues.map((i) => [i.fingerprint, i.severity] as const));
      return report.findings
        .filter((f) => byFingerprint.has(f.fingerprint))
        .map((f) => [f.blocking ? 'blocking' : f.level, byFingerprint.get(f.fingerprint)] as const);
    };
    const pairs = [...severities(blockedReport()), ...severities(passedReport())];
    const seen = new Map<string, Set<string>>();
    for (const [kind, severity] of pairs) seen.set(kind, (seen.get(kind) ?? new Set()).add(severity!));
    expect(Object.fromEntries([...seen].map(([kind, set]) => [kind, [...set]]))).toEqual({
      blocking: ['blocker'],
      error: ['major'],
      warning: ['minor'],
      note: ['info'],
    });
  });

  it('keeps fingerprints when a definition moves to other lines, so GitLab does not see the issue as fixed and new', () => {
    const at = (line: number) =>
      buildReport({ estate: estate({ files: ['a.yaml'], vms: [vm({ name: 'mv-01', file: 'a.yaml', line, checkpoint: 'E:\\Checkpoints' })] }) });
    const before = render(at(1));
    const after = render(at(40));
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
  });

  it('writes paths with forward slashes and without a leading ./', () => {
    const report = buildReport({
      estate: estate({ files: ['./defs\\win.yaml'], vms: [vm({ name: 'w', file: './defs\\win.yaml', line: 1, checkpoint: 'E:\\C' })] }),
    });
    expect(render(report).map((i) => i.location.path)).toContain('defs/win.yaml');
  });

  it('an estate without findings is an empty array', () => {
    expect(gitlabReporter(buildReport({ estate: estate({}) }), {})).toBe('[]\n');
    expect(render(buildReport({ estate: blockedEstate(true) })).length).toBeGreaterThan(0);
  });
});
