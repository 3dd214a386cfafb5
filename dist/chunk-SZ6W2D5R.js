import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  EXPIRY_WARNING_DAYS,
  VM_TABLE_LIMIT,
  compareVmResults,
  count,
  exceptionTarget,
  expiringSoon,
  hostName,
  inDays,
  isUnremarkable,
  someNames,
  verdictCounts
} from "./chunk-ENGQ4AFD.js";
import {
  describeExceptionProblem
} from "./chunk-FKHUETK3.js";
import {
  clean,
  inertLog
} from "./chunk-IQFO5BKM.js";
import {
  formatSpan
} from "./chunk-556DK7J4.js";

// src/reporters/text/style.ts
function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (new RegExp("\\p{Mn}|\\p{Me}|\\u200d", "u").test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}
function isWide(code) {
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 && code !== 12351 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 129791 || code >= 131072 && code <= 262141;
}
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
var plain = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, cyan: (t) => t };
var ansi = {
  bold: (t) => `\x1B[1m${t}\x1B[22m`,
  dim: (t) => `\x1B[2m${t}\x1B[22m`,
  red: (t) => `\x1B[31m${t}\x1B[39m`,
  yellow: (t) => `\x1B[33m${t}\x1B[39m`,
  green: (t) => `\x1B[32m${t}\x1B[39m`,
  cyan: (t) => `\x1B[36m${t}\x1B[39m`
};
function palette(color) {
  return color ? ansi : plain;
}
function levelColour(level, style) {
  return level === "error" ? style.red : level === "warning" ? style.yellow : style.cyan;
}
function outcomeColour(outcome, style) {
  switch (outcome) {
    case "fails":
    case "unprotected":
    case "incomplete":
      return style.red;
    case "saved-state":
    case "crash-consistent":
      return style.yellow;
    case "online":
      return style.green;
    case "offline":
      return (t) => t;
  }
}

// src/reporters/text.ts
var textReporter = (report, options) => {
  const style = palette(options.color === true);
  const out = [];
  const { evaluation } = report;
  const findingByFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  out.push(
    style.bold(`${clean(report.tool.name)} ${clean(report.tool.version)}`) + ` — ${count(report.files.length, "definition file")}, ${count(evaluation.vms.length, "VM")}, ${count(evaluation.jobs.length, "backup job")}, ${count(report.policies.length, "policy", "policies")}`
  );
  const shorten = listShortener(options);
  out.push("");
  for (const line of vmTable(evaluation.vms, new Set(evaluation.jobs.filter((job) => job.fails).map((job) => job.job.name)), style, shorten)) out.push(line);
  const failingJobs = evaluation.jobs.filter((job) => job.fails);
  if (failingJobs.length > 0) {
    out.push("", style.bold("Backup jobs that fail") + " (all or nothing: when one VM cannot be snapshotted, no VM in the job is backed up):");
    const outcomeOf = new Map(evaluation.vms.map((r) => [r.vm.name, r]));
    for (const result of failingJobs) {
      out.push(`  ${style.red(clean(result.job.name))}  ${clean(formatSpan(result.job.nameAt))}`);
      out.push(
        `    ${count(result.members.length, "member loses its backup", "members lose their backup")}${result.members.length > 0 ? ": " + nameList(result.members) : ""}`
      );
      const failing = shorten(result.failing, "failing member");
      for (const name of failing.shown) {
        const vm = outcomeOf.get(name);
        const causes = (vm?.causes ?? []).map((fp) => findingByFingerprint.get(fp)).filter((f) => f !== void 0);
        const why = causes.map((f) => `${f.policyId} ${f.policyName} at ${formatSpan(f.at)}`).join("; ");
        out.push(`    why: ${clean(name)} is predicted to fail${why ? ` (${clean(why)})` : ""}`);
      }
      if (failing.more !== void 0) out.push(`  ${failing.more}`);
      const missing = shorten(result.missing, "missing member");
      for (const member of missing.shown) {
        out.push(`    why: "${clean(member.name)}" is listed but no definition provides it (${clean(formatSpan(member.at))})`);
      }
      if (missing.more !== void 0) out.push(`  ${missing.more}`);
    }
  }
  const current = report.findings.filter((f) => f.status !== "resolved");
  const unknownNotes = current.filter((f) => !f.exception && f.cannotEvaluate === true && f.level !== "error");
  const waived = current.filter((f) => f.exception);
  const isUnknownNote = new Set(unknownNotes);
  const main = current.filter((f) => !f.exception && !isUnknownNote.has(f));
  const resolved = report.findings.filter((f) => f.status === "resolved");
  const blocking = main.filter((f) => f.blocking);
  const other = main.filter((f) => !f.blocking);
  if (blocking.length > 0) {
    out.push("", style.bold(style.red(`Blocking findings (${blocking.length}):`)));
    const { shown, more } = shorten(blocking, "blocking finding");
    for (const finding of shown) out.push(...findingLines(finding, style));
    if (more !== void 0) out.push(more);
  }
  if (other.length > 0) {
    out.push("", style.bold(blocking.length > 0 ? `Other findings (${other.length}):` : `Findings (${other.length}):`));
    const { shown, more } = shorten(other, "finding");
    for (const finding of shown) out.push(...findingLines(finding, style));
    if (more !== void 0) out.push(more);
  }
  if (unknownNotes.length > 0) {
    out.push("", style.bold(`Cannot evaluate (${unknownNotes.length})`) + ": values unknown until apply; the outcomes of these VMs may be worse than shown.");
    const { shown, more } = shorten(unknownNotes, "note");
    for (const finding of shown) out.push(findingLine(finding, style));
    if (more !== void 0) out.push(more);
  }
  if (waived.length > 0) {
    out.push("", style.bold(`Waived (${waived.length})`) + ": valid exceptions; these neither count nor block.");
    for (const finding of waived) {
      const exception = finding.exception;
      if (exception === void 0) continue;
      out.push(findingLine(finding, style));
      out.push(
        style.dim(
          `    waived until ${clean(exception.expires)}, owner ${clean(exception.owner)}: ${clean(exception.reason)} (exception at ${clean(formatSpan(exception.at))})`
        )
      );
    }
  }
  const expiring = expiringSoon(evaluation.exceptions);
  if (expiring.length > 0) {
    out.push("", style.bold(`Exceptions expiring within ${EXPIRY_WARNING_DAYS} days (${expiring.length})`) + ": renew or fix before they lapse and block.");
    for (const status of expiring) {
      const e = status.exception;
      const target = exceptionTarget(e, status.vms);
      out.push(
        style.yellow(
          `${clean(formatSpan(e.at))}  ${clean(target)}: expires ${clean(e.expires ?? "")} (${inDays(status.daysLeft)}), owner ${clean(e.owner ?? "")}`
        )
      );
    }
  }
  const reportedAt = new Set(current.filter((f) => f.policyId === "HVB016").map((f) => formatSpan(f.at)));
  const ignored = evaluation.exceptions.filter((s) => s.problems.length > 0 && !reportedAt.has(formatSpan(s.exception.at)));
  if (ignored.length > 0) {
    out.push("", style.bold(`Exceptions not applied (${ignored.length}):`));
    for (const status of ignored) {
      const e = status.exception;
      const target = exceptionTarget(e, status.vms);
      out.push(`${clean(formatSpan(e.at))}  ${clean(target)}: ignored because ${clean(status.problems.map(describeExceptionProblem).join("; "))}`);
    }
  }
  if (resolved.length > 0) {
    out.push("", style.bold(`Resolved by this change (${resolved.length}):`));
    const { shown, more } = shorten(resolved, "resolved finding");
    for (const finding of shown) out.push(style.green(findingLine(finding, plain)));
    if (more !== void 0) out.push(more);
  }
  const notices = [...new Set(evaluation.notices)];
  if (notices.length > 0) {
    out.push("");
    for (const notice of notices) out.push(`${style.bold("Notice:")} ${clean(notice)}`);
  }
  out.push("", verdictLine(report, style));
  return inertLog(out.join("\n") + "\n");
};
function listShortener(options) {
  const { shorten } = options;
  return (entries, noun, plural = `${noun}s`) => {
    if (shorten === void 0 || entries.length <= shorten.limit) return { shown: entries };
    const more = count(entries.length - shorten.limit, `more ${noun}`, `more ${plural}`);
    return { shown: entries.slice(0, shorten.limit), more: `  … and ${more}: all are in ${clean(shorten.file)}.` };
  };
}
function vmTable(vms, failingJobs, style, shorten) {
  if (vms.length === 0) return ["No VMs were found in the evaluated definitions."];
  const sorted = [...vms].sort(compareVmResults);
  const summarise = sorted.length > VM_TABLE_LIMIT;
  const atRisk = summarise ? sorted.filter((r) => !isUnremarkable(r.outcome)) : sorted;
  const { shown, more } = summarise ? shorten(atRisk, "VM at risk", "VMs at risk") : shorten(atRisk, "VM");
  const hidden = sorted.length - atRisk.length;
  const lines = [];
  if (shown.length > 0) {
    const rows = shown.map((r) => ({
      cells: [
        clean(r.vm.name),
        clean(`${hostName(r.host)} (${r.host.os})`),
        r.uncertain ? `${r.outcome} (uncertain)` : r.outcome,
        r.jobs.length > 0 ? clean(r.jobs.map((job) => failingJobs.has(job) ? `${job} (fails)` : job).join(", ")) : "-"
      ],
      outcome: r.outcome
    }));
    const header = ["VM", "HOST", "OUTCOME", "JOBS"];
    const widths = header.map((h, i) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row.cells[i] ?? "")), displayWidth(h)));
    const render = (cells, paintOutcome) => ("  " + cells.map((cell, i) => i === 2 ? paintOutcome(pad(cell, widths[i] ?? 0)) : i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ")).trimEnd();
    lines.push(style.bold(summarise ? `VMs whose backup is at risk (worst first):` : `VMs (worst outcome first):`));
    lines.push(style.dim(render(header, (s) => s)));
    for (const row of rows) lines.push(render(row.cells, (s) => outcomeColour(row.outcome, style)(s)));
    if (more !== void 0) lines.push(more);
  }
  if (hidden > 0) {
    const online = sorted.filter((r) => r.outcome === "online").length;
    const offline = hidden - online;
    const split = [online > 0 ? `${online} online` : "", offline > 0 ? `${offline} offline` : ""].filter(Boolean).join(", ");
    lines.push(
      shown.length > 0 ? `  … and ${count(hidden, "more VM")} not listed: ${split}.` : `All ${count(hidden, "VM")} are backed up online or offline: ${split}.`
    );
  }
  return lines;
}
function findingLine(finding, style) {
  return `${clean(formatSpan(finding.at))}  ${levelColour(finding.level, style)(finding.level)}  ${finding.policyId}  ${clean(finding.message)}`;
}
function findingLines(finding, style) {
  const lines = [findingLine(finding, style)];
  if (finding.blastRadius && finding.blastRadius.length > 0) {
    lines.push(`    ${count(finding.blastRadius.length, "VM loses its backup", "VMs lose their backup")}: ${nameList(finding.blastRadius)}`);
  }
  for (const related of finding.related) lines.push(style.dim(`    see ${clean(formatSpan(related.at))}: ${clean(related.message)}`));
  if (finding.level === "error" && !finding.blocking) lines.push(`    not blocking: ${whyNotBlocking(finding)}`);
  lines.push(`    fix: ${clean(finding.fix)}`);
  lines.push(style.dim(`    docs: ${clean(finding.docsUrl)}`));
  return lines;
}
function whyNotBlocking(finding) {
  if (finding.overridden) return "overridden (soft-mandatory policy)";
  if (finding.enforcement === "advisory") return "advisory policy";
  if (finding.status === "unchanged") return "present before this change";
  return "not in scope";
}
function verdictLine(report, style) {
  const summary = `${verdictCounts(report.verdict)}.`;
  return report.verdict.passed ? `${style.bold(style.green("Gate: PASSED"))} — ${summary}` : `${style.bold(style.red("Gate: BLOCKED"))} — ${summary}`;
}
function nameList(names) {
  return clean(someNames(names));
}

export {
  palette,
  textReporter,
  findingLine,
  verdictLine
};
