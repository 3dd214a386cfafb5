/**
 * Reads the two sides of a plan: the base commit from git, the head from git or the working tree,
 * and the gate configuration from the side that governs the change.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type GateConfig } from '../config/config.js';
import { configCandidates, loadConfig, withGlobBase } from '../config/load-config.js';
import type { AnyPolicy } from '../core/policy.js';
import { ConfigurationError } from '../errors.js';
import type { CommitSources, GitRepository } from '../git/repository.js';
import { digestFiles } from '../load/digest.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import { decodeSources, type DecodedSources } from '../load/parse-sources.js';
import type { Selection } from '../load/selection.js';
import { MAX_PLAN_BYTES, type SourceFile } from '../load/source-file.js';
import type { GivenPlan } from '../parsers/terraform/index.js';

/** Where a side's definitions come from: a commit, or the working tree when `commit` is undefined. */
export interface SideLocation {
  readonly commit?: string;
}

/** A side's definition files, decoded, with the digests of their bytes (for a saved plan). */
export interface DecodedSide {
  readonly decoded: DecodedSources;
  /** sha256 of each file's exact bytes, by path. */
  readonly digests: ReadonlyMap<string, string>;
}

/**
 * Reads and decodes a side's files, without those the pipeline's plans stand in for (`givenPlans`),
 * and with `withPlans` decoded beside them. The bytes are let go on return: a plan's bytes are then
 * garbage while its text is parsed, not held beside the model it becomes.
 */
export async function readDecodedSide(
  repo: GitRepository,
  side: SideLocation,
  paths: readonly string[],
  selection: Selection,
  cwd: string,
  givenPlans: readonly SourceFile[],
  withPlans: readonly SourceFile[] = [],
): Promise<DecodedSide> {
  const { files, digests } = await readSide(repo, side, paths, selection, cwd);
  return { decoded: decodeSources(withoutGivenPlans(files, givenPlans), withPlans), digests };
}

/** Paths asked for that the side does not contain, found without reading a file (only reported for commits). */
export async function missingOnSide(repo: GitRepository, side: SideLocation, paths: readonly string[], selection: Selection): Promise<readonly string[]> {
  return side.commit === undefined ? [] : repo.missingSources(side.commit, paths, selection);
}

async function readSide(repo: GitRepository, side: SideLocation, paths: readonly string[], selection: Selection, cwd: string): Promise<CommitSources> {
  if (side.commit !== undefined) return repo.readSources(side.commit, paths, selection);
  const listed = await discoverFiles(paths, selection, cwd);
  const files = await readFiles(listed, cwd);
  return { files, digests: await digestFiles(files, cwd) };
}

/**
 * The configuration as a side has it: `--config FILE` or the nearest `.hvgate.yml` up to the repository
 * root, read from the commit, or from the working tree when `commit` is undefined. A commit without a
 * configuration file has the defaults.
 */
export async function readSideConfig(
  repo: GitRepository,
  side: SideLocation,
  configPath: string | undefined,
  cwd: string,
  pack: readonly AnyPolicy[],
  label: string,
): Promise<GateConfig> {
  if (side.commit === undefined) return loadConfig(configPath, cwd, pack);
  for (const candidate of configPath !== undefined ? [configPath] : configCandidates(cwd)) {
    const text = await repo.readText(side.commit, candidate);
    if (text === undefined) continue;
    try {
      const config = parseConfig(candidate.split('\\').join('/').replace(/^\.\//, ''), text, pack);
      return configPath === undefined ? withGlobBase(config, candidate, cwd) : config;
    } catch (error) {
      if (error instanceof ConfigurationError)
        throw new ConfigurationError(`${error.message} (in the configuration of the ${label}, commit ${side.commit.slice(0, 12)})`);
      throw error;
    }
  }
  if (configPath !== undefined) throw new ConfigurationError(`${configPath}: not found in the ${label} (commit ${side.commit.slice(0, 12)})`);
  return DEFAULT_CONFIG;
}

/**
 * The pipeline's own `terraform show -json` plans (`--terraform-plan`), read from the working tree
 * or from anywhere the pipeline wrote them. They are trusted as the pipeline's output, so they are
 * read whole up to the plan size limit; a missing or oversized file is a configuration error.
 */
export async function readTerraformPlans(paths: readonly string[], cwd: string): Promise<SourceFile[]> {
  const plans: SourceFile[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error: unknown) => {
      throw new ConfigurationError(`--terraform-plan ${given}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    });
    if (!info.isFile()) throw new ConfigurationError(`--terraform-plan ${given}: not a file; pass the output of terraform show -json tfplan`);
    if (info.size > MAX_PLAN_BYTES)
      throw new ConfigurationError(`--terraform-plan ${given}: larger than ${MAX_PLAN_BYTES / 1024 ** 3} GiB, no plan is this big`);
    const bytes = await readFile(absolute);
    plans.push({ path: toPosix(relative(cwd, absolute)), bytes, size: bytes.length, truncated: false, explicit: true });
  }
  return plans;
}

/** A given plan must belong to one configuration; which one, only the pipeline can say when several match. */
export function checkGivenPlans(plans: readonly GivenPlan[]): void {
  for (const { file, root } of plans) {
    if (root.kind !== 'ambiguous') continue;
    throw new ConfigurationError(
      `--terraform-plan ${file}: the plan matches the configurations in ${root.dirs.join(' and ')} equally; write it into the folder of its root configuration (e.g. ${root.dirs[0]}/plan.json) so that hvgate knows which one it stands in for`,
    );
  }
}

/** The selection without the given plans: a given plan inside it is the pipeline's, not a definition found there. */
export function withoutGivenPlans(files: readonly SourceFile[], plans: readonly SourceFile[]): SourceFile[] {
  const given = new Set(plans.map((p) => p.path));
  return files.filter((f) => !given.has(f.path));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
