/**
 * Terraform's JSON syntax (`.tf.json`, `.tofu.json`) read into the same blocks and expressions as
 * native files, with positions in the JSON text. JSON cannot tell a nested block from an object
 * attribute, so, as Terraform does, the block's schema decides: the meta-arguments and the nested
 * blocks of the resource types the gate reads. Strings are templates (`"${var.dir}\\x.vhdx"`) except
 * where Terraform takes them literally (`source`, variable defaults) or as expressions (`type`).
 */
import type { Diagnostic } from '../../core/model.js';
import type { Expr, HclAttribute, HclBlock, HclBody, HclFile, ObjectElem } from './hcl-syntax.js';
import { parseExpressionText } from './hcl-syntax.js';
import { JsonSyntaxError, parseJsonTree, type JsonMember, type JsonNode } from './json-tree.js';
import { LineIndex } from './positions.js';

/** Top-level block types and how many labels each has. */
const TOP_LEVEL_LABELS: Readonly<Record<string, number>> = {
  resource: 2,
  data: 2,
  ephemeral: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  check: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
};

interface BodySchema {
  /** Nested block types and their label counts. */
  readonly blocks?: Readonly<Record<string, number>>;
  /** Schemas of nested blocks, by type. */
  readonly nested?: Readonly<Record<string, BodySchema>>;
  /** Attributes taken literally (no templates) or parsed as an expression. */
  readonly literal?: readonly string[];
  readonly expression?: readonly string[];
}

const PROVISIONER: BodySchema = { blocks: { connection: 0 } };
const DYNAMIC: BodySchema = { blocks: { content: 0 }, expression: ['iterator'] };
const RESOURCE_META: Readonly<Record<string, number>> = { lifecycle: 0, connection: 0, provisioner: 1, dynamic: 1 };

/** Nested blocks of the `taliesins/hyperv` resources. */
const RESOURCE_BLOCKS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  hyperv_machine_instance: { hard_disk_drives: 0, dvd_drives: 0, network_adaptors: 0, vm_firmware: 0, vm_processor: 0, timeouts: 0 },
  hyperv_vhd: { timeouts: 0 },
};

function resourceSchema(type: string): BodySchema {
  const own = RESOURCE_BLOCKS[type] ?? {};
  return {
    blocks: { ...RESOURCE_META, ...own },
    nested: { provisioner: PROVISIONER, dynamic: DYNAMIC, vm_firmware: { blocks: { boot_order: 0 } } },
    expression: ['provider', 'depends_on'],
  };
}

const TOP_LEVEL_SCHEMAS: Readonly<Record<string, (labels: readonly string[]) => BodySchema>> = {
  resource: (labels) => resourceSchema(labels[0] ?? ''),
  data: (labels) => resourceSchema(labels[0] ?? ''),
  module: () => ({ literal: ['source', 'version'], expression: ['providers', 'depends_on'] }),
  variable: () => ({ blocks: { validation: 0 }, literal: ['default', 'description'], expression: ['type'] }),
  output: () => ({ expression: ['depends_on'] }),
  terraform: () => ({ blocks: { required_providers: 0, backend: 1, cloud: 0 }, nested: { required_providers: { literal: ['*'] } } }),
};

export async function parseTfJsonFile(path: string, text: string): Promise<HclFile> {
  const lines = new LineIndex(path, text);
  const empty: HclBody = { attributes: new Map(), blocks: [] };
  let root: JsonNode;
  try {
    root = parseJsonTree(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { path, text, lines, body: empty, syntaxError: syntaxError(lines, error.offset, `not valid JSON: ${error.message}`) };
  }
  if (root.kind !== 'object') {
    return { path, text, lines, body: empty, syntaxError: syntaxError(lines, root.start, 'a Terraform JSON file must be one JSON object') };
  }
  const reader = new JsonBodyReader(lines);
  const blocks: HclBlock[] = [];
  for (const [type, member] of root.members) {
    if (type === '//') continue;
    const labels = TOP_LEVEL_LABELS[type];
    if (labels === undefined) {
      reader.problem(member.keyStart, `"${type}" is not a block type Terraform knows at the top of a configuration file`);
      continue;
    }
    for (const block of await reader.labelled(type, member, labels, [], (l) => TOP_LEVEL_SCHEMAS[type]?.(l) ?? {})) blocks.push(block);
  }
  const problem = reader.firstProblem;
  return { path, text, lines, body: { attributes: new Map(), blocks }, ...(problem ? { syntaxError: problem } : {}) };
}

class JsonBodyReader {
  firstProblem: Diagnostic | undefined;

  constructor(private readonly lines: LineIndex) {}

  problem(offset: number, message: string): void {
    this.firstProblem ??= syntaxError(this.lines, offset, message);
  }

  /** `{"type": {"label": {"label": body}}}`: one block per body, a body being an object or an array of them. */
  async labelled(
    type: string,
    member: JsonMember,
    labels: number,
    given: readonly string[],
    schemaOf: (labels: readonly string[]) => BodySchema,
  ): Promise<HclBlock[]> {
    const value = member.value;
    if (labels > 0) {
      if (value.kind !== 'object') {
        this.problem(value.start, `"${type}" needs ${labels} more label${labels === 1 ? '' : 's'} here, as an object key`);
        return [];
      }
      const out: HclBlock[] = [];
      for (const [label, inner] of value.members) {
        if (label === '//') continue;
        for (const block of await this.labelled(type, inner, labels - 1, [...given, label], schemaOf)) out.push(block);
      }
      return out;
    }
    const bodies = value.kind === 'array' ? value.items.map((item) => ({ node: item, start: item.start })) : [{ node: value, start: member.keyStart }];
    const out: HclBlock[] = [];
    for (const { node, start } of bodies) {
      if (node.kind !== 'object') {
        this.problem(node.start, `the body of a "${type}" block must be a JSON object`);
        continue;
      }
      out.push({ type, labels: given, body: await this.body(node, schemaOf(given)), start, end: node.end, broken: false, lines: this.lines });
    }
    return out;
  }

  private async body(node: Extract<JsonNode, { kind: 'object' }>, schema: BodySchema): Promise<HclBody> {
    const attributes = new Map<string, HclAttribute>();
    const blocks: HclBlock[] = [];
    for (const [name, member] of node.members) {
      if (name === '//') continue;
      const labels = schema.blocks?.[name];
      if (labels !== undefined) {
        const nested = schema.nested?.[name] ?? {};
        for (const block of await this.labelled(name, member, labels, [], () => nested)) blocks.push(block);
        continue;
      }
      const mode = schema.literal?.includes(name) || schema.literal?.includes('*') ? 'literal' : schema.expression?.includes(name) ? 'expression' : 'template';
      const expr = await this.expression(member.value, mode);
      attributes.set(name, { name, start: member.keyStart, end: member.value.end, expr, lines: this.lines });
    }
    return { attributes, blocks };
  }

  private async expression(node: JsonNode, mode: 'literal' | 'template' | 'expression'): Promise<Expr> {
    const source = this.lines.text;
    const { start, end } = node;
    if (node.kind === 'array') {
      const items: Expr[] = [];
      for (const item of node.items) items.push(await this.expression(item, mode));
      return { kind: 'tuple', items, start, end, source };
    }
    if (node.kind === 'object') {
      const elems: ObjectElem[] = [];
      for (const [key, member] of node.members) {
        const keyExpr: Expr = { kind: 'literal', value: key, start: member.keyStart, end: member.keyStart + key.length + 2, source };
        elems.push({ key: keyExpr, value: await this.expression(member.value, mode), start: member.keyStart, end: member.value.end });
      }
      return { kind: 'object', elems, start, end, source };
    }
    const value = node.value;
    if (typeof value !== 'string' || mode === 'literal') return { kind: 'literal', value, start, end, source };
    if (mode === 'template' && !value.includes('{')) return { kind: 'literal', value, start, end, source };
    const parsed = await parseExpressionText(value, mode);
    if (parsed) return parsed;
    this.problem(start, `${JSON.stringify(value.slice(0, 60))} is not a valid Terraform ${mode === 'template' ? 'template' : 'expression'}`);
    return { kind: 'computed', what: 'an expression that does not parse', start, end, source };
  }
}

function syntaxError(lines: LineIndex, offset: number, message: string): Diagnostic {
  return {
    at: lines.span(offset, offset + 1),
    code: 'terraform-json-syntax',
    message,
    fix: 'Fix the file so that it follows the Terraform JSON syntax (terraform validate reports the same place).',
  };
}
