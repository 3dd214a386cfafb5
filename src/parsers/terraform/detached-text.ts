/**
 * A copy of a string cut from a larger text that no longer refers to that text. V8 keeps the whole
 * parent of a slice alive, so a slice of a plan kept for the run (a cache key, a VM's attributes) would
 * keep hundreds of megabytes. Joining makes a new string, and reading a character of it makes V8 write
 * that string out flat; its slice then refers to the flat copy. Only memory depends on this, never a
 * result.
 */
export function detachedText(slice: string): string {
  const joined = ` ${slice}`;
  joined.charCodeAt(1);
  return joined.slice(1);
}

/** V8 makes a slice of 13 characters or more refer to its parent; a shorter one is a copy already. */
const SHORTEST_SLICE = 13;

/** A string that may be a slice of a large text, as it can be kept: `detachedText` where it is one. */
export function keptText(text: string): string {
  return text.length < SHORTEST_SLICE ? text : detachedText(text);
}
