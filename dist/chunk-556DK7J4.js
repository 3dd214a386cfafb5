import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/source.ts
function set(value, at) {
  return { known: true, value, at, origin: "set" };
}
function byDefault(value, at, note) {
  return { known: true, value, at, origin: "default", note };
}
function unknown(at, reason, partial) {
  return partial === void 0 ? { known: false, at, reason } : { known: false, at, reason, partial };
}
function isKnown(value) {
  return value?.known === true;
}
function fileStart(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function compareSpans(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
function formatSpan(at) {
  return `${at.file}:${at.line}:${at.column}`;
}

export {
  set,
  byDefault,
  unknown,
  isKnown,
  fileStart,
  compareSpans,
  formatSpan
};
