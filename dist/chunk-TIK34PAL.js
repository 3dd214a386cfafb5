import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/outcome.ts
var OUTCOMES = ["online", "offline", "crash-consistent", "saved-state", "incomplete", "unprotected", "fails"];
function worseOf(a, b) {
  return OUTCOMES.indexOf(a) >= OUTCOMES.indexOf(b) ? a : b;
}

export {
  OUTCOMES,
  worseOf
};
