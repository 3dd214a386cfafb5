import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/reporters/escape/unicode.ts
var INVISIBLE_LAYOUT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
function visibleCodePoint(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

// src/reporters/escape/terminal.ts
function clean(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(INVISIBLE_LAYOUT, visibleCodePoint);
}
var LEADING_COMMAND = /^([\s\u0085]*)::/gm;
function inertLog(text) {
  return text.replace(LEADING_COMMAND, "$1\\x3a:").replace(/##\[/g, "#\\x23[");
}

export {
  INVISIBLE_LAYOUT,
  visibleCodePoint,
  clean,
  inertLog
};
