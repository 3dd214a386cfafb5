import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  KINDS
} from "./chunk-7IA6KYUI.js";

// src/parsers/hvgate/recognize.ts
var API_VERSION = "hvgate/v1";
var CANDIDATE = /hvgate|\\|binary|VirtualMachine|BackupJob|HostProfile/i;
var MENTION = /hvgate/i;
function mayHoldHvgateDefinition(text) {
  return CANDIDATE.test(text);
}
function mentionsHvgate(text) {
  return MENTION.test(text);
}
function isDefinitionDocument(value) {
  if (!isPlainObject(value)) return false;
  if (hasHvgateVersion(value)) return true;
  const unversioned = !Object.keys(value).some(isVersionKey);
  return unversioned && typeof value.kind === "string" && KINDS.includes(value.kind);
}
function hasHvgateVersion(value) {
  return Object.keys(value).some((key) => isVersionKey(key) && namesHvgate(value[key]));
}
function isVersionKey(key) {
  return key.toLowerCase() === "apiversion";
}
function findNestedDefinition(value) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ value, path: [] }];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { value: current, path } = next;
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (path.length > 0 && isPlainObject(current) && hasHvgateVersion(current)) return { path };
    const entries = Array.isArray(current) ? current.map((item, index) => [index, item]) : isPlainObject(current) ? Object.entries(current) : [];
    for (const [key, item] of entries.reverse()) stack.push({ value: item, path: [...path, key] });
  }
  return void 0;
}
function namesHvgate(value) {
  if (typeof value === "string") return mentionsHvgate(value.normalize("NFKC"));
  if (value instanceof Uint8Array) return mentionsHvgate(new TextDecoder("utf-8").decode(value));
  return false;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Map);
}

export {
  API_VERSION,
  mayHoldHvgateDefinition,
  mentionsHvgate,
  isDefinitionDocument,
  findNestedDefinition
};
