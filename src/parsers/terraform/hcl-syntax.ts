/**
 * `.tf` syntax: runs the tree-sitter Terraform grammar and copies what the readers need (blocks,
 * attributes, expressions with their operators, calls and `for` clauses, offsets) into plain objects,
 * so the WebAssembly tree can be freed at once.
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

/** `.name`, `[index]`, or a splat (`[*]`, `.*`) whose own steps apply to every element. */
export type TraversalStep = { readonly attr: string } | { readonly index: Expr } | { readonly splat: readonly TraversalStep[] };

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

/** `source` is the text of the file the expression is written in, for quoting it in reasons. */
export type Expr = Ranged & { readonly source: string } & (
    | { readonly kind: 'literal'; readonly value: Scalar }
    /** `directive`: contains `%{ if }`/`%{ for }`, which this reader does not evaluate. */
    | { readonly kind: 'template'; readonly parts: readonly TemplatePart[]; readonly directive: boolean }
    | { readonly kind: 'tuple'; readonly items: readonly Expr[] }
    | { readonly kind: 'object'; readonly elems: readonly ObjectElem[] }
    /** A name and what follows it: `var.disks[0].path`, `each.key`, `hyperv_vhd.os.path`. */
    | { readonly kind: 'traversal'; readonly root: string; readonly steps: readonly TraversalStep[] }
    /** Steps after any other expression: `merge(a, b).x`, `(local.m)["k"]`. */
    | { readonly kind: 'postfix'; readonly base: Expr; readonly steps: readonly TraversalStep[] }
    /** `expand`: the last argument is followed by `...`. */
    | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
    | { readonly kind: 'conditional'; readonly condition: Expr; readonly whenTrue: Expr; readonly whenFalse: Expr }
    | { readonly kind: 'unary'; readonly operator: '!' | '-'; readonly operand: Expr }
    | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expr; readonly right: Expr }
    /** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}`. */
    | {
        readonly kind: 'for';
        readonly keyName: string | undefined;
        readonly valueName: string;
        readonly collection: Expr;
        readonly key: Expr | undefined;
        readonly value: Expr;
        readonly condition: Expr | undefined;
        readonly grouping: boolean;
      }
    /** Anything this reader does not model. */
    | { readonly kind: 'computed'; readonly what: string }
  );

export interface ObjectElem extends Ranged {
  readonly key: Expr;
  readonly value: Expr;
}

/** Attributes and blocks carry the line table of their file: a module merges blocks from several files (override files). */
export interface HclAttribute extends Ranged {
  readonly name: string;
  readonly expr: Expr;
  readonly lines: LineIndex;
}

export interface HclBlock extends Ranged {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: HclBody;
  /** The block contains a syntax error; its contents are not trusted. */
  readonly broken: boolean;
  readonly lines: LineIndex;
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
    const body = bodyNode ? readBody(bodyNode, lines) : { attributes: new Map(), blocks: [] };
    const syntaxError = root.hasError ? describeSyntaxError(root, lines, text) : describeSplitHeader(root, lines);
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

/**
 * Parses an expression written as text, as the JSON syntax writes them (`"${var.dir}\\os.vhdx"` is a
 * template; `"list(string)"` a type). Offsets refer to `source`, the text as parsed. Undefined when
 * it is not a valid expression.
 */
export async function parseExpressionText(text: string, as: 'template' | 'expression'): Promise<Expr | undefined> {
  const parser = await terraformParser();
  const source = as === 'template' ? `x = "${escapeForQuotedString(text)}"\n` : `x = ${text}\n`;
  const tree = parser.parse(source);
  if (!tree) return undefined;
  try {
    if (tree.rootNode.hasError) return undefined;
    const body = namedChildrenOf(tree.rootNode).find((n) => n.type === 'body');
    const attribute = body ? namedChildrenOf(body).find((n) => n.type === 'attribute') : undefined;
    const expr = attribute ? namedChildrenOf(attribute).find((n) => n.type === 'expression') : undefined;
    return expr ? readExpr(expr, source) : undefined;
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  } finally {
    tree.delete();
  }
}

/**
 * The text as the inside of an HCL quoted string: literal parts escaped, `${…}` and `%{…}` sequences
 * (whose own strings use real quotes) copied as they are, `$${` and `%%{` kept as escapes.
 */
function escapeForQuotedString(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      out += text.slice(i, i + 3);
      i += 3;
    } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
      const end = sequenceEnd(text, i + 2);
      out += text.slice(i, end);
      i = end;
    } else {
      out += c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c === '\\' || c === '"' ? `\\${c}` : c;
      i++;
    }
  }
  return out;
}

/** Offset after the `}` that closes a template sequence opened before `from`, skipping quoted strings. */
function sequenceEnd(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    const c = text.charAt(i);
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  return i;
}

function readBody(node: Node, lines: LineIndex): HclBody {
  const text = lines.text;
  const attributes = new Map<string, HclAttribute>();
  const blocks: HclBlock[] = [];
  for (const c of namedChildrenOf(node)) {
    if (c.type === 'attribute') {
      const name = namedChildrenOf(c)[0];
      const expr = namedChildrenOf(c).find((n) => n.type === 'expression');
      if (name?.type === 'identifier' && expr) {
        attributes.set(name.text, { name: name.text, start: c.startIndex, end: c.endIndex, expr: readExpr(expr, text), lines });
      }
    } else if (c.type === 'block') {
      blocks.push(readBlock(c, lines));
    }
  }
  return { attributes, blocks };
}

function readBlock(node: Node, lines: LineIndex): HclBlock {
  const named = namedChildrenOf(node);
  const type = named[0]?.type === 'identifier' ? named[0].text : '';
  const labels: string[] = [];
  for (const n of named.slice(1)) {
    if (n.type === 'identifier') labels.push(n.text);
    else if (n.type === 'string_lit') labels.push(stringLiteral(n));
    else break;
  }
  const bodyNode = named.find((n) => n.type === 'body');
  const body = bodyNode ? readBody(bodyNode, lines) : { attributes: new Map(), blocks: [] };
  return { type, labels, body, start: node.startIndex, end: node.endIndex, broken: node.hasError || isSplitHeader(node), lines };
}

type ExprBody = Expr extends infer E ? (E extends unknown ? Omit<E, 'source'> : never) : never;

const BINARY_OPERATORS = new Set<string>(['||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
const POSTFIX = new Set(['index', 'get_attr', 'splat']);

function readExpr(node: Node, text: string): Expr {
  return { ...readExprBody(node, text), source: text };
}

function readExprBody(node: Node, text: string): ExprBody {
  if (node.type === 'expression') return readTerm(termChildren(node), text, node);
  return readBase(node, text);
}

/** Children that make up an expression term: the grammar inlines terms into their parents. */
function termChildren(node: Node): Node[] {
  return childrenOf(node).filter((n) => n.type !== 'comment');
}

/** A base (or a parenthesized expression) followed by index, attribute and splat steps. */
function readTerm(nodes: readonly Node[], text: string, whole: Node | undefined): ExprBody {
  const start = nodes[0]?.startIndex ?? whole?.startIndex ?? 0;
  const end = nodes[nodes.length - 1]?.endIndex ?? whole?.endIndex ?? start;
  const first = nodes[0];
  if (!first) return { kind: 'computed', what: 'an empty expression', start, end };
  let base: Node | undefined = first;
  let rest = nodes.slice(1);
  if (first.type === '(') {
    base = nodes.find((n) => n.type === 'expression');
    const close = nodes.findIndex((n) => n.type === ')');
    rest = close === -1 ? [] : nodes.slice(close + 1);
  }
  if (!base) return { kind: 'computed', what: 'an empty expression', start, end };
  if (rest.length === 0) return first.type === '(' ? { ...readExprBody(base, text), start, end } : readBase(base, text);
  const steps = rest.filter((n) => POSTFIX.has(n.type)).map((n) => step(n, text));
  if (steps.some((s) => s === undefined)) return { kind: 'computed', what: 'an expression', start, end };
  const known = steps as TraversalStep[];
  if (base.type === 'variable_expr' && first.type !== '(') return { kind: 'traversal', root: base.text, steps: known, start, end };
  return { kind: 'postfix', base: readExpr(base, text), steps: known, start, end };
}

function readBase(node: Node, text: string): ExprBody {
  const start = node.startIndex;
  const end = node.endIndex;
  const named = namedChildrenOf(node).filter((n) => n.type !== 'comment');
  switch (node.type) {
    case 'expression':
      return readTerm(termChildren(node), text, node);
    case 'literal_value':
      return named[0] ? readBase(named[0], text) : { kind: 'computed', what: 'a literal', start, end };
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text), start, end };
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true', start, end };
    case 'null_lit':
      return { kind: 'literal', value: null, start, end };
    case 'string_lit':
      return { kind: 'literal', value: stringLiteral(node), start, end };
    case 'template_expr':
      return named[0] ? readBase(named[0], text) : { kind: 'computed', what: 'a template', start, end };
    case 'quoted_template':
    case 'heredoc_template':
      return readTemplate(node, text);
    case 'collection_value':
      return named[0] ? readBase(named[0], text) : { kind: 'computed', what: 'a collection', start, end };
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
    case 'function_call':
      return readCall(node, named, text);
    case 'conditional': {
      const [condition, whenTrue, whenFalse] = named.filter((n) => n.type === 'expression');
      if (!condition || !whenTrue || !whenFalse) return { kind: 'computed', what: 'a conditional expression', start, end };
      return {
        kind: 'conditional',
        condition: readExpr(condition, text),
        whenTrue: readExpr(whenTrue, text),
        whenFalse: readExpr(whenFalse, text),
        start,
        end,
      };
    }
    case 'operation':
      return named[0] ? readBase(named[0], text) : { kind: 'computed', what: 'an operator expression', start, end };
    case 'unary_operation': {
      const children = termChildren(node);
      const operator = children[0]?.type;
      if (operator !== '!' && operator !== '-') return { kind: 'computed', what: 'an operator expression', start, end };
      const operand = readTerm(children.slice(1), text, undefined);
      // A negative number is a literal to Terraform's readers, and to anyone quoting it.
      if (operator === '-' && operand.kind === 'literal' && typeof operand.value === 'number') return { kind: 'literal', value: -operand.value, start, end };
      return { kind: 'unary', operator, operand: { ...operand, source: text }, start, end };
    }
    case 'binary_operation': {
      const children = termChildren(node);
      const at = children.findIndex((n) => !n.isNamed && BINARY_OPERATORS.has(n.type));
      const operator = children[at];
      if (at <= 0 || !operator) return { kind: 'computed', what: 'an operator expression', start, end };
      return {
        kind: 'binary',
        operator: operator.type as BinaryOperator,
        left: { ...readTerm(children.slice(0, at), text, undefined), source: text },
        right: { ...readTerm(children.slice(at + 1), text, undefined), source: text },
        start,
        end,
      };
    }
    case 'for_expr':
      return named[0] ? readFor(named[0], text) : { kind: 'computed', what: 'a for expression', start, end };
    default:
      return { kind: 'computed', what: 'an expression', start, end };
  }
}

function readCall(node: Node, named: readonly Node[], text: string): ExprBody {
  const args = named.find((n) => n.type === 'function_arguments');
  const argNodes = args ? namedChildrenOf(args).filter((n) => n.type === 'expression') : [];
  return {
    kind: 'call',
    name: named[0]?.text ?? '',
    args: argNodes.map((n) => readExpr(n, text)),
    expand: args ? namedChildrenOf(args).some((n) => n.type === 'ellipsis') : false,
    start: node.startIndex,
    end: node.endIndex,
  };
}

function readFor(node: Node, text: string): ExprBody {
  const start = node.startIndex;
  const end = node.endIndex;
  const named = namedChildrenOf(node).filter((n) => n.type !== 'comment');
  const intro = named.find((n) => n.type === 'for_intro');
  const introParts = intro ? namedChildrenOf(intro) : [];
  const names = introParts.filter((n) => n.type === 'identifier').map((n) => n.text);
  const collection = introParts.find((n) => n.type === 'expression');
  const bodies = named.filter((n) => n.type === 'expression');
  const conditionNode = named.find((n) => n.type === 'for_cond');
  const condition = conditionNode ? namedChildrenOf(conditionNode).find((n) => n.type === 'expression') : undefined;
  const isObject = node.type === 'for_object_expr';
  const [keyNode, valueNode] = isObject ? bodies : [undefined, bodies[0]];
  const valueName = names[names.length - 1];
  if (!collection || valueName === undefined || !valueNode || (isObject && !keyNode)) return { kind: 'computed', what: 'a for expression', start, end };
  return {
    kind: 'for',
    keyName: names.length === 2 ? names[0] : undefined,
    valueName,
    collection: readExpr(collection, text),
    key: keyNode ? readExpr(keyNode, text) : undefined,
    value: readExpr(valueNode, text),
    condition: condition ? readExpr(condition, text) : undefined,
    grouping: named.some((n) => n.type === 'ellipsis'),
    start,
    end,
  };
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
  if (node.type === 'splat') {
    const inner = named[0];
    const steps = (inner ? namedChildrenOf(inner) : []).map((n) => step(n, text));
    return steps.every((s): s is TraversalStep => s !== undefined) ? { splat: steps } : undefined;
  }
  return undefined;
}

function readTemplate(node: Node, text: string): ExprBody {
  const parts: TemplatePart[] = [];
  let directive = false;
  for (const piece of node.type === 'quoted_template' ? quotedPieces(node) : heredocPieces(node)) {
    if (typeof piece === 'string') parts.push({ literal: piece });
    else if (piece.type === 'template_interpolation') {
      const e = namedChildrenOf(piece).find((n) => n.type === 'expression');
      if (e) parts.push({ expr: readExpr(e, text) });
    } else if (piece.type === 'template_directive') directive = true;
  }
  return { kind: 'template', parts, directive, start: node.startIndex, end: node.endIndex };
}

/** A heredoc's literal text, unescaped, and its other parts as nodes. */
function heredocPieces(node: Node): (string | Node)[] {
  return namedChildrenOf(node).map((c) => (c.type === 'template_literal' ? unescapeHeredoc(c.text) : c));
}

/**
 * A quoted string's literal text, unescaped, and its interpolations and directives as nodes. The text
 * is taken from the source between the quotes and those nodes, not from the grammar's literal nodes,
 * which leave out spaces at their ends: Terraform keeps every character between the quotes.
 */
function quotedPieces(node: Node): (string | Node)[] {
  const pieces: (string | Node)[] = [];
  let from = -1;
  for (const c of childrenOf(node)) {
    if (c.type === 'quoted_template_start') from = c.endIndex;
    else if (c.type === 'template_interpolation' || c.type === 'template_directive' || c.type === 'quoted_template_end') {
      if (from >= 0 && c.startIndex > from) pieces.push(unescape(node.text.slice(from - node.startIndex, c.startIndex - node.startIndex)));
      if (c.type !== 'quoted_template_end') pieces.push(c);
      from = c.endIndex;
    }
  }
  return pieces;
}

/** A string without interpolations: every character between its quotes, unescaped. */
function stringLiteral(node: Node): string {
  return quotedPieces(node)
    .filter((piece) => typeof piece === 'string')
    .join('');
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

/**
 * Terraform wants a block's `{` on the line of its header; split over lines (`resource` alone, then
 * `"type" "name" {`) the grammar reads it as a different block, which Terraform rejects.
 */
function isSplitHeader(block: Node): boolean {
  const brace = childrenOf(block).find((n) => n.type === 'block_start');
  return brace !== undefined && brace.startPosition.row !== block.startPosition.row;
}

function describeSplitHeader(root: Node, lines: LineIndex): Diagnostic | undefined {
  const block = root.descendantsOfType('block').find((node) => isSplitHeader(node));
  if (!block) return undefined;
  return {
    at: lines.span(block.startIndex, block.startIndex),
    code: 'hcl-syntax',
    message: 'invalid block definition: the opening brace must be on the same line as the block header',
    fix: 'Write the block type, its labels and "{" on one line, as Terraform requires; resources in a block with a syntax error are not evaluated.',
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

/** Children of a node; the runtime may leave holes for nodes it could not materialise. */
function namedChildrenOf(node: Node): Node[] {
  return (node.namedChildren as (Node | null)[]).filter((n): n is Node => n !== null);
}

function childrenOf(node: Node): Node[] {
  return (node.children as (Node | null)[]).filter((n): n is Node => n !== null);
}
