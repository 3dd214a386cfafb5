import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  palette,
  textReporter
} from "./chunk-SZ6W2D5R.js";
import {
  count,
  exceptionTarget,
  isUnremarkable
} from "./chunk-ENGQ4AFD.js";
import {
  clean,
  inertLog
} from "./chunk-IQFO5BKM.js";
import {
  formatSpan
} from "./chunk-556DK7J4.js";

// src/reporters/plan-text.ts
var SYMBOL = { create: "  +", update: "  ~", replace: "-/+", delete: "  -", unchanged: "   " };
var HEADLINE = {
  create: "will be created",
  update: "will be updated in-place",
  replace: "must be replaced",
  delete: "will be destroyed"
};
function headline(change) {
  if (change.action !== "unchanged") return HEADLINE[change.action];
  return change.affected ? "is unchanged, but its backup is affected by other changes" : "is unchanged, but has blocking findings";
}
var STATUS_LABEL = { introduced: "introduced", unchanged: "pre-existing", resolved: "resolved" };
var planTextReporter = (report, options) => {
  const details = textReporter(report, options).replace(/\n*$/, "").split("\n");
  if (/^(\u001b\[[0-9;]*m)*Gate: /.test(details.at(-1) ?? "")) details.pop();
  while (details.length > 0 && details[details.length - 1] === "") details.pop();
  return inertLog([renderPlan(report, options), "Details:", "", ...details, "", planLine(report, options)].join("\n") + "\n");
};
function renderPlan(report, options = {}) {
  const plan = report.plan;
  if (!plan) return "";
  const style = palette(options.color === true);
  const out = [];
  const head = plan.head.workingTree ? "working tree" : `${clean(plan.head.ref ?? "")} (${(plan.head.commit ?? "").slice(0, 12)})`;
  out.push(style.bold(`Plan: base ${clean(plan.base.ref)} (${plan.base.commit.slice(0, 12)}) -> head ${head}`));
  out.push(`Gate configuration from the ${plan.configFrom}.`);
  if (plan.proposedConfiguration !== void 0 && plan.proposedConfiguration.length > 0) {
    out.push("Configuration changes proposed by the head, not applied:", ...plan.proposedConfiguration.map((change) => `  - ${clean(change)}`));
  }
  if (plan.override) out.push(style.yellow(`Override in force: ${clean(plan.override.reason)}`));
  out.push("");
  const findingsOf = groupFindings(report.findings, plan);
  const blocks = (change) => (findingsOf.get(change.address) ?? []).some((f) => f.blocking);
  const shown = plan.changes.filter((c) => c.action !== "unchanged" || c.affected || blocks(c));
  if (shown.length === 0) {
    out.push("No changes. The definitions match the base, and no VM's backup changes.");
  } else {
    const summarise = shown.length > PLAN_CHANGE_LIMIT;
    const listed = [];
    const unlisted = [];
    for (const change of shown) (!summarise || mustBeRead(change, findingsOf.get(change.address) ?? []) ? listed : unlisted).push(change);
    out.push(
      summarise ? `hvgate will perform ${count(shown.length, "change")}; in full, those that touch a VM's backup:` : "hvgate will perform the following changes:"
    );
    for (const change of listed) for (const line of ["", ...changeLines(change, findingsOf.get(change.address) ?? [], style)]) out.push(line);
    if (unlisted.length > 0) out.push("", unlistedLine(unlisted));
  }
  const vmAddresses = new Set(plan.changes.map((c) => c.address));
  const others = [...findingsOf].filter(([address, findings]) => !vmAddresses.has(address) && findings.some(isNoteworthy));
  if (others.length > 0) {
    out.push("", style.bold("Other resources (backup jobs, files):"));
    for (const [address, findings] of others) {
      out.push(`    ${clean(address)}`);
      for (const finding of findings.filter(isNoteworthy)) out.push(findingLine(finding, style));
    }
  }
  if (plan.addedExceptions.length > 0) {
    out.push("", style.bold(`Exceptions added by this change (${plan.addedExceptions.length}):`));
    const statusAt = new Map(report.evaluation.exceptions.map((s) => [formatSpan(s.exception.at), s]));
    for (const exception of plan.addedExceptions) {
      const status = statusAt.get(formatSpan(exception.at));
      const honoured = status?.problems.length === 0;
      const why = status?.problems.some((p) => p.kind === "added-by-change") ? "not honoured: only exceptions from the base count" : honoured ? "honoured" : "not honoured";
      out.push(`    ${exceptionLine(exception)}  [${why}]`);
    }
  }
  if (plan.removedExceptions.length > 0) {
    out.push("", style.bold(`Exceptions removed by this change (${plan.removedExceptions.length}):`));
    for (const exception of plan.removedExceptions) out.push(`    ${exceptionLine(exception)}`);
  }
  return out.join("\n") + "\n";
}
var PLAN_CHANGE_LIMIT = 50;
function mustBeRead(change, findings) {
  if (findings.length > 0 || change.affected) return true;
  if (change.action === "delete" || change.action === "replace" || change.action === "unchanged") return true;
  if (change.action === "update" && change.backupRelevant) return true;
  const { before, after } = change;
  if (before && after && (before.outcome !== after.outcome || before.uncertain !== after.uncertain)) return true;
  return [before, after].some((state) => state !== void 0 && (state.uncertain || !isUnremarkable(state.outcome)));
}
var UNLISTED_WORDS = {
  create: "to create",
  update: "to update (nothing a backup policy reads)",
  replace: "to replace",
  delete: "to destroy",
  unchanged: "unchanged"
};
function unlistedLine(unlisted) {
  const perAction = /* @__PURE__ */ new Map();
  for (const change of unlisted) perAction.set(change.action, (perAction.get(change.action) ?? 0) + 1);
  const counts = [...perAction].map(([action, n]) => `${n} ${UNLISTED_WORDS[action]}`).join(", ");
  return `  … and ${count(unlisted.length, "more change")}, none with a finding or a backup at risk: ${counts}. --format json lists every change.`;
}
function planLine(report, options = {}) {
  const style = palette(options.color === true);
  const s = report.plan?.summary;
  const relevant = s && s.change > 0 ? ` (${s.backupRelevantChange} backup-relevant)` : "";
  const plan = s ? `Plan: ${s.add} to add, ${s.change} to change${relevant}, ${s.destroy} to destroy. ` : "";
  const v = report.verdict;
  const parts = [`${v.blocking} blocking`];
  if (v.errors - v.blocking > 0) parts.push(count(v.errors - v.blocking, "non-blocking error"));
  parts.push(count(v.warnings, "warning"));
  if (v.overridden > 0) parts.push(`${v.overridden} overridden`);
  const gate = v.passed ? style.bold(style.green("Gate: PASSED")) : style.bold(style.red("Gate: BLOCKED"));
  return `${plan}${gate} — ${parts.join(", ")}.`;
}
function changeLines(change, findings, style) {
  const paint = change.action === "create" ? style.green : change.action === "delete" || change.action === "replace" ? style.red : change.action === "update" ? style.yellow : (t) => t;
  const where = change.action === "delete" ? `${formatSpan(change.at)} (base)` : formatSpan(change.at);
  const from = change.actionFrom === "terraform-plan" ? " (Terraform plan)" : "";
  const relevance = change.action === "update" && !change.backupRelevant ? "; nothing a backup policy reads changes" : "";
  const lines = [
    style.dim(`  # ${clean(change.address)} ${headline(change)}${from}${relevance}`),
    `${paint(SYMBOL[change.action])} ${style.bold(clean(change.address))}  ${style.dim(clean(where))}`
  ];
  lines.push(...attributeLines(change.attributes, style));
  lines.push(...contextLines(change.before, change.after));
  for (const finding of findings) lines.push(findingLine(finding, style));
  return lines;
}
function attributeLines(attributes, style) {
  const width = attributes.reduce((max, a) => a.path.length <= MAX_NAME_WIDTH ? Math.max(max, a.path.length) : max, 0);
  return attributes.map((attribute) => {
    const name = clean(attribute.path).padEnd(width);
    const replaces = attribute.forcesReplacement ? style.red(" # forces replacement") : "";
    if (attribute.before === void 0) return `      ${style.green("+")} ${name} = ${clean(attribute.after ?? "")}${replaces}`;
    if (attribute.after === void 0) return `      ${style.red("-")} ${name} = ${clean(attribute.before)} -> null${replaces}`;
    return `      ${style.yellow("~")} ${name} = ${clean(attribute.before)} -> ${clean(attribute.after)}${replaces}`;
  });
}
var MAX_NAME_WIDTH = 60;
function contextLines(before, after) {
  const lines = [];
  if (before && after && before.host.label !== after.host.label) lines.push(`      host: ${clean(before.host.label)} -> ${clean(after.host.label)}`);
  if (before && after && before.jobs.join("\0") !== after.jobs.join("\0"))
    lines.push(`      backup jobs: ${jobList(before.jobs)} -> ${jobList(after.jobs)}`);
  const was = before ? outcomeText(before) : "(none)";
  const now = after ? outcomeText(after) : "(removed)";
  const host = after ?? before;
  if (host === void 0) return lines;
  lines.push(was === now ? `      backup: ${now} (unchanged; ${clean(host.host.label)})` : `      backup: ${was} -> ${now} (${clean(host.host.label)})`);
  return lines;
}
function outcomeText(state) {
  return state.uncertain ? `${state.outcome} (uncertain)` : state.outcome;
}
function jobList(jobs) {
  return jobs.length === 0 ? "(none)" : `[${jobs.map(clean).join(", ")}]`;
}
function findingLine(finding, style) {
  const marks = [finding.blocking ? "blocking" : "", finding.overridden ? "overridden" : "", finding.exception ? "waived" : ""].filter(Boolean);
  const status = STATUS_LABEL[finding.status].padEnd(12);
  const paintStatus = finding.status === "introduced" ? style.red : finding.status === "resolved" ? style.green : style.dim;
  const level = finding.level.padEnd(7);
  const tail = marks.length > 0 ? `  [${marks.join(", ")}]` : "";
  return `      ${paintStatus(status)} ${level} ${finding.policyId}  ${clean(formatSpan(finding.at))}  ${clean(finding.message)}${finding.blocking ? style.red(tail) : tail}`;
}
function groupFindings(findings, plan) {
  const addressOfVm = new Map(plan.changes.map((c) => [c.name, c.address]));
  const vmAddresses = new Set(addressOfVm.values());
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const byName = finding.vm !== void 0 && !vmAddresses.has(finding.address) ? addressOfVm.get(finding.vm) : void 0;
    const key = byName ?? finding.address;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}
function isNoteworthy(finding) {
  return finding.status !== "unchanged" || finding.blocking;
}
function exceptionLine(exception) {
  const target = exceptionTarget(exception);
  const facts = [`owner ${exception.owner ?? "(none)"}`, `expires ${exception.expires ?? "(never)"}`, `reason: ${exception.reason ?? "(none)"}`];
  return clean(`${formatSpan(exception.at)}  ${target}: ${facts.join(", ")}`);
}

export {
  planTextReporter,
  renderPlan,
  PLAN_CHANGE_LIMIT,
  planLine
};
