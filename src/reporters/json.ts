/**
 * JSON reporter: a stable machine format (`schemaVersion: 1`, described by json-report.schema.json).
 * Every optional field is present as `null` rather than missing, so consumers see one fixed shape.
 * Fields may be added within a schema version; none is removed or renamed without bumping it.
 */
import type { GatedFinding } from '../core/gate.js';
import type { SourceSpan } from '../core/source.js';
import type { PolicyException } from '../core/model.js';
import type { PlanReport, PredictedBackup } from '../core/plan.js';
import type { ExceptionStatus, JobResult, VmResult } from '../core/policy.js';
import { describeExceptionProblem } from '../core/exceptions.js';
import { hostName, type GateReport, type Reporter } from './report.js';

export const JSON_SCHEMA_VERSION = 1;

export const jsonReporter: Reporter = (report: GateReport): string => {
  const { evaluation, verdict } = report;
  const document = {
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
    files: [...report.files],
    vms: evaluation.vms.map(vmJson),
    jobs: evaluation.jobs.map(jobJson),
    findings: report.findings.map(findingJson),
    exceptions: evaluation.exceptions.map(exceptionJson),
    notices: [...new Set(evaluation.notices)],
    // Only `hvgate plan` reports carry a plan; `check` documents keep their shape.
    ...(report.plan ? { plan: planJson(report.plan) } : {}),
  };
  return JSON.stringify(document, null, 2) + '\n';
};

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
    host: {
      label: hostName(result.host),
      profile: result.host.profile ?? null,
      os: result.host.os,
      configurationVersion: result.host.configurationVersion,
      backupPath: result.host.backupPath,
      assumed: result.host.assumed,
      description: result.host.label,
    },
    jobs: [...result.jobs],
    causes: [...result.causes],
  };
}

function jobJson(result: JobResult) {
  return {
    name: result.job.name,
    address: result.job.address,
    format: result.job.format,
    location: location(result.job.nameAt),
    members: [...result.members],
    missing: result.missing.map((m) => ({ name: m.name, location: location(m.at) })),
    failing: [...result.failing],
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
    blastRadius: finding.blastRadius ? [...finding.blastRadius] : null,
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

function planJson(plan: PlanReport) {
  const state = (s: PredictedBackup | undefined) => (s ? { outcome: s.outcome, uncertain: s.uncertain, host: s.host, jobs: [...s.jobs] } : null);
  return {
    base: { ref: plan.base.ref, commit: plan.base.commit },
    head: { ref: plan.head.ref ?? null, commit: plan.head.commit ?? null, workingTree: plan.head.workingTree },
    configFrom: plan.configFrom,
    override: plan.override ? { reason: plan.override.reason } : null,
    proposedConfiguration: [...(plan.proposedConfiguration ?? [])],
    summary: { ...plan.summary },
    changes: plan.changes.map((c) => ({
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
      before: state(c.before),
      after: state(c.after),
    })),
    addedExceptions: plan.addedExceptions.map(declaredException),
    removedExceptions: plan.removedExceptions.map(declaredException),
  };
}
