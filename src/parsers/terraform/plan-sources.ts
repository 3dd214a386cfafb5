/**
 * Finds the `.tf` block behind a plan resource address: the root module is the plan's folder (or the
 * folder whose blocks match the plan's configuration), module calls are followed through their local
 * `source` paths. Resources of registry modules have no source here; they keep plan positions.
 */
import type { Diagnostic } from '../../core/model.js';
import { BlockPositions } from './block-positions.js';
import { child, scalar, type JsonNode } from './json-tree.js';
import { parseHclFile, type HclFile } from './hcl-syntax.js';
import { dirnameOf, joinPath } from './paths.js';

interface DirIndex {
  readonly resources: Map<string, BlockPositions>;
  readonly calls: Map<string, string | undefined>;
}

export class PlanSources {
  private constructor(
    private readonly dirs: ReadonlyMap<string, DirIndex>,
    private readonly root: string | undefined,
    private readonly configuration: JsonNode | undefined,
  ) {}

  static async build(
    planFile: string,
    sources: readonly { path: string; text: string }[],
    configuration: JsonNode | undefined,
    diagnostics: Diagnostic[],
  ): Promise<PlanSources> {
    const files: HclFile[] = [];
    for (const s of sources) files.push(await parseHclFile(s.path, s.text));
    const dirs = new Map<string, DirIndex>();
    for (const file of files) {
      if (file.syntaxError) diagnostics.push(file.syntaxError);
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
    return new PlanSources(dirs, pickRoot(planFile, dirs, configuration), configuration);
  }

  /** `modules` are the call names from the root (`["vm", "disks"]` for `module.vm.module.disks`). */
  locate(modules: readonly string[], type: string, name: string): BlockPositions | undefined {
    if (this.root === undefined) return undefined;
    let dir = this.root;
    let config = child(this.configuration, 'root_module');
    for (const call of modules) {
      const configCall = child(child(config, 'module_calls'), call);
      const source = this.dirs.get(dir)?.calls.get(call) ?? stringOf(child(configCall, 'source'));
      if (source === undefined || !/^\.\.?\//.test(source)) return undefined;
      dir = joinPath(dir, source);
      config = child(configCall, 'module');
    }
    return this.dirs.get(dir)?.resources.get(`${type}.${name}`);
  }
}

function pickRoot(planFile: string, dirs: ReadonlyMap<string, DirIndex>, configuration: JsonNode | undefined): string | undefined {
  const planDir = dirnameOf(planFile);
  if (dirs.has(planDir)) return planDir;
  // Otherwise: the folder that declares most of the root module's resources and module calls.
  const root = child(configuration, 'root_module');
  const wanted: string[] = [];
  const resources = child(root, 'resources');
  if (resources?.kind === 'array') for (const r of resources.items) wanted.push(`resource:${stringOf(child(r, 'type'))}.${stringOf(child(r, 'name'))}`);
  const calls = child(root, 'module_calls');
  if (calls?.kind === 'object') for (const name of calls.members.keys()) wanted.push(`module:${name}`);
  let best: string | undefined;
  let bestScore = 0;
  for (const [dir, index] of [...dirs].sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))) {
    const score = wanted.filter((w) => (w.startsWith('module:') ? index.calls.has(w.slice(7)) : index.resources.has(w.slice(9)))).length;
    if (score > bestScore) [best, bestScore] = [dir, score];
  }
  return best;
}

function stringOf(node: JsonNode | undefined): string | undefined {
  const v = scalar(node);
  return typeof v === 'string' ? v : undefined;
}
