/**
 * `.tf` syntax: runs the tree-sitter Terraform grammar and copies what the readers need (blocks,
 * attributes, expressions, offsets) into plain objects, so the WebAssembly tree can be freed at once.
 * Syntax errors become one Diagnostic per file at the first ERROR or MISSING node.
 */
import type { Node } from 'web-tree-sitter';
import type { Diagnostic } from '../../core/model.js';
import type { Scalar } from './draft.js';
import { LineIndex } from './positions.js';
import { terraformParser } from './wasm.js';

export interface Ranged {
  readonly start: number;
  readonly end: number;
}

export type TemplatePart = { readonly literal: string } | { readonly expr: Expr };

export type TraversalStep = { readonly attr: string } | { readonly index: Expr } | { readonly splat: true };

/** `source` is the text of the file the expression is written in, for quoting it in reasons. */
export type Expr = Ranged & { readonly source: string } & (
    | { readonly kind: 'literal'; readonly value: Scalar }
    /** `directive`: contains `%{ if }`/`%{ for }`, which this reader does not evaluate. */
    | { readonly kind: 'template'; readonly parts: readonly TemplatePart[]; readonly directive: boolean }
    | { readonly kind: 'tuple'; readonly items: readonly Expr[] }
    | { readonly kind: 'object'; readonly elems: readonly ObjectElem[] }
    | { readonly kind: 'traversal'; readonly root: string; readonly steps: readonly TraversalStep[] }
    /** Function calls, conditionals, `for` expressions, operators: computed by Terraform, not here. */
    | { readonly kind: 'computed'; readonly what: string }
  );

export interface ObjectElem extends Ranged {
  readonly key: Expr;
  readonly value: Expr;
}

export interface HclAttribute extends Ranged {
  readonly name: string;
  readonly expr: Expr;
}

export interface HclBlock extends Ranged {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: HclBody;
  /** The block contains a syntax error; its contents are not trusted. */
  readonly broken: boolean;
}

export interface HclBody {
  readonly attributes: ReadonlyMap<string, HclAttribute>;
  readonly blocks: readonly HclBlock[];
}

export interface HclFile {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly body: HclBody;
  readonly syntaxError?: Diagnostic;
}

export async function parseHclFile(path: string, text: string): Promise<HclFile> {
  const parser = await terraformParser();
  const tree = parser.parse(text);
  const lines = new LineIndex(path, text);
  if (!tree) {
    const body: HclBody = { attributes: new Map(), blocks: [] };
    return { path, text, lines, body, syntaxError: { at: lines.span(0), code: 'hcl-syntax', message: 'the file could not be parsed' } };
  }
  try {
    const root = tree.rootNode;
    const bodyNode = namedChildrenOf(root).find((n) => n.type === 'body');
    const body = bodyNode ? readBody(bodyNode, text) : { attributes: new Map(), blocks: [] };
    const syntaxError = root.hasError ? describeSyntaxError(root, lines, text) : undefined;
    return { path, text, lines, body, ...(syntaxError ? { syntaxError } : {}) };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    // Expressions nested thousands deep are no Hyper-V definition; refuse the file, not the run.
    const body: HclBody = { attributes: new Map(), blocks: [] };
    return {
      path,
      text,
      lines,
      body,
      syntaxError: {
        at: lines.span(0),
        code: 'hcl-too-deep',
        message: 'the file nests expressions too deeply to be read',
        fix: 'Simplify the nested expressions.',
      },
    };
  } finally {
    tree.delete();
  }
}

function readBody(node: Node, text: string): HclBody {
  const attributes = new Map<string, HclAttribute>();
  const blocks: HclBlock[] = [];
  for (const c of namedChildrenOf(node)) {
    if (c.type === 'attribute') {
      const name = namedChildrenOf(c)[0];
      const expr = namedChildrenOf(c).find((n) => n.type === 'expression');
      if (name?.type === 'identifier' && expr) {
        attributes.set(name.text, { name: name.text, start: c.startIndex, end: c.endIndex, expr: readExpr(expr, text) });
      }
    } else if (c.type === 'block') {
      blocks.push(readBlock(c, text));
    }
  }
  return { attributes, blocks };
}

function readBlock(node: Node, text: string): HclBlock {
  const named = namedChildrenOf(node);
  const type = named[0]?.type === 'identifier' ? named[0].text : '';
  const labels: string[] = [];
  for (const n of named.slice(1)) {
    if (n.type === 'identifier') labels.push(n.text);
    else if (n.type === 'string_lit') labels.push(stringLiteral(n));
    else break;
  }
  const bodyNode = named.find((n) => n.type === 'body');
  const body = bodyNode ? readBody(bodyNode, text) : { attributes: new Map(), blocks: [] };
  return { type, labels, body, start: node.startIndex, end: node.endIndex, broken: node.hasError };
}

type ExprBody = Expr extends infer E ? (E extends unknown ? Omit<E, 'source'> : never) : never;

function readExpr(node: Node, text: string): Expr {
  return { ...readExprBody(node, text), source: text };
}

function readExprBody(node: Node, text: string): ExprBody {
  const start = node.startIndex;
  const end = node.endIndex;
  const named = namedChildrenOf(node).filter((n) => n.type !== 'comment');
  if (node.type === 'expression') {
    const [base, ...postfix] = named;
    if (!base) return { kind: 'computed', what: 'an empty expression', start, end };
    if (postfix.length === 0) return readExprBody(base, text);
    const steps = postfix.map((p) => step(p, text));
    if (base.type === 'variable_expr' && steps.every((s): s is TraversalStep => s !== undefined)) {
      return { kind: 'traversal', root: base.text, steps, start, end };
    }
    return { kind: 'computed', what: 'an expression', start, end };
  }
  switch (node.type) {
    case 'literal_value':
      return named[0] ? readExprBody(named[0], text) : { kind: 'computed', what: 'a literal', start, end };
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text), start, end };
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true', start, end };
    case 'null_lit':
      return { kind: 'literal', value: null, start, end };
    case 'string_lit':
      return { kind: 'literal', value: stringLiteral(node), start, end };
    case 'template_expr':
      return named[0] ? readExprBody(named[0], text) : { kind: 'computed', what: 'a template', start, end };
    case 'quoted_template':
    case 'heredoc_template':
      return readTemplate(node, text);
    case 'collection_value':
      return named[0] ? readExprBody(named[0], text) : { kind: 'computed', what: 'a collection', start, end };
    case 'tuple':
      return { kind: 'tuple', items: named.filter((n) => n.type === 'expression').map((n) => readExpr(n, text)), start, end };
    case 'object':
      return {
        kind: 'object',
        elems: named
          .filter((n) => n.type === 'object_elem')
          .flatMap((e) => {
            const key = e.childForFieldName('key');
            const value = e.childForFieldName('val');
            return key && value ? [{ key: readExpr(key, text), value: readExpr(value, text), start: e.startIndex, end: e.endIndex }] : [];
          }),
        start,
        end,
      };
    case 'variable_expr':
      return { kind: 'traversal', root: node.text, steps: [], start, end };
    case 'operation': {
      // A negative number literal is an operation in the grammar; it is still a literal.
      const m = /^-\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.exec(node.text);
      if (m) return { kind: 'literal', value: -Number(m[1]), start, end };
      return { kind: 'computed', what: 'an operator expression', start, end };
    }
    case 'function_call':
      return { kind: 'computed', what: `a call of ${named[0]?.text ?? 'a function'}()`, start, end };
    case 'conditional':
      return { kind: 'computed', what: 'a conditional expression', start, end };
    case 'for_expr':
      return { kind: 'computed', what: 'a for expression', start, end };
    default:
      return { kind: 'computed', what: 'an expression', start, end };
  }
}

function step(node: Node, text: string): TraversalStep | undefined {
  const named = namedChildrenOf(node);
  if (node.type === 'get_attr') return named[0] ? { attr: named[0].text } : undefined;
  if (node.type === 'index') {
    const inner = named[0];
    if (inner?.type === 'new_index') {
      const e = namedChildrenOf(inner).find((n) => n.type === 'expression');
      return e ? { index: readExpr(e, text) } : undefined;
    }
    if (inner?.type === 'legacy_index') {
      const digits = /\d+/.exec(inner.text)?.[0];
      return digits === undefined
        ? undefined
        : { index: { kind: 'literal', value: Number(digits), start: inner.startIndex, end: inner.endIndex, source: text } };
    }
    return undefined;
  }
  if (node.type === 'splat') return { splat: true };
  return undefined;
}

function readTemplate(node: Node, text: string): ExprBody {
  const parts: TemplatePart[] = [];
  let directive = false;
  const heredoc = node.type === 'heredoc_template';
  for (const c of namedChildrenOf(node)) {
    if (c.type === 'template_literal') parts.push({ literal: heredoc ? unescapeHeredoc(c.text) : unescape(c.text) });
    else if (c.type === 'template_interpolation') {
      const e = namedChildrenOf(c).find((n) => n.type === 'expression');
      if (e) parts.push({ expr: readExpr(e, text) });
    } else if (c.type === 'template_directive') directive = true;
  }
  return { kind: 'template', parts, directive, start: node.startIndex, end: node.endIndex };
}

function stringLiteral(node: Node): string {
  let out = '';
  for (const c of namedChildrenOf(node)) if (c.type === 'template_literal') out += unescape(c.text);
  return out;
}

/** HCL quoted-string escapes; the grammar has already rejected invalid ones as syntax errors. */
function unescape(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs, (match, esc: string | undefined) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    switch (esc?.[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(esc.slice(1), 16));
      default:
        return esc ?? match;
    }
  });
}

function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

function describeSyntaxError(root: Node, lines: LineIndex, text: string): Diagnostic | undefined {
  let first: Node | undefined;
  let count = 0;
  const visit = (node: Node): void => {
    if (node.type === 'ERROR' || node.isMissing) {
      count++;
      if (!first || node.startIndex < first.startIndex) first = node;
      if (node.type === 'ERROR') return;
    }
    if (!node.hasError) return;
    for (const c of childrenOf(node)) visit(c);
  };
  visit(root);
  if (!first) return undefined;
  const more = count > 1 ? ` (and ${count - 1} more syntax error${count > 2 ? 's' : ''} after it)` : '';
  return {
    at: lines.span(first.startIndex, first.isMissing ? first.startIndex : first.endIndex),
    code: 'hcl-syntax',
    message: `${errorText(first, text)}${more}`,
    fix: 'Fix the HCL syntax (terraform validate reports the same place); resources in a block with a syntax error are not evaluated.',
  };
}

function errorText(node: Node, text: string): string {
  if (node.isMissing) {
    const what = node.type === 'quoted_template_end' ? 'a closing quote (")' : node.type === '}' ? 'a closing brace (})' : `"${node.type}"`;
    return `syntax error: ${what} is missing here`;
  }
  const snippet = text.slice(node.startIndex, node.endIndex).split('\n')[0]?.trim().slice(0, 40) ?? '';
  if (snippet.startsWith('\\')) {
    const escape = text.slice(node.startIndex, node.startIndex + 2);
    return `invalid escape sequence "${escape}" in a string: write "\\\\" for one backslash`;
  }
  return `syntax error: Terraform cannot read ${JSON.stringify(snippet)} here`;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

// web-tree-sitter declares children as `Node[]`, yet its unmarshalling yields null for an absent node: drop those.
function namedChildrenOf(node: Node): Node[] {
  return (node.namedChildren as (Node | null)[]).filter((n): n is Node => n !== null);
}

function childrenOf(node: Node): Node[] {
  return (node.children as (Node | null)[]).filter((n): n is Node => n !== null);
}
