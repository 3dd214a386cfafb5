import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  policyFinder
} from "./chunk-PVSY6H5J.js";
import {
  DocumentReader,
  SpanFinder,
  buildGuestSection,
  describeAjvError,
  require_definition_validators
} from "./chunk-5PII5KHW.js";
import {
  require_dist
} from "./chunk-ARL6IJI7.js";
import {
  DEFAULT_HOST,
  DEFAULT_SETTINGS,
  compileGlob
} from "./chunk-D2A6HSPT.js";
import {
  ConfigurationError
} from "./chunk-36VZIVIE.js";
import {
  didYouMean
} from "./chunk-U2XKFNE5.js";
import {
  formatSpan,
  set
} from "./chunk-556DK7J4.js";
import {
  __toESM
} from "./chunk-ORKAOT74.js";

// src/config/config.ts
var import_yaml = __toESM(require_dist(), 1);
var import_definition_validators = __toESM(require_definition_validators(), 1);
var CONFIG_FILE_NAMES = [".hvgate.yml", ".hvgate.yaml"];
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml", "**/*.json", "**/*.tf", "**/*.tofu", "**/*.tfvars", "**/*.tfstate"];
var DEFAULT_CONFIG = { settings: DEFAULT_SETTINGS, include: DEFAULT_INCLUDE, exclude: [], overlays: [], exceptions: [] };
function parseConfig(file, text, pack) {
  const spans = new SpanFinder(file);
  const document = (0, import_yaml.parseDocument)(text.replace(/^\uFEFF/, ""), { lineCounter: spans.lineCounter, uniqueKeys: true, prettyErrors: false });
  const fail = (at, message) => {
    throw new ConfigurationError(`${at}: ${message}`);
  };
  const failAll = (problems2) => {
    if (problems2.length === 1) throw new ConfigurationError(problems2[0] ?? "");
    if (problems2.length > 1) throw new ConfigurationError(`${file} has ${problems2.length} problems:
${problems2.map((p) => `  ${p}`).join("\n")}`);
  };
  failAll(document.errors.map((error) => `${formatSpan(spans.span(error.pos[0], error.pos[1]))}: YAML: ${error.message.split("\n")[0] ?? ""}`));
  let value;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    fail(`${file}:1:1`, error.message);
  }
  const reader = new DocumentReader(document, spans, value, { file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  const valid = (0, import_definition_validators.validateConfig)(value);
  const problems = valid ? [] : (import_definition_validators.validateConfig.errors ?? []).map((error) => describeAjvError(error, value));
  if (!valid && problems.length === 0) throw new Error("the configuration schema rejected the file without saying why");
  const schemaProblems = problems.map((problem) => `${formatSpan(problem.atKey ? reader.keyAt(problem.path) : reader.at(problem.path))}: ${problem.message}`);
  const raw = value;
  const policies = {};
  const findPolicy = policyFinder(pack);
  const unknownPolicies = [];
  const written = raw.policies;
  const entries = written !== null && typeof written === "object" ? Object.entries(written) : [];
  for (const [key, setting] of entries) {
    const policy = findPolicy(key);
    if (!policy) {
      const names = pack.flatMap((p) => [p.id, p.name]);
      unknownPolicies.push(`${formatSpan(reader.keyAt(["policies", key]))}: unknown policy "${key}"${didYouMean(key, names)}`);
    } else {
      policies[policy.id] = typeof setting === "string" ? { level: setting } : setting;
    }
  }
  failAll([.../* @__PURE__ */ new Set([...schemaProblems, ...unknownPolicies])]);
  const hostDefaults = raw.hostDefaults ? {
    os: raw.hostDefaults.windowsServer !== void 0 ? String(raw.hostDefaults.windowsServer) : DEFAULT_HOST.os,
    configurationVersion: raw.hostDefaults.configurationVersion ?? DEFAULT_HOST.configurationVersion
  } : DEFAULT_HOST;
  const overlays = (raw.overlays ?? []).map((overlay, index) => {
    const base = ["overlays", index];
    for (const key of ["name", "address"]) {
      const pattern = overlay.match[key];
      const compiled = pattern !== void 0 ? compileGlob(pattern) : void 0;
      if (compiled && "problem" in compiled) fail(formatSpan(reader.at([...base, "match", key])), `overlay match ${key}: ${compiled.problem}`);
    }
    return {
      at: reader.at([...base, "match"]),
      match: overlay.match,
      ...overlay.host !== void 0 ? { host: set(overlay.host, reader.at([...base, "host"])) } : {},
      ...overlay.configurationVersion !== void 0 ? { configurationVersion: set(overlay.configurationVersion, reader.at([...base, "configurationVersion"])) } : {},
      ...overlay.labels ? { labels: overlay.labels } : {},
      section: buildGuestSection(reader, base, overlay.match.name ?? overlay.match.address ?? "")
    };
  });
  const exceptions = (raw.exceptions?.entries ?? []).map((entry, index) => {
    const path = ["exceptions", "entries", index];
    const named = entry.vmPattern ?? entry.vm;
    if (named === void 0) fail(formatSpan(reader.at(path)), "an exception entry names its VM with vm (a name or resource address) or vmPattern (a glob)");
    const subject = entry.disk ?? entry.volume;
    return {
      policy: entry.policy,
      vm: named ?? "",
      ...entry.vmPattern !== void 0 ? { vmPattern: true } : {},
      ...subject !== void 0 ? { subject, subjectKind: entry.disk !== void 0 ? "disk" : "volume" } : {},
      reason: entry.reason,
      owner: entry.owner,
      expires: entry.expires,
      at: reader.at(path)
    };
  });
  return {
    file,
    exceptions,
    settings: {
      ...DEFAULT_SETTINGS,
      policies,
      scope: raw.scope ?? DEFAULT_SETTINGS.scope,
      unknown: raw.unknown ?? DEFAULT_SETTINGS.unknown,
      hostDefaults,
      defaultEnforcement: raw.defaultEnforcement ?? DEFAULT_SETTINGS.defaultEnforcement,
      exceptionsFromBaseOnly: raw.exceptions?.fromBaseOnly ?? DEFAULT_SETTINGS.exceptionsFromBaseOnly,
      exceptionMaxDays: raw.exceptions?.maxDays ?? DEFAULT_SETTINGS.exceptionMaxDays
    },
    include: raw.include ?? DEFAULT_INCLUDE,
    exclude: raw.exclude ?? [],
    overlays
  };
}

export {
  CONFIG_FILE_NAMES,
  DEFAULT_INCLUDE,
  DEFAULT_CONFIG,
  parseConfig
};
