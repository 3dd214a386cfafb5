/**
 * Validates definition documents against the shipped JSON Schema and turns ajv's errors into
 * messages a person can act on: the key path, what was expected, and a "did you mean" where a key or
 * value is misspelled.
 */
import type { ErrorObject } from 'ajv';
import * as validators from '../../generated/definition-validators.cjs';
import { closest, didYouMean, quote } from '../../core/suggest.js';
import type { Kind } from './kinds.js';

export { KINDS, type Kind } from './kinds.js';

export interface SchemaProblem {
  /** Path to the node the problem is about (for an unknown key: the key itself). */
  readonly path: readonly (string | number)[];
  /** True when the problem is about a key name rather than its value. */
  readonly atKey: boolean;
  readonly message: string;
  /**
   * The value the problem leaves unknown: the invalid value itself, the key a misspelt one most likely
   * meant, or a required key that is missing. Absent for an unknown key that resembles nothing.
   */
  readonly unreadable?: readonly (string | number)[];
}

export function validateDocument(kind: Kind, value: unknown): SchemaProblem[] {
  // Compiled from schema/hvgate-v1.schema.json at build time (scripts/build-validators.mjs).
  const validate = validators[kind];
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map((error) => describeAjvError(error, value));
  // allErrors can report one problem twice (through `allOf` branches); keep the first.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join('/')}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Turns one ajv error into a located, human message. */
export function describeAjvError(error: ErrorObject, root: unknown): SchemaProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const where = path.length === 0 ? 'the document' : dotted(path);
  const actual = valueAt(root, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(propertiesAt(error.parentSchema));
      const meant = closest(key, allowed);
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown key ${quote(key)} in ${where}${didYouMean(key, allowed)}`,
        // What the author meant to write is unknown, unless it is written as well.
        ...(meant !== undefined && valueAt(root, [...path, meant]) === undefined ? { unreadable: [...path, meant] } : {}),
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return { path, atKey: false, message: `${where} is missing the required key "${missing}"`, unreadable: [...path, missing] };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        path,
        atKey: false,
        unreadable: path,
        message: `${where} must be one of ${allowed.join(', ')}, not ${quote(actual)}${didYouMean(String(actual), allowed)}`,
      };
    }
    case 'const':
      return { path, atKey: false, unreadable: path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(actual)}` };
    case 'type':
      return { path, atKey: false, unreadable: path, message: `${where} must be ${articled(String(params.type))}, not ${typeName(actual)}` };
    case 'format':
      return { path, atKey: false, unreadable: path, message: `${where} must be a ${String(params.format)} (YYYY-MM-DD), not ${quote(actual)}` };
    case 'pattern':
      return { path, atKey: false, unreadable: path, message: `${where} has an invalid value ${quote(actual)}${controlCharacterHint(actual)}` };
    case 'false schema':
      return { path, atKey: true, unreadable: path, message: `${where} is not allowed here` };
    case 'propertyNames':
      return { path, atKey: false, unreadable: [...path, String(params.propertyName)], message: `${where} has an invalid key ${quote(params.propertyName)}` };
    default:
      return { path, atKey: false, unreadable: path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** A Windows path in double quotes turns `\n`, `\t`, `\r` … into control characters; say how to write it. */
function controlCharacterHint(value: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (typeof value !== 'string' || !/[\u0000-\u001f]/.test(value)) return '';
  return `: it contains a control character. In double quotes a backslash starts an escape ("\\n" is a line break), so write Windows paths in single quotes: 'D:\\VMs\\new.vhdx'`;
}

function propertiesAt(parentSchema: unknown): Record<string, unknown> {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ?? {};
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

export function dotted(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function articled(type: string): string {
  return type === 'integer' || type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${quote(value)}`;
}
