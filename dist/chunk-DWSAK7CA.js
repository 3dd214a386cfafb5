import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  SAVED_PLAN_KIND,
  savedPlanInconsistencies,
  verifySavedPlan
} from "./chunk-MO4SUWJO.js";
import {
  digestFiles,
  discoverFiles,
  parseSources,
  readFiles
} from "./chunk-ATUUX5XT.js";
import {
  TOOL
} from "./chunk-A3OBTB3H.js";
import "./chunk-BEEAI53D.js";
import {
  loadConfig
} from "./chunk-HGN72SCY.js";
import {
  workingTreeDirectories
} from "./chunk-ZJICGQT6.js";
import "./chunk-3V634YIC.js";
import "./chunk-PJVW5NQJ.js";
import "./chunk-PVSY6H5J.js";
import {
  require_ucs2length
} from "./chunk-5PII5KHW.js";
import "./chunk-ARL6IJI7.js";
import "./chunk-D2A6HSPT.js";
import {
  ConfigurationError,
  describeReadError
} from "./chunk-36VZIVIE.js";
import "./chunk-7IA6KYUI.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-45OJP4QH.js";
import "./chunk-MESW2INQ.js";
import "./chunk-ZX5WQFCF.js";
import "./chunk-556DK7J4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ORKAOT74.js";

// src/generated/plan-validator.cjs
var require_plan_validator = __commonJS({
  "src/generated/plan-validator.cjs"(exports) {
    "use strict";
    exports.validateSavedPlan = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-plan.schema.json", "title": "hvgate saved plan", "description": "Written by `hvgate plan --out`, checked by `hvgate apply --plan`: the gate verdict bound to a sha256 digest of every definition file it evaluated.", "type": "object", "additionalProperties": false, "required": ["kind", "formatVersion", "tool", "base", "head", "configFrom", "selection", "files", "verdict", "override", "summary", "findings"], "properties": { "$schema": { "type": "string" }, "kind": { "const": "hvgate-plan" }, "formatVersion": { "const": 1 }, "tool": { "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "const": "hvgate" }, "version": { "type": "string", "minLength": 1 } } }, "base": { "type": "object", "additionalProperties": false, "required": ["ref", "commit"], "properties": { "ref": { "type": "string", "minLength": 1 }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } }, "head": { "type": "object", "additionalProperties": false, "required": ["ref", "commit", "workingTree"], "properties": { "ref": { "type": ["string", "null"] }, "commit": { "oneOf": [{ "type": "null" }, { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }] }, "workingTree": { "type": "boolean" } } }, "configFrom": { "enum": ["base", "head"] }, "selection": { "type": "object", "additionalProperties": false, "required": ["paths", "include", "exclude"], "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "globBase": { "type": "string", "minLength": 1, "description": "The folder plan ran in, as seen from the folder of the configuration whose globs selected the files (when that is a folder above it)." } } }, "files": { "type": "array", "description": "Definition files evaluated on the head side, sorted by path.", "items": { "type": "object", "additionalProperties": false, "required": ["path", "sha256"], "properties": { "path": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "verdict": { "type": "object", "additionalProperties": false, "required": ["passed", "blocking", "overridden", "errors", "warnings", "notes", "waived"], "properties": { "passed": { "type": "boolean" }, "blocking": { "type": "integer", "minimum": 0 }, "overridden": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "warnings": { "type": "integer", "minimum": 0 }, "notes": { "type": "integer", "minimum": 0 }, "waived": { "type": "integer", "minimum": 0 } } }, "override": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "reason": { "type": "string", "minLength": 1 } } }] }, "summary": { "type": "object", "additionalProperties": false, "required": ["add", "change", "destroy", "replace", "unchanged", "affected"], "properties": { "add": { "type": "integer", "minimum": 0 }, "change": { "type": "integer", "minimum": 0 }, "destroy": { "type": "integer", "minimum": 0 }, "replace": { "type": "integer", "minimum": 0 }, "unchanged": { "type": "integer", "minimum": 0 }, "affected": { "type": "integer", "minimum": 0 }, "backupRelevantChange": { "description": "Of change, the updates that are backup-relevant (absent in plans saved before it was recorded).", "type": "integer", "minimum": 0 } } }, "findings": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["fingerprint", "policyId", "level", "status", "enforcement", "blocking", "overridden", "waived", "address", "vm", "subject", "message", "location"], "properties": { "fingerprint": { "type": "string", "minLength": 1 }, "policyId": { "type": "string", "pattern": "^[A-Z]+[0-9]+$" }, "level": { "enum": ["error", "warning", "note"] }, "status": { "enum": ["introduced", "unchanged", "resolved"] }, "enforcement": { "enum": ["advisory", "soft-mandatory", "hard-mandatory"] }, "blocking": { "type": "boolean" }, "overridden": { "type": "boolean" }, "waived": { "type": "boolean" }, "address": { "type": "string" }, "vm": { "type": ["string", "null"] }, "subject": { "type": ["string", "null"] }, "message": { "type": "string" }, "location": { "type": "object", "additionalProperties": false, "required": ["file", "line", "column"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } } } } } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
    var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
    var pattern3 = new RegExp("^[A-Z]+[0-9]+$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.formatVersion === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.tool === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.base === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.head === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.configFrom === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configFrom" }, message: "must have required property 'configFrom'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.selection === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selection" }, message: "must have required property 'selection'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.files === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.verdict === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.override === void 0) {
          const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "override" }, message: "must have required property 'override'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data.summary === void 0) {
          const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data.findings === void 0) {
          const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err13 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          if ("hvgate-plan" !== data.kind) {
            const err14 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "hvgate-plan" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.formatVersion !== void 0) {
          if (1 !== data.formatVersion) {
            const err15 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.tool !== void 0) {
          let data3 = data.tool;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              const err16 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data3.version === void 0) {
              const err17 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "name" || key1 === "version")) {
                const err18 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              if ("hvgate" !== data3.name) {
                const err19 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "hvgate" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.version !== void 0) {
              let data5 = data3.version;
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err20 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data.base !== void 0) {
          let data6 = data.base;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.ref === void 0) {
              const err23 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data6.commit === void 0) {
              const err24 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "ref" || key2 === "commit")) {
                const err25 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.ref !== void 0) {
              let data7 = data6.ref;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err26 = { instancePath: instancePath + "/base/ref", schemaPath: "#/properties/base/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/base/ref", schemaPath: "#/properties/base/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6.commit !== void 0) {
              let data8 = data6.commit;
              if (typeof data8 === "string") {
                if (!pattern0.test(data8)) {
                  const err28 = { instancePath: instancePath + "/base/commit", schemaPath: "#/properties/base/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/base/commit", schemaPath: "#/properties/base/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.head !== void 0) {
          let data9 = data.head;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.ref === void 0) {
              const err31 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data9.commit === void 0) {
              const err32 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data9.workingTree === void 0) {
              const err33 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/required", keyword: "required", params: { missingProperty: "workingTree" }, message: "must have required property 'workingTree'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "ref" || key3 === "commit" || key3 === "workingTree")) {
                const err34 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.ref !== void 0) {
              let data10 = data9.ref;
              if (typeof data10 !== "string" && data10 !== null) {
                const err35 = { instancePath: instancePath + "/head/ref", schemaPath: "#/properties/head/properties/ref/type", keyword: "type", params: { type: schema11.properties.head.properties.ref.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.commit !== void 0) {
              let data11 = data9.commit;
              const _errs25 = errors;
              let valid4 = false;
              let passing0 = null;
              const _errs26 = errors;
              if (data11 !== null) {
                const err36 = { instancePath: instancePath + "/head/commit", schemaPath: "#/properties/head/properties/commit/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var _valid0 = _errs26 === errors;
              if (_valid0) {
                valid4 = true;
                passing0 = 0;
              }
              const _errs28 = errors;
              if (typeof data11 === "string") {
                if (!pattern0.test(data11)) {
                  const err37 = { instancePath: instancePath + "/head/commit", schemaPath: "#/properties/head/properties/commit/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/head/commit", schemaPath: "#/properties/head/properties/commit/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid0 = _errs28 === errors;
              if (_valid0 && valid4) {
                valid4 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid4 = true;
                  passing0 = 1;
                }
              }
              if (!valid4) {
                const err39 = { instancePath: instancePath + "/head/commit", schemaPath: "#/properties/head/properties/commit/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              } else {
                errors = _errs25;
                if (vErrors !== null) {
                  if (_errs25) {
                    vErrors.length = _errs25;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data9.workingTree !== void 0) {
              if (typeof data9.workingTree !== "boolean") {
                const err40 = { instancePath: instancePath + "/head/workingTree", schemaPath: "#/properties/head/properties/workingTree/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data.configFrom !== void 0) {
          let data13 = data.configFrom;
          if (!(data13 === "base" || data13 === "head")) {
            const err42 = { instancePath: instancePath + "/configFrom", schemaPath: "#/properties/configFrom/enum", keyword: "enum", params: { allowedValues: schema11.properties.configFrom.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data.selection !== void 0) {
          let data14 = data.selection;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.paths === void 0) {
              const err43 = { instancePath: instancePath + "/selection", schemaPath: "#/properties/selection/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data14.include === void 0) {
              const err44 = { instancePath: instancePath + "/selection", schemaPath: "#/properties/selection/required", keyword: "required", params: { missingProperty: "include" }, message: "must have required property 'include'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data14.exclude === void 0) {
              const err45 = { instancePath: instancePath + "/selection", schemaPath: "#/properties/selection/required", keyword: "required", params: { missingProperty: "exclude" }, message: "must have required property 'exclude'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!(key4 === "paths" || key4 === "include" || key4 === "exclude" || key4 === "globBase")) {
                const err46 = { instancePath: instancePath + "/selection", schemaPath: "#/properties/selection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data14.paths !== void 0) {
              let data15 = data14.paths;
              if (Array.isArray(data15)) {
                const len0 = data15.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data16 = data15[i0];
                  if (typeof data16 === "string") {
                    if (func3(data16) < 1) {
                      const err47 = { instancePath: instancePath + "/selection/paths/" + i0, schemaPath: "#/properties/selection/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/selection/paths/" + i0, schemaPath: "#/properties/selection/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/selection/paths", schemaPath: "#/properties/selection/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data14.include !== void 0) {
              let data17 = data14.include;
              if (Array.isArray(data17)) {
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data18 = data17[i1];
                  if (typeof data18 === "string") {
                    if (func3(data18) < 1) {
                      const err50 = { instancePath: instancePath + "/selection/include/" + i1, schemaPath: "#/properties/selection/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/selection/include/" + i1, schemaPath: "#/properties/selection/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/selection/include", schemaPath: "#/properties/selection/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data14.exclude !== void 0) {
              let data19 = data14.exclude;
              if (Array.isArray(data19)) {
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data20 = data19[i2];
                  if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                      const err53 = { instancePath: instancePath + "/selection/exclude/" + i2, schemaPath: "#/properties/selection/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/selection/exclude/" + i2, schemaPath: "#/properties/selection/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/selection/exclude", schemaPath: "#/properties/selection/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data14.globBase !== void 0) {
              let data21 = data14.globBase;
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err56 = { instancePath: instancePath + "/selection/globBase", schemaPath: "#/properties/selection/properties/globBase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/selection/globBase", schemaPath: "#/properties/selection/properties/globBase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/selection", schemaPath: "#/properties/selection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data.files !== void 0) {
          let data22 = data.files;
          if (Array.isArray(data22)) {
            const len3 = data22.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data23 = data22[i3];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.path === void 0) {
                  const err59 = { instancePath: instancePath + "/files/" + i3, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data23.sha256 === void 0) {
                  const err60 = { instancePath: instancePath + "/files/" + i3, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                for (const key5 in data23) {
                  if (!(key5 === "path" || key5 === "sha256")) {
                    const err61 = { instancePath: instancePath + "/files/" + i3, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data23.path !== void 0) {
                  let data24 = data23.path;
                  if (typeof data24 === "string") {
                    if (func3(data24) < 1) {
                      const err62 = { instancePath: instancePath + "/files/" + i3 + "/path", schemaPath: "#/properties/files/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/files/" + i3 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data23.sha256 !== void 0) {
                  let data25 = data23.sha256;
                  if (typeof data25 === "string") {
                    if (!pattern2.test(data25)) {
                      const err64 = { instancePath: instancePath + "/files/" + i3 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/files/" + i3 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/files/" + i3, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data.verdict !== void 0) {
          let data26 = data.verdict;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.passed === void 0) {
              const err68 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data26.blocking === void 0) {
              const err69 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data26.overridden === void 0) {
              const err70 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "overridden" }, message: "must have required property 'overridden'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data26.errors === void 0) {
              const err71 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data26.warnings === void 0) {
              const err72 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data26.notes === void 0) {
              const err73 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data26.waived === void 0) {
              const err74 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key6 in data26) {
              if (!(key6 === "passed" || key6 === "blocking" || key6 === "overridden" || key6 === "errors" || key6 === "warnings" || key6 === "notes" || key6 === "waived")) {
                const err75 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data26.passed !== void 0) {
              if (typeof data26.passed !== "boolean") {
                const err76 = { instancePath: instancePath + "/verdict/passed", schemaPath: "#/properties/verdict/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data26.blocking !== void 0) {
              let data28 = data26.blocking;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                const err77 = { instancePath: instancePath + "/verdict/blocking", schemaPath: "#/properties/verdict/properties/blocking/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (typeof data28 == "number") {
                if (data28 < 0 || isNaN(data28)) {
                  const err78 = { instancePath: instancePath + "/verdict/blocking", schemaPath: "#/properties/verdict/properties/blocking/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
            }
            if (data26.overridden !== void 0) {
              let data29 = data26.overridden;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                const err79 = { instancePath: instancePath + "/verdict/overridden", schemaPath: "#/properties/verdict/properties/overridden/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data29 == "number") {
                if (data29 < 0 || isNaN(data29)) {
                  const err80 = { instancePath: instancePath + "/verdict/overridden", schemaPath: "#/properties/verdict/properties/overridden/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
            }
            if (data26.errors !== void 0) {
              let data30 = data26.errors;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                const err81 = { instancePath: instancePath + "/verdict/errors", schemaPath: "#/properties/verdict/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              if (typeof data30 == "number") {
                if (data30 < 0 || isNaN(data30)) {
                  const err82 = { instancePath: instancePath + "/verdict/errors", schemaPath: "#/properties/verdict/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
            }
            if (data26.warnings !== void 0) {
              let data31 = data26.warnings;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                const err83 = { instancePath: instancePath + "/verdict/warnings", schemaPath: "#/properties/verdict/properties/warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              if (typeof data31 == "number") {
                if (data31 < 0 || isNaN(data31)) {
                  const err84 = { instancePath: instancePath + "/verdict/warnings", schemaPath: "#/properties/verdict/properties/warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
            }
            if (data26.notes !== void 0) {
              let data32 = data26.notes;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
                const err85 = { instancePath: instancePath + "/verdict/notes", schemaPath: "#/properties/verdict/properties/notes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data32 == "number") {
                if (data32 < 0 || isNaN(data32)) {
                  const err86 = { instancePath: instancePath + "/verdict/notes", schemaPath: "#/properties/verdict/properties/notes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            }
            if (data26.waived !== void 0) {
              let data33 = data26.waived;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                const err87 = { instancePath: instancePath + "/verdict/waived", schemaPath: "#/properties/verdict/properties/waived/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (typeof data33 == "number") {
                if (data33 < 0 || isNaN(data33)) {
                  const err88 = { instancePath: instancePath + "/verdict/waived", schemaPath: "#/properties/verdict/properties/waived/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data.override !== void 0) {
          let data34 = data.override;
          const _errs77 = errors;
          let valid16 = false;
          let passing1 = null;
          const _errs78 = errors;
          if (data34 !== null) {
            const err90 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          var _valid1 = _errs78 === errors;
          if (_valid1) {
            valid16 = true;
            passing1 = 0;
          }
          const _errs80 = errors;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.reason === void 0) {
              const err91 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            for (const key7 in data34) {
              if (!(key7 === "reason")) {
                const err92 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data34.reason !== void 0) {
              let data35 = data34.reason;
              if (typeof data35 === "string") {
                if (func3(data35) < 1) {
                  const err93 = { instancePath: instancePath + "/override/reason", schemaPath: "#/properties/override/oneOf/1/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/override/reason", schemaPath: "#/properties/override/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          var _valid1 = _errs80 === errors;
          if (_valid1 && valid16) {
            valid16 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid16 = true;
              passing1 = 1;
            }
          }
          if (!valid16) {
            const err96 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          } else {
            errors = _errs77;
            if (vErrors !== null) {
              if (_errs77) {
                vErrors.length = _errs77;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.summary !== void 0) {
          let data36 = data.summary;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.add === void 0) {
              const err97 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "add" }, message: "must have required property 'add'" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data36.change === void 0) {
              const err98 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data36.destroy === void 0) {
              const err99 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "destroy" }, message: "must have required property 'destroy'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data36.replace === void 0) {
              const err100 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "replace" }, message: "must have required property 'replace'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data36.unchanged === void 0) {
              const err101 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (data36.affected === void 0) {
              const err102 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "affected" }, message: "must have required property 'affected'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key8 in data36) {
              if (!(key8 === "add" || key8 === "change" || key8 === "destroy" || key8 === "replace" || key8 === "unchanged" || key8 === "affected" || key8 === "backupRelevantChange")) {
                const err103 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data36.add !== void 0) {
              let data37 = data36.add;
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                const err104 = { instancePath: instancePath + "/summary/add", schemaPath: "#/properties/summary/properties/add/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              if (typeof data37 == "number") {
                if (data37 < 0 || isNaN(data37)) {
                  const err105 = { instancePath: instancePath + "/summary/add", schemaPath: "#/properties/summary/properties/add/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
            }
            if (data36.change !== void 0) {
              let data38 = data36.change;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
                const err106 = { instancePath: instancePath + "/summary/change", schemaPath: "#/properties/summary/properties/change/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              if (typeof data38 == "number") {
                if (data38 < 0 || isNaN(data38)) {
                  const err107 = { instancePath: instancePath + "/summary/change", schemaPath: "#/properties/summary/properties/change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            }
            if (data36.destroy !== void 0) {
              let data39 = data36.destroy;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
                const err108 = { instancePath: instancePath + "/summary/destroy", schemaPath: "#/properties/summary/properties/destroy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              if (typeof data39 == "number") {
                if (data39 < 0 || isNaN(data39)) {
                  const err109 = { instancePath: instancePath + "/summary/destroy", schemaPath: "#/properties/summary/properties/destroy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            }
            if (data36.replace !== void 0) {
              let data40 = data36.replace;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                const err110 = { instancePath: instancePath + "/summary/replace", schemaPath: "#/properties/summary/properties/replace/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (typeof data40 == "number") {
                if (data40 < 0 || isNaN(data40)) {
                  const err111 = { instancePath: instancePath + "/summary/replace", schemaPath: "#/properties/summary/properties/replace/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
            }
            if (data36.unchanged !== void 0) {
              let data41 = data36.unchanged;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                const err112 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/properties/summary/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (typeof data41 == "number") {
                if (data41 < 0 || isNaN(data41)) {
                  const err113 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/properties/summary/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              }
            }
            if (data36.affected !== void 0) {
              let data42 = data36.affected;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                const err114 = { instancePath: instancePath + "/summary/affected", schemaPath: "#/properties/summary/properties/affected/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              if (typeof data42 == "number") {
                if (data42 < 0 || isNaN(data42)) {
                  const err115 = { instancePath: instancePath + "/summary/affected", schemaPath: "#/properties/summary/properties/affected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
            }
            if (data36.backupRelevantChange !== void 0) {
              let data43 = data36.backupRelevantChange;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                const err116 = { instancePath: instancePath + "/summary/backupRelevantChange", schemaPath: "#/properties/summary/properties/backupRelevantChange/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
              if (typeof data43 == "number") {
                if (data43 < 0 || isNaN(data43)) {
                  const err117 = { instancePath: instancePath + "/summary/backupRelevantChange", schemaPath: "#/properties/summary/properties/backupRelevantChange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data.findings !== void 0) {
          let data44 = data.findings;
          if (Array.isArray(data44)) {
            const len4 = data44.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data45 = data44[i4];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.fingerprint === void 0) {
                  const err119 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                if (data45.policyId === void 0) {
                  const err120 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "policyId" }, message: "must have required property 'policyId'" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                if (data45.level === void 0) {
                  const err121 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                if (data45.status === void 0) {
                  const err122 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (data45.enforcement === void 0) {
                  const err123 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "enforcement" }, message: "must have required property 'enforcement'" };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (data45.blocking === void 0) {
                  const err124 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                if (data45.overridden === void 0) {
                  const err125 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "overridden" }, message: "must have required property 'overridden'" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
                if (data45.waived === void 0) {
                  const err126 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
                if (data45.address === void 0) {
                  const err127 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
                if (data45.vm === void 0) {
                  const err128 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                if (data45.subject === void 0) {
                  const err129 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data45.message === void 0) {
                  const err130 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (data45.location === void 0) {
                  const err131 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                for (const key9 in data45) {
                  if (!func2.call(schema11.properties.findings.items.properties, key9)) {
                    const err132 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data45.fingerprint !== void 0) {
                  let data46 = data45.fingerprint;
                  if (typeof data46 === "string") {
                    if (func3(data46) < 1) {
                      const err133 = { instancePath: instancePath + "/findings/" + i4 + "/fingerprint", schemaPath: "#/properties/findings/items/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                  } else {
                    const err134 = { instancePath: instancePath + "/findings/" + i4 + "/fingerprint", schemaPath: "#/properties/findings/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data45.policyId !== void 0) {
                  let data47 = data45.policyId;
                  if (typeof data47 === "string") {
                    if (!pattern3.test(data47)) {
                      const err135 = { instancePath: instancePath + "/findings/" + i4 + "/policyId", schemaPath: "#/properties/findings/items/properties/policyId/pattern", keyword: "pattern", params: { pattern: "^[A-Z]+[0-9]+$" }, message: 'must match pattern "^[A-Z]+[0-9]+$"' };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/findings/" + i4 + "/policyId", schemaPath: "#/properties/findings/items/properties/policyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data45.level !== void 0) {
                  let data48 = data45.level;
                  if (!(data48 === "error" || data48 === "warning" || data48 === "note")) {
                    const err137 = { instancePath: instancePath + "/findings/" + i4 + "/level", schemaPath: "#/properties/findings/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema11.properties.findings.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data45.status !== void 0) {
                  let data49 = data45.status;
                  if (!(data49 === "introduced" || data49 === "unchanged" || data49 === "resolved")) {
                    const err138 = { instancePath: instancePath + "/findings/" + i4 + "/status", schemaPath: "#/properties/findings/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.findings.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data45.enforcement !== void 0) {
                  let data50 = data45.enforcement;
                  if (!(data50 === "advisory" || data50 === "soft-mandatory" || data50 === "hard-mandatory")) {
                    const err139 = { instancePath: instancePath + "/findings/" + i4 + "/enforcement", schemaPath: "#/properties/findings/items/properties/enforcement/enum", keyword: "enum", params: { allowedValues: schema11.properties.findings.items.properties.enforcement.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data45.blocking !== void 0) {
                  if (typeof data45.blocking !== "boolean") {
                    const err140 = { instancePath: instancePath + "/findings/" + i4 + "/blocking", schemaPath: "#/properties/findings/items/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data45.overridden !== void 0) {
                  if (typeof data45.overridden !== "boolean") {
                    const err141 = { instancePath: instancePath + "/findings/" + i4 + "/overridden", schemaPath: "#/properties/findings/items/properties/overridden/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data45.waived !== void 0) {
                  if (typeof data45.waived !== "boolean") {
                    const err142 = { instancePath: instancePath + "/findings/" + i4 + "/waived", schemaPath: "#/properties/findings/items/properties/waived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data45.address !== void 0) {
                  if (typeof data45.address !== "string") {
                    const err143 = { instancePath: instancePath + "/findings/" + i4 + "/address", schemaPath: "#/properties/findings/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data45.vm !== void 0) {
                  let data55 = data45.vm;
                  if (typeof data55 !== "string" && data55 !== null) {
                    const err144 = { instancePath: instancePath + "/findings/" + i4 + "/vm", schemaPath: "#/properties/findings/items/properties/vm/type", keyword: "type", params: { type: schema11.properties.findings.items.properties.vm.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data45.subject !== void 0) {
                  let data56 = data45.subject;
                  if (typeof data56 !== "string" && data56 !== null) {
                    const err145 = { instancePath: instancePath + "/findings/" + i4 + "/subject", schemaPath: "#/properties/findings/items/properties/subject/type", keyword: "type", params: { type: schema11.properties.findings.items.properties.subject.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data45.message !== void 0) {
                  if (typeof data45.message !== "string") {
                    const err146 = { instancePath: instancePath + "/findings/" + i4 + "/message", schemaPath: "#/properties/findings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                if (data45.location !== void 0) {
                  let data58 = data45.location;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    if (data58.file === void 0) {
                      const err147 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/properties/findings/items/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                    if (data58.line === void 0) {
                      const err148 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/properties/findings/items/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                    if (data58.column === void 0) {
                      const err149 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/properties/findings/items/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                      if (vErrors === null) {
                        vErrors = [err149];
                      } else {
                        vErrors.push(err149);
                      }
                      errors++;
                    }
                    for (const key10 in data58) {
                      if (!(key10 === "file" || key10 === "line" || key10 === "column")) {
                        const err150 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/properties/findings/items/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data58.file !== void 0) {
                      if (typeof data58.file !== "string") {
                        const err151 = { instancePath: instancePath + "/findings/" + i4 + "/location/file", schemaPath: "#/properties/findings/items/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data58.line !== void 0) {
                      let data60 = data58.line;
                      if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)))) {
                        const err152 = { instancePath: instancePath + "/findings/" + i4 + "/location/line", schemaPath: "#/properties/findings/items/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                      if (typeof data60 == "number") {
                        if (data60 < 1 || isNaN(data60)) {
                          const err153 = { instancePath: instancePath + "/findings/" + i4 + "/location/line", schemaPath: "#/properties/findings/items/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data58.column !== void 0) {
                      let data61 = data58.column;
                      if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                        const err154 = { instancePath: instancePath + "/findings/" + i4 + "/location/column", schemaPath: "#/properties/findings/items/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                      if (typeof data61 == "number") {
                        if (data61 < 1 || isNaN(data61)) {
                          const err155 = { instancePath: instancePath + "/findings/" + i4 + "/location/column", schemaPath: "#/properties/findings/items/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err155];
                          } else {
                            vErrors.push(err155);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err156 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/properties/findings/items/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
              } else {
                const err157 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
      } else {
        const err159 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// src/app/apply.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var import_plan_validator = __toESM(require_plan_validator(), 1);
async function readSavedPlan(path, cwd) {
  const text = await readFile(resolve(cwd, path), "utf8").catch((error) => {
    throw new ConfigurationError(`${path}: cannot read the saved plan (${describeReadError(error)})`);
  });
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${path}: not a saved plan: it is not JSON (${error.message}). Write one with hvgate plan --out ${path}`);
  }
  if (typeof value !== "object" || value === null || value.kind !== SAVED_PLAN_KIND) {
    throw new ConfigurationError(`${path}: not an hvgate saved plan (no "kind": "${SAVED_PLAN_KIND}"); pass the file written by hvgate plan --out`);
  }
  if (!(0, import_plan_validator.validateSavedPlan)(value)) {
    const first = import_plan_validator.validateSavedPlan.errors?.[0];
    const where = first?.instancePath || "(top level)";
    const version = value.formatVersion;
    const hint = version !== 1 ? ` It has format version ${JSON.stringify(version)}; this hvgate ${TOOL.version} reads version 1.` : "";
    throw new ConfigurationError(
      `${path}: malformed saved plan: ${where} ${first?.message ?? "is invalid"}.${hint} Make the plan again with hvgate plan --out`
    );
  }
  const plan = value;
  const problems = savedPlanInconsistencies(plan);
  if (problems.length > 0)
    throw new ConfigurationError(`${path}: the saved plan contradicts itself (${problems.join("; ")}); it was edited or not written by hvgate`);
  return plan;
}
async function runApply(options, pack, write) {
  const plan = await readSavedPlan(options.planPath, options.cwd);
  const config = await loadConfig(options.configPath, options.cwd, pack);
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const files = await readFiles(listed, options.cwd);
  const { estate } = await parseSources(files, { terraformDirectories: workingTreeDirectories(options.cwd) });
  const evaluated = new Set(estate.files);
  const digests = await digestFiles(
    files.filter((f) => evaluated.has(f.path)),
    options.cwd
  );
  const result = verifySavedPlan(plan, digests);
  const planned = `planned from base ${plan.base.ref} (${plan.base.commit.slice(0, 12)}) to ${plan.head.workingTree ? "the working tree" : `${plan.head.ref} (${plan.head.commit?.slice(0, 12)})`} by ${plan.tool.name} ${plan.tool.version}`;
  const lines = [];
  if (result.ok) {
    lines.push(`Plan is current: ${result.files} definition file${result.files === 1 ? "" : "s"} match the saved plan (${planned}).`);
    if (plan.override)
      lines.push(
        `Override recorded in the plan: ${plan.override.reason} (${plan.verdict.overridden} finding${plan.verdict.overridden === 1 ? "" : "s"} overridden).`
      );
    lines.push(
      `Gate: PASSED — ${plan.verdict.blocking} blocking, ${plan.verdict.warnings} warning${plan.verdict.warnings === 1 ? "" : "s"}. Apply may proceed.`
    );
    write(lines.join("\n") + "\n");
    return 0;
  }
  if (result.reason === "stale") {
    lines.push(`The saved plan is stale: the definitions about to be applied are not those that were planned (${planned}).`);
    for (const path of result.changed) lines.push(`  changed: ${path}`);
    for (const path of result.added) lines.push(`  added:   ${path}`);
    if (result.added.length > 0) lines.push(notPlanned(options.paths));
    for (const path of result.removed) lines.push(`  removed: ${path}`);
    lines.push("Run hvgate plan again, review the new plan, and apply that one.");
  } else {
    lines.push(`The saved plan did not pass the gate: ${result.blocking.length} blocking finding${result.blocking.length === 1 ? "" : "s"} (${planned}).`);
    for (const f of result.blocking) lines.push(`  ${f.location.file}:${f.location.line}:${f.location.column}  ${f.policyId}  ${f.message}`);
    lines.push('Fix the findings and plan again; a soft-mandatory policy can be overridden with hvgate plan --override "<reason>".');
  }
  write(lines.join("\n") + "\n");
  return 1;
}
function notPlanned(paths) {
  const where = paths.length > 0 ? paths.join(" ") : "the working directory";
  return `  (an added file is a definition under ${where}, selected by the configuration in force, that the plan does not list; plan and apply must cover the same definitions)`;
}
export {
  readSavedPlan,
  runApply
};
