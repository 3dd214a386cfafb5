import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  compileGlob,
  enforcementOf
} from "./chunk-D2A6HSPT.js";
import {
  closest
} from "./chunk-U2XKFNE5.js";

// src/core/subjects.ts
var subject = {
  disk: (name) => `disk:${name}`,
  volume: (name) => `volume:${name}`,
  iscsiTarget: (name) => `iscsi:${name}`,
  fibreChannelAdapter: (name) => `fc:${name}`,
  job: (name) => `job:${name}`,
  jobMember: (job, member) => `job:${job}:member:${member}`,
  integrationService: (key2) => `service:${key2}`
};
function exceptionSubjects(kind, name) {
  return kind === "volume" ? [subject.volume(name)] : [subject.disk(name), subject.iscsiTarget(name), subject.fibreChannelAdapter(name)];
}

// src/core/exceptions.ts
function estateExceptions(estate) {
  const declared = estate.vms.flatMap(
    (vm) => vm.exceptions.map((exception) => exception.vmAddress === vm.address ? exception : { ...exception, vmAddress: vm.address })
  );
  return [...estate.exceptions, ...declared];
}
function exceptionKey(exception) {
  return JSON.stringify([
    exception.policy.trim().toUpperCase(),
    exception.vm,
    exception.vmAddress ?? null,
    exception.vmPattern === true,
    exception.subject === void 0 ? null : exception.subjectKind ?? "disk",
    exception.subject ?? null,
    exception.expires?.trim() ?? null
  ]);
}
function validateException(exception, check) {
  const problems = [];
  const policy = check.findPolicy(exception.policy);
  if (!policy) {
    const suggestion = closest(exception.policy.trim(), check.policyNames);
    problems.push({ kind: "unknown-policy", value: exception.policy, ...suggestion !== void 0 ? { suggestion } : {} });
  } else if (policy.waivable === false || enforcementOf(check.settings, policy) === "hard-mandatory") {
    problems.push({ kind: "not-waivable", value: policy.id, byConfiguration: policy.waivable !== false });
  }
  if (exception.vmPattern === true) {
    const compiled = compileGlob(exception.vm);
    if ("problem" in compiled) problems.push({ kind: "bad-pattern", value: exception.vm, problem: compiled.problem });
  }
  if (!exception.reason?.trim()) problems.push({ kind: "no-reason" });
  if (!exception.owner?.trim()) problems.push({ kind: "no-owner" });
  const expires = exception.expires?.trim();
  if (!expires) problems.push({ kind: "no-expiry" });
  else if (!isCalendarDate(expires)) problems.push({ kind: "bad-expiry", value: expires });
  else if (expires < check.today) problems.push({ kind: "expired", value: expires });
  else if (daysBetween(check.today, expires) > check.settings.exceptionMaxDays) {
    problems.push({ kind: "too-long", value: expires, maxDays: check.settings.exceptionMaxDays });
  }
  if (check.settings.exceptionsFromBaseOnly && check.baseExceptions && !check.baseExceptions.has(exceptionKey(exception))) {
    problems.push({ kind: "added-by-change" });
  }
  return problems;
}
function exceptionMatcher(exception, policyId) {
  const vmMatches = vmMatcher(exception);
  const subjects = exception.subject !== void 0 ? new Set(exceptionSubjects(exception.subjectKind ?? "disk", exception.subject)) : void 0;
  return (finding) => finding.policyId === policyId && vmMatches(finding) && (subjects === void 0 || finding.subject !== void 0 && subjects.has(finding.subject));
}
function vmMatcher(exception) {
  const { vm, vmAddress } = exception;
  if (vmAddress !== void 0) return (finding) => finding.vmAddress === vmAddress;
  if (exception.vmPattern !== true) return (finding) => finding.vm !== void 0 && (finding.vm === vm || finding.vmAddress === vm);
  const compiled = compileGlob(vm);
  if (!("glob" in compiled)) return () => false;
  const { glob } = compiled;
  return (finding) => finding.vm !== void 0 && (glob(finding.vm) || finding.vmAddress !== void 0 && glob(finding.vmAddress));
}
var WaiverIndex = class {
  exact = /* @__PURE__ */ new Map();
  patterns = /* @__PURE__ */ new Map();
  constructor(waivers) {
    waivers.forEach((waiver, order) => {
      const entry = { order, waiver, matches: exceptionMatcher(waiver.exception, waiver.policyId) };
      const { vm, vmAddress, vmPattern } = waiver.exception;
      if (vmAddress !== void 0) append(this.exact, key(waiver.policyId, vmAddress), entry);
      else if (vmPattern === true) append(this.patterns, waiver.policyId, entry);
      else append(this.exact, key(waiver.policyId, vm), entry);
    });
  }
  /** The waiver for this finding, or undefined. A pure lookup: counting uses is the caller's business. */
  find(finding) {
    if (finding.vm === void 0) return void 0;
    const candidates = [
      ...this.exact.get(key(finding.policyId, finding.vm)) ?? [],
      ...finding.vmAddress !== void 0 && finding.vmAddress !== finding.vm ? this.exact.get(key(finding.policyId, finding.vmAddress)) ?? [] : [],
      ...this.patterns.get(finding.policyId) ?? []
    ];
    let best;
    for (const candidate of candidates) if ((!best || candidate.order < best.order) && candidate.matches(finding)) best = candidate;
    return best?.waiver;
  }
};
function key(policyId, target) {
  return `${policyId}\0${target}`;
}
function append(map, at, entry) {
  const list = map.get(at);
  if (list) list.push(entry);
  else map.set(at, [entry]);
}
function isCalendarDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function describeExceptionProblem(problem) {
  switch (problem.kind) {
    case "no-reason":
      return "it gives no reason";
    case "no-owner":
      return "it names no owner";
    case "no-expiry":
      return "it has no expiry date";
    case "bad-expiry":
      return `its expiry "${problem.value}" is not a calendar date (YYYY-MM-DD)`;
    case "expired":
      return `it expired on ${problem.value}`;
    case "unknown-policy":
      return `it names an unknown policy "${problem.value}"${problem.suggestion !== void 0 ? `; did you mean "${problem.suggestion}"?` : ""}`;
    case "not-waivable":
      return problem.byConfiguration ? `${problem.value} is hard-mandatory in the configuration, so it cannot be waived` : `${problem.value} can never be waived`;
    case "too-long":
      return `its expiry ${problem.value} is more than the allowed ${problem.maxDays} days away`;
    case "bad-pattern":
      return `its VM pattern is refused: ${problem.problem}`;
    case "added-by-change":
      return "it is added by this change, and only exceptions that already exist on the base branch count";
    case "unmatched":
      return "it matches no finding";
  }
}
function exceptionProblemFix(problem) {
  switch (problem.kind) {
    case "no-reason":
      return "say why the policy does not apply";
    case "no-owner":
      return "name the person or team that answers for it";
    case "no-expiry":
    case "bad-expiry":
      return "set expires to the last day it is valid (YYYY-MM-DD)";
    case "expired":
      return "renew it with a new expiry date if the reason still holds, or remove it";
    case "unknown-policy":
      return "name a policy by its id (HVB003) or name (checkpoint-same-volume)";
    case "not-waivable":
      return "fix the finding instead, since it cannot be waived";
    case "too-long":
      return `choose an expiry at most ${problem.maxDays} days from today`;
    case "bad-pattern":
      return "name the VMs literally, or write a shorter pattern";
    case "added-by-change":
      return "get it approved on the base branch in a change of its own";
    case "unmatched":
      return "remove it, or correct the VM, disk or policy it names";
  }
}

export {
  subject,
  estateExceptions,
  exceptionKey,
  validateException,
  WaiverIndex,
  daysBetween,
  describeExceptionProblem,
  exceptionProblemFix
};
