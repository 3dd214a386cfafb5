/**
 * Reads Terraform configuration (`.tf`, `.tfvars`) without running Terraform: for repositories that
 * do not produce a plan. Literal values are read; variables and locals are followed where their
 * values are literal; whatever Terraform computes is unknown, with the expression in the reason.
 */
import type { Diagnostic, Estate } from '../../core/model.js';
import type { SourceSpan } from '../../core/source.js';
import { BlockPositions } from './block-positions.js';
import { absent, type DiskDraft, type Field, type MachineDraft, type MapDraft, type MapEntryDraft, type VhdDraft } from './draft.js';
import { evaluate, known, objectKey, quote, unknownValue, type Evaluated, type HclValue, type Scope } from './hcl-eval.js';
import { parseHclFile, type HclBlock, type HclFile } from './hcl-syntax.js';
import { dirnameOf, joinPath } from './paths.js';
import { buildMachines, isCompatibleProvider } from './provider-semantics.js';
import { formatSpan } from '../../core/source.js';

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

const MACHINE = 'hyperv_machine_instance';
const VHD = 'hyperv_vhd';
/** Module nesting deeper than this is a cycle or a mistake; Terraform itself would not get there. */
const MAX_MODULE_DEPTH = 16;

interface ModuleDir {
  readonly dir: string;
  readonly files: readonly HclFile[];
  readonly variables: Map<string, { file: HclFile; block: HclBlock }>;
  readonly locals: Map<string, { file: HclFile; expr: import('./hcl-syntax.js').Expr }>;
  readonly resources: { file: HclFile; block: HclBlock }[];
  readonly calls: { file: HclFile; block: HclBlock; name: string; source: string | undefined }[];
  /** `required_providers.hyperv.source`, when the module declares it. */
  readonly hypervSource: string | undefined;
}

export async function parseTerraformConfiguration(input: { files: readonly SourceFile[]; tfvars?: readonly SourceFile[] }): Promise<Estate> {
  const diagnostics: Diagnostic[] = [];
  const parsed = await Promise.all(input.files.map((f) => parseHclFile(f.path, f.text)));
  for (const file of parsed) if (file.syntaxError) diagnostics.push(file.syntaxError);

  const modules = groupModules(parsed);
  const called = new Set<string>();
  for (const m of modules.values()) for (const c of m.calls) if (c.source !== undefined) called.add(joinPath(m.dir, c.source));
  const roots = [...modules.values()].filter((m) => !called.has(m.dir));

  const tfvars = await readTfvars(input.tfvars ?? [], diagnostics);
  const machines: MachineDraft[] = [];
  const vhds: VhdDraft[] = [];
  const notices: string[] = [];
  for (const root of roots) {
    const values = new Map<string, Evaluated>();
    for (const t of tfvars) if (roots.length === 1 || t.dir === root.dir) for (const [k, v] of t.values) values.set(k, v);
    const inputs = (name: string) => values.get(name);
    const before = machines.length;
    instantiate(root, '', inputs, 'no .tfvars value', undefined, modules, 0, machines, vhds);
    // A configuration set up for Hyper-V that defines no VM is worth a word: its VMs may have been moved or deleted.
    const providerBlock = machines.length === before ? hypervProviderBlock(root) : undefined;
    if (providerBlock) {
      notices.push(
        `${formatSpan(providerBlock.file.lines.span(providerBlock.block.start))}: this configuration sets up the Hyper-V provider but defines no hyperv_machine_instance, so there is nothing to evaluate in it.`,
      );
    }
  }

  const built = buildMachines(machines, vhds);
  return {
    vms: built.vms,
    jobs: [],
    hosts: [],
    exceptions: [],
    diagnostics: [...diagnostics, ...built.diagnostics],
    notices,
    files: [...input.files.map((f) => f.path), ...(input.tfvars ?? []).map((f) => f.path)],
  };
}

function groupModules(files: readonly HclFile[]): Map<string, ModuleDir> {
  const modules = new Map<string, ModuleDir>();
  for (const file of files) {
    const dir = dirnameOf(file.path);
    let m = modules.get(dir);
    if (!m) {
      m = { dir, files: [], variables: new Map(), locals: new Map(), resources: [], calls: [], hypervSource: undefined };
      modules.set(dir, m);
    }
    (m.files as HclFile[]).push(file);
    for (const block of file.body.blocks) {
      if (block.type === 'variable' && block.labels[0]) m.variables.set(block.labels[0], { file, block });
      else if (block.type === 'locals') for (const [name, a] of block.body.attributes) m.locals.set(name, { file, expr: a.expr });
      else if (block.type === 'resource' && block.labels.length >= 2) m.resources.push({ file, block });
      else if (block.type === 'module' && block.labels[0]) {
        const source = block.body.attributes.get('source')?.expr;
        const literal = source?.kind === 'literal' && typeof source.value === 'string' ? source.value : undefined;
        // Only local paths can be followed; registry and git modules are not in the repository.
        const local = literal !== undefined && /^\.\.?\//.test(literal) ? literal : undefined;
        m.calls.push({ file, block, name: block.labels[0], source: local });
      } else if (block.type === 'terraform') {
        const hyperv = block.body.blocks
          .filter((b) => b.type === 'required_providers')
          .map((b) => b.body.attributes.get('hyperv')?.expr)
          .find((e) => e?.kind === 'object');
        if (hyperv?.kind === 'object') {
          const source = hyperv.elems.find((e) => objectKeyText(e.key) === 'source')?.value;
          if (source?.kind === 'literal' && typeof source.value === 'string') (m as { hypervSource: string | undefined }).hypervSource = source.value;
        }
      }
    }
  }
  return modules;
}

function objectKeyText(key: import('./hcl-syntax.js').Expr): string | undefined {
  const k = objectKey(key, { variable: () => unknownValue(''), local: () => unknownValue('') });
  return k.kind === 'known' ? k.value : undefined;
}

/** One use of a module: the root, or a `module` block (with `[*]` when it has count/for_each). */
function instantiate(
  module: ModuleDir,
  prefix: string,
  inputs: (name: string) => Evaluated | undefined,
  missingInput: string,
  inheritedProvider: string | undefined,
  modules: ReadonlyMap<string, ModuleDir>,
  depth: number,
  machines: MachineDraft[],
  vhds: VhdDraft[],
): void {
  if (depth > MAX_MODULE_DEPTH) return;
  const provider = module.hypervSource ?? inheritedProvider;
  const scope = moduleScope(module, inputs, missingInput);
  const vhdBlocks = new Map(
    module.resources.flatMap((r) => (r.block.labels[0] === VHD && r.block.labels[1] !== undefined ? [[r.block.labels[1], r] as const] : [])),
  );

  // hyperv_vhd.<name>.path inside the same module: the path as that block writes it.
  const resolving = new Set<string>();
  const withResources: Scope = {
    ...scope,
    resource: (type, name, attribute) => {
      const vhd = type === VHD && attribute === 'path' ? vhdBlocks.get(name) : undefined;
      const pathExpr = vhd?.block.body.attributes.get('path')?.expr;
      if (!vhd || !pathExpr || resolving.has(name)) return undefined;
      resolving.add(name);
      try {
        return evaluate(pathExpr, withResources);
      } finally {
        resolving.delete(name);
      }
    },
  };

  if (provider === undefined || isCompatibleProvider(provider)) {
    for (const { file, block } of module.resources) {
      const [type, name] = block.labels as [string, string];
      if ((type !== MACHINE && type !== VHD) || block.broken) continue;
      const repetition = repeated(block, withResources);
      if (repetition === 'none') continue;
      const address = `${prefix}${type}.${name}${repetition === 'many' ? '[*]' : ''}`;
      const positions = new BlockPositions(file, block);
      if (type === MACHINE) machines.push(machineDraft(address, positions, withResources, prefix, vhdBlocks));
      else vhds.push(vhdDraft(address, positions, withResources));
    }
  }

  for (const call of module.calls) {
    if (call.source === undefined || call.block.broken) continue;
    const child = modules.get(joinPath(module.dir, call.source));
    if (!child) continue;
    const repetition = repeated(call.block, withResources);
    if (repetition === 'none') continue;
    const childPrefix = `${prefix}module.${call.name}${repetition === 'many' ? '[*]' : ''}.`;
    const childInputs = (name: string): Evaluated | undefined => {
      const a = call.block.body.attributes.get(name);
      return a ? evaluate(a.expr, withResources) : undefined;
    };
    instantiate(child, childPrefix, childInputs, `module.${call.name} does not set it`, provider, modules, depth + 1, machines, vhds);
  }
}

/** `count`/`for_each`: 'one' without them, 'none' when literally empty, else 'many' (one VM stands for all). */
function repeated(block: HclBlock, scope: Scope): 'one' | 'many' | 'none' {
  const count = block.body.attributes.get('count');
  const forEach = block.body.attributes.get('for_each');
  const repetition = count ?? forEach;
  if (!repetition) return 'one';
  const v = evaluate(repetition.expr, scope);
  if (v.kind === 'known') {
    if (count && v.value === 0) return 'none';
    if (forEach && ((Array.isArray(v.value) && v.value.length === 0) || (isObject(v.value) && Object.keys(v.value).length === 0))) return 'none';
  }
  return 'many';
}

function moduleScope(module: ModuleDir, inputs: (name: string) => Evaluated | undefined, missingInput: string): Scope {
  const locals = new Map<string, Evaluated>();
  const evaluating = new Set<string>();
  const scope: Scope = {
    variable: (name) => {
      const given = inputs(name);
      if (given) return given;
      const declared = module.variables.get(name);
      if (!declared) return unknownValue(`var.${name} is not declared in ${module.dir || 'the root module'}`);
      const fallback = declared.block.body.attributes.get('default');
      if (!fallback) return unknownValue(`var.${name} has no default and ${missingInput}`);
      // Defaults are constants in Terraform; evaluate them without variables.
      return evaluate(fallback.expr, { variable: (n) => unknownValue(`var.${n} in a default`), local: (n) => unknownValue(`local.${n} in a default`) });
    },
    local: (name) => {
      const cached = locals.get(name);
      if (cached) return cached;
      const local = module.locals.get(name);
      if (!local) return unknownValue(`local.${name} is not defined in ${module.dir || 'the root module'}`);
      if (evaluating.has(name)) return unknownValue(`local.${name} refers to itself`);
      evaluating.add(name);
      const v = evaluate(local.expr, scope);
      evaluating.delete(name);
      locals.set(name, v);
      return v;
    },
  };
  return scope;
}

function field(positions: BlockPositions, name: string, scope: Scope): Field {
  const a = positions.attribute(name);
  if (!a) return absent(positions.header);
  return fromEvaluated(evaluate(a.expr, scope), positions.file.lines.span(a.start, a.end));
}

function fromEvaluated(v: Evaluated, at: SourceSpan): Field {
  if (v.kind === 'unknown')
    return v.suffix === undefined ? { kind: 'unknown', at, reason: v.reason } : { kind: 'unknown', at, reason: v.reason, suffix: v.suffix };
  if (v.value !== null && typeof v.value === 'object') return { kind: 'unknown', at, reason: 'the value is a collection, not a single value' };
  return { kind: 'known', value: v.value, at, written: true };
}

function machineDraft(address: string, positions: BlockPositions, scope: Scope, prefix: string, vhdBlocks: ReadonlyMap<string, unknown>): MachineDraft {
  const f = (name: string) => field(positions, name, scope);
  return {
    address,
    format: 'terraform',
    at: positions.whole,
    name: f('name'),
    path: f('path'),
    generation: f('generation'),
    state: f('state'),
    checkpointType: f('checkpoint_type'),
    snapshotFileLocation: f('snapshot_file_location'),
    integrationServices: services(positions, scope),
    disks: disks(positions, scope, prefix, vhdBlocks),
  };
}

function services(positions: BlockPositions, scope: Scope): MapDraft {
  const a = positions.attribute('integration_services');
  if (!a) return absent(positions.header);
  const at = positions.file.lines.span(a.start, a.end);
  if (a.expr.kind === 'object') {
    const entries: MapEntryDraft[] = [];
    for (const elem of a.expr.elems) {
      const key = objectKey(elem.key, scope);
      const elemAt = positions.file.lines.span(elem.start, elem.end);
      if (key.kind === 'unknown') return { kind: 'unknown', at: elemAt, reason: key.reason };
      entries.push({ key: key.value, at: elemAt, value: fromEvaluated(evaluate(elem.value, scope), elemAt) });
    }
    return { kind: 'entries', at, entries };
  }
  const v = evaluate(a.expr, scope);
  if (v.kind === 'unknown') return { kind: 'unknown', at, reason: v.reason };
  if (!isObject(v.value)) return fromEvaluated(v, at);
  return {
    kind: 'entries',
    at,
    entries: Object.entries(v.value).map(([key, value]) => ({ key, at, value: fromEvaluated(known(value), at) })),
  };
}

function disks(positions: BlockPositions, scope: Scope, prefix: string, vhdBlocks: ReadonlyMap<string, unknown>): DiskDraft[] {
  const out: DiskDraft[] = [];
  for (const { positions: p, dynamic } of positions.nestedBlocks('hard_disk_drives')) {
    if (!dynamic) {
      out.push(diskDraft(p, scope, prefix, vhdBlocks));
      continue;
    }
    const iteratorName = iteratorOf(dynamic) ?? 'hard_disk_drives';
    const forEach = dynamic.body.attributes.get('for_each');
    const elements = forEach ? evaluate(forEach.expr, scope) : unknownValue('the dynamic block has no for_each');
    if (elements.kind === 'known' && (Array.isArray(elements.value) || isObject(elements.value))) {
      // Literal for_each: one disk per element, with the iterator known.
      const pairs: [HclValue, HclValue][] = Array.isArray(elements.value)
        ? (elements.value as HclValue[]).map((v, i) => [i, v])
        : Object.entries(elements.value as Record<string, HclValue>);
      for (const [key, value] of pairs) {
        const iterators = new Map([[iteratorName, known({ key, value })]]);
        out.push(diskDraft(p, { ...scope, iterators }, prefix, vhdBlocks));
      }
      continue;
    }
    const reason = elements.kind === 'unknown' ? elements.reason : 'for_each is not a collection';
    const iterators = new Map([
      [iteratorName, unknownValue(`\`${iteratorName}\` is an element of the dynamic block's for_each, which is unknown (${reason})`)],
    ]);
    out.push(diskDraft(p, { ...scope, iterators }, prefix, vhdBlocks));
  }
  return out;
}

function iteratorOf(dynamic: HclBlock): string | undefined {
  const e = dynamic.body.attributes.get('iterator')?.expr;
  return e?.kind === 'traversal' && e.steps.length === 0 ? e.root : undefined;
}

function diskDraft(positions: BlockPositions, scope: Scope, prefix: string, vhdBlocks: ReadonlyMap<string, unknown>): DiskDraft {
  const f = (name: string) => field(positions, name, scope);
  const pathExpr = positions.attribute('path')?.expr;
  const first = pathExpr?.kind === 'traversal' ? pathExpr.steps[0] : undefined;
  const vhdName = pathExpr?.kind === 'traversal' && pathExpr.root === VHD && first && 'attr' in first ? first.attr : undefined;
  return {
    at: positions.whole,
    controllerType: f('controller_type'),
    controllerNumber: f('controller_number'),
    controllerLocation: f('controller_location'),
    path: f('path'),
    diskNumber: f('disk_number'),
    supportPersistentReservations: f('support_persistent_reservations'),
    ...(vhdName !== undefined && vhdBlocks.has(vhdName) ? { vhdAddress: vhdAddressIn(prefix, vhdName, vhdBlocks) } : {}),
  };
}

function vhdAddressIn(prefix: string, name: string, vhdBlocks: ReadonlyMap<string, unknown>): string {
  const block = vhdBlocks.get(name) as { block: HclBlock } | undefined;
  const many = block && (block.block.body.attributes.has('count') || block.block.body.attributes.has('for_each'));
  return `${prefix}${VHD}.${name}${many ? '[*]' : ''}`;
}

function vhdDraft(address: string, positions: BlockPositions, scope: Scope): VhdDraft {
  return {
    address,
    at: positions.whole,
    path: field(positions, 'path', scope),
    vhdType: field(positions, 'vhd_type', scope),
    parentPath: field(positions, 'parent_path', scope),
  };
}

interface Tfvars {
  readonly dir: string;
  readonly values: Map<string, Evaluated>;
}

/** `.tfvars` (HCL) and `.tfvars.json`; later files override earlier ones, as Terraform loads them. */
async function readTfvars(files: readonly SourceFile[], diagnostics: Diagnostic[]): Promise<Tfvars[]> {
  const out: Tfvars[] = [];
  for (const f of files) {
    const values = new Map<string, Evaluated>();
    if (f.path.toLowerCase().endsWith('.json')) {
      try {
        const parsed = JSON.parse(f.text) as unknown;
        if (isObject(parsed as HclValue)) for (const [k, v] of Object.entries(parsed as Record<string, HclValue>)) values.set(k, known(v));
      } catch (error) {
        diagnostics.push({
          at: { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
          code: 'tfvars-json',
          message: `not valid JSON: ${(error as Error).message}`,
        });
      }
    } else {
      const file = await parseHclFile(f.path, f.text);
      if (file.syntaxError) diagnostics.push(file.syntaxError);
      const constants: Scope = {
        variable: (n) => unknownValue(`var.${n} cannot be used in a .tfvars file`),
        local: (n) => unknownValue(`local.${n} cannot be used in a .tfvars file`),
      };
      for (const [name, a] of file.body.attributes) {
        const v = evaluate(a.expr, constants);
        values.set(name, v.kind === 'unknown' ? unknownValue(`${f.path} sets var.${name} to \`${quote(a.expr)}\`, which is not a constant`) : v);
      }
    }
    out.push({ dir: dirnameOf(f.path), values });
  }
  return out;
}

function isObject(value: HclValue | undefined): value is Readonly<Record<string, HclValue>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The `provider "hyperv"` block of a root module, or its `terraform` block requiring the Hyper-V provider. */
function hypervProviderBlock(module: ModuleDir): { file: HclFile; block: HclBlock } | undefined {
  for (const file of module.files) {
    for (const block of file.body.blocks) {
      if (block.type === 'provider' && block.labels[0] === 'hyperv') return { file, block };
    }
  }
  if (module.hypervSource === undefined || !isCompatibleProvider(module.hypervSource)) return undefined;
  for (const file of module.files) for (const block of file.body.blocks) if (block.type === 'terraform') return { file, block };
  return undefined;
}
