/**
 * One Terraform module: the configuration files of one directory, read as Terraform reads them.
 * OpenTofu's `.tofu` files take the place of `.tf` files of the same name; override files are merged
 * into the blocks they override, after all other files, in lexical order (override.mdx): attributes
 * replace attributes, nested blocks replace all nested blocks of their type, `locals` merge by name,
 * `required_providers` by provider.
 */
import type { Diagnostic } from '../../core/model.js';
import { terraformFileKind, terraformStem } from './files.js';
import type { Expr, HclAttribute, HclBlock, HclFile } from './hcl-syntax.js';
import { objectKeyText } from './object-keys.js';

export interface Located<T> {
  readonly file: HclFile;
  readonly node: T;
}

export interface ModuleCall {
  readonly name: string;
  readonly block: Located<HclBlock>;
  /** The `source` as written, when it is a literal. */
  readonly source: string | undefined;
}

export interface TerraformModule {
  readonly dir: string;
  /** Files read, after OpenTofu precedence; override files included. */
  readonly files: readonly HclFile[];
  readonly variables: ReadonlyMap<string, Located<HclBlock>>;
  readonly locals: ReadonlyMap<string, Located<HclAttribute>>;
  readonly outputs: ReadonlyMap<string, Located<HclBlock>>;
  /** `resource` and `data` blocks, merged with their overrides. */
  readonly resources: readonly Located<HclBlock>[];
  readonly calls: readonly ModuleCall[];
  readonly providerBlocks: readonly Located<HclBlock>[];
  /** `required_providers`: local name → source address as written. */
  readonly providerSources: ReadonlyMap<string, string>;
  /** The first `terraform` block, for notices about the configuration as a whole. */
  readonly terraformBlock: Located<HclBlock> | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Which files of a directory a tool reads: OpenTofu reads `x.tofu` instead of `x.tf`; Terraform ignores `.tofu`. */
export type Reader = 'terraform' | 'opentofu';

/** Whether OpenTofu and Terraform would read different files in this directory. */
export function hasTofuFiles(files: readonly HclFile[]): boolean {
  return files.some((f) => terraformFileKind(f.path)?.tofu);
}

export function filesFor(files: readonly HclFile[], reader: Reader): HclFile[] {
  if (reader === 'terraform') return files.filter((f) => !terraformFileKind(f.path)?.tofu);
  const stemOf = (f: HclFile) => `${terraformFileKind(f.path)?.syntax ?? ''}:${terraformStem(f.path)}`;
  const isTofu = (f: HclFile) => terraformFileKind(f.path)?.tofu === true;
  const tofuStems = new Set(files.filter(isTofu).map(stemOf));
  return files.filter((f) => isTofu(f) || !tofuStems.has(stemOf(f)));
}

export function buildModule(dir: string, all: readonly HclFile[]): TerraformModule {
  const byName = (a: HclFile, b: HclFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const primary = all.filter((f) => !terraformFileKind(f.path)?.override).sort(byName);
  const overrides = all.filter((f) => terraformFileKind(f.path)?.override).sort(byName);
  const builder = new ModuleBuilder(dir);
  for (const file of primary) for (const block of file.body.blocks) builder.add(file, block);
  for (const file of overrides) for (const block of file.body.blocks) builder.override(file, block);
  return builder.finish([...primary, ...overrides]);
}

class ModuleBuilder {
  private readonly blocks: Located<HclBlock>[] = [];
  private readonly locals = new Map<string, Located<HclAttribute>>();
  private readonly providerSources = new Map<string, string>();
  private readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly dir: string) {}

  add(file: HclFile, block: HclBlock): void {
    if (block.type === 'locals') {
      for (const [name, attribute] of block.body.attributes) this.locals.set(name, { file, node: attribute });
      return;
    }
    if (block.type === 'terraform') this.requiredProviders(block);
    this.blocks.push({ file, node: block });
  }

  override(file: HclFile, block: HclBlock): void {
    if (block.type === 'locals') {
      for (const [name, attribute] of block.body.attributes) {
        if (!this.locals.has(name)) this.missingBase(file, block, `local.${name}`);
        this.locals.set(name, { file, node: attribute });
      }
      return;
    }
    if (block.type === 'terraform') this.requiredProviders(block);
    const index = this.blocks.findIndex((b) => b.node.type === block.type && sameLabels(b.node.labels, block.labels));
    if (index < 0) {
      if (block.type !== 'terraform') this.missingBase(file, block, [block.type, ...block.labels].join('.'));
      return;
    }
    const base = this.blocks[index];
    if (base) this.blocks[index] = { file: base.file, node: mergeBlock(base.node, block) };
  }

  finish(files: readonly HclFile[]): TerraformModule {
    const variables = new Map<string, Located<HclBlock>>();
    const outputs = new Map<string, Located<HclBlock>>();
    const resources: Located<HclBlock>[] = [];
    const calls: ModuleCall[] = [];
    const providerBlocks: Located<HclBlock>[] = [];
    let terraformBlock: Located<HclBlock> | undefined;
    for (const located of this.blocks) {
      const block = located.node;
      const name = block.labels[0];
      if (block.type === 'variable' && name !== undefined) variables.set(name, located);
      else if (block.type === 'output' && name !== undefined) outputs.set(name, located);
      else if ((block.type === 'resource' || block.type === 'data') && block.labels.length >= 2) resources.push(located);
      else if (block.type === 'module' && name !== undefined)
        calls.push({ name, block: located, source: literalText(block.body.attributes.get('source')?.expr) });
      else if (block.type === 'provider') providerBlocks.push(located);
      else if (block.type === 'terraform') terraformBlock ??= located;
    }
    return {
      dir: this.dir,
      files,
      variables,
      locals: this.locals,
      outputs,
      resources,
      calls,
      providerBlocks,
      providerSources: this.providerSources,
      terraformBlock,
      diagnostics: this.diagnostics,
    };
  }

  /** `required_providers { hv = { source = "taliesins/hyperv" } }`, and the pre-0.13 string form. */
  private requiredProviders(block: HclBlock): void {
    for (const required of block.body.blocks.filter((b) => b.type === 'required_providers')) {
      for (const [localName, attribute] of required.body.attributes) {
        const expr = attribute.expr;
        const source = expr.kind === 'object' ? literalText(expr.elems.find((e) => objectKeyText(e.key) === 'source')?.value) : undefined;
        // Without a source Terraform assumes hashicorp/<local name>; for "hyperv" that is no provider of ours.
        this.providerSources.set(localName, source ?? `hashicorp/${localName}`);
      }
    }
  }

  private missingBase(file: HclFile, block: HclBlock, what: string): void {
    this.diagnostics.push({
      at: file.lines.span(block.start, block.end),
      code: 'terraform-override-without-base',
      message: `the override file ${file.path} overrides ${what}, which no other file of ${this.dir || 'the root module'} defines; Terraform rejects this`,
      fix: 'Define the block in a configuration file of the module, or remove it from the override file.',
    });
  }
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}

/**
 * An override block merged into its base: its attributes replace the base's, and each nested block
 * type it has replaces all blocks of that type in the base, `dynamic` blocks generating it included.
 * `lifecycle` merges by argument.
 */
function mergeBlock(base: HclBlock, override: HclBlock): HclBlock {
  const attributes = new Map(base.body.attributes);
  for (const [name, attribute] of override.body.attributes) attributes.set(name, attribute);
  const replaced = new Set(override.body.blocks.map((b) => generatedType(b)));
  const blocks = base.body.blocks.filter((b) => !replaced.has(generatedType(b)));
  for (const b of override.body.blocks) {
    const baseLifecycle = b.type === 'lifecycle' ? base.body.blocks.find((x) => x.type === 'lifecycle') : undefined;
    blocks.push(baseLifecycle ? mergeBlock(baseLifecycle, b) : b);
  }
  return { ...base, body: { attributes, blocks }, broken: base.broken || override.broken };
}

/** The block type a nested block produces: its own, or for `dynamic "x"`, x. */
function generatedType(block: HclBlock): string {
  return block.type === 'dynamic' ? (block.labels[0] ?? '') : block.type;
}

export function literalText(expr: Expr | undefined): string | undefined {
  if (expr?.kind === 'literal' && typeof expr.value === 'string') return expr.value;
  if (expr?.kind === 'template' && !expr.directive && expr.parts.every((p) => 'literal' in p))
    return expr.parts.map((p) => ('literal' in p ? p.literal : '')).join('');
  return undefined;
}
