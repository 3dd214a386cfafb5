import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  JSON_SCHEMA_VERSION,
  readReportFile,
  writeReportFile
} from "./chunk-S73URZOK.js";
import {
  clean
} from "./chunk-IQFO5BKM.js";
import {
  repositoryRoot
} from "./chunk-ZJICGQT6.js";
import {
  ConfigurationError
} from "./chunk-36VZIVIE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ORKAOT74.js";

// src/generated/baseline-validator.cjs
var require_baseline_validator = __commonJS({
  "src/generated/baseline-validator.cjs"(exports) {
    "use strict";
    exports.validateBaseline = validate10;
    var pattern0 = new RegExp("^[0-9a-f]{24}(-[0-9]+)?$", "u");
    var pattern1 = new RegExp("^HVB[0-9]{3}$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.kind === void 0 && (missing0 = "kind") || data.schemaVersion === void 0 && (missing0 = "schemaVersion") || data.findings === void 0 && (missing0 = "findings")) {
            validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "$schema" || key0 === "kind" || key0 === "schemaVersion" || key0 === "findings")) {
                validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.$schema !== void 0) {
                const _errs2 = errors;
                if (typeof data.$schema !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.kind !== void 0) {
                  const _errs4 = errors;
                  if ("hvgate-baseline" !== data.kind) {
                    validate10.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "hvgate-baseline" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.schemaVersion !== void 0) {
                    const _errs5 = errors;
                    if (1 !== data.schemaVersion) {
                      validate10.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
                      return false;
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.findings !== void 0) {
                      let data3 = data.findings;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (Array.isArray(data3)) {
                          var valid1 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data4 = data3[i0];
                            const _errs8 = errors;
                            if (errors === _errs8) {
                              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                let missing1;
                                if (data4.fingerprint === void 0 && (missing1 = "fingerprint") || data4.policy === void 0 && (missing1 = "policy") || data4.address === void 0 && (missing1 = "address")) {
                                  validate10.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  const _errs10 = errors;
                                  for (const key1 in data4) {
                                    if (!(key1 === "fingerprint" || key1 === "policy" || key1 === "address" || key1 === "subject")) {
                                      validate10.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs10 === errors) {
                                    if (data4.fingerprint !== void 0) {
                                      let data5 = data4.fingerprint;
                                      const _errs11 = errors;
                                      if (errors === _errs11) {
                                        if (typeof data5 === "string") {
                                          if (!pattern0.test(data5)) {
                                            validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/fingerprint", schemaPath: "#/properties/findings/items/properties/fingerprint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}(-[0-9]+)?$" }, message: 'must match pattern "^[0-9a-f]{24}(-[0-9]+)?$"' }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/fingerprint", schemaPath: "#/properties/findings/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs11 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data4.policy !== void 0) {
                                        let data6 = data4.policy;
                                        const _errs13 = errors;
                                        if (errors === _errs13) {
                                          if (typeof data6 === "string") {
                                            if (!pattern1.test(data6)) {
                                              validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/policy", schemaPath: "#/properties/findings/items/properties/policy/pattern", keyword: "pattern", params: { pattern: "^HVB[0-9]{3}$" }, message: 'must match pattern "^HVB[0-9]{3}$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/policy", schemaPath: "#/properties/findings/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs13 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data4.address !== void 0) {
                                          const _errs15 = errors;
                                          if (typeof data4.address !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/address", schemaPath: "#/properties/findings/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid2 = _errs15 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data4.subject !== void 0) {
                                            const _errs17 = errors;
                                            if (typeof data4.subject !== "string") {
                                              validate10.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/subject", schemaPath: "#/properties/findings/items/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid2 = _errs17 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid1 = _errs8 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// schema/hvgate-baseline.schema.json
var hvgate_baseline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-baseline.schema.json",
  title: "hvgate baseline",
  description: "Written by `hvgate check --write-baseline FILE`, read by `hvgate check --baseline FILE`: findings accepted as they are, by fingerprint (policy, resource and subject; never a line number). A finding the baseline lists does not block; a new one does.",
  type: "object",
  additionalProperties: false,
  required: ["kind", "schemaVersion", "findings"],
  properties: {
    $schema: { type: "string" },
    kind: { const: "hvgate-baseline" },
    schemaVersion: { const: 1 },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["fingerprint", "policy", "address"],
        properties: {
          fingerprint: {
            type: "string",
            pattern: "^[0-9a-f]{24}(-[0-9]+)?$",
            description: "The finding's fingerprint, as in every report (a suffix tells apart findings with the same identity)."
          },
          policy: { type: "string", pattern: "^HVB[0-9]{3}$" },
          address: { type: "string", description: "The resource the finding is about, for the reader; the fingerprint is what matches." },
          subject: { type: "string", description: "The disk, volume or member inside the resource, when there is one." }
        }
      }
    }
  }
};

// src/app/baseline.ts
var import_baseline_validator = __toESM(require_baseline_validator(), 1);
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var BASELINE_KIND = "hvgate-baseline";
var MAX_BASELINE_BYTES = 512 * 1024 ** 2;
async function readBaseline(given, cwd, from = "working tree") {
  return parseBaseline(given, from, await readReportFile(given, MAX_BASELINE_BYTES, { cwd, label: "--baseline" }));
}
async function readCommitBaseline(repo, commit, given, from) {
  const text = await repo.readText(commit, given, MAX_BASELINE_BYTES);
  return text === void 0 ? void 0 : parseBaseline(given, from, text);
}
var MAX_NAMED_ENTRIES = 20;
async function readPlanBaseline(repo, given, cwd, governing, head) {
  if (!insideRepository(given, cwd)) return { baseline: await readBaseline(given, cwd, "pipeline's file system, outside the repository"), proposed: [] };
  const found = await readSideBaseline(repo, given, cwd, governing);
  const baseline = found ?? { file: given, from: `${sideName(governing)}, where it does not exist`, fingerprints: /* @__PURE__ */ new Set(), described: /* @__PURE__ */ new Map() };
  if (head === void 0) return { baseline, proposed: [] };
  try {
    return { baseline, proposed: proposedBaselineChanges(given, found, await readSideBaseline(repo, given, cwd, head)) };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { baseline, proposed: [`baseline ${given}: the head's version cannot be read: ${error.message}`] };
  }
}
async function readSideBaseline(repo, given, cwd, side) {
  if (side.commit !== void 0) return readCommitBaseline(repo, side.commit, given, sideName(side));
  return existsSync(resolve(cwd, given)) ? readBaseline(given, cwd, side.label) : void 0;
}
function sideName(side) {
  return side.commit === void 0 ? side.label : `${side.label} (commit ${side.commit.slice(0, 12)})`;
}
function insideRepository(given, cwd) {
  const rel = relative(repositoryRoot(cwd), resolve(cwd, given));
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function proposedBaselineChanges(file, governing, head) {
  const name = `baseline ${file}`;
  if (head === void 0) return governing === void 0 ? [] : [`${name}: removed by the head`];
  const accepted = governing?.fingerprints ?? /* @__PURE__ */ new Set();
  const added = [...head.fingerprints].filter((fingerprint) => !accepted.has(fingerprint));
  const removed = [...accepted].filter((fingerprint) => !head.fingerprints.has(fingerprint)).length;
  const lines = governing === void 0 ? [`${name}: added by the head`] : [];
  for (const fingerprint of added.slice(0, MAX_NAMED_ENTRIES)) {
    const about = head.described.get(fingerprint) ?? "";
    lines.push(`${name}: accepts ${about !== "" ? `${about} ` : ""}(fingerprint ${fingerprint})`);
  }
  if (added.length > MAX_NAMED_ENTRIES) lines.push(`${name}: accepts ${added.length - MAX_NAMED_ENTRIES} more findings`);
  if (removed > 0) lines.push(`${name}: no longer accepts ${removed} ${removed === 1 ? "finding" : "findings"}`);
  return lines;
}
function parseBaseline(given, from, text) {
  const shown = clean(given);
  const where = from === "working tree" ? "" : ` (in the ${from})`;
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`--baseline ${shown}${where}: not JSON (${clean(error.message)}); write one with --write-baseline ${shown}`);
  }
  const fromReport = reportEntries(value);
  if (fromReport !== void 0) return baselineOf(given, from, fromReport);
  if (!(0, import_baseline_validator.validateBaseline)(value)) {
    const [error] = import_baseline_validator.validateBaseline.errors ?? [];
    const at = error?.instancePath !== void 0 && error.instancePath !== "" ? ` at ${error.instancePath}` : "";
    throw new ConfigurationError(
      `--baseline ${shown}${where}: not an hvgate baseline${at} (${clean(error?.message ?? "invalid")}); write one with --write-baseline ${shown}, or pass a JSON report of hvgate check`
    );
  }
  return baselineOf(given, from, value.findings);
}
function baselineOf(file, from, entries) {
  const described = new Map(entries.map((entry) => [entry.fingerprint, describeEntry(entry)]));
  return { file, from, fingerprints: new Set(described.keys()), described };
}
function describeEntry(entry) {
  return [entry.policy, entry.address, ...entry.subject !== void 0 ? [entry.subject] : []].filter((part) => part !== "").join(" ");
}
function reportEntries(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const report = value;
  if (!isReportVersion(report.schemaVersion) || typeof report.tool !== "object" || !Array.isArray(report.findings)) return void 0;
  const findings = report.findings;
  return findings.filter((f) => typeof f.fingerprint === "string" && f.status !== "resolved" && (f.exception === null || f.exception === void 0)).map((f) => ({ fingerprint: f.fingerprint, policy: textOf(f.policyId), address: textOf(f.address) }));
}
function textOf(value) {
  return typeof value === "string" ? value : "";
}
function isReportVersion(version) {
  return typeof version === "number" && Number.isInteger(version) && version >= 1 && version <= JSON_SCHEMA_VERSION;
}
function baselineDocument(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.status === "resolved" || f.exception !== void 0) continue;
    entries.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      policy: f.policyId,
      address: f.address,
      ...f.subject !== void 0 ? { subject: f.subject } : {}
    });
  }
  const sorted = [...entries.values()].sort(
    (a, b) => compare(a.policy, b.policy) || compare(a.address, b.address) || compare(a.subject ?? "", b.subject ?? "") || compare(a.fingerprint, b.fingerprint)
  );
  return { $schema: hvgate_baseline_schema_default.$id, kind: BASELINE_KIND, schemaVersion: 1, findings: sorted };
}
async function writeBaseline(given, cwd, findings) {
  await writeReportFile(given, `${JSON.stringify(baselineDocument(findings), null, 2)}
`, { cwd, label: "--write-baseline" });
}
function baselineUse(baseline, findings) {
  const current = new Set(findings.filter((f) => f.status !== "resolved").map((f) => f.fingerprint));
  const accepted = findings.filter((f) => f.status === "unchanged" && baseline.fingerprints.has(f.fingerprint)).length;
  const stale = [...baseline.fingerprints].filter((fingerprint) => !current.has(fingerprint)).length;
  return { accepted, stale };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  hvgate_baseline_schema_default,
  BASELINE_KIND,
  readBaseline,
  readCommitBaseline,
  readPlanBaseline,
  proposedBaselineChanges,
  baselineDocument,
  writeBaseline,
  baselineUse
};
