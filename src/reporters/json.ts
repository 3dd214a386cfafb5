/**
 * JSON reporter: a stable machine format (`schemaVersion: 3`, described by json-report.schema.json).
 * Every optional field is present as `null` rather than missing, so consumers see one fixed shape.
 * Fields may be added within a schema version; none is removed or renamed without bumping it.
 * The document stays proportional to the estate: host facts are listed once and referenced by id,
 * and a job's members once in its entry, not in every finding about it. It is written in pieces
 * (`jsonReportChunks`), since a large estate's report exceeds the longest string V8 can hold.
 */
import type { GatedFinding } from '../core/gate.js';
import type { ResolvedHost } from '../core/host.js';
import type { SourceSpan } from '../core/source.js';
import type { PolicyException } from '../core/model.js';
import type { PlanReport, PredictedBackup, VmChange } from '../core/plan.js';
import type { ExceptionStatus, JobResult, VmResult } from '../core/policy.js';
import { describeExceptionProblem } from '../core/exceptions.js';
import { jsonChunks, MappedList } from './json-chunks.js';
import { hostName, type GateReport, type Reporter } from './report.js';

export const JSON_SCHEMA_VERSION = 3;

/** The report as pieces of text whose concatenation is the document; each piece is small. */
export function jsonReportChunks(report: GateReport): Iterable<string> {
  return (function* () {
    // Members of the top-level lists are stringified one at a time.
    yield* jsonChunks(jsonDocument(report), 2);
    yield '\n';
  })();
}

export const jsonReporter: Reporter = (report: GateReport): string => [...jsonReportChunks(report)].join('');

function jsonDocument(report: GateReport) {
  const { evaluation, verdict } = report;
  const hosts = new Map<string, ReturnType<typeof hostJson>>();
  const list = (host: ResolvedHost) => {
    const id = hostId(host);
    if (!hosts.has(id)) hosts.set(id, hostJson(id, host));
  };
  for (const result of evaluation.vms) list(result.host);
  // A plan's base side may assume hosts the head no longer does.
  for (const change of report.plan?.changes ?? []) for (const state of [change.before, change.after]) if (state) list(state.host);
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version, informationUri: report.tool.informationUri },
    verdict: {
      passed: verdict.passed,
      blocking: verdict.blocking,
      overridden: verdict.overridden,
      errors: verdict.errors,
      warnings: verdict.warnings,
      notes: verdict.notes,
      waived: verdict.waived,
    },
    files: report.files,
    hosts: [...hosts.values()],
    vms: new MappedList(evaluation.vms, vmJson),
    jobs: new MappedList(evaluation.jobs, jobJson),
    findings: new MappedList(report.findings, findingJson),
    exceptions: evaluation.exceptions.map(exceptionJson),
    notices: [...new Set(evaluation.notices)],
    // Only `hvgate plan` reports carry a plan; `check` documents keep their shape.
    ...(report.plan ? { plan: planJson(report.plan) } : {}),
  };
}

/** Profile and configuration version decide every other host fact, so together they name one. */
function hostId(host: ResolvedHost): string {
  return `${hostName(host)}/${host.configurationVersion}`;
}

function hostJson(id: string, host: ResolvedHost) {
  return {
    id,
    label: hostName(host),
    profile: host.profile ?? null,
    os: host.os,
    configurationVersion: host.configurationVersion,
    backupPath: host.backupPath,
    assumed: host.assumed,
    description: host.label,
  };
}

function location(at: SourceSpan) {
  return { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

function vmJson(result: VmResult) {
  return {
    name: result.vm.name,
    address: result.vm.address,
    format: result.vm.format,
    location: location(result.vm.at),
    outcome: result.outcome,
    uncertain: result.uncertain,
    host: hostId(result.host),
    jobs: result.jobs,
    causes: result.causes,
  };
}

function jobJson(result: JobResult) {
  return {
    name: result.job.name,
    address: result.job.address,
    format: result.job.format,
    location: location(result.job.nameAt),
    members: result.members,
    missing: result.missing.map((m) => ({ name: m.name, location: location(m.at) })),
    failing: result.failing,
    fails: result.fails,
  };
}

function findingJson(finding: GatedFinding) {
  return {
    policyId: finding.policyId,
    policyName: finding.policyName,
    level: finding.level,
    messageId: finding.messageId,
    message: finding.message,
    fix: finding.fix,
    docsUrl: finding.docsUrl,
    location: location(finding.at),
    related: finding.related.map((r) => ({ location: location(r.at), message: r.message })),
    vm: finding.vm ?? null,
    address: finding.address,
    subject: finding.subject ?? null,
    effect: finding.effect,
    host: finding.host ?? null,
    // A job-level finding is about its job (its address is the job's), whose entry lists the members.
    blastRadius: finding.blastRadius ? { job: finding.address, vms: finding.blastRadius.length } : null,
    cannotEvaluate: finding.cannotEvaluate === true,
    fingerprint: finding.fingerprint,
    status: finding.status,
    enforcement: finding.enforcement,
    blocking: finding.blocking,
    overridden: finding.overridden,
    exception: finding.exception
      ? {
          reason: finding.exception.reason,
          owner: finding.exception.owner,
          expires: finding.exception.expires,
          location: location(finding.exception.at),
        }
      : null,
  };
}

/** An exception as declared: the same shape in the exception list and in the plan. */
function declaredException(e: PolicyException) {
  return {
    policy: e.policy,
    vm: e.vm,
    vmPattern: e.vmPattern === true,
    subject: e.subject ?? null,
    reason: e.reason ?? null,
    owner: e.owner ?? null,
    expires: e.expires ?? null,
    location: location(e.at),
  };
}

function exceptionJson(status: ExceptionStatus) {
  return {
    ...declaredException(status.exception),
    applied: status.problems.length === 0,
    matched: status.matched,
    vms: [...status.vms],
    daysLeft: status.daysLeft ?? null,
    problems: status.problems.map((problem) => ({
      kind: problem.kind,
      value: 'value' in problem ? problem.value : null,
      maxDays: problem.kind === 'too-long' ? problem.maxDays : null,
      message: describeExceptionProblem(problem),
    })),
  };
}

function predictedJson(s: PredictedBackup | undefined) {
  return s ? { outcome: s.outcome, uncertain: s.uncertain, host: hostId(s.host), jobs: s.jobs } : null;
}

function changeJson(c: VmChange) {
  return {
    name: c.name,
    address: c.address,
    action: c.action,
    actionFrom: c.actionFrom,
    affected: c.affected,
    location: location(c.at),
    attributes: c.attributes.map((a) => ({
      path: a.path,
      before: a.before ?? null,
      after: a.after ?? null,
      forcesReplacement: a.forcesReplacement === true,
      backupRelevant: a.backupRelevant === true,
    })),
    backupRelevant: c.backupRelevant,
    before: predictedJson(c.before),
    after: predictedJson(c.after),
  };
}

function planJson(plan: PlanReport) {
  return {
    base: { ref: plan.base.ref, commit: plan.base.commit },
    head: { ref: plan.head.ref ?? null, commit: plan.head.commit ?? null, workingTree: plan.head.workingTree },
    configFrom: plan.configFrom,
    override: plan.override ? { reason: plan.override.reason } : null,
    proposedConfiguration: [...(plan.proposedConfiguration ?? [])],
    summary: { ...plan.summary },
    // A plan of 100,000 VMs has as many changes: each is built as the writer reaches it.
    changes: new MappedList(plan.changes, changeJson),
    addedExceptions: plan.addedExceptions.map(declaredException),
    removedExceptions: plan.removedExceptions.map(declaredException),
  };
}
