/**
 * Type checks for Terraform's JSON (plan, state): every value the gate reads is the JSON type the
 * format defines, or a diagnostic names its JSON path (`resource_changes[3].change.after.generation`)
 * and points at it. A wrong type is never read as something else and never skipped in silence.
 */
import type { Diagnostic } from '../../core/model.js';
import type { JsonNode } from './json-tree.js';
import type { LineIndex } from './positions.js';
import { attributeSchema, describeType, type AttributeSchema, type AttributeType, type BlockSchema } from './provider-schema.js';

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export function kindOf(node: JsonNode): JsonKind {
  if (node.kind !== 'scalar') return node.kind;
  const v = node.value;
  return v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'boolean';
}

const MARKERS = 'true, false, or an object or list of them';
// Kinds checked for every resource, map entry and list item, allocated once rather than per check.
export const OBJECT: readonly JsonKind[] = ['object'];
export const STRING: readonly JsonKind[] = ['string'];
export const NUMBER_OR_STRING: readonly JsonKind[] = ['number', 'string'];
const BOOLEAN_OR_NULL: readonly JsonKind[] = ['boolean', 'null'];
const STRING_OR_NULL: readonly JsonKind[] = ['string', 'null'];

const ARTICLE: Record<JsonKind, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

/** `a string "3"`, `a list`: what was found, quoting short scalars. */
export function describeNode(node: JsonNode): string {
  const kind = kindOf(node);
  if (node.kind !== 'scalar' || kind === 'null') return ARTICLE[kind];
  const text = JSON.stringify(node.value);
  return `${ARTICLE[kind]} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}

/** `path` + `.key` or `["odd key"]`; `path` + `[3]`. */
export function jsonPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const step = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return step.startsWith('"') ? `[${step}]` : step;
  return step.startsWith('"') ? `${path}[${step}]` : `${path}.${step}`;
}

/**
 * A JSON path, or how to spell it: the path of every value checked is needed only for a diagnostic,
 * so a plan of many resources does not build a string per attribute for values of the right type.
 */
export type PathOf = string | (() => string);

/** `path` + `key`, spelled only when asked. */
export function lazyPath(path: PathOf, key: string | number): () => string {
  return () => jsonPath(spelled(path), key);
}

export function spelled(path: PathOf): string {
  return typeof path === 'string' ? path : path();
}

/** Collects wrong types as diagnostics of one file and remembers the offending nodes, so readers treat them as unreadable. */
export class ShapeCheck {
  private readonly bad = new Set<JsonNode>();

  constructor(
    private readonly lines: LineIndex,
    private readonly diagnostics: Diagnostic[],
    /** What the file is, for the fix: "plan" or "state". */
    private readonly what: 'plan' | 'state',
  ) {}

  /** Whether `node` is one of `kinds`; if not, a diagnostic at it. An absent node passes. */
  expect(node: JsonNode | undefined, path: PathOf, kinds: readonly JsonKind[], expected?: string): boolean {
    if (node === undefined || kinds.includes(kindOf(node))) return true;
    this.report(node, path, expected ?? kinds.map((k) => ARTICLE[k]).join(' or '));
    return false;
  }

  /**
   * `expect` for the member `key` of the value at `parent`: the member's path is spelled only for a
   * diagnostic, so the many well-typed members of a large plan cost no path each.
   */
  expectChild(node: JsonNode | undefined, parent: PathOf, key: string | number, kinds: readonly JsonKind[]): boolean {
    if (node === undefined || kinds.includes(kindOf(node))) return true;
    this.report(node, lazyPath(parent, key), kinds.map((k) => ARTICLE[k]).join(' or '));
    return false;
  }

  /** A resource's attribute values (`after`, `values`, `attributes`) against the provider schema. */
  attributes(node: JsonNode | undefined, path: PathOf, schema: BlockSchema): void {
    if (node === undefined || !this.expect(node, path, ['object', 'null'])) return;
    if (node.kind !== 'object') return;
    for (const [key, member] of node.members) {
      const attribute = attributeSchema(schema, key);
      if (attribute) this.attribute(member.value, path, key, attribute);
    }
  }

  /** `after_unknown`, `after_sensitive`: the value's shape with `true` (or `false`) at the leaves. */
  markers(node: JsonNode | undefined, path: PathOf, depth = 0): void {
    if (node === undefined || depth > 64) return;
    if (!this.expect(node, path, ['object', 'array', 'boolean'], MARKERS)) return;
    if (node.kind === 'object') for (const [key, m] of node.members) this.marker(m.value, path, key, depth + 1);
    else if (node.kind === 'array')
      node.items.forEach((item, i) => {
        this.marker(item, path, i, depth + 1);
      });
  }

  /** A member of a marker tree: a leaf is checked in place, a subtree with its path. */
  private marker(node: JsonNode, parent: PathOf, key: string | number, depth: number): void {
    if (kindOf(node) === 'boolean') return;
    this.markers(node, lazyPath(parent, key), depth);
  }

  isBad(node: JsonNode | undefined): boolean {
    return node !== undefined && this.bad.size > 0 && this.bad.has(node);
  }

  private attribute(node: JsonNode, parent: PathOf, key: string, schema: AttributeSchema): void {
    if (kindOf(node) === 'null') return;
    const type = schema.type;
    if (!this.matches(node, type)) {
      this.report(node, lazyPath(parent, key), describeType(type));
      return;
    }
    if (type.kind === 'string' || type.kind === 'number' || type.kind === 'bool') return;
    const path = lazyPath(parent, key);
    if (type.kind === 'blocks' && node.kind === 'array') {
      node.items.forEach((item, i) => {
        this.attributes(item, lazyPath(path, i), type.block);
      });
    } else if (type.kind === 'map' && node.kind === 'object') {
      const want = type.of === 'bool' ? BOOLEAN_OR_NULL : STRING_OR_NULL;
      for (const [k, m] of node.members) this.expectChild(m.value, path, k, want);
    } else if (type.kind === 'list' && node.kind === 'array') {
      node.items.forEach((item, i) => this.expectChild(item, path, i, STRING_OR_NULL));
    }
  }

  private matches(node: JsonNode, type: AttributeType): boolean {
    const kind = kindOf(node);
    switch (type.kind) {
      case 'string':
        return kind === 'string';
      case 'number':
        return kind === 'number';
      case 'bool':
        return kind === 'boolean';
      case 'map':
        return kind === 'object';
      case 'list':
      case 'blocks':
        return kind === 'array';
    }
  }

  report(node: JsonNode, pathOf: PathOf, expected: string): void {
    this.bad.add(node);
    const path = spelled(pathOf);
    this.diagnostics.push({
      at: this.lines.span(node.start, node.end),
      code: `${this.what}-wrong-type:${path}`,
      message: `${path} is ${describeNode(node)}, but Terraform writes ${expected} there: this ${this.what} was not written by Terraform as it is`,
      fix:
        this.what === 'plan'
          ? 'Pass the unedited output of `terraform show -json tfplan`.'
          : 'Pass the state as Terraform wrote it (terraform.tfstate, or `terraform show -json`).',
    });
  }
}
