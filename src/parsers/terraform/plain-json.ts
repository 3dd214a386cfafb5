/**
 * Plain JSON values (`JSON.parse`'s, a plan's markers and configuration) read by their own members
 * only. Their keys are written by whoever wrote the plan: a key such as `constructor`, `toString` or
 * `__proto__` must read what the plan holds under it, not what every object inherits.
 */

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object's own member, undefined when the value is no object or lacks the key. */
export function ownMember(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
