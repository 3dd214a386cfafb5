import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  OUTCOMES
} from "./chunk-TIK34PAL.js";

// src/reporters/report.ts
var VM_TABLE_LIMIT = 50;
var EXPIRY_WARNING_DAYS = 30;
function expiringSoon(exceptions) {
  return exceptions.filter((s) => s.daysLeft !== void 0 && s.daysLeft <= EXPIRY_WARNING_DAYS && s.matched > 0).sort((a, b) => a.daysLeft - b.daysLeft);
}
var WAIVED_VMS_LISTED = 10;
function exceptionTarget(exception, vms = []) {
  const scope = exception.subject !== void 0 ? ` (${exception.subject})` : "";
  if (exception.vmPattern !== true) return `${exception.policy} for "${exception.vm}"${scope}`;
  return `${exception.policy} for VMs matching "${exception.vm}"${scope}${vms.length > 0 ? `: ${waivedVmList(vms)}` : ""}`;
}
function waivedVmList(vms) {
  const named = vms.slice(0, WAIVED_VMS_LISTED).join(", ");
  return vms.length > WAIVED_VMS_LISTED ? `${named} and ${vms.length - WAIVED_VMS_LISTED} more` : named;
}
var NAME_LIST_LIMIT = 20;
function someNames(names, limit = NAME_LIST_LIMIT) {
  const head = names.slice(0, limit).join(", ");
  return names.length > limit ? `${head} … and ${names.length - limit} more` : head;
}
function inDays(days) {
  return days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}
function compareVmResults(a, b) {
  const byOutcome = OUTCOMES.indexOf(b.outcome) - OUTCOMES.indexOf(a.outcome);
  if (byOutcome !== 0) return byOutcome;
  return a.vm.name < b.vm.name ? -1 : a.vm.name > b.vm.name ? 1 : 0;
}
function isUnremarkable(outcome) {
  return outcome === "online" || outcome === "offline";
}
function hostName(host) {
  return host.profile ?? "default";
}
function verdictCounts(verdict) {
  const parts = [`${verdict.blocking} blocking`];
  const nonBlockingErrors = verdict.errors - verdict.blocking;
  if (nonBlockingErrors > 0) parts.push(count(nonBlockingErrors, "non-blocking error"));
  parts.push(count(verdict.warnings, "warning"), count(verdict.notes, "note"));
  const extras = [verdict.waived > 0 ? `${verdict.waived} waived` : "", verdict.overridden > 0 ? `${verdict.overridden} overridden` : ""].filter(Boolean);
  return `${parts.join(", ")}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
}
function count(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}
function withoutPlaceholders(template, markdown = false) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, markdown ? "`<$1>`" : "<$1>");
}
function byImportance(a, b) {
  return Number(b.blocking) - Number(a.blocking) || Number(b.status === "introduced") - Number(a.status === "introduced") || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : 0) || a.at.line - b.at.line || a.at.column - b.at.column;
}
var LEVEL_ORDER = { error: 0, warning: 1, note: 2 };

export {
  VM_TABLE_LIMIT,
  EXPIRY_WARNING_DAYS,
  expiringSoon,
  exceptionTarget,
  waivedVmList,
  someNames,
  inDays,
  compareVmResults,
  isUnremarkable,
  hostName,
  verdictCounts,
  count,
  withoutPlaceholders,
  byImportance
};
