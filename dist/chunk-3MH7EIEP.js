import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  textReporter
} from "./chunk-SZ6W2D5R.js";
import {
  MappedList,
  jsonChunks,
  jsonReportChunks,
  jsonReporter
} from "./chunk-S73URZOK.js";
import {
  EXPIRY_WARNING_DAYS,
  VM_TABLE_LIMIT,
  byImportance,
  compareVmResults,
  count,
  expiringSoon,
  hostName,
  inDays,
  isUnremarkable,
  someNames,
  verdictCounts,
  waivedVmList,
  withoutPlaceholders
} from "./chunk-ENGQ4AFD.js";
import {
  describeExceptionProblem
} from "./chunk-FKHUETK3.js";
import {
  INVISIBLE_LAYOUT,
  visibleCodePoint
} from "./chunk-IQFO5BKM.js";
import {
  formatSpan
} from "./chunk-556DK7J4.js";

// src/reporters/gitlab.ts
var gitlabReporter = (report) => {
  const issues = report.findings.filter((f) => f.status !== "resolved" && !f.exception).map(issueOf);
  return JSON.stringify(issues, null, 2) + "\n";
};
function issueOf(finding) {
  return {
    description: `${finding.policyId}: ${finding.message}`,
    check_name: `${finding.policyId}-${finding.policyName}`,
    // Policy, resource and subject hashed, never the line: the widget matches issues between the
    // target branch and the merge request by fingerprint, so an edit above a finding does not show it
    // as fixed and new again.
    fingerprint: finding.fingerprint,
    severity: severityOf(finding),
    location: { path: repositoryPath(finding.at.file), lines: { begin: Math.max(1, finding.at.line) } }
  };
}
function severityOf(finding) {
  if (finding.blocking) return "blocker";
  switch (finding.level) {
    case "error":
      return "major";
    case "warning":
      return "minor";
    case "note":
      return "info";
  }
}
function repositoryPath(file) {
  return file.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

// src/reporters/escape/xml.ts
var UNREPRESENTABLE = (
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g
);
function xmlSafe(text) {
  return text.replace(UNREPRESENTABLE, (c) => {
    const code2 = c.charCodeAt(0);
    return code2 <= 159 ? `\\x${code2.toString(16).padStart(2, "0")}` : "�";
  });
}
function xmlText(text) {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c] ?? c);
}
function xmlAttribute(text) {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}
var TEXT_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
var ATTRIBUTE_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};

// src/reporters/junit.ts
var INACTIVE = "No backup jobs are declared, so this policy is inactive. Declare BackupJob definitions to evaluate it.";
var junitReporter = (report) => {
  const suites = testSuites(report);
  const rendered = suites.map(renderSuite);
  const totals = rendered.reduce(
    (sum, suite) => ({ tests: sum.tests + suite.tests, failures: sum.failures + suite.failures, skipped: sum.skipped + suite.skipped }),
    { tests: 0, failures: 0, skipped: 0 }
  );
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(`${report.tool.name} ${report.tool.version}`)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="0">`,
    ...rendered.map((suite) => suite.xml),
    "</testsuites>"
  ];
  return out.join("\n") + "\n";
};
function testSuites(report) {
  const byPolicy = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (finding.status === "resolved") continue;
    let byAddress = byPolicy.get(finding.policyId);
    if (byAddress === void 0) byPolicy.set(finding.policyId, byAddress = /* @__PURE__ */ new Map());
    const list2 = byAddress.get(finding.address);
    if (list2 === void 0) byAddress.set(finding.address, [finding]);
    else list2.push(finding);
  }
  const off = new Set(report.disabledPolicies ?? []);
  const jobsDeclared = report.evaluation.jobs.length > 0;
  const suites = [];
  const seen = /* @__PURE__ */ new Set();
  for (const policy of report.policies) {
    if (seen.has(policy.id)) continue;
    seen.add(policy.id);
    const findings = byPolicy.get(policy.id) ?? /* @__PURE__ */ new Map();
    if (off.has(policy.id) && findings.size === 0) continue;
    const inactive = policy.requiresJobs === true && !jobsDeclared;
    suites.push({
      name: `${policy.id} ${policy.name}`,
      policyId: policy.id,
      cases: testCases(resourcesOf(policy, report), findings),
      ...inactive ? { inactive: INACTIVE } : {}
    });
  }
  const strays = [...byPolicy].filter(([id]) => !seen.has(id)).sort(([a], [b]) => compareStrings(a, b));
  for (const [id, findings] of strays) {
    const policyName = [...findings.values()][0]?.[0]?.policyName;
    suites.push({ name: policyName === void 0 ? id : `${id} ${policyName}`, policyId: id, cases: testCases([], findings) });
  }
  return suites;
}
function resourcesOf(policy, report) {
  const resources = [];
  if (policy.checkVm) for (const result of report.evaluation.vms) resources.push([result.vm.address, result.vm.at.file]);
  if (policy.checkEstate && policy.requiresJobs) for (const result of report.evaluation.jobs) resources.push([result.job.address, result.job.at.file]);
  if ((policy.checkEstate ?? policy.checkExceptions) && !policy.requiresJobs) for (const file of report.files) resources.push([file, file]);
  return resources;
}
function testCases(resources, findings) {
  const cases = /* @__PURE__ */ new Map();
  for (const [address, file] of resources) {
    if (!cases.has(address)) cases.set(address, { classname: file, name: address, findings: [...findings.get(address) ?? []] });
  }
  for (const [address, list2] of findings) {
    if (!cases.has(address)) cases.set(address, { classname: list2[0]?.at.file ?? address, name: address, findings: [...list2] });
  }
  const files = /* @__PURE__ */ new Map();
  for (const testCase of cases.values()) {
    const group = files.get(testCase.classname);
    if (group === void 0) files.set(testCase.classname, [testCase]);
    else group.push(testCase);
  }
  return [...files].sort(([a], [b]) => compareStrings(a, b)).flatMap(([, group]) => group);
}
function renderSuite(suite) {
  let failures = 0;
  let skipped = 0;
  const cases = suite.cases.map((testCase) => {
    const rendered = renderCase(testCase, suite);
    if (rendered.status === "failed") failures += 1;
    if (rendered.status === "skipped") skipped += 1;
    return rendered.xml;
  });
  const open = `  <testsuite name="${xmlAttribute(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
  const xml = cases.length === 0 ? `${open}/>` : [`${open}>`, ...cases, "  </testsuite>"].join("\n");
  return { xml, tests: suite.cases.length, failures, skipped };
}
function renderCase(testCase, suite) {
  const blocking = testCase.findings.filter((f) => f.blocking);
  const unknown = testCase.findings.filter((f) => !f.blocking && f.cannotEvaluate === true && !f.exception);
  const status = blocking.length > 0 ? "failed" : suite.inactive !== void 0 || unknown.length > 0 ? "skipped" : "passed";
  const skippedBy = status === "skipped" ? suite.inactive !== void 0 ? [] : unknown : [];
  const reported = /* @__PURE__ */ new Set([...blocking, ...skippedBy]);
  const other = testCase.findings.filter((f) => !reported.has(f));
  const children = [];
  const first = blocking[0];
  if (first !== void 0) {
    const message = blocking.length > 1 ? `${first.message} (and ${blocking.length - 1} more)` : first.message;
    children.push(
      `      <failure message="${xmlAttribute(message)}" type="${xmlAttribute(suite.policyId)}">${xmlText(blocking.map(findingDetails).join("\n\n"))}</failure>`
    );
  } else if (status === "skipped") {
    const reason = suite.inactive ?? skippedBy.map((f) => f.message).join(" ");
    children.push(`      <skipped message="${xmlAttribute(reason)}">${xmlText(reason)}</skipped>`);
  }
  if (other.length > 0) children.push(`      <system-out>${xmlText(other.map(otherFindingLines).join("\n"))}</system-out>`);
  const open = `    <testcase classname="${xmlAttribute(testCase.classname)}" name="${xmlAttribute(testCase.name)}" file="${xmlAttribute(testCase.classname)}" time="0"`;
  return { xml: children.length === 0 ? `${open}/>` : [`${open}>`, ...children, "    </testcase>"].join("\n"), status };
}
function findingDetails(finding) {
  const lines = [`${formatSpan(finding.at)}: ${finding.message}`];
  if (finding.blastRadius && finding.blastRadius.length > 0)
    lines.push(`${count(finding.blastRadius.length, "VM loses its backup", "VMs lose their backup")}: ${someNames(finding.blastRadius)}`);
  for (const related of finding.related) lines.push(`see ${formatSpan(related.at)}: ${related.message}`);
  lines.push(`fix: ${finding.fix}`, `docs: ${finding.docsUrl}`);
  return lines.join("\n");
}
function otherFindingLines(finding) {
  const head = `${formatSpan(finding.at)}: ${finding.exception ? "waived" : finding.level} ${finding.policyId}: ${finding.message}`;
  if (finding.exception) {
    const e = finding.exception;
    return `${head}
    waived until ${e.expires}, owner ${e.owner}: ${e.reason} (exception at ${formatSpan(e.at)})`;
  }
  const lines = [head];
  if (finding.level === "error") lines.push(`    not blocking: ${whyNotBlocking(finding)}`);
  lines.push(`    fix: ${finding.fix}`, `    docs: ${finding.docsUrl}`);
  return lines.join("\n");
}
function whyNotBlocking(finding) {
  if (finding.overridden) return "overridden (soft-mandatory policy)";
  if (finding.enforcement === "advisory") return "advisory policy";
  if (finding.status === "unchanged") return "present before this change";
  return "not in scope";
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/reporters/escape/markdown.ts
var BREAK = "&#8203;";
var LINK_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|xmpp):)\S*|[^\s@]+@[^\s@]+\.[^\s@]+/gi;
function inline(text) {
  const flat = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").replace(/\r?\n|\t/g, " ");
  let out = "";
  let last = 0;
  for (const match of flat.matchAll(LINK_LIKE)) {
    out += escapeText(flat.slice(last, match.index)) + code(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeText(flat.slice(last));
}
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/[\\`*_[\]<>|~#$]/g, "\\$&").replace(/#(?=\d)/g, `#${BREAK}`).replace(/@/g, `@${BREAK}`).replace(INVISIBLE_LAYOUT, (c) => `\\${visibleCodePoint(c)}`);
}
var cell = inline;
function code(text) {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(INVISIBLE_LAYOUT, visibleCodePoint).replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of clean.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function url(href) {
  if (!/^https?:\/\//i.test(href)) return "#";
  return href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
function inlineWithin(text, limit) {
  const escaped = inline(text);
  if (escaped.length <= limit) return escaped;
  return inline(
    `${Array.from(text).slice(0, Math.max(0, Math.floor(limit / MAX_EXPANSION) - 1)).join("")}…`
  );
}
var MAX_EXPANSION = 9;

// src/reporters/markdown/budget.ts
function measure(text, unit) {
  return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
}
var SEPARATOR = "\n\n";
function joinSections(sections) {
  return sections.map((s) => s.text).join(SEPARATOR) + "\n";
}
function fitSections(sections, limit, unit, fullReport) {
  const whole = joinSections(sections);
  if (measure(whole, unit) <= limit) return whole;
  const noteFor = (left2, shortened2, cut) => {
    const parts = [
      ...shortened2.length > 0 ? [`shortened ${shortened2.map((s) => s.title).join(", ")}`] : [],
      ...left2.length > 0 ? [`left out ${left2.map((s) => s.title).join(", ")}`] : [],
      ...cut ? ["the rest of the report was cut"] : []
    ];
    return `
> [!NOTE]
> Shortened to stay within GitHub's size limit${parts.length > 0 ? `: ${parts.join("; ")}` : ""}. ${capitalize(fullReport)} has the full report.
`;
  };
  const reserve = measure(
    noteFor(
      sections.filter((s) => s.rank > 0),
      [],
      false
    ),
    unit
  ) + measure("shortened ; ", unit);
  const chosen = chooseForms(sections, limit - reserve, unit);
  const kept = sections.flatMap((s) => {
    const text2 = chosen.get(s);
    return text2 !== void 0 ? [{ ...s, text: text2 }] : [];
  });
  const left = sections.filter((s) => !chosen.has(s));
  const shortened = sections.filter((s) => chosen.has(s) && chosen.get(s) !== s.text);
  const text = joinSections(kept);
  const note = noteFor(left, shortened, false);
  if (measure(text + note, unit) <= limit) return text + note;
  const cutNote = noteFor(left, shortened, true);
  return cutMarkdown(text, limit - measure(cutNote, unit), unit) + cutNote;
}
function chooseForms(sections, budget, unit) {
  const cost = (text) => measure(text + SEPARATOR, unit);
  const byImportance2 = sections.map((section, index) => ({ section, index })).sort((a, b) => a.section.rank - b.section.rank || a.index - b.index);
  const briefCost = (s) => s.shorter !== void 0 && s.rank > 0 ? cost(s.shorter.brief) : 0;
  let reserved = sections.reduce((sum, s) => sum + briefCost(s), 0);
  let room = budget;
  const chosen = /* @__PURE__ */ new Map();
  for (const { section } of byImportance2) {
    reserved -= briefCost(section);
    const free = room - reserved;
    let text;
    if (section.rank === 0 || cost(section.text) <= free) text = section.text;
    else if (section.shorter !== void 0 && cost(section.shorter.brief) <= free) text = section.shorter.within(free - cost(""), unit);
    if (text === void 0) continue;
    chosen.set(section, text);
    room -= cost(text);
  }
  return chosen;
}
function listShorterForm(heading, items, render, more, briefly = 0) {
  const listed = (shown) => [heading, ...shown, ...shown.length < items.length ? [more(items.length - shown.length)] : []].join("\n");
  return {
    brief: listed(items.slice(0, briefly).map(render)),
    within: (room, unit) => {
      const shown = [];
      let used = measure(heading, unit);
      for (const [index, item] of items.entries()) {
        const line = render(item);
        const rest = items.length - index - 1;
        if (used + measure(`
${line}`, unit) + (rest > 0 ? measure(`
${more(rest)}`, unit) : 0) > room && index >= briefly) break;
        shown.push(line);
        used += measure(`
${line}`, unit);
      }
      return listed(shown);
    }
  };
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function cutMarkdown(text, limit, unit) {
  if (measure(text, unit) <= limit) return text;
  const lines = text.split("\n");
  let used = 0;
  let fence;
  let openDetails = 0;
  const kept = [];
  const closers = (f, details) => (f !== void 0 ? `${f}
` : "") + "</details>\n".repeat(details);
  for (const line of lines) {
    let nextFence = fence;
    let nextDetails = openDetails;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) nextFence = fence === void 0 ? fenceMatch[1] : line.trim().startsWith(fence) ? void 0 : fence;
    else if (fence === void 0) nextDetails += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const cost = measure(line + "\n", unit);
    if (used + cost + measure(closers(nextFence, Math.max(0, nextDetails)), unit) > limit) break;
    kept.push(line);
    used += cost;
    fence = nextFence;
    openDetails = Math.max(0, nextDetails);
  }
  return kept.join("\n") + "\n" + closers(fence, openDetails);
}

// src/reporters/markdown/configuration.ts
function proposedConfigurationSection(changes) {
  return [
    `### Configuration changes proposed by this change (${changes.length})`,
    "",
    "Not applied: the base branch's configuration, exceptions and inline waivers decide this verdict. These take effect once the change is merged.",
    "",
    ...changes.map((change) => `- ${inline(change)}`)
  ].join("\n");
}

// src/reporters/markdown/blocks.ts
var COLLAPSE_ROWS = 10;
var NAME_LIST_LIMIT = 20;
function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows];
}
function collapsible(summary, body, collapse = body.length > COLLAPSE_ROWS + 2) {
  if (!collapse) return [...body];
  return [`<details><summary>${inline(summary)}</summary>`, "", ...body, "", "</details>"];
}
function foldedList(entries, more) {
  const shown = entries.slice(0, COLLAPSE_ROWS).flat();
  const rest = entries.slice(COLLAPSE_ROWS).flat();
  if (rest.length === 0) return shown;
  return [...shown, "", `<details><summary>${inline(more(entries.length - COLLAPSE_ROWS))}</summary>`, "", ...rest, "", "</details>"];
}
function where(at, ctx) {
  const text = code(`${at.file}:${at.line}`);
  const href = ctx.link?.(at);
  return href !== void 0 ? `[${text}](${url(href)})` : text;
}
function names(list2) {
  const head = list2.slice(0, NAME_LIST_LIMIT).map(cell).join(", ");
  return list2.length > NAME_LIST_LIMIT ? `${head} … and ${list2.length - NAME_LIST_LIMIT} more` : head;
}
function short(commit) {
  return commit.slice(0, 12);
}
function levelText(f) {
  if (f.blocking) return "🛑 blocking";
  return f.level === "error" ? "❗ error" : f.level === "warning" ? "⚠️ warning" : "ℹ️ note";
}
function outcomeText(outcome, uncertain) {
  const strong = outcome === "fails" || outcome === "unprotected" || outcome === "incomplete";
  const text = strong ? `**${outcome}**` : outcome;
  return uncertain ? `${text} (uncertain)` : text;
}
function stateText(state, removed = false) {
  if (state === void 0) return removed ? "(removed)" : "(none)";
  return outcomeText(state.outcome, state.uncertain);
}
var SYMBOL = { create: "`+`", update: "`~`", replace: "`-/+`", delete: "`-`", unchanged: "" };
var ACTION_TEXT = {
  create: "create",
  update: "update in place",
  replace: "replace",
  delete: "destroy",
  unchanged: "unchanged"
};

// src/reporters/markdown/exceptions.ts
function addedExceptionsSection(exceptions, ctx) {
  const statusAt = new Map(ctx.report.evaluation.exceptions.map((s) => [formatSpan(s.exception.at), s]));
  const lines = [
    `### Exceptions added by this change (${exceptions.length})`,
    "",
    "| Policy | VM | Owner | Expires | Reason | Honoured | Where |",
    "|---|---|---|---|---|---|---|"
  ];
  for (const e of exceptions) {
    const status = statusAt.get(formatSpan(e.at));
    const honoured = status === void 0 ? "—" : status.problems.length === 0 ? "yes" : `no: ${inline(status.problems.map(describeExceptionProblem).join("; "))}`;
    lines.push(
      `| ${cell(e.policy)}${e.subject !== void 0 ? ` (${cell(e.subject)})` : ""} | ${cell(e.vm)} | ${cell(e.owner ?? "(none)")} | ${cell(e.expires ?? "(never)")} | ${cell(e.reason ?? "(none)")} | ${honoured} | ${where(e.at, ctx)} |`
    );
  }
  return lines.join("\n");
}
function expiringExceptionsSection(statuses, ctx) {
  const lines = [`### Exceptions expiring within ${EXPIRY_WARNING_DAYS} days (${statuses.length})`, "", "Renew or fix before they lapse and block.", ""];
  for (const s of statuses) {
    const e = s.exception;
    lines.push(
      `- ⏳ ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== void 0 ? ` (${cell(e.subject)})` : ""}${matchedVms(e, s.vms)} at ${where(e.at, ctx)}: expires ${inline(e.expires ?? "")} (${inDays(s.daysLeft ?? 0)}), owner ${inline(e.owner ?? "")}`
    );
  }
  return lines.join("\n");
}
function ignoredExceptionsSection(statuses, ctx) {
  const entries = statuses.map((s) => {
    const e = s.exception;
    return [
      `- ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== void 0 ? ` (${cell(e.subject)})` : ""} at ${where(e.at, ctx)}: ignored because ${inline(s.problems.map(describeExceptionProblem).join("; "))}`
    ];
  });
  return [`### Exceptions not applied (${statuses.length})`, "", ...foldedList(entries, (n) => count(n, "more exception"))].join("\n");
}
function matchedVms(exception, vms) {
  return exception.vmPattern === true && vms.length > 0 ? ` (waives ${inline(waivedVmList(vms))})` : "";
}

// src/reporters/markdown/findings.ts
function blockingSection(findings, ctx) {
  const entries = findings.map((f) => blockingEntry(f, ctx));
  return [blockingHeading(findings), "", ...foldedList(entries, (n) => count(n, "more blocking finding"))].join("\n");
}
function shorterBlockingSection(findings, ctx, fullReport) {
  return listShorterForm(
    `${blockingHeading(findings)}
`,
    findings,
    (f) => blockingEntry(f, ctx).join("\n"),
    (hidden) => `- … and ${hidden} more: see ${inline(fullReport)}`
  );
}
function blockingHeading(findings) {
  return `### What blocks the merge (${findings.length})`;
}
function blockingEntry(f, ctx) {
  const entry = [`- **${f.policyId}** ${f.policyName} at ${where(f.at, ctx)}${placementNote(f, ctx)}: ${inline(f.message)}`];
  if (f.blastRadius && f.blastRadius.length > 0)
    entry.push(`  - ${count(f.blastRadius.length, "VM loses its backup", "VMs lose their backup")}: ${names(f.blastRadius)}`);
  entry.push(`  - Fix: ${inline(f.fix)} ([docs](${url(f.docsUrl)}))`);
  return entry;
}
function placementNote(f, ctx) {
  const placement = ctx.placement?.get(f.fingerprint);
  if (placement === "inline" || placement === "already-posted") return " (review comment)";
  if (placement === "review-body") return " (in the review)";
  return "";
}
function isElsewhere(placement) {
  return placement === void 0 || placement === "outside-diff" || placement === "over-limit";
}
function elsewhereSection(findings, ctx) {
  const lines = [
    `### Not on a changed line (${findings.length})`,
    "",
    "These findings are introduced by this change but point at lines the diff does not touch (or exceed the review-comment limit), so they are listed here instead of inline.",
    ""
  ];
  lines.push(
    ...foldedList(
      findings.map((f) => [`- ${levelText(f)} **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)}`]),
      (n) => count(n, "more finding")
    )
  );
  return lines.join("\n");
}
function findingTableSection(findings, ctx) {
  const planned = ctx.report.plan !== void 0;
  const header = ["Level", "Policy", "Where", "Message", ...planned ? ["Status"] : []];
  const ordered = [...findings].sort(byImportance);
  const rows = ordered.map((f) => {
    const status = planned ? ` ${STATUS_TEXT[f.status]}${f.cannotEvaluate ? ", unknown until apply" : ""} |` : "";
    return `| ${levelText(f)} | [${f.policyId}](${url(f.docsUrl)}) ${f.policyName} | ${where(f.at, ctx)}${placementNote(f, ctx)} | ${cell(f.message)} |${status}`;
  });
  const lines = [`### Findings (${findings.length})`, ""];
  for (const line of collapsible(`${count(findings.length, "finding")}, blocking first`, table(header, rows))) lines.push(line);
  return lines.join("\n");
}
var STATUS_TEXT = { introduced: "introduced", unchanged: "pre-existing", resolved: "resolved" };
function waivedSection(findings, ctx) {
  const entries = findings.flatMap((f) => {
    const e = f.exception;
    if (e === void 0) return [];
    return [
      [`- **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)} — waived until ${inline(e.expires)}, owner ${inline(e.owner)}: ${inline(e.reason)}`]
    ];
  });
  return [
    `### Waived (${findings.length})`,
    "",
    "Valid exceptions: these neither count nor block.",
    "",
    ...foldedList(entries, (n) => count(n, "more waived finding"))
  ].join("\n");
}
function resolvedSection(findings) {
  const entries = findings.map((f) => [`- ✅ **${f.policyId}** ${inline(f.message)} (was at ${code(formatSpan(f.at))})`]);
  return [`### Resolved by this change (${findings.length})`, "", ...foldedList(entries, (n) => count(n, "more resolved finding"))].join("\n");
}

// src/reporters/escape/mermaid.ts
var LABEL_CHARACTERS = 60;
var KEPT = /^[\p{L}\p{M}\p{N} _.,-]$/u;
function mermaidLabel(text, limit = LABEL_CHARACTERS) {
  const chars = Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(INVISIBLE_LAYOUT, ""));
  const shown = chars.length > limit ? [...chars.slice(0, limit - 1), "…"] : chars;
  return shown.map((c) => KEPT.test(c) ? c : `#${c.codePointAt(0) ?? 0};`).join("");
}

// src/reporters/markdown/blast-graph.ts
var GRAPH_MEMBER_LIMIT = 30;
function blastGraph(result, index, causeOf) {
  if (result.members.length + result.missing.length > GRAPH_MEMBER_LIMIT) return void 0;
  const id = `j${index}`;
  const failing = new Set(result.failing);
  const lost = result.members.filter((name) => !failing.has(name));
  const lines = [
    "```mermaid",
    "flowchart LR",
    `  ${id}{{"${mermaidLabel(`backup job ${result.job.name} fails`)}"}}`,
    ...result.failing.map((name, i) => {
      const cause = causeOf(name);
      return `  ${id}f${i}["${mermaidLabel(name)}${cause !== void 0 ? `#58; ${mermaidLabel(cause)}` : ""}"] -->|cannot be snapshotted| ${id}`;
    }),
    ...result.missing.map((m, i) => `  ${id}x${i}["${mermaidLabel(m.name)}#58; not defined"] -.->|listed| ${id}`),
    ...lost.map((name, i) => `  ${id} -->|no backup| ${id}m${i}["${mermaidLabel(name)}"]`),
    "  classDef cause fill:#fde2e1,stroke:#c62828,color:#000",
    "  classDef lost fill:#fff4ce,stroke:#b7791f,color:#000",
    "  classDef job fill:#eeeeee,stroke:#333333,color:#000",
    `  class ${id} job`
  ];
  const causes = [...result.failing.map((_, i) => `${id}f${i}`), ...result.missing.map((_, i) => `${id}x${i}`)];
  if (causes.length > 0) lines.push(`  class ${causes.join(",")} cause`);
  if (lost.length > 0) lines.push(`  class ${lost.map((_, i) => `${id}m${i}`).join(",")} lost`);
  lines.push("```");
  return lines;
}
function graphCaption(result) {
  const causes = [
    result.failing.length > 0 ? `${count(result.failing.length, "member cannot", "members cannot")} be snapshotted` : "",
    result.missing.length > 0 ? `${count(result.missing.length, "listed VM is", "listed VMs are")} not defined` : ""
  ].filter(Boolean);
  const members = result.members.length;
  const lost = members === 1 ? "its only member loses its backup" : `all ${members} members lose their backup`;
  return `${causes.length > 0 ? causes.join(" and ") : "The job fails"}, so ${lost}.`;
}

// src/reporters/markdown/jobs.ts
var GRAPH_LIMIT = 5;
function blastRadiusSection(report, ctx) {
  const failing = report.evaluation.jobs.filter((job) => job.fails);
  const lines = blastHeading(failing);
  const causeOf = causesIn(report);
  let drawn = 0;
  for (const result of failing.slice(0, GRAPH_LIMIT)) {
    const graph = blastGraph(result, drawn, causeOf);
    if (graph === void 0) continue;
    lines.push("", ...graph, "", graphCaption(result));
    drawn += 1;
  }
  const rows = failing.map((result) => jobRow(result, ctx));
  const summary = drawn === 0 ? count(failing.length, "failing job") : failing.length === 1 ? "The failing job as a table, with positions" : `The ${failing.length} failing jobs as a table, with positions`;
  lines.push("", ...collapsible(summary, table(["Job", "Members that lose their backup", "Why"], rows), drawn > 0));
  return lines.join("\n");
}
var BRIEF_JOBS = 10;
function shorterBlastRadius(report, fullReport) {
  const failing = report.evaluation.jobs.filter((job) => job.fails);
  return listShorterForm(
    `${blastHeading(failing).join("\n")}
`,
    failing,
    (result) => `- **${inline(result.job.name)}**: ${count(result.members.length, "member loses its backup", "members lose their backup")}`,
    (hidden) => `- … and ${count(hidden, "more failing job")}: see ${inline(fullReport)}`,
    BRIEF_JOBS
  );
}
function blastHeading(failing) {
  return [
    `### Blast radius: ${count(failing.length, "backup job fails", "backup jobs fail")}`,
    "",
    "All or nothing: when one VM in a job cannot be snapshotted, no VM in that job is backed up."
  ];
}
function jobRow(result, ctx) {
  const why = [
    ...result.failing.map((name) => `${cell(name)} is predicted to fail`),
    ...result.missing.map((m) => `${cell(m.name)} is listed but not defined (${where(m.at, ctx)})`)
  ].join("; ");
  return `| ${cell(result.job.name)} (${where(result.job.nameAt, ctx)}) | ${result.members.length}: ${names(result.members)} | ${why || "—"} |`;
}
function causesIn(report) {
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  const byVm = new Map(report.evaluation.vms.map((r) => [r.vm.name, r]));
  return (vm) => {
    const first = byVm.get(vm)?.causes.map((fp) => byFingerprint.get(fp)).find((f) => f !== void 0);
    return first !== void 0 ? `${first.policyId} ${first.policyName}` : void 0;
  };
}

// src/reporters/markdown/outcomes.ts
function outcomeTableSection(report) {
  const vms = [...report.evaluation.vms].sort(compareVmResults);
  if (vms.length === 0) return "### Backup outcomes\n\nNo VMs were found in the evaluated definitions.";
  const failingJobs = new Set(report.evaluation.jobs.filter((j) => j.fails).map((j) => j.job.name));
  const summarise = vms.length > VM_TABLE_LIMIT;
  const shown = summarise ? vms.filter((r) => !isUnremarkable(r.outcome)) : vms;
  const rows = shown.map(
    (r) => `| ${cell(r.vm.name)} | ${cell(hostName(r.host))} (${cell(r.host.os)}) | ${outcomeText(r.outcome, r.uncertain)} | ${jobsCell(r, failingJobs)} |`
  );
  const lines = [`### Backup outcomes (${count(vms.length, "VM")}, worst first)`, ""];
  if (rows.length > 0)
    for (const line of collapsible(`${count(rows.length, "VM")}, worst first`, table(["VM", "Host", "Outcome", "Jobs"], rows))) lines.push(line);
  const hidden = vms.length - shown.length;
  if (hidden > 0)
    lines.push(
      "",
      rows.length > 0 ? `… and ${count(hidden, "more VM")} backed up online or offline, not listed.` : `All ${count(hidden, "VM")} are backed up online or offline.`
    );
  return lines.join("\n");
}
function jobsCell(result, failingJobs) {
  if (result.jobs.length === 0) return "—";
  return result.jobs.map((job) => failingJobs.has(job) ? `${cell(job)} (fails)` : cell(job)).join(", ");
}
function planOutcomesSection(plan, ctx) {
  const report = ctx.report;
  const blocks = new Set(report.findings.filter((f) => f.blocking).map((f) => f.vm));
  const shown = plan.changes.filter((c) => c.action !== "unchanged" || c.affected || blocks.has(c.name));
  const lines = [`### Backup outcomes (${count(shown.length, "VM")} touched by this change)`, ""];
  if (shown.length === 0) {
    lines.push("No VM is created, changed or destroyed, and no VM's backup changes.");
    return lines.join("\n");
  }
  const rows = shown.map(
    (c) => `| ${SYMBOL[c.action]} | ${cell(c.name)} | ${ACTION_TEXT[c.action]}${c.affected ? " (affected by other changes)" : ""} | ${stateText(c.before)} → ${stateText(c.after, c.action === "delete")} | ${cell((c.after ?? c.before)?.host.label ?? "")} | ${where(c.at, ctx)} |`
  );
  for (const line of collapsible(count(rows.length, "VM"), table(["", "VM", "Change", "Backup", "Host", "Definition"], rows))) lines.push(line);
  const untouched = plan.changes.length - shown.length;
  if (untouched > 0) lines.push("", `${count(untouched, "other VM")} unchanged.`);
  return lines.join("\n");
}
function planChangesSection(changes) {
  const lines = ["### Plan changes", ""];
  const body = [];
  for (const change of changes) {
    body.push(
      `- ${SYMBOL[change.action]} **${cell(change.address)}** ${ACTION_TEXT[change.action]}${change.actionFrom === "terraform-plan" ? " (Terraform plan)" : ""}`
    );
    for (const a of change.attributes) {
      const replaces = a.forcesReplacement ? " — forces replacement" : "";
      if (a.before === void 0) body.push(`  - \`+\` ${code(a.path)} = ${code(a.after ?? "")}${replaces}`);
      else if (a.after === void 0) body.push(`  - \`-\` ${code(a.path)} = ${code(a.before)}${replaces}`);
      else body.push(`  - \`~\` ${code(a.path)}: ${code(a.before)} → ${code(a.after)}${replaces}`);
    }
  }
  for (const line of collapsible(count(changes.length, "changed VM"), body, body.length > COLLAPSE_ROWS)) lines.push(line);
  return lines.join("\n");
}

// src/reporters/markdown/pointer.ts
function pointerSection(report, options) {
  const current = report.findings.filter((f) => f.status !== "resolved");
  const resolved = report.findings.length - current.length;
  const waived = current.filter((f) => f.exception).length;
  const contents = [
    report.plan ? "the backup outcome of every VM the change touches" : `the backup outcome of ${count(report.evaluation.vms.length, "VM")}`,
    count(current.length - waived, "finding"),
    waived > 0 ? `${waived} waived` : "",
    resolved > 0 ? `${resolved} resolved by this change` : "",
    report.plan ? "the plan" : ""
  ].filter(Boolean);
  const words = options.fullReport ?? "the job summary";
  const where2 = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const named = options.fullReportUrl !== void 0 ? `[${where2}](${url(options.fullReportUrl)})` : where2;
  return `${named} has ${list(contents)}.`;
}
function list(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

// src/reporters/markdown/verdict.ts
function verdictSection(report) {
  const v = report.verdict;
  const lines = [`## ${v.passed ? "✅" : "❌"} ${inline(report.tool.name)}: ${v.passed ? "passed" : "blocked"} — ${verdictCounts(v)}`, ""];
  const plan = report.plan;
  if (plan) {
    const s = plan.summary;
    const head = plan.head.workingTree ? "the working tree" : `\`${short(plan.head.commit ?? "")}\``;
    lines.push(
      `Plan: **${s.add}** to add, **${s.change}** to change, **${s.destroy}** to destroy — base \`${short(plan.base.commit)}\` → ${head}; gate configuration from the ${plan.configFrom}.`
    );
    if (plan.override) lines.push("", `> [!WARNING]
> Override in force: ${inline(plan.override.reason)}`);
  } else {
    lines.push(
      `${count(report.files.length, "definition file")}, ${count(report.evaluation.vms.length, "VM")}, ${count(report.evaluation.jobs.length, "backup job")} evaluated.`
    );
  }
  return lines.join("\n");
}

// src/reporters/markdown.ts
var JOB_SUMMARY_BYTES = 1e6;
var markdownReporter = (report, options) => renderMarkdown(report, { budget: { limit: JOB_SUMMARY_BYTES, unit: "bytes" }, ...options });
function renderMarkdown(report, options = {}) {
  const sections = buildSections(report, options);
  const head = options.marker !== void 0 ? `${options.marker}
` : "";
  if (options.budget === void 0) return head + joinSections(sections);
  const { limit, unit } = options.budget;
  return head + fitSections(sections, limit - measure(head, unit), unit, options.fullReport ?? "the job summary");
}
function buildSections(report, options) {
  const ctx = { report, link: options.link, placement: options.placement };
  const current = report.findings.filter((f) => f.status !== "resolved");
  const sections = [{ title: "Verdict", rank: 0, text: verdictSection(report) }];
  const fullReport = options.fullReport ?? "the job summary";
  const blocking = current.filter((f) => f.blocking);
  if (blocking.length > 0)
    sections.push({
      title: "What blocks the merge",
      rank: 1,
      text: blockingSection(blocking, ctx),
      shorter: shorterBlockingSection(blocking, ctx, fullReport)
    });
  const placement = options.placement;
  if (placement !== void 0) {
    const elsewhere = current.filter((f) => !f.exception && f.status === "introduced" && isElsewhere(placement.get(f.fingerprint)));
    if (elsewhere.length > 0) sections.push({ title: "Not on a changed line", rank: 2, text: elsewhereSection(elsewhere, ctx) });
  }
  const added = report.plan?.addedExceptions ?? [];
  if (added.length > 0) sections.push({ title: "Exceptions added by this change", rank: 2, text: addedExceptionsSection(added, ctx) });
  const proposed = report.plan?.proposedConfiguration ?? [];
  if (proposed.length > 0) sections.push({ title: "Configuration changes proposed by this change", rank: 2, text: proposedConfigurationSection(proposed) });
  const failingJobs = report.evaluation.jobs.filter((job) => job.fails);
  if (failingJobs.length > 0)
    sections.push({ title: "Blast radius", rank: 3, text: blastRadiusSection(report, ctx), shorter: shorterBlastRadius(report, fullReport) });
  if (options.view === "comment") {
    sections.push({ title: "Full report", rank: 0, text: pointerSection(report, options) });
    return sections;
  }
  sections.push({ title: "Backup outcomes", rank: 4, text: report.plan ? planOutcomesSection(report.plan, ctx) : outcomeTableSection(report) });
  const listed = current.filter((f) => !f.exception);
  if (listed.length > 0) sections.push({ title: "Findings", rank: 5, text: findingTableSection(listed, ctx) });
  if (report.plan) {
    const changed = report.plan.changes.filter((c) => c.action !== "unchanged" && c.attributes.length > 0);
    if (changed.length > 0) sections.push({ title: "Plan changes", rank: 6, text: planChangesSection(changed) });
  }
  const waived = current.filter((f) => f.exception);
  if (waived.length > 0) sections.push({ title: "Waived", rank: 7, text: waivedSection(waived, ctx) });
  const expiring = expiringSoon(report.evaluation.exceptions);
  if (expiring.length > 0) sections.push({ title: "Exceptions expiring soon", rank: 2, text: expiringExceptionsSection(expiring, ctx) });
  const ignored = report.evaluation.exceptions.filter((s) => s.problems.length > 0);
  if (ignored.length > 0) sections.push({ title: "Exceptions not applied", rank: 7, text: ignoredExceptionsSection(ignored, ctx) });
  const resolved = report.findings.filter((f) => f.status === "resolved");
  if (resolved.length > 0) sections.push({ title: "Resolved by this change", rank: 7, text: resolvedSection(resolved) });
  const notices = [...new Set(report.evaluation.notices)];
  if (notices.length > 0) sections.push({ title: "Notices", rank: 7, text: notices.map((n) => `> [!NOTE]
> ${inline(n)}`).join("\n\n") });
  return sections;
}

// src/reporters/escape/sarif.ts
function sarifText(text) {
  return text.replace(/[[\]]/g, "\\$&").replace(INVISIBLE_LAYOUT, visibleCodePoint);
}

// src/reporters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "hvgateFindingHash/v1";
var SRCROOT = "%SRCROOT%";
var MAX_RELATED_LOCATIONS = 1e3;
var PRINCIPLES = {
  1: "Back up the VM, not just its disks: host-level backup captures configuration, checkpoints and virtual disks; a guest-agent-only backup cannot restore the VM.",
  2: "Online (VSS) backup needs the backup integration service in a running guest, the checkpoint location on the same host volume as the virtual disks, guest volumes on basic disks and guest file systems that support snapshots. Otherwise the VM is paused (Windows Server 2012 R2 hosts) or backed up only crash-consistent (2016+).",
  3: "All or nothing: if any VM in a backup job fails to create a snapshot, no VM in that job is backed up.",
  4: "Pass-through disks, in-guest iSCSI and virtual Fibre Channel LUNs are invisible to the host and are not backed up by the Hyper-V VSS writer; only an in-guest backup covers them."
};
function sarifChunks(report, options) {
  return (function* () {
    yield* jsonChunks(sarifLog(report, options), 4);
    yield "\n";
  })();
}
var sarifReporter = (report, options) => [...sarifChunks(report, options)].join("");
function sarifLog(report, options) {
  const rules = ruleList(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const outcomeOf = new Map(report.evaluation.vms.map((r) => [r.vm.name, r.outcome]));
  const results = new MappedList(
    report.findings.filter((f) => f.status !== "resolved"),
    (finding) => {
      const result = resultOf(finding, ruleIndex, outcomeOf, options.sourceRoot);
      if (report.plan) result.baselineState = finding.status === "unchanged" ? "unchanged" : "new";
      return result;
    }
  );
  const failingJobs = report.evaluation.jobs.filter((job) => job.fails);
  const notices = [...new Set(report.evaluation.notices)];
  const run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: report.tool.informationUri,
        rules
      }
    },
    ...options.category !== void 0 && options.category !== "" ? { automationDetails: { id: options.category.endsWith("/") ? options.category : `${options.category}/` } } : {},
    originalUriBaseIds: {
      [SRCROOT]: {
        ...options.sourceRoot !== void 0 ? { uri: withTrailingSlash(options.sourceRoot) } : {},
        description: { text: "The directory the definition files are relative to (the working directory of the run)." }
      }
    },
    invocations: [
      {
        executionSuccessful: true,
        ...notices.length > 0 ? { toolConfigurationNotifications: notices.map((text) => ({ level: "note", message: { text: sarifText(text) } })) } : {}
      }
    ],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      verdict: { ...report.verdict },
      // Each failing job's members once; the results about the job name it and count them.
      ...failingJobs.length > 0 ? { failingJobs: failingJobs.map((job) => ({ name: job.job.name, address: job.job.address, members: job.members })) } : {}
    }
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function ruleList(report) {
  const rules = /* @__PURE__ */ new Map();
  for (const policy of report.policies) if (!rules.has(policy.id)) rules.set(policy.id, ruleOf(policy));
  for (const finding of report.findings) {
    if (!rules.has(finding.policyId)) rules.set(finding.policyId, ruleOfFinding(finding));
  }
  return [...rules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function ruleOf(policy) {
  const why = policy.principle !== void 0 ? PRINCIPLES[policy.principle] : void 0;
  const fix = withoutPlaceholders(policy.fix);
  const unverified = policy.unverified ? "This rule rests on a fact that is not verified in Microsoft documentation; read its docs before relying on it." : void 0;
  const full = [sentence(policy.description), why, unverified].filter(Boolean).join(" ");
  const helpText = [why ? `Why: ${why}` : void 0, `Fix: ${fix}`, unverified, `Docs: ${policy.docsUrl}`].filter(Boolean).join("\n\n");
  const helpMarkdown = [
    `**${policy.id} ${policy.name}**: ${sentence(policy.description)}`,
    why ? `**Why:** ${why}` : void 0,
    `**Fix:** ${withoutPlaceholders(policy.fix, true)}`,
    unverified ? `**Note:** ${unverified}` : void 0,
    `[Documentation](${policy.docsUrl})`
  ].filter(Boolean).join("\n\n");
  const tags = [
    "hyper-v",
    "backup",
    ...policy.principle !== void 0 ? [`principle-${policy.principle}`] : [],
    ...policy.unverified ? ["unverified"] : []
  ];
  return {
    id: policy.id,
    name: pascalCase(policy.name),
    shortDescription: { text: sarifText(sentence(policy.description)) },
    fullDescription: { text: sarifText(full) },
    help: { text: sarifText(helpText), markdown: helpMarkdown },
    helpUri: policy.docsUrl,
    defaultConfiguration: { level: policy.defaultLevel },
    properties: { tags, "problem.severity": problemSeverity(policy.defaultLevel), kebabName: policy.name }
  };
}
function ruleOfFinding(finding) {
  const text = `${finding.policyId} ${finding.policyName}.`;
  return {
    id: finding.policyId,
    name: pascalCase(finding.policyName),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `Docs: ${finding.docsUrl}`, markdown: `[Documentation](${finding.docsUrl})` },
    helpUri: finding.docsUrl,
    defaultConfiguration: { level: finding.level },
    properties: { tags: ["hyper-v", "backup"], "problem.severity": problemSeverity(finding.level), kebabName: finding.policyName }
  };
}
function resultOf(finding, ruleIndex, outcomeOf, sourceRoot) {
  const lines = [sentence(finding.message)];
  if (finding.blastRadius && finding.blastRadius.length > 0)
    lines.push(`${count(finding.blastRadius.length, "VM loses its backup", "VMs lose their backup")}: ${someNames(finding.blastRadius)}.`);
  lines.push(`Fix: ${sentence(finding.fix)}`);
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const result = {
    ruleId: finding.policyId,
    // Every finding's policy is among the rules; -1 is SARIF's "no index".
    ruleIndex: ruleIndex.get(finding.policyId) ?? -1,
    level: finding.level,
    message: { text: sarifText(lines.join("\n")) },
    locations: [{ physicalLocation: physicalLocation(finding.at, sourceRoot) }]
  };
  if (related.length > 0) {
    result.relatedLocations = related.map((r, index) => ({
      id: index + 1,
      physicalLocation: physicalLocation(r.at, sourceRoot),
      message: { text: sarifText(sentence(r.message)) }
    }));
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.exception) {
    result.suppressions = [
      {
        kind: "external",
        status: "accepted",
        justification: finding.exception.reason,
        location: { physicalLocation: physicalLocation(finding.exception.at, sourceRoot) },
        properties: { owner: finding.exception.owner, expires: finding.exception.expires }
      }
    ];
  }
  result.properties = resultProperties(finding, outcomeOf);
  return result;
}
function resultProperties(finding, outcomeOf) {
  const properties = {};
  if (finding.vm !== void 0) properties.vm = finding.vm;
  properties.address = finding.address;
  if (finding.subject !== void 0) properties.subject = finding.subject;
  properties.effect = finding.effect;
  const outcome = finding.vm !== void 0 ? outcomeOf.get(finding.vm) : void 0;
  if (outcome !== void 0) properties.outcome = outcome;
  if (finding.host !== void 0) properties.host = finding.host;
  if (finding.blastRadius) properties.blastRadius = { job: finding.address, vms: finding.blastRadius.length };
  if (finding.cannotEvaluate) properties.cannotEvaluate = true;
  properties.status = finding.status;
  properties.enforcement = finding.enforcement;
  properties.blocking = finding.blocking;
  properties.overridden = finding.overridden;
  return properties;
}
function physicalLocation(at, sourceRoot) {
  const artifactLocation = artifactLocationOf(at.file, sourceRoot);
  const startLine = Math.max(1, at.line);
  const startColumn = Math.max(1, at.column);
  const endsBefore = at.endLine < startLine || at.endLine === startLine && at.endColumn < startColumn;
  const endLine = endsBefore ? startLine : at.endLine;
  const endColumn = endsBefore ? startColumn : Math.max(1, at.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}
function artifactLocationOf(file, sourceRoot) {
  const path = file.replace(/\\/g, "/");
  const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
  let absolute;
  if (/^[A-Za-z]:\//.test(path)) absolute = `file:///${path.slice(0, 2)}${encode(path.slice(2))}`;
  else if (path.startsWith("//")) absolute = `file:${encode(path)}`;
  else if (path.startsWith("/")) absolute = `file://${encode(path)}`;
  if (absolute === void 0) return { uri: encode(path.replace(/^\.\//, "")), uriBaseId: SRCROOT };
  const root = sourceRoot === void 0 ? void 0 : withTrailingSlash(sourceRoot);
  if (root !== void 0 && absolute.startsWith(root) && absolute.length > root.length) return { uri: absolute.slice(root.length), uriBaseId: SRCROOT };
  return { uri: absolute };
}
function withTrailingSlash(uri) {
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function pascalCase(kebab) {
  return kebab.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function problemSeverity(level) {
  return level === "note" ? "recommendation" : level;
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

// src/reporters/index.ts
var reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  gitlab: gitlabReporter,
  markdown: markdownReporter
};
function renderChunks(format, report, options, reporter) {
  if (reporter !== void 0) return [reporter(report, options)];
  if (format === "json") return jsonReportChunks(report);
  if (format === "sarif") return sarifChunks(report, options);
  return [reporters[format](report, options)];
}
function* batched(chunks, size = 1 << 20) {
  let pending = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join("");
}
var REPORTER_NAMES = Object.keys(reporters);
function isReporterName(name) {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

export {
  inline,
  code,
  url,
  inlineWithin,
  measure,
  JOB_SUMMARY_BYTES,
  renderMarkdown,
  reporters,
  renderChunks,
  batched,
  REPORTER_NAMES,
  isReporterName
};
