import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/saved-plan.ts
var SAVED_PLAN_KIND = "hvgate-plan";
var SAVED_PLAN_FORMAT_VERSION = 1;
function buildSavedPlan(input) {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: SAVED_PLAN_FORMAT_VERSION,
    tool: { name: input.tool.name, version: input.tool.version },
    base: { ref: input.plan.base.ref, commit: input.plan.base.commit },
    head: { ref: input.plan.head.ref ?? null, commit: input.plan.head.commit ?? null, workingTree: input.plan.head.workingTree },
    configFrom: input.plan.configFrom,
    selection: {
      paths: [...input.selection.paths],
      include: [...input.selection.include],
      exclude: [...input.selection.exclude],
      ...input.selection.globBase !== void 0 ? { globBase: input.selection.globBase } : {}
    },
    files: [...input.digests].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path, sha256]) => ({ path, sha256 })),
    verdict: { ...input.verdict },
    override: input.plan.override ? { reason: input.plan.override.reason } : null,
    summary: { ...input.plan.summary },
    findings: input.findings.map((f) => ({
      fingerprint: f.fingerprint,
      policyId: f.policyId,
      level: f.level,
      status: f.status,
      enforcement: f.enforcement,
      blocking: f.blocking,
      overridden: f.overridden,
      waived: f.exception !== void 0,
      address: f.address,
      vm: f.vm ?? null,
      subject: f.subject ?? null,
      message: f.message,
      location: { file: f.at.file, line: f.at.line, column: f.at.column }
    }))
  };
}
function verifySavedPlan(plan, current) {
  const planned = new Map(plan.files.map((f) => [f.path, f.sha256]));
  const changed = [...planned].filter(([path, digest]) => current.has(path) && current.get(path) !== digest).map(([path]) => path);
  const removed = [...planned.keys()].filter((path) => !current.has(path));
  const added = [...current.keys()].filter((path) => !planned.has(path)).sort();
  if (changed.length > 0 || added.length > 0 || removed.length > 0) return { ok: false, reason: "stale", changed, added, removed };
  if (!plan.verdict.passed) return { ok: false, reason: "blocked", blocking: plan.findings.filter((f) => f.blocking) };
  return { ok: true, files: planned.size };
}
function savedPlanInconsistencies(plan) {
  const problems = [];
  const blocking = plan.findings.filter((f) => f.blocking).length;
  if (plan.verdict.blocking !== blocking)
    problems.push(`the verdict counts ${plan.verdict.blocking} blocking findings, but ${blocking} are listed as blocking`);
  if (plan.verdict.passed !== (blocking === 0)) problems.push(`the verdict says ${plan.verdict.passed ? "passed" : "blocked"}, but ${blocking} findings block`);
  const overridden = plan.findings.filter((f) => f.overridden);
  if (overridden.length > 0 && plan.override === null) problems.push("findings are marked overridden, but the plan records no override");
  if (overridden.some((f) => f.enforcement !== "soft-mandatory")) problems.push("a finding of a policy that is not soft-mandatory is marked overridden");
  const paths = plan.files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) problems.push("a file is listed twice");
  return problems;
}

export {
  SAVED_PLAN_KIND,
  buildSavedPlan,
  verifySavedPlan,
  savedPlanInconsistencies
};
