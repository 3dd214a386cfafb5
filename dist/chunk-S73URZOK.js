import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  hostName
} from "./chunk-ENGQ4AFD.js";
import {
  describeExceptionProblem
} from "./chunk-FKHUETK3.js";
import {
  ConfigurationError
} from "./chunk-36VZIVIE.js";

// src/reporters/json-chunks.ts
var MappedList = class {
  constructor(items, map) {
    this.items = items;
    this.map = map;
  }
  items;
  map;
  get length() {
    return this.items.length;
  }
  at(index) {
    return this.map(this.items[index]);
  }
  toJSON() {
    return this.items.map(this.map);
  }
};
function* jsonChunks(value, depth, indent = "") {
  if (depth > 0 && Array.isArray(value) || value instanceof MappedList) {
    const list = value;
    const at = (i) => list instanceof MappedList ? list.at(i) : list[i];
    if (depth <= 1) yield* itemRuns(list.length, at, indent);
    else yield* containerChunks("[", "]", list.length, (i) => [void 0, at(i)], depth, indent);
    return;
  }
  if (depth > 0 && typeof value === "object" && value !== null && !("toJSON" in value)) {
    const entries = Object.entries(value).filter(([, inner]) => inner !== void 0 && typeof inner !== "function");
    yield* containerChunks("{", "}", entries.length, (i) => entries[i], depth, indent);
    return;
  }
  const text = JSON.stringify(value, null, 2);
  yield (text ?? "null").replaceAll("\n", `
${indent}`);
}
var RUN = 256;
function* itemRuns(length, at, indent) {
  if (length === 0) {
    yield "[]";
    return;
  }
  const levels = indent.length / 2;
  const inner = `${indent}  `;
  let prefix = "";
  let suffix = "";
  for (let level = 0; level <= levels; level++) {
    prefix += `${"  ".repeat(level)}[
`;
    suffix = `
${"  ".repeat(level)}]${suffix}`;
  }
  prefix += inner;
  yield `[
${inner}`;
  for (let start = 0; start < length; start += RUN) {
    let run = Array.from({ length: Math.min(RUN, length - start) }, (_, i) => at(start + i));
    for (let level = 0; level < levels; level++) run = [run];
    const text = JSON.stringify(run, null, 2);
    yield text.slice(prefix.length, text.length - suffix.length);
    yield start + RUN < length ? `,
${inner}` : `
${indent}]`;
  }
}
function* containerChunks(open2, close, length, entry, depth, indent) {
  if (length === 0) {
    yield `${open2}${close}`;
    return;
  }
  const inner = `${indent}  `;
  yield `${open2}
`;
  for (let i = 0; i < length; i++) {
    const [key, item] = entry(i);
    yield key === void 0 ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(item, depth - 1, inner);
    yield i < length - 1 ? ",\n" : "\n";
  }
  yield `${indent}${close}`;
}

// src/reporters/json.ts
var JSON_SCHEMA_VERSION = 3;
function jsonReportChunks(report) {
  return (function* () {
    yield* jsonChunks(jsonDocument(report), 2);
    yield "\n";
  })();
}
var jsonReporter = (report) => [...jsonReportChunks(report)].join("");
function jsonDocument(report) {
  const { evaluation, verdict } = report;
  const hosts = /* @__PURE__ */ new Map();
  const list = (host) => {
    const id = hostId(host);
    if (!hosts.has(id)) hosts.set(id, hostJson(id, host));
  };
  for (const result of evaluation.vms) list(result.host);
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
      waived: verdict.waived
    },
    files: report.files,
    hosts: [...hosts.values()],
    vms: new MappedList(evaluation.vms, vmJson),
    jobs: new MappedList(evaluation.jobs, jobJson),
    findings: new MappedList(report.findings, findingJson),
    exceptions: evaluation.exceptions.map(exceptionJson),
    notices: [...new Set(evaluation.notices)],
    // Only `hvgate plan` reports carry a plan; `check` documents keep their shape.
    ...report.plan ? { plan: planJson(report.plan) } : {}
  };
}
function hostId(host) {
  return `${hostName(host)}/${host.configurationVersion}`;
}
function hostJson(id, host) {
  return {
    id,
    label: hostName(host),
    profile: host.profile ?? null,
    os: host.os,
    configurationVersion: host.configurationVersion,
    backupPath: host.backupPath,
    assumed: host.assumed,
    description: host.label
  };
}
function location(at) {
  return { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
}
function vmJson(result) {
  return {
    name: result.vm.name,
    address: result.vm.address,
    format: result.vm.format,
    location: location(result.vm.at),
    outcome: result.outcome,
    uncertain: result.uncertain,
    host: hostId(result.host),
    jobs: result.jobs,
    causes: result.causes
  };
}
function jobJson(result) {
  return {
    name: result.job.name,
    address: result.job.address,
    format: result.job.format,
    location: location(result.job.nameAt),
    members: result.members,
    missing: result.missing.map((m) => ({ name: m.name, location: location(m.at) })),
    failing: result.failing,
    fails: result.fails
  };
}
function findingJson(finding) {
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
    exception: finding.exception ? {
      reason: finding.exception.reason,
      owner: finding.exception.owner,
      expires: finding.exception.expires,
      location: location(finding.exception.at)
    } : null
  };
}
function declaredException(e) {
  return {
    policy: e.policy,
    vm: e.vm,
    vmPattern: e.vmPattern === true,
    subject: e.subject ?? null,
    reason: e.reason ?? null,
    owner: e.owner ?? null,
    expires: e.expires ?? null,
    location: location(e.at)
  };
}
function exceptionJson(status) {
  return {
    ...declaredException(status.exception),
    applied: status.problems.length === 0,
    matched: status.matched,
    vms: [...status.vms],
    daysLeft: status.daysLeft ?? null,
    problems: status.problems.map((problem) => ({
      kind: problem.kind,
      value: "value" in problem ? problem.value : null,
      maxDays: problem.kind === "too-long" ? problem.maxDays : null,
      message: describeExceptionProblem(problem)
    }))
  };
}
function predictedJson(s) {
  return s ? { outcome: s.outcome, uncertain: s.uncertain, host: hostId(s.host), jobs: s.jobs } : null;
}
function changeJson(c) {
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
      backupRelevant: a.backupRelevant === true
    })),
    backupRelevant: c.backupRelevant,
    before: predictedJson(c.before),
    after: predictedJson(c.after)
  };
}
function planJson(plan) {
  return {
    base: { ref: plan.base.ref, commit: plan.base.commit },
    head: { ref: plan.head.ref ?? null, commit: plan.head.commit ?? null, workingTree: plan.head.workingTree },
    configFrom: plan.configFrom,
    override: plan.override ? { reason: plan.override.reason } : null,
    proposedConfiguration: [...plan.proposedConfiguration ?? []],
    summary: { ...plan.summary },
    // A plan of 100,000 VMs has as many changes: each is built as the writer reaches it.
    changes: new MappedList(plan.changes, changeJson),
    addedExceptions: plan.addedExceptions.map(declaredException),
    removedExceptions: plan.removedExceptions.map(declaredException)
  };
}

// src/app/report-file.ts
import { constants } from "node:fs";
import { lstat, mkdir, open } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function writeReportFile(given, text, options) {
  const { path, refuse } = await checkedPath(given, options, "write", true);
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420).catch(
    (error) => refuse(codeOf(error) === "ELOOP" ? "is a symbolic link; hvgate never writes a report through a link" : `cannot be written (${codeOf(error)})`)
  );
  try {
    if (typeof text === "string") await handle.writeFile(text);
    else for (const piece of text) await handle.writeFile(piece);
  } finally {
    await handle.close();
  }
  return path;
}
async function readReportFile(given, maxBytes, options) {
  const { path, refuse } = await checkedPath(given, options, "read", false);
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch(
    (error) => refuse(codeOf(error) === "ELOOP" ? "is a symbolic link; hvgate never reads a report through a link" : `cannot be read (${codeOf(error)})`)
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) refuse("is not a file");
    if (info.size > maxBytes) refuse(`has ${info.size} bytes, more than the ${maxBytes} a report may have`);
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function checkedPath(given, options, verb, create) {
  const path = resolve(options.cwd, given);
  const named = options.label !== void 0 ? `${options.label} ${given}` : given;
  const refuse = (why) => {
    throw new ConfigurationError(`${named}: ${why}`);
  };
  if (options.root !== void 0 && !isInside(options.root, path)) refuse(`is outside the workspace ${options.root}; ${verb} reports inside it`);
  const start = options.root ?? (isInside(options.cwd, path) ? options.cwd : dirname(path));
  let folder = resolve(start);
  for (const part of relative(folder, dirname(path)).split(sep).filter((p) => p !== "")) {
    folder = join(folder, part);
    const info = await lstat(folder).catch(
      (error) => codeOf(error) === "ENOENT" ? void 0 : refuse(`cannot be ${verb === "read" ? "read" : "written"} (${codeOf(error)})`)
    );
    if (info === void 0) {
      if (!create) refuse("cannot be read (ENOENT)");
      await mkdir(folder).catch((error) => refuse(`cannot be written (${codeOf(error)})`));
    } else if (info.isSymbolicLink()) refuse(`${relative(start, folder) || folder} is a symbolic link; hvgate never ${verb}s a report through a link`);
    else if (!info.isDirectory()) refuse(`cannot be ${verb === "read" ? "read" : "written"} (ENOTDIR)`);
  }
  return { path, refuse };
}
function codeOf(error) {
  const { code, message } = error;
  return typeof code === "string" ? code : String(message);
}
function isInside(root, path) {
  const rel = relative(resolve(root), resolve(path));
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

export {
  MappedList,
  jsonChunks,
  JSON_SCHEMA_VERSION,
  jsonReportChunks,
  jsonReporter,
  writeReportFile,
  readReportFile
};
