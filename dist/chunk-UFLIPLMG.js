import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  hclString
} from "./chunk-QGZNVXMI.js";
import {
  require_dist
} from "./chunk-ARL6IJI7.js";
import {
  __toESM
} from "./chunk-ORKAOT74.js";

// src/fix/edit.ts
function applyEdits(text, edits) {
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  const unique = [...new Map(edits.map((e) => [`${e.start}:${e.end}:${e.text}`, e])).values()];
  for (const edit of unique.sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
function rangeOf(text, at) {
  return { start: offsetOf(text, at.line, at.column), end: offsetOf(text, at.endLine, at.endColumn) };
}
function endOfLine(text, offset) {
  const next = text.indexOf("\n", offset);
  return next === -1 ? text.length : next > 0 && text[next - 1] === "\r" ? next - 1 : next;
}
function lineBreak(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

// src/fix/hcl-writer.ts
var LITERAL_STRING = /^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/;
function hclEdit(text, remedy) {
  if (remedy.set === "scsiControllers") return void 0;
  const { start, end } = rangeOf(text, remedy.at);
  if (!remedy.written) return remedy.set === "checkpointLocation" ? insertAttribute(text, start, "snapshot_file_location", hclString(remedy.value)) : void 0;
  const attribute = /^([\w"-]+\s*=\s*)/.exec(text.slice(start, end));
  const from = start + (attribute?.[1]?.length ?? 0);
  const source = text.slice(from, end);
  const literal = typeof remedy.value === "boolean" ? /^(true|false)$/.test(source) : LITERAL_STRING.test(source);
  return literal ? { start: from, end, text: typeof remedy.value === "string" ? hclString(remedy.value) : String(remedy.value) } : void 0;
}
function insertAttribute(text, blockStart, name, value) {
  const headerEnd = endOfLine(text, blockStart);
  if (!text.slice(blockStart, headerEnd).trimEnd().endsWith("{")) return void 0;
  const br = lineBreak(text);
  const next = text.slice(headerEnd + br.length, endOfLine(text, headerEnd + br.length));
  const indent = /^\s*/.exec(next)?.[0] || `${/^\s*/.exec(text.slice(text.lastIndexOf("\n", blockStart) + 1))?.[0] ?? ""}  `;
  return { start: headerEnd, end: headerEnd, text: `${br}${indent}${name} = ${value}` };
}

// src/fix/yaml-writer.ts
var import_yaml = __toESM(require_dist(), 1);
function pathOf(remedy) {
  switch (remedy.set) {
    case "scsiControllers":
      return ["spec", "scsiControllers"];
    case "checkpointLocation":
      return ["spec", "checkpoints", "location"];
    case "backupService":
      return ["spec", "integrationServices", remedy.key];
  }
}
function yamlEdit(text, remedy) {
  const at = offsetOf(text, remedy.at.line, remedy.at.column);
  const doc = (0, import_yaml.parseAllDocuments)(text).find((d) => d.errors.length === 0 && d.contents !== null && within(d.contents, at));
  if (doc === void 0) return void 0;
  const path = pathOf(remedy);
  return remedy.written ? replaceValue(doc, path, remedy.value, at) : insertKey(text, doc, path, remedy.value);
}
function within(node, offset) {
  const range = node.range;
  return range !== void 0 && range !== null && range[0] <= offset && offset <= range[2];
}
function replaceValue(doc, path, value, at) {
  const node = doc.getIn(path, true);
  if (!(0, import_yaml.isScalar)(node) || node.range?.[0] !== at) return void 0;
  const [start, end] = node.range;
  return { start, end, text: scalarSource(value, node.type) };
}
function insertKey(text, doc, path, value) {
  for (let depth = path.length - 1; depth >= 1; depth--) {
    const parent = doc.getIn(path.slice(0, depth), false);
    if (parent === void 0) continue;
    if (!(0, import_yaml.isMap)(parent) || parent.flow === true) return void 0;
    const key = pairOf(doc, path.slice(0, depth))?.key;
    const firstKey = parent.items[0]?.key;
    if (!key?.range || !firstKey?.range) return void 0;
    const indent = columnOf(text, firstKey.range[0]);
    const step = Math.max(2, indent - columnOf(text, key.range[0]));
    const missing = path.slice(depth);
    const br = lineBreak(text);
    const lines = missing.map((k, i) => `${" ".repeat(indent + i * step)}${keySource(k)}:${i === missing.length - 1 ? ` ${scalarSource(value)}` : ""}`);
    const position = endOfLine(text, key.range[0]);
    return { start: position, end: position, text: `${br}${lines.join(br)}` };
  }
  return void 0;
}
function pairOf(doc, path) {
  const map = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), false);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  return map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === path[path.length - 1]);
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function keySource(key) {
  return (0, import_yaml.stringify)(key).trimEnd();
}
function scalarSource(value, type) {
  if (typeof value !== "string") return String(value);
  if (type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return (0, import_yaml.stringify)(value).trimEnd();
}

// src/fix/fixes.ts
function writerFor(file) {
  if (/\.ya?ml$/i.test(file)) return yamlEdit;
  if (/\.tf$/i.test(file)) return hclEdit;
  return void 0;
}
function fixable(findings) {
  return findings.filter((f) => f.remedy !== void 0 && f.exception === void 0 && f.status !== "resolved");
}
function editFor(text, finding) {
  const remedy = finding.remedy;
  if (remedy === void 0) return void 0;
  return writerFor(remedy.at.file)?.(text, remedy);
}
function planFixes(findings, read) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of fixable(findings)) {
    const file = finding.remedy?.at.file ?? finding.at.file;
    byFile.set(file, [...byFile.get(file) ?? [], finding]);
  }
  const files = [];
  const leftAlone = [];
  for (const [file, list] of byFile) {
    const before = read(file);
    if (before === void 0) {
      leftAlone.push({ file, why: "it cannot be read" });
      continue;
    }
    const edits = [];
    const fixed = [];
    for (const finding of list) {
      const edit = editFor(before, finding);
      if (edit === void 0) continue;
      edits.push(edit);
      fixed.push(finding);
    }
    if (edits.length === 0) {
      leftAlone.push({ file, why: writerFor(file) ? "its values are written in a way no fix can edit safely" : "no fix writes this kind of file" });
      continue;
    }
    const after = applyEdits(before, edits);
    if (after !== before) files.push({ file, before, after, fixed });
  }
  return { files, leftAlone };
}
function suggestionFor(text, finding) {
  const edit = editFor(text, finding);
  if (edit === void 0) return void 0;
  const startLine = lineAt(text, edit.start);
  const line = lineAt(text, Math.max(edit.start, edit.end - 1));
  const from = offsetOf(text, startLine, 1);
  const lineEnd = text.indexOf("\n", offsetOf(text, line, 1));
  const to = lineEnd === -1 ? text.length : lineEnd;
  const after = applyEdits(text, [edit]);
  const replaced = after.slice(from, to + edit.text.length - (edit.end - edit.start));
  return { startLine, line, text: replaced.replace(/\r/g, "") };
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

export {
  writerFor,
  fixable,
  editFor,
  planFixes,
  suggestionFor
};
