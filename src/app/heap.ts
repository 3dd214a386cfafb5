/**
 * A full garbage collection, for the moments a large part of the heap has just become garbage: the
 * base side of a plan, once reduced to what the plan compares, and a side's file text once parsed.
 * V8 sizes the heap on what was live at its last full collection and lets it grow to several times
 * that before the next one, so without this the head side would be read and evaluated on top of the
 * base's dead model, and reported beside its own dead text.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

export function collectGarbage(): void {
  collect ??= gcFunction();
  collect();
}

/** `gc` of a context made while `--expose-gc` is on: the process keeps its flags and its global scope as they were. */
function gcFunction(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
