/**
 * The `.tf` files beside Terraform's JSON: which folder is the root of the configuration a plan or
 * state was made from, and the `.tf` block behind a resource address (module calls followed through
 * their local `source` paths), so that findings point at the line a reviewer changes. Resources of
 * registry modules have no source here; they keep their JSON positions.
 */
import { BlockPositions } from './block-positions.js';
import { child, scalar, type JsonNode } from './json-tree.js';
import { parseHclFile, type HclFile } from './hcl-syntax.js';
import { dirnameOf, joinPath } from './paths.js';

interface DirIndex {
  readonly resources: Map<string, BlockPositions>;
  readonly calls: Map<string, string | undefined>;
}

/** Which configuration a plan or state belongs to. */
export type RootMatch =
  /** The root folder, found by where the file is or by what its configuration declares. */
  | { readonly kind: 'root'; readonly dir: string }
  /** Several roots declare the same resources and module calls: the file's own folder must say. */
  | { readonly kind: 'ambiguous'; readonly dirs: readonly string[] }
  /** No `.tf` files in the selection belong to it. */
  | { readonly kind: 'none' };

export class PlanSources {
  private constructor(
    private readonly dirs: ReadonlyMap<string, DirIndex>,
    /** Folders no local module call points at. */
    readonly roots: ReadonlySet<string>,
  ) {}

  static readonly empty = new PlanSources(new Map(), new Set());

  static async build(sources: readonly { path: string; text: string }[]): Promise<PlanSources> {
    const files: HclFile[] = [];
    for (const s of sources) files.push(await parseHclFile(s.path, s.text));
    const dirs = new Map<string, DirIndex>();
    for (const file of files) {
      const dir = dirnameOf(file.path);
      let index = dirs.get(dir);
      if (!index) dirs.set(dir, (index = { resources: new Map(), calls: new Map() }));
      for (const block of file.body.blocks) {
        if (block.broken) continue;
        if (block.type === 'resource' && block.labels.length >= 2)
          index.resources.set(`${block.labels[0]}.${block.labels[1]}`, new BlockPositions(file, block));
        else if (block.type === 'module' && block.labels[0]) {
          const source = block.body.attributes.get('source')?.expr;
          index.calls.set(block.labels[0], source?.kind === 'literal' && typeof source.value === 'string' ? source.value : undefined);
        }
      }
    }
    const called = new Set<string>();
    for (const [dir, index] of dirs) for (const source of index.calls.values()) if (source !== undefined && isLocal(source)) called.add(joinPath(dir, source));
    return new PlanSources(dirs, new Set([...dirs.keys()].filter((dir) => !called.has(dir))));
  }

  /**
   * The root of a plan's (or state's) configuration: the folder the file is in when it holds `.tf`
   * files, else the one root that declares most of the configuration's root resources and module calls.
   */
  rootFor(file: string, configuration: JsonNode | undefined): RootMatch {
    const own = dirnameOf(file);
    if (this.dirs.has(own)) return { kind: 'root', dir: own };
    const wanted = declared(configuration);
    if (wanted.length === 0) return { kind: 'none' };
    let best: string[] = [];
    let bestScore = 0;
    for (const [dir, index] of [...this.dirs].filter(([d]) => this.roots.has(d)).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const score = wanted.filter((w) => (w.startsWith('module:') ? index.calls.has(w.slice(7)) : index.resources.has(w.slice(9)))).length;
      if (score > bestScore) [best, bestScore] = [[dir], score];
      else if (score === bestScore && score > 0) best.push(dir);
    }
    const [only, ...others] = best;
    if (only === undefined) return { kind: 'none' };
    return others.length === 0 ? { kind: 'root', dir: only } : { kind: 'ambiguous', dirs: best };
  }

  /** `modules` are the call names from the root (`["vm", "disks"]` for `module.vm.module.disks`). */
  locate(root: string, configuration: JsonNode | undefined, modules: readonly string[], type: string, name: string): BlockPositions | undefined {
    let dir = root;
    let config = child(configuration, 'root_module');
    for (const call of modules) {
      const configCall = child(child(config, 'module_calls'), call);
      const source = this.dirs.get(dir)?.calls.get(call) ?? stringOf(child(configCall, 'source'));
      if (source === undefined || !isLocal(source)) return undefined;
      dir = joinPath(dir, source);
      config = child(configCall, 'module');
    }
    return this.dirs.get(dir)?.resources.get(`${type}.${name}`);
  }
}

const isLocal = (source: string) => /^\.\.?[\\/]/.test(source);

/** `resource:<type>.<name>` and `module:<name>` of the configuration's root module. */
function declared(configuration: JsonNode | undefined): string[] {
  const root = child(configuration, 'root_module');
  const wanted: string[] = [];
  const resources = child(root, 'resources');
  if (resources?.kind === 'array') for (const r of resources.items) wanted.push(`resource:${stringOf(child(r, 'type'))}.${stringOf(child(r, 'name'))}`);
  const calls = child(root, 'module_calls');
  if (calls?.kind === 'object') for (const name of calls.members.keys()) wanted.push(`module:${name}`);
  return wanted;
}

function stringOf(node: JsonNode | undefined): string | undefined {
  const v = scalar(node);
  return typeof v === 'string' ? v : undefined;
}
