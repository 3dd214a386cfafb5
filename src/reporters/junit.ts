/**
 * JUnit XML reporter, for the test-report views of GitLab, Azure DevOps, Jenkins and CircleCI: one
 * test suite per policy, one test case per resource the policy evaluated (a VM; a backup job for job
 * policies; a definition file for file-level policies), failing when the gate blocks on it.
 */
import { formatSpan } from '../core/source.js';
import type { GatedFinding } from '../core/gate.js';
import type { AnyPolicy } from '../core/policy.js';
import { count, someNames, type GateReport, type Reporter } from './report.js';
import { xmlAttribute, xmlText } from './escape/xml.js';

interface TestCase {
  /** The file that defines the resource; GitLab shows it as the case's group. */
  readonly classname: string;
  /** The resource address (`vm.web-01`, `hyperv_machine_instance.db[0]`, `job.nightly`, or a file). */
  readonly name: string;
  readonly findings: GatedFinding[];
}

interface TestSuite {
  readonly name: string;
  readonly policyId: string;
  readonly cases: TestCase[];
  /** Why every case of the suite was not run (the policy is inactive), if so. */
  readonly inactive?: string;
}

type CaseStatus = 'passed' | 'failed' | 'skipped';

const INACTIVE = 'No backup jobs are declared, so this policy is inactive. Declare BackupJob definitions to evaluate it.';

export const junitReporter: Reporter = (report: GateReport): string => {
  const suites = testSuites(report);
  const rendered = suites.map(renderSuite);
  const totals = rendered.reduce(
    (sum, suite) => ({ tests: sum.tests + suite.tests, failures: sum.failures + suite.failures, skipped: sum.skipped + suite.skipped }),
    { tests: 0, failures: 0, skipped: 0 },
  );
  // Nothing here is timed; `time="0"` is written because some consumers treat a missing time as an error.
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(`${report.tool.name} ${report.tool.version}`)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="0">`,
    ...rendered.map((suite) => suite.xml),
    '</testsuites>',
  ];
  return out.join('\n') + '\n';
};

/** Suites in pack order, then any policy that reported without being in the pack; switched-off policies ran on nothing and get none. */
function testSuites(report: GateReport): TestSuite[] {
  // Resolved findings point into the base of a change; they no longer exist in what is tested.
  const byPolicy = new Map<string, Map<string, GatedFinding[]>>();
  for (const finding of report.findings) {
    if (finding.status === 'resolved') continue;
    let byAddress = byPolicy.get(finding.policyId);
    if (byAddress === undefined) byPolicy.set(finding.policyId, (byAddress = new Map<string, GatedFinding[]>()));
    const list = byAddress.get(finding.address);
    if (list === undefined) byAddress.set(finding.address, [finding]);
    else list.push(finding);
  }

  const off = new Set(report.disabledPolicies ?? []);
  const jobsDeclared = report.evaluation.jobs.length > 0;
  const suites: TestSuite[] = [];
  const seen = new Set<string>();
  for (const policy of report.policies) {
    if (seen.has(policy.id)) continue;
    seen.add(policy.id);
    const findings = byPolicy.get(policy.id) ?? new Map<string, GatedFinding[]>();
    if (off.has(policy.id) && findings.size === 0) continue;
    const inactive = policy.requiresJobs === true && !jobsDeclared;
    suites.push({
      name: `${policy.id} ${policy.name}`,
      policyId: policy.id,
      cases: testCases(resourcesOf(policy, report), findings),
      ...(inactive ? { inactive: INACTIVE } : {}),
    });
  }
  const strays = [...byPolicy].filter(([id]) => !seen.has(id)).sort(([a], [b]) => compareStrings(a, b));
  for (const [id, findings] of strays) {
    const policyName = [...findings.values()][0]?.[0]?.policyName;
    suites.push({ name: policyName === undefined ? id : `${id} ${policyName}`, policyId: id, cases: testCases([], findings) });
  }
  return suites;
}

/** What a policy evaluates, as `[address, file]`: VM policies every VM, job policies every job, other estate policies every file. */
function resourcesOf(policy: AnyPolicy, report: GateReport): (readonly [string, string])[] {
  const resources: (readonly [string, string])[] = [];
  if (policy.checkVm) for (const result of report.evaluation.vms) resources.push([result.vm.address, result.vm.at.file]);
  if (policy.checkEstate && policy.requiresJobs) for (const result of report.evaluation.jobs) resources.push([result.job.address, result.job.at.file]);
  if ((policy.checkEstate ?? policy.checkExceptions) && !policy.requiresJobs) for (const file of report.files) resources.push([file, file]);
  return resources;
}

/**
 * One case per resource address; a finding about something else (a host profile, a VM reported by a
 * file-level policy) gets a case of its own, so no finding is lost. Cases are grouped by file, in
 * evaluation order within a file.
 */
function testCases(resources: readonly (readonly [string, string])[], findings: ReadonlyMap<string, GatedFinding[]>): TestCase[] {
  const cases = new Map<string, TestCase>();
  for (const [address, file] of resources) {
    if (!cases.has(address)) cases.set(address, { classname: file, name: address, findings: [...(findings.get(address) ?? [])] });
  }
  for (const [address, list] of findings) {
    if (!cases.has(address)) cases.set(address, { classname: list[0]?.at.file ?? address, name: address, findings: [...list] });
  }
  const files = new Map<string, TestCase[]>();
  for (const testCase of cases.values()) {
    const group = files.get(testCase.classname);
    if (group === undefined) files.set(testCase.classname, [testCase]);
    else group.push(testCase);
  }
  return [...files].sort(([a], [b]) => compareStrings(a, b)).flatMap(([, group]) => group);
}

function renderSuite(suite: TestSuite): { xml: string; tests: number; failures: number; skipped: number } {
  let failures = 0;
  let skipped = 0;
  const cases = suite.cases.map((testCase) => {
    const rendered = renderCase(testCase, suite);
    if (rendered.status === 'failed') failures += 1;
    if (rendered.status === 'skipped') skipped += 1;
    return rendered.xml;
  });
  const open = `  <testsuite name="${xmlAttribute(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
  const xml = cases.length === 0 ? `${open}/>` : [`${open}>`, ...cases, '  </testsuite>'].join('\n');
  return { xml, tests: suite.cases.length, failures, skipped };
}

/**
 * A case fails when the gate blocks on one of its findings; it is skipped when the policy did not run
 * on it (inactive) or could not evaluate it (a value unknown until apply) and nothing blocks; otherwise
 * it passes. Only one `<failure>` is written per case, because the common JUnit schemas (Ant's,
 * Jenkins') allow one and GitLab's parser reads repeated elements as a list; when a resource has
 * several blocking findings of one policy, the failure's text lists every one of them.
 *
 * Findings that do not block (warnings, notes, advisory or overridden errors, errors present before
 * the change, waived findings) go to the case's `<system-out>`, not to properties: GitLab's parser
 * reads a case's failure, error, skipped and system-out and drops properties, and Jenkins shows
 * system-out as the case's standard output. They never become `<skipped>`, which would say the check
 * did not run. (GitLab shows system-out for failing cases only; its Code Quality report is where
 * GitLab shows warnings.)
 */
function renderCase(testCase: TestCase, suite: TestSuite): { xml: string; status: CaseStatus } {
  const blocking = testCase.findings.filter((f) => f.blocking);
  const unknown = testCase.findings.filter((f) => !f.blocking && f.cannotEvaluate === true && !f.exception);
  const status: CaseStatus = blocking.length > 0 ? 'failed' : suite.inactive !== undefined || unknown.length > 0 ? 'skipped' : 'passed';
  const skippedBy = status === 'skipped' ? (suite.inactive !== undefined ? [] : unknown) : [];
  const reported = new Set<GatedFinding>([...blocking, ...skippedBy]);
  const other = testCase.findings.filter((f) => !reported.has(f));

  const children: string[] = [];
  const first = blocking[0];
  if (first !== undefined) {
    const message = blocking.length > 1 ? `${first.message} (and ${blocking.length - 1} more)` : first.message;
    // `type` is the policy id: GitLab's XML-to-hash conversion would act on a `type` naming a data type, an HVB id never does.
    children.push(
      `      <failure message="${xmlAttribute(message)}" type="${xmlAttribute(suite.policyId)}">${xmlText(blocking.map(findingDetails).join('\n\n'))}</failure>`,
    );
  } else if (status === 'skipped') {
    const reason = suite.inactive ?? skippedBy.map((f) => f.message).join(' ');
    // The reason twice: GitLab shows the element's content, other consumers read the `message` attribute.
    children.push(`      <skipped message="${xmlAttribute(reason)}">${xmlText(reason)}</skipped>`);
  }
  if (other.length > 0) children.push(`      <system-out>${xmlText(other.map(otherFindingLines).join('\n'))}</system-out>`);

  const open = `    <testcase classname="${xmlAttribute(testCase.classname)}" name="${xmlAttribute(testCase.name)}" file="${xmlAttribute(testCase.classname)}" time="0"`;
  return { xml: children.length === 0 ? `${open}/>` : [`${open}>`, ...children, '    </testcase>'].join('\n'), status };
}

/** Where, what, whom it takes down, where else to look, how to fix it, and the docs. */
function findingDetails(finding: GatedFinding): string {
  const lines = [`${formatSpan(finding.at)}: ${finding.message}`];
  if (finding.blastRadius && finding.blastRadius.length > 0)
    lines.push(`${count(finding.blastRadius.length, 'VM loses its backup', 'VMs lose their backup')}: ${someNames(finding.blastRadius)}`);
  for (const related of finding.related) lines.push(`see ${formatSpan(related.at)}: ${related.message}`);
  lines.push(`fix: ${finding.fix}`, `docs: ${finding.docsUrl}`);
  return lines.join('\n');
}

function otherFindingLines(finding: GatedFinding): string {
  const head = `${formatSpan(finding.at)}: ${finding.exception ? 'waived' : finding.level} ${finding.policyId}: ${finding.message}`;
  if (finding.exception) {
    const e = finding.exception;
    return `${head}\n    waived until ${e.expires}, owner ${e.owner}: ${e.reason} (exception at ${formatSpan(e.at)})`;
  }
  const lines = [head];
  if (finding.level === 'error') lines.push(`    not blocking: ${whyNotBlocking(finding)}`);
  lines.push(`    fix: ${finding.fix}`, `    docs: ${finding.docsUrl}`);
  return lines.join('\n');
}

function whyNotBlocking(finding: GatedFinding): string {
  if (finding.overridden) return 'overridden (soft-mandatory policy)';
  if (finding.enforcement === 'advisory') return 'advisory policy';
  if (finding.status === 'unchanged') return 'present before this change';
  return 'not in scope';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
