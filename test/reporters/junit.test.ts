/** JUnit reporter: golden output, well-formed XML, exact counts, and where every finding ends up. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { formatSpan } from '../../src/core/source.js';
import type { GatedFinding } from '../../src/core/gate.js';
import { junitReporter } from '../../src/reporters/junit.js';
import type { GateReport } from '../../src/reporters/report.js';
import { xmlAttribute, xmlSafe, xmlText } from '../../src/reporters/escape/xml.js';
import { blockedReport, buildReport, estate, fleetReport, host, job, passedReport, planReport, vm } from './fixture.js';
import { descendants, parseXml, XmlError, type XmlElement } from './xml-check.js';

const scenarios: readonly (readonly [string, () => GateReport])[] = [
  ['blocked', blockedReport],
  ['passed', passedReport],
  ['fleet', () => fleetReport(60)],
  ['empty', () => buildReport({ estate: estate({}) })],
  ['plan', planReport],
];

function render(report: GateReport): XmlElement {
  return parseXml(junitReporter(report, {}));
}

const suiteOf = (root: XmlElement, finding: GatedFinding): XmlElement => {
  const suite = root.children.find((s) => s.attributes.name === `${finding.policyId} ${finding.policyName}`);
  if (suite === undefined) throw new Error(`no suite for ${finding.policyId}`);
  return suite;
};

const caseOf = (suite: XmlElement, address: string): XmlElement => {
  const found = suite.children.filter((c) => c.attributes.name === address);
  expect(found, `${suite.attributes.name}: ${address}`).toHaveLength(1);
  return found[0]!;
};

const child = (element: XmlElement, name: string): XmlElement | undefined => element.children.find((c) => c.name === name);

describe('JUnit reporter', () => {
  it.each([
    ['blocked', blockedReport],
    ['passed', passedReport],
  ] as const)('matches the golden output for the %s report', async (name, build) => {
    await expect(junitReporter(build(), {})).toMatchFileSnapshot(`./__golden__/${name}.junit.xml`);
  });

  it.each(scenarios)('is well-formed XML whose counts match its test cases exactly (%s)', (_name, build) => {
    const root = render(build());
    expect(root.name).toBe('testsuites');
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const suite of root.children) {
      expect(suite.name).toBe('testsuite');
      const cases = suite.children;
      expect(cases.every((c) => c.name === 'testcase')).toBe(true);
      const counts = {
        tests: cases.length,
        failures: cases.filter((c) => child(c, 'failure')).length,
        errors: cases.filter((c) => child(c, 'error')).length,
        skipped: cases.filter((c) => child(c, 'skipped')).length,
      };
      expect({
        tests: Number(suite.attributes.tests),
        failures: Number(suite.attributes.failures),
        errors: Number(suite.attributes.errors),
        skipped: Number(suite.attributes.skipped),
      }).toEqual(counts);
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
      // GitLab keeps only the first of two cases with the same name.
      const keys = cases.map((c) => `${c.attributes.classname}\u0000${c.attributes.name}`);
      expect(new Set(keys).size).toBe(keys.length);
      // No case both fails and is skipped, and at most one failure each.
      for (const c of cases) expect(c.children.filter((x) => x.name === 'failure' || x.name === 'skipped').length).toBeLessThanOrEqual(1);
    }
    expect({
      tests: Number(root.attributes.tests),
      failures: Number(root.attributes.failures),
      errors: Number(root.attributes.errors),
      skipped: Number(root.attributes.skipped),
    }).toEqual(totals);
  });

  it.each(scenarios)('fails exactly the cases the gate blocks on, and every blocking finding is in a failure (%s)', (_name, build) => {
    const report = build();
    const root = render(report);
    const blocking = report.findings.filter((f) => f.blocking);
    for (const finding of blocking) {
      const failure = child(caseOf(suiteOf(root, finding), finding.address), 'failure');
      expect(failure, `${finding.policyId} ${finding.address}`).toBeDefined();
      expect(failure!.attributes.type).toBe(finding.policyId);
      expect(failure!.text).toContain(`${formatSpan(finding.at)}: ${finding.message}\n`);
      expect(failure!.text).toContain(`fix: ${finding.fix}\ndocs: ${finding.docsUrl}`);
    }
    const failingCases = new Set(blocking.map((f) => `${f.policyId} ${f.address}`));
    expect(Number(root.attributes.failures)).toBe(failingCases.size);
    expect(Number(root.attributes.failures) > 0).toBe(!report.verdict.passed);
  });

  it('puts findings that do not block in the case output, waived ones marked as waived, never as failures', () => {
    const report = blockedReport();
    const root = render(report);
    const waived = report.findings.filter((f) => f.exception && f.status !== 'resolved');
    expect(waived.length).toBeGreaterThan(0);
    for (const finding of waived) {
      const testCase = caseOf(suiteOf(root, finding), finding.address);
      expect(child(testCase, 'failure')).toBeUndefined();
      const out = child(testCase, 'system-out')!.text;
      expect(out).toContain(`${formatSpan(finding.at)}: waived ${finding.policyId}: ${finding.message}`);
      expect(out).toContain(`waived until ${finding.exception!.expires}, owner ${finding.exception!.owner}: ${finding.exception!.reason}`);
    }
    const warnings = report.findings.filter((f) => f.level === 'warning' && !f.exception && f.status !== 'resolved');
    expect(warnings.length).toBeGreaterThan(0);
    for (const finding of warnings) {
      const out = child(caseOf(suiteOf(root, finding), finding.address), 'system-out');
      expect(out?.text).toContain(`${formatSpan(finding.at)}: warning ${finding.policyId}: ${finding.message}`);
    }
    const all = descendants(root, 'failure')
      .map((f) => f.text)
      .join('\n');
    for (const finding of waived) expect(all).not.toContain(finding.message);
  });

  it('says why an error does not block: advisory, overridden, or present before the change', () => {
    const passed = passedReport();
    const out = descendants(render(passed), 'system-out')
      .map((e) => e.text)
      .join('\n');
    expect(passed.findings.some((f) => f.enforcement === 'advisory' && f.level === 'error')).toBe(true);
    expect(out).toContain('not blocking: advisory policy');
    expect(passed.findings.some((f) => f.overridden)).toBe(true);
    expect(out).toContain('not blocking: overridden (soft-mandatory policy)');

    const plan = planReport();
    const unchanged = plan.findings.filter((f) => f.status === 'unchanged' && f.level === 'error' && !f.exception);
    expect(unchanged.length).toBeGreaterThan(0);
    const root = render(plan);
    for (const finding of unchanged) {
      const testCase = caseOf(suiteOf(root, finding), finding.address);
      expect(child(testCase, 'system-out')!.text).toContain(`${finding.message}\n    not blocking: present before this change`);
    }
  });

  it('leaves findings resolved by a change out: they point into the base', () => {
    const plan = planReport();
    const resolved = plan.findings.filter((f) => f.status === 'resolved');
    expect(resolved.length).toBeGreaterThan(0);
    const xml = junitReporter(plan, {});
    for (const finding of resolved) expect(xml).not.toContain(xmlText(finding.message));
  });

  it('skips a case the policy could not evaluate (a value unknown until apply), with the reason', () => {
    const report = blockedReport();
    const unknown = report.findings.find((f) => f.cannotEvaluate === true)!;
    expect(unknown.blocking).toBe(false);
    const skipped = child(caseOf(suiteOf(render(report), unknown), unknown.address), 'skipped')!;
    expect(skipped.attributes.message).toBe(unknown.message);
    expect(skipped.text).toBe(unknown.message);
  });

  it('skips every case of a policy that is inactive because no backup job is declared', () => {
    const report = passedReport();
    expect(report.evaluation.jobs).toHaveLength(0);
    const root = render(report);
    const coverage = root.children.find((s) => s.attributes.name === 'HVB010 backup-coverage')!;
    expect(coverage.children).toHaveLength(report.evaluation.vms.length);
    expect(coverage.attributes.skipped).toBe(String(report.evaluation.vms.length));
    expect(child(coverage.children[0]!, 'skipped')!.attributes.message).toMatch(/^No backup jobs are declared/);
    // A job policy has no job to run on.
    expect(root.children.find((s) => s.attributes.name === 'HVB009 job-all-or-nothing')!.attributes.tests).toBe('0');
  });

  it('has one suite per policy and one case per VM, job or file it evaluates', () => {
    const report = blockedReport();
    const root = render(report);
    expect(root.children.map((s) => s.attributes.name)).toEqual(report.policies.map((p) => `${p.id} ${p.name}`));
    const checkpoint = root.children.find((s) => s.attributes.name === 'HVB003 checkpoint-same-volume')!;
    expect(checkpoint.children.map((c) => c.attributes.name).sort()).toEqual(report.evaluation.vms.map((r) => r.vm.address).sort());
    const web = caseOf(checkpoint, 'vm.web-01');
    expect(web.attributes).toMatchObject({ classname: 'defs/prod vms/app servers.yaml', file: 'defs/prod vms/app servers.yaml' });
    const jobs = root.children.find((s) => s.attributes.name === 'HVB009 job-all-or-nothing')!;
    expect(jobs.children.map((c) => c.attributes.name)).toEqual(['job.nightly-legacy', 'job.nightly-prod']);
    const files = root.children.find((s) => s.attributes.name === 'HVB000 definition-valid')!;
    expect(files.children.map((c) => c.attributes.name).sort()).toEqual([...report.files].sort());
  });

  it("lists every blocking finding of one policy on one VM in that case's one failure", () => {
    const file = 'defs/two-disks.yaml';
    const twoDisks = { ...vm({ name: 'pt-01', file, line: 1, passthrough: { name: 'a', number: 4 } }) };
    const second = vm({ name: 'pt-01', file, line: 1, passthrough: { name: 'b', number: 5 } }).disks[1]!;
    const report = buildReport({ estate: estate({ files: [file], vms: [{ ...twoDisks, disks: [...twoDisks.disks, second] }] }) });
    const blocking = report.findings.filter((f) => f.policyId === 'HVB007' && f.blocking);
    expect(blocking).toHaveLength(2);
    const root = render(report);
    const failure = child(caseOf(suiteOf(root, blocking[0]!), 'vm.pt-01'), 'failure')!;
    expect(failure.attributes.message).toBe(`${blocking[0]!.message} (and 1 more)`);
    for (const finding of blocking) expect(failure.text).toContain(`${formatSpan(finding.at)}: ${finding.message}`);
    expect(suiteOf(root, blocking[0]!).attributes.failures).toBe('1');
  });

  it('writes no suite for a policy switched off in the configuration', () => {
    const settings = { ...DEFAULT_SETTINGS, policies: { HVB006: { level: 'off' as const } } };
    const report = buildReport({ estate: estate({ files: ['a.yaml'], vms: [vm({ name: 'off-01', file: 'a.yaml', line: 1, state: 'Off' })] }), settings });
    expect(report.disabledPolicies).toEqual(['HVB006']);
    const names = render(report).children.map((s) => s.attributes.name);
    expect(names).not.toContain('HVB006 vm-running');
    expect(names).toContain('HVB003 checkpoint-same-volume');
  });

  it('escapes every string and replaces characters XML 1.0 cannot carry', () => {
    const hostile = 'bad\u0001name"&<x>]]>\u001b[31m\ud800\u2028';
    const file = `defs/${hostile}.yaml`;
    const report = buildReport({
      estate: estate({
        files: [file, 'hosts.yaml', 'jobs.yaml'],
        vms: [vm({ name: hostile, file, line: 1, scsi: 0, host: 'old', passthrough: { name: "it's", number: 1 } })],
        jobs: [job('j', 'jobs.yaml', 1, [hostile])],
        hosts: [host('old', '2012 R2', 'hosts.yaml', 1)],
      }),
    });
    const xml = junitReporter(report, {});
    const root = parseXml(xml);
    const expected = 'bad\\x01name"&<x>]]>\\x1b[31m\ufffd\u2028';
    const names = descendants(root, 'testcase').map((c) => c.attributes.name);
    expect(names).toContain(`vm.${expected}`);
    expect(descendants(root, 'testcase').map((c) => c.attributes.classname)).toContain(`defs/${expected}.yaml`);
    const failure = descendants(root, 'failure').find((f) => f.attributes.type === 'HVB007')!;
    expect(failure.text).toContain(`VM "${expected}" has pass-through disk "it's"`);
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what must be absent
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('XML escaping', () => {
  it('replaces what XML 1.0 forbids and keeps what it allows', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u001fe\u007ff\u0085g')).toBe('a\\x00b\\x08c\\x0bd\\x1fe\\x7ff\\x85g');
    expect(xmlSafe('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(xmlSafe('lone \ud800 and \udc00, pair \ud83d\ude00, \ufffe\uffff')).toBe('lone \ufffd and \ufffd, pair \ud83d\ude00, \ufffd\ufffd');
  });

  it('escapes markup in text and in attributes, keeping line breaks in attributes', () => {
    expect(xmlText('a < b && c > d ]]> "q" \'s\'\r\n')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt; "q" \'s\'&#13;\n');
    expect(xmlAttribute('"x" & \'y\' <z>\tline\nbreak\r')).toBe('&quot;x&quot; &amp; &apos;y&apos; &lt;z&gt;&#9;line&#10;break&#13;');
    expect(parseXml(`<a b="${xmlAttribute('one\ntwo\t"3"')}">${xmlText('x]]>y\r\n')}</a>`)).toEqual({
      name: 'a',
      attributes: { b: 'one\ntwo\t"3"' },
      children: [],
      text: 'x]]>y\r\n',
    });
  });
});

describe('the well-formedness check itself', () => {
  it.each([
    ['a raw ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a reference to a forbidden character', '<a>&#1;</a>'],
    ['a forbidden character', '<a>\u0001</a>'],
    ['a lone surrogate', '<a>\ud800</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['attributes without space between', '<a b="1"c="2"/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['no root', '<?xml version="1.0" encoding="UTF-8"?>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it('accepts and reads a small document', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2">t<b y=\'&#x41;\'/>&lt;u&gt;</a>\n');
    expect(root).toEqual({ name: 'a', attributes: { x: '1 & 2' }, children: [{ name: 'b', attributes: { y: 'A' }, children: [], text: '' }], text: 't<u>' });
  });
});
