/**
 * Reads Terraform configurations without running Terraform, for repositories that do not produce a
 * plan. A directory of configuration files is a module; a root module is one that no module call
 * among the files read points at. Each root is its own configuration, with its own variables and
 * tfvars, and its local module calls are followed wherever they lead inside the repository; every
 * module instance (count, for_each, a module called twice) is evaluated with its own values.
 */
import type { Diagnostic, Estate } from '../../core/model.js';
import { formatSpan } from '../../core/source.js';
import { collectConfiguration, type Collected } from './collect.js';
import type { MachineDraft, VhdDraft } from './draft.js';
import { automaticVariablesRank, terraformFileKind, type SourceFile } from './files.js';

export type { SourceFile };
import { Budget, EvaluationLimit, evaluate, type Scope } from './hcl-eval.js';
import { parseTfJsonFile } from './hcl-json.js';
import { parseHclFile, type HclFile } from './hcl-syntax.js';
import { buildModule, filesFor, hasTofuFiles, type ModuleCall, type Reader, type TerraformModule } from './module.js';
import { ModuleInstance, type ConfigurationContext } from './module-instance.js';
import { dirnameOf, joinPath } from './paths.js';
import { buildMachines, isCompatibleProvider } from './provider-semantics.js';
import { remoteModule } from './unseen.js';
import { fromPlain, invalid, type TfValue } from './values.js';

/** Reads the Terraform files of a directory that a module call points at (paths relative to the working directory). */
export interface TerraformDirectoryReader {
  read(dir: string): Promise<DirectoryListing>;
}

export type DirectoryListing =
  /** Configuration files and automatically loaded variable files directly in the directory. */
  | { readonly kind: 'files'; readonly files: readonly SourceFile[]; readonly diagnostics: readonly Diagnostic[] }
  /** The directory is outside the repository (or reached through a link that leaves it); it is not read. */
  | { readonly kind: 'outside' }
  | { readonly kind: 'missing' };

export interface ConfigurationInput {
  readonly files: readonly SourceFile[];
  readonly tfvars?: readonly SourceFile[];
  /** Reads module directories that are not among `files`; without it only `files` are known. */
  readonly directories?: TerraformDirectoryReader;
  /** Root folders not to evaluate: the pipeline's plan, or a state, stands in for them. */
  readonly replacedRoots?: ReadonlySet<string>;
}

/** Work allowed per configuration; far beyond any real one (see Budget). */
const STEPS_PER_CONFIGURATION = 5_000_000;

export async function parseTerraformConfiguration(input: ConfigurationInput): Promise<Estate> {
  const repository = new RepositoryModules(input.directories);
  await repository.addSelected(input.files, input.tfvars ?? []);
  await repository.followCalls();

  const machines: MachineDraft[] = [];
  const vhds: VhdDraft[] = [];
  const notices: string[] = [];
  const diagnostics: Diagnostic[] = [...repository.diagnostics];
  const unevaluated: Diagnostic[] = [...repository.unevaluated];
  for (const root of repository.roots()) {
    if (input.replacedRoots?.has(root)) continue;
    const result = await evaluateConfiguration(root, repository);
    // Loops, not push(...list): a root with 100,000 instances would overflow the stack as call arguments.
    for (const machine of result.machines) machines.push(machine);
    for (const vhd of result.vhds) vhds.push(vhd);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    for (const diagnostic of result.unevaluated) unevaluated.push(diagnostic);
    if (result.machines.length === 0) {
      const notice = providerWithoutVms(repository.module(root, 'terraform'));
      if (notice) notices.push(notice);
    }
  }

  const built = buildMachines(machines, vhds);
  return {
    vms: built.vms,
    jobs: [],
    hosts: [],
    exceptions: [],
    diagnostics: [...unique(diagnostics), ...built.diagnostics],
    notices,
    unevaluated: unique(unevaluated),
    files: repository.filesRead(),
  };
}

/** Every module directory the configurations use, parsed once, with each tool's view of it. */
class RepositoryModules {
  readonly diagnostics: Diagnostic[] = [];
  readonly unevaluated: Diagnostic[] = [];
  private readonly parsed = new Map<string, HclFile[]>();
  private readonly variableFiles = new Map<string, SourceFile[]>();
  private readonly selected = new Set<string>();
  private readonly called = new Set<string>();
  private readonly views = new Map<string, TerraformModule>();
  /** Where each local call leads: `dir\0name` → target directory, when it is read. */
  private readonly targets = new Map<string, string>();
  /** What the reader found in each directory it was asked for. */
  private readonly listings = new Map<string, DirectoryListing['kind']>();
  private readonly paths: string[] = [];

  constructor(private readonly reader: TerraformDirectoryReader | undefined) {}

  async addSelected(files: readonly SourceFile[], tfvars: readonly SourceFile[]): Promise<void> {
    for (const file of files) {
      await this.addFile(file);
      this.selected.add(dirnameOf(file.path));
    }
    for (const file of tfvars) this.addVariables(file);
    // Terraform reads every file of a module directory, not just those selected.
    for (const dir of [...this.selected].sort()) await this.readDirectory(dir);
  }

  /** Loads every directory that a local module call reaches, and notes the calls that cannot be followed. */
  async followCalls(): Promise<void> {
    const queue = [...this.parsed.keys()].sort();
    const visited = new Set<string>();
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
      if (visited.has(dir)) continue;
      visited.add(dir);
      for (const call of this.callsIn(dir)) {
        const target = await this.resolveCall(dir, call);
        if (target === undefined) continue;
        this.targets.set(`${dir}\0${call.name}`, target);
        this.called.add(target);
        queue.push(target);
      }
    }
  }

  /** Selected directories that no module call points at. */
  roots(): string[] {
    return [...this.selected].filter((dir) => !this.called.has(dir) && this.parsed.has(dir)).sort();
  }

  module(dir: string, reader: Reader): TerraformModule | undefined {
    const key = `${reader}:${dir}`;
    let view = this.views.get(key);
    const files = this.parsed.get(dir);
    if (!view && files) {
      view = buildModule(dir, filesFor(files, reader));
      this.views.set(key, view);
      for (const d of view.diagnostics) this.diagnostics.push(d);
    }
    return view;
  }

  target(from: TerraformModule, call: ModuleCall): string | undefined {
    return this.targets.get(`${from.dir}\0${call.name}`);
  }

  hasTofuFiles(dir: string): boolean {
    return hasTofuFiles(this.parsed.get(dir) ?? []);
  }

  /** The root's tfvars in Terraform's order: terraform.tfvars, terraform.tfvars.json, *.auto.tfvars[.json], then files named explicitly. */
  async rootVariables(root: string): Promise<Map<string, TfValue>> {
    const files = [...(this.variableFiles.get(root) ?? [])].sort((a, b) => {
      const [ra, rb] = [automaticVariablesRank(a.path) ?? '9', automaticVariablesRank(b.path) ?? '9'];
      return ra < rb ? -1 : ra > rb ? 1 : 0;
    });
    const values = new Map<string, TfValue>();
    for (const file of files) for (const [name, value] of await readVariablesFile(file, this.diagnostics)) values.set(name, value);
    return values;
  }

  filesRead(): string[] {
    return [...new Set(this.paths)];
  }

  private callsIn(dir: string): ModuleCall[] {
    const calls = new Map<string, ModuleCall>();
    for (const reader of ['opentofu', 'terraform'] as const) for (const call of this.module(dir, reader)?.calls ?? []) calls.set(call.name, call);
    return [...calls.values()];
  }

  private async resolveCall(dir: string, call: ModuleCall): Promise<string | undefined> {
    const source = call.source;
    if (call.block.node.broken) return undefined;
    if (source === undefined) {
      this.diagnostics.push(callProblem(call, 'terraform-module-source', `module.${call.name} has no literal source; Terraform requires one`));
      return undefined;
    }
    // Terraform treats only ./ and ../ as local paths; everything else is fetched from elsewhere.
    if (!/^\.\.?\//.test(source) && source !== '.' && source !== '..') {
      this.unevaluated.push(remoteModule(call.block, call.name, source));
      return undefined;
    }
    const target = joinPath(dir, source);
    const listing = this.parsed.has(target) ? 'files' : await this.readDirectory(target);
    if (this.parsed.has(target)) return target;
    const why =
      listing === 'outside'
        ? 'leads outside the repository; it is not read'
        : `(${target || '.'}) ${this.reader ? 'does not exist in the repository' : 'is not among the files read'}`;
    this.diagnostics.push(
      callProblem(
        call,
        listing === 'outside' ? 'terraform-module-outside' : 'terraform-module-not-found',
        `module.${call.name}: its source ${JSON.stringify(source)} ${why}, so its VMs cannot be evaluated`,
      ),
    );
    return undefined;
  }

  /** Reads the Terraform files of a directory once; says what the reader found there. */
  private async readDirectory(dir: string): Promise<DirectoryListing['kind'] | undefined> {
    if (!this.reader) return undefined;
    const known = this.listings.get(dir);
    if (known) return known;
    const listing = await this.reader.read(dir);
    this.listings.set(dir, listing.kind);
    if (listing.kind !== 'files') return listing.kind;
    for (const diagnostic of listing.diagnostics) this.diagnostics.push(diagnostic);
    const read = new Set([...(this.parsed.get(dir) ?? []).map((f) => f.path), ...(this.variableFiles.get(dir) ?? []).map((f) => f.path)]);
    for (const file of listing.files) {
      if (read.has(file.path)) continue;
      const kind = terraformFileKind(file.path);
      if (kind?.role === 'configuration') await this.addFile(file);
      else if (kind?.role === 'variables' && automaticVariablesRank(file.path) !== undefined) this.addVariables(file);
    }
    return 'files';
  }

  private async addFile(file: SourceFile): Promise<void> {
    const kind = terraformFileKind(file.path);
    const parsed = kind?.syntax === 'json' ? await parseTfJsonFile(file.path, file.text) : await parseHclFile(file.path, file.text);
    if (parsed.syntaxError) this.diagnostics.push(parsed.syntaxError);
    const dir = dirnameOf(file.path);
    this.parsed.set(dir, [...(this.parsed.get(dir) ?? []), parsed]);
    this.paths.push(file.path);
  }

  private addVariables(file: SourceFile): void {
    const dir = dirnameOf(file.path);
    this.variableFiles.set(dir, [...(this.variableFiles.get(dir) ?? []), file]);
    this.paths.push(file.path);
  }
}

/**
 * One configuration. When a module of it has OpenTofu files, it is read both as OpenTofu reads it
 * and as Terraform does, since either may run it; a VM that only one of them creates is evaluated too.
 */
async function evaluateConfiguration(root: string, repository: RepositoryModules): Promise<Collected> {
  const readers: Reader[] = closureOf(root, repository).some((dir) => repository.hasTofuFiles(dir)) ? ['opentofu', 'terraform'] : ['terraform'];
  const variables = await repository.rootVariables(root);
  const result: Collected = { machines: [], vhds: [], diagnostics: [], unevaluated: [] };
  const seen = new Set<string>();
  for (const reader of readers) {
    const rootModule = repository.module(root, reader);
    if (!rootModule) continue;
    const context: ConfigurationContext = {
      budget: new Budget(STEPS_PER_CONFIGURATION),
      moduleAt: (from, call) => {
        const target = repository.target(from, call);
        return target === undefined ? undefined : repository.module(target, reader);
      },
    };
    const instance = new ModuleInstance(rootModule, '', (name) => variables.get(name), 'no .tfvars value', context, 0);
    const view = collectConfiguration(instance, root);
    // Twin files that say the same thing give one VM, not two.
    for (const machine of view.machines) if (once(seen, draftSignature(machine))) result.machines.push(machine);
    for (const vhd of view.vhds) if (once(seen, draftSignature(vhd))) result.vhds.push(vhd);
    for (const diagnostic of view.diagnostics) result.diagnostics.push(diagnostic);
    for (const diagnostic of view.unevaluated) result.unevaluated.push(diagnostic);
  }
  return result;
}

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function closureOf(root: string, repository: RepositoryModules): string[] {
  const dirs = new Set<string>([root]);
  const queue = [root];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    for (const reader of ['opentofu', 'terraform'] as const) {
      const module = repository.module(dir, reader);
      for (const call of module?.calls ?? []) {
        const target = module ? repository.target(module, call) : undefined;
        if (target !== undefined && !dirs.has(target)) {
          dirs.add(target);
          queue.push(target);
        }
      }
    }
  }
  return [...dirs];
}

function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${formatSpan(d.at)}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function draftSignature(draft: MachineDraft | VhdDraft): string {
  return JSON.stringify(draft, (key, value: unknown) => (key === 'at' ? undefined : value));
}

/** A root that sets up the Hyper-V provider but defines no VM is worth a word: its VMs may have been moved or deleted. */
function providerWithoutVms(module: TerraformModule | undefined): string | undefined {
  if (!module) return undefined;
  const provider = module.providerBlocks.find((p) => p.node.labels[0] === 'hyperv');
  const source = module.providerSources.get('hyperv');
  const block = provider ?? (source !== undefined && isCompatibleProvider(source) ? module.terraformBlock : undefined);
  if (!block) return undefined;
  return `${formatSpan(block.node.lines.span(block.node.start))}: this configuration sets up the Hyper-V provider but defines no hyperv_machine_instance, so there is nothing to evaluate in it.`;
}

function callProblem(call: ModuleCall, code: string, message: string): Diagnostic {
  const source = call.block.node.body.attributes.get('source');
  const at = source ? source.lines.span(source.start, source.end) : call.block.node.lines.span(call.block.node.start, call.block.node.end);
  return { at, code, message, fix: 'Point the module source at a directory of the repository that holds the module (./ or ../ paths).' };
}

/** `.tfvars` (HCL: constant attributes) and `.tfvars.json`. */
async function readVariablesFile(file: SourceFile, diagnostics: Diagnostic[]): Promise<Map<string, TfValue>> {
  const values = new Map<string, TfValue>();
  if (terraformFileKind(file.path)?.syntax === 'json') {
    try {
      const parsed = JSON.parse(file.text.replace(/^\uFEFF/, '')) as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) for (const [k, v] of Object.entries(parsed)) values.set(k, fromPlain(v));
      else
        diagnostics.push({
          at: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 2 },
          code: 'tfvars-json',
          message: 'a .tfvars.json file must be one JSON object',
        });
    } catch (error) {
      diagnostics.push({
        at: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
        code: 'tfvars-json',
        message: `not valid JSON: ${(error as Error).message}`,
      });
    }
    return values;
  }
  const parsed = await parseHclFile(file.path, file.text);
  if (parsed.syntaxError) diagnostics.push(parsed.syntaxError);
  const constants: Scope = {
    variable: (n) => invalid(`var.${n} cannot be used in a .tfvars file`),
    local: (n) => invalid(`local.${n} cannot be used in a .tfvars file`),
    resource: () => undefined,
    module: () => undefined,
    context: '',
    budget: new Budget(STEPS_PER_CONFIGURATION),
  };
  for (const [name, a] of parsed.body.attributes) {
    try {
      const value = evaluate(a.expr, constants);
      values.set(name, value.kind === 'scalar' ? { ...value, at: a.lines.span(a.start, a.end) } : value);
    } catch (error) {
      if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
      diagnostics.push({ at: a.lines.span(a.start, a.end), code: 'terraform-too-complex', message: `${name} in ${file.path} is too large to evaluate` });
    }
  }
  return values;
}
