/**
 * Tells the project's own definitions from other YAML and JSON (workflows, compose files, manifests)
 * by what a document parses to, never by how its text is spelled.
 *
 * The prefilter only decides which files are worth parsing, and it can only widen: the value
 * `hvgate/v1` can be written with the letters themselves (plain, quoted, block scalar, anchored,
 * merged, tagged) or with escapes, which need a backslash (YAML `\x68`, JSON `\u0068`, an escaped line
 * break). A file with neither can never parse to that apiVersion. The kind names and `binary` (the
 * `!!binary` tag) widen it further so that near misses are parsed and reported too.
 */
import { KINDS } from './kinds.js';

export const API_VERSION = 'hvgate/v1';

const CANDIDATE = /hvgate|\\|binary|VirtualMachine|BackupJob|HostProfile/i;
const MENTION = /hvgate/i;

/** Whether any document of `text` could parse to an hvgate definition (or a near miss): worth parsing. */
export function mayHoldHvgateDefinition(text: string): boolean {
  return CANDIDATE.test(text);
}

/** Whether source text names hvgate in any case: a document that does not parse is then still ours. */
export function mentionsHvgate(text: string): boolean {
  return MENTION.test(text);
}

/** A nested value that looks like a definition, and where. */
export interface NestedDefinition {
  readonly path: readonly (string | number)[];
}

/**
 * Whether a parsed document is meant as an hvgate definition: its apiVersion (under any spelling of
 * the key) names hvgate, or it has no apiVersion and one of hvgate's kinds. Near misses (`hvgate/v2`,
 * `HVGATE/v1`, binary data) count, so the parser reports them instead of letting them vanish.
 */
export function isDefinitionDocument(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  if (hasHvgateVersion(value)) return true;
  const unversioned = !Object.keys(value).some(isVersionKey);
  return unversioned && typeof value.kind === 'string' && (KINDS as readonly string[]).includes(value.kind);
}

function hasHvgateVersion(value: Record<string, unknown>): boolean {
  return Object.keys(value).some((key) => isVersionKey(key) && namesHvgate(value[key]));
}

function isVersionKey(key: string): boolean {
  return key.toLowerCase() === 'apiversion';
}

/** The first mapping with an hvgate apiVersion nested inside a document that is not itself a definition. */
export function findNestedDefinition(value: unknown): NestedDefinition | undefined {
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: current, path } = next;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (path.length > 0 && isPlainObject(current) && hasHvgateVersion(current)) return { path };
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item: unknown, index) => [index, item])
      : isPlainObject(current)
        ? Object.entries(current)
        : [];
    // Reversed onto the stack, so the first nested definition in document order is found first.
    for (const [key, item] of entries.reverse()) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

/** A string or binary value that names hvgate, however it is cased or padded. */
function namesHvgate(value: unknown): boolean {
  if (typeof value === 'string') return mentionsHvgate(value.normalize('NFKC'));
  if (value instanceof Uint8Array) return mentionsHvgate(new TextDecoder('utf-8').decode(value));
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Map);
}
