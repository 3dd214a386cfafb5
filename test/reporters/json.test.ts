/** JSON reporter: golden output, validity against the shipped JSON Schema, and the facts it must carry. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { VmChange } from '../../src/core/plan.js';
import { jsonReporter } from '../../src/reporters/json.js';
import type { GateReport } from '../../src/reporters/report.js';
import { parseJsonReport, type JsonReport, type JsonVm } from '../support/reports.js';
import { blockedReport, buildReport, estate, fleetReport, passedReport, planReport, span } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../src/reporters/json-report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const scenarios: readonly (readonly [string, () => GateReport])[] = [
  ['blocked', blockedReport],
  ['passed', passedReport],
  ['fleet', () => fleetReport(60)],
  ['empty', () => buildReport({ estate: estate({}) })],
];

function render(report: GateReport): JsonReport {
  return parseJsonReport(jsonReporter(report, {}));
}

describe('JSON reporter', () => {
  it.each(scenarios.slice(0, 2))('matches the golden output for the %s report', async (name, build) => {
    await expect(jsonReporter(build(), {})).toMatchFileSnapshot(`./__golden__/${name}.json`);
  });

  it.each(scenarios)('produces a document the shipped schema accepts (%s)', (_name, build) => {
    const document = render(build());
    const ok = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has a schema strict enough to reject a document that drifts from it', () => {
    const document = render(blockedReport());
    expect(validate({ ...document, schemaVersion: 1 })).toBe(false);
    const { verdict: _verdict, ...withoutVerdict } = document;
    expect(validate(withoutVerdict)).toBe(false);
    const undocumented = structuredClone(document);
    Object.assign(undocumented.findings[0]!, { line: 3 });
    expect(validate(undocumented)).toBe(false);
    const missingField = structuredClone(document);
    delete missingField.vms[0]!.uncertain;
    expect(validate(missingField)).toBe(false);
  });

  it('carries the verdict and every finding with its gate fields', () => {
    const report = blockedReport();
    const document = render(report);
    expect(document.schemaVersion).toBe(3);
    expect(document.verdict).toEqual({ ...report.verdict });
    expect(document.findings).toHaveLength(report.findings.length);
    const job = document.findings.find((f) => f.policyId === 'HVB009');
    expect(job).toMatchObject({
      level: 'error',
      status: 'introduced',
      blocking: true,
      enforcement: 'soft-mandatory',
      overridden: false,
      vm: null,
      address: 'job.nightly-legacy',
      blastRadius: { job: 'job.nightly-legacy', vms: 2 },
      location: { file: 'defs/jobs.yaml', line: 3, column: 9 },
      exception: null,
    });
    expect(job!.fingerprint).toMatch(/^[0-9a-f]{24}$/);
    const waived = document.findings.find((f) => f.exception !== null);
    expect(waived).toMatchObject({
      policyId: 'HVB007',
      vm: 'file-srv-01',
      blocking: false,
      exception: { reason: expect.stringContaining('Archive LUN') as string, owner: 'storage-team', expires: '2025-08-15' },
    });
    expect(document.findings.filter((f) => f.status === 'resolved').map((f) => f.vm)).toEqual(['web-01']);
    expect(document.findings.filter((f) => f.cannotEvaluate).map((f) => f.vm)).toEqual(['report-01']);
  });

  it('carries VMs with outcome, host and causes, and jobs with members, missing and failing', () => {
    const document = render(blockedReport());
    const legacy = document.vms.find((v) => v.name === 'legacy-01');
    expect(legacy).toMatchObject({ outcome: 'fails', uncertain: false, jobs: ['nightly-legacy'] });
    expect(legacy!.host).toBe('hv-legacy-01/5.0');
    const hostOf = (vm: JsonVm | undefined) => document.hosts.find((h) => h.id === vm?.host);
    expect(hostOf(legacy)).toMatchObject({ label: 'hv-legacy-01', profile: 'hv-legacy-01', os: '2012 R2', backupPath: 'vss-writer', assumed: false });
    const cause = document.findings.find((f) => f.fingerprint === legacy!.causes[0]);
    expect(cause!.policyId).toBe('HVB012');
    expect(hostOf(document.vms.find((v) => v.name === '数据库-01'))).toMatchObject({ label: 'default', profile: null, assumed: true });
    // Each set of host facts once, however many VMs share it.
    expect(new Set(document.hosts.map((h) => h.id)).size).toBe(document.hosts.length);
    expect(new Set(document.vms.map((v) => v.host))).toEqual(new Set(document.hosts.map((h) => h.id)));
    expect(document.vms.find((v) => v.name === 'report-01')).toMatchObject({
      uncertain: true,
      address: 'hyperv_machine_instance.report[0]',
      format: 'terraform-plan',
    });
    expect(document.jobs).toEqual([
      expect.objectContaining({
        name: 'nightly-legacy',
        members: ['legacy-01', 'app-01'],
        failing: ['legacy-01'],
        fails: true,
        missing: [expect.objectContaining({ name: 'ghost-vm' })],
      }),
      expect.objectContaining({ name: 'nightly-prod', failing: [], fails: false, missing: [] }),
    ]);
  });

  it('carries exceptions with their problems, and the notices once', () => {
    const document = render(blockedReport());
    expect(document.exceptions).toEqual([
      expect.objectContaining({
        policy: 'HVB003',
        vm: 'web-*',
        applied: false,
        matched: 0,
        problems: [{ kind: 'expired', value: '2024-12-31', maxDays: null, message: 'it expired on 2024-12-31' }],
      }),
      expect.objectContaining({ policy: 'HVB007', vm: 'file-srv-01', subject: 'archive', applied: true, matched: 1, problems: [] }),
    ]);
    const passed = passedReport();
    const notice = passed.evaluation.notices[0]!;
    expect(render({ ...passed, evaluation: { ...passed.evaluation, notices: [notice, notice] } }).notices).toEqual([notice]);
  });

  it('keeps non-ASCII names and paths with spaces as they are', () => {
    const text = jsonReporter(blockedReport(), {});
    expect(text).toContain('"name": "Zürich-db-ß"');
    expect(text).toContain('"file": "defs/données/数据库.yaml"');
    expect(text).toContain('"file": "defs/prod vms/app servers.yaml"');
  });

  it("writes both sides of a plan's change with their predicted outcome, host and jobs", () => {
    const report = planReport();
    const hostOf = (name: string) => report.evaluation.vms.find((result) => result.vm.name === name)!.host;
    const change: VmChange = {
      name: 'app-01',
      address: 'vm.app-01',
      action: 'update',
      at: span('defs/app.yaml', 1),
      attributes: [],
      before: { outcome: 'online', uncertain: false, host: hostOf('web-01'), jobs: ['nightly-prod'] },
      after: { outcome: 'fails', uncertain: true, host: hostOf('legacy-01'), jobs: ['nightly-legacy', 'nightly-prod'] },
      affected: true,
      actionFrom: 'definitions',
      backupRelevant: true,
    };
    const text = jsonReporter({ ...report, plan: { ...report.plan!, changes: [change] } }, {});
    const side = (outcome: string, uncertain: boolean, host: string, jobs: readonly string[]) =>
      [
        `{`,
        `  "outcome": "${outcome}",`,
        `  "uncertain": ${uncertain},`,
        `  "host": "${host}",`,
        `  "jobs": [`,
        jobs.map((j) => `    "${j}"`).join(',\n'),
        `  ]`,
        `}`,
      ]
        .join('\n')
        .replaceAll('\n', `\n${' '.repeat(8)}`);
    expect(text).toContain(
      `"before": ${side('online', false, 'hv-prod-01/9.0', ['nightly-prod'])},\n        "after": ${side('fails', true, 'hv-legacy-01/5.0', ['nightly-legacy', 'nightly-prod'])}\n`,
    );
  });
});
