/**
 * SARIF reporter: golden output, Microsoft's validator with GitHub's ingestion rules, the SARIF 2.1.0
 * JSON schema, and the properties GitHub code scanning depends on.
 */
import { readFileSync } from 'node:fs';
import type { Log, Result } from 'sarif';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/reporters/report.js';
import { artifactLocationOf, FINGERPRINT_KEY, pascalCase, sarifReporter } from '../../src/reporters/sarif.js';
import { blockedReport, buildReport, estate, fleetReport, job, PACK, passedReport, vm } from './fixture.js';
import { hostileReport } from './hostile-names.js';
import { ensureExecutable, multitoolPath, sarifSchemaPath, validateSarif, type ValidatorMessage } from './sarif-validator.js';

const scenarios: readonly (readonly [string, () => GateReport])[] = [
  ['blocked', blockedReport],
  ['passed', passedReport],
  ['fleet', () => fleetReport(60)],
  ['empty', () => buildReport({ estate: estate({}) })],
  ['hostile names', hostileReport],
];

/**
 * Validator notes that a pure reporter cannot act on, each for a stated reason. Errors and warnings
 * are never accepted.
 */
const ACCEPTED_NOTES: Readonly<Record<string, string>> = {
  SARIF2002: 'messages are rendered from policy templates; message ids with arguments add nothing for GitHub',
  SARIF2003: 'version control provenance (commit, branch) is known to the upload step, not to a pure reporter',
  SARIF2006: 'checks that URLs are reachable over the network; the docs URLs point into the public repository',
  SARIF2010: 'code snippets would need the reporter to read definition files',
  SARIF2011: 'context regions would need the reporter to read definition files',
};

function unacceptable(messages: readonly ValidatorMessage[]): ValidatorMessage[] {
  return messages.filter((m) => m.level !== 'note' || !(m.ruleId in ACCEPTED_NOTES));
}

function render(report: GateReport, options = {}): Log {
  return JSON.parse(sarifReporter(report, options)) as Log;
}

/** The line a result's first location starts at. */
function startLine(result: Result): number {
  return result.locations![0]!.physicalLocation!.region!.startLine!;
}

describe('SARIF reporter', () => {
  beforeAll(() => {
    ensureExecutable(multitoolPath());
  });

  it.each(scenarios.slice(0, 2))('matches the golden output for the %s report', async (name, build) => {
    await expect(sarifReporter(build(), { category: 'hvgate' })).toMatchFileSnapshot(`./__golden__/${name}.sarif`);
  });

  describe('Microsoft SARIF validator (rule kinds Gh;Sarif)', () => {
    it('catches a log GitHub would reject, so a clean result below means something', () => {
      const bad = render(blockedReport());
      delete bad.runs[0]!.results![0]!.locations;
      const messages = validateSarif(JSON.stringify(bad));
      expect(messages.filter((m) => m.level === 'error').map((m) => m.ruleId)).toEqual(expect.arrayContaining(['GH1015']));
    });

    it.each(scenarios)('reports no error, no warning and only accepted notes (%s)', (_name, build) => {
      const messages = validateSarif(sarifReporter(build(), { category: 'hvgate' }));
      expect(unacceptable(messages)).toEqual([]);
    });

    it('accepts absolute paths: relative under the source root, file URIs outside it', () => {
      const inside = '/home/runner/work/repo/defs/a.yaml';
      const outside = 'C:\\defs\\b c.yaml';
      const report = buildReport({
        estate: estate({
          files: [inside, outside],
          vms: [vm({ name: 'abs-1', file: inside, line: 1, checkpoint: 'E:\\x' }), vm({ name: 'abs-2', file: outside, line: 1, checkpoint: 'E:\\x' })],
        }),
      });
      const log = sarifReporter(report, { sourceRoot: 'file:///home/runner/work/repo' });
      const uris = (JSON.parse(log) as Log).runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation);
      expect(uris).toEqual([{ uri: 'defs/a.yaml', uriBaseId: '%SRCROOT%' }, { uri: 'file:///C:/defs/b%20c.yaml' }]);
      // SARIF2016 asks for relative file URIs; a file outside the source root cannot be one.
      const messages = unacceptable(validateSarif(log));
      expect(messages.map((m) => [m.ruleId, m.level])).toEqual([['SARIF2016', 'note']]);
      expect(messages[0]!.text).toContain('file:///C:/defs/b%20c.yaml');
    });
  });

  describe('SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')) as object);

    it.each(scenarios)('validates (%s)', (_name, build) => {
      const ok = validate(render(build()));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it('rejects a malformed log', () => {
      const bad = render(blockedReport());
      Object.assign(bad.runs[0]!.results![0]!, { level: 'fatal' });
      expect(validate(bad)).toBe(false);
    });
  });

  it('has exactly one run with the tool, every policy of the pack as a rule, and the columns it counts in', () => {
    const log = render(blockedReport(), { category: 'hyperv/prod' });
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'hvgate', version: '0.1.0', informationUri: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate' });
    expect(run.automationDetails).toEqual({ id: 'hyperv/prod/' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds!)).toEqual(['%SRCROOT%']);
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(PACK.map((p) => p.id).sort());
    for (const policy of PACK) {
      const rule = rules.find((r) => r.id === policy.id)!;
      expect(rule).toMatchObject({
        name: pascalCase(policy.name),
        shortDescription: { text: policy.description },
        helpUri: policy.docsUrl,
        defaultConfiguration: { level: policy.defaultLevel },
      });
      expect(rule.fullDescription!.text.startsWith(policy.description)).toBe(true);
      expect(rule.help!.text).toContain('Fix: ');
      expect(rule.help!.markdown).toContain('**Fix:**');
      expect(rule.help!.markdown).toContain(`[Documentation](${policy.docsUrl})`);
      expect(rule.help!.text).not.toMatch(/\{\{/);
      // A bare <vm> would be read as an HTML tag by GitHub's Markdown renderer and vanish.
      expect(rule.help!.markdown).not.toMatch(/(^|[^`])<\w+>/);
      expect(rule.properties!.tags!).toEqual(expect.arrayContaining(['hyper-v', 'backup']));
      if (policy.principle !== undefined) {
        expect(rule.properties!.tags!).toContain(`principle-${policy.principle}`);
        expect(rule.help!.text).toContain('Why: ');
      }
      expect(rule.properties!.tags!.includes('unverified')).toBe(policy.unverified === true);
    }
    expect(pascalCase('checkpoint-same-volume')).toBe('CheckpointSameVolume');
  });

  it('gives every result its rule, level, one located region, a fingerprint and the gate properties', () => {
    const report = blockedReport();
    const run = render(report).runs[0]!;
    const current = report.findings.filter((f) => f.status !== 'resolved');
    expect(run.results).toHaveLength(current.length);
    for (const [index, result] of run.results!.entries()) {
      const finding = current[index]!;
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.ruleId).toBe(finding.policyId);
      expect(result.level).toBe(finding.level);
      expect(result.message.text!.startsWith(finding.message.trim().replace(/([^.!?])$/, '$1.'))).toBe(true);
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations![0]!.physicalLocation!;
      expect(artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(decodeURIComponent(artifactLocation!.uri!)).toBe(finding.at.file);
      expect(region).toEqual({ startLine: finding.at.line, startColumn: finding.at.column, endLine: finding.at.endLine, endColumn: finding.at.endColumn });
      expect(region!.startLine).toBeGreaterThanOrEqual(1);
      expect(region!.startColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: finding.fingerprint });
      expect(result.properties).toMatchObject({ address: finding.address, effect: finding.effect, status: finding.status, blocking: finding.blocking });
    }
    const legacy = run.results!.find((r) => r.ruleId === 'HVB012');
    expect(legacy!.properties).toMatchObject({ vm: 'legacy-01', outcome: 'fails', blocking: true });
    const jobResult = run.results!.find((r) => r.ruleId === 'HVB009')!;
    expect(jobResult.message.text).toContain('2 VMs lose their backup: legacy-01, app-01.');
    // The job is named and counted in each result; its members are listed once, in the run.
    expect(jobResult.properties).toMatchObject({ blastRadius: { job: 'job.nightly-legacy', vms: 2 } });
    expect(run.properties).toMatchObject({ failingJobs: [{ name: 'nightly-legacy', address: 'job.nightly-legacy', members: ['legacy-01', 'app-01'] }] });
    expect(jobResult.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'defs/legacy.yaml', uriBaseId: '%SRCROOT%' }, region: expect.any(Object) as object },
        message: { text: 'legacy-01 is predicted to fail.' },
      },
    ]);
  });

  it('writes waived findings as external suppressions with the reason, and leaves resolved ones out', () => {
    const run = render(blockedReport()).runs[0]!;
    const suppressed = run.results!.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.properties!.vm).toBe('file-srv-01');
    expect(suppressed[0]!.suppressions).toEqual([
      expect.objectContaining({
        kind: 'external',
        status: 'accepted',
        justification: 'Archive LUN is backed up by the in-guest agent until the 2025 storage migration',
        properties: { owner: 'storage-team', expires: '2025-08-15' },
      }),
    ]);
    expect(run.results!.some((r) => r.properties?.vm === 'web-01' && r.ruleId === 'HVB007')).toBe(false);
  });

  it('keeps partial fingerprints when lines move, while regions follow the lines', () => {
    const at = (line: number): GateReport =>
      buildReport({
        estate: estate({
          vms: [
            vm({ name: 'moved', file: 'defs/m.yaml', line, checkpoint: 'E:\\x' }),
            vm({ name: 'lonely', file: 'defs/m.yaml', line: line + 40, checkpoint: 'D:\\x' }),
          ],
          jobs: [job('j', 'defs/jobs.yaml', line, ['moved'])],
        }),
      });
    const before = render(at(1)).runs[0]!.results!;
    const after = render(at(101)).runs[0]!.results!;
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    expect(after.map((r) => startLine(r))).toEqual(before.map((r) => startLine(r) + 100));
  });

  it('writes paths as relative URI references: forward slashes, percent-encoded spaces and non-ASCII', () => {
    expect(artifactLocationOf('defs/prod vms/app servers.yaml')).toEqual({ uri: 'defs/prod%20vms/app%20servers.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationOf('defs\\win\\x.yaml')).toEqual({ uri: 'defs/win/x.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationOf('./a.yaml')).toEqual({ uri: 'a.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationOf('defs/données/数据库.yaml').uri).toBe('defs/donn%C3%A9es/%E6%95%B0%E6%8D%AE%E5%BA%93.yaml');
    expect(artifactLocationOf('a:b/c#1.yaml').uri).toBe('a%3Ab/c%231.yaml');
    expect(artifactLocationOf('/srv/defs/a b.yaml')).toEqual({ uri: 'file:///srv/defs/a%20b.yaml' });
    expect(artifactLocationOf('C:\\defs\\b.yaml')).toEqual({ uri: 'file:///C:/defs/b.yaml' });
    expect(artifactLocationOf('//fs01/share/x.yaml')).toEqual({ uri: 'file://fs01/share/x.yaml' });
    expect(artifactLocationOf('/repo/defs/a b.yaml', 'file:///repo')).toEqual({ uri: 'defs/a%20b.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationOf('/repository/a.yaml', 'file:///repo/')).toEqual({ uri: 'file:///repository/a.yaml' });
  });

  it('never emits a region that ends before it starts', () => {
    const report = blockedReport();
    const broken: GateReport = { ...report, findings: report.findings.map((f) => ({ ...f, at: { ...f.at, endLine: f.at.line - 1 } })) };
    for (const result of render(broken).runs[0]!.results!) {
      const region = result.locations![0]!.physicalLocation!.region!;
      expect(region.endLine).toBe(region.startLine);
      expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn!);
    }
  });

  it('sets the source root URI only when given, with a trailing slash', () => {
    expect(render(blockedReport()).runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBeUndefined();
    expect(render(blockedReport(), { sourceRoot: 'file:///work/repo' }).runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///work/repo/');
    expect(render(blockedReport()).runs[0]!.automationDetails).toBeUndefined();
  });

  it('passes notices on as configuration notifications', () => {
    const run = render(passedReport()).runs[0]!;
    expect(run.invocations![0]!.toolConfigurationNotifications).toEqual([
      { level: 'note', message: { text: expect.stringMatching(/^No backup jobs are declared/) as string } },
    ]);
  });
});
