/**
 * Reads the two sides of a plan: the base commit from git, the head from git or the working tree,
 * and the gate configuration from the side that governs the change.
 */
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type GateConfig } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import type { AnyPolicy } from '../core/policy.js';
import { ConfigurationError } from '../errors.js';
import type { GitRepository } from '../git/repository.js';
import { digestFiles } from '../load/digest.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import type { Selection } from '../load/selection.js';
import type { SourceFile } from '../load/source-file.js';

/** Where a side's definitions come from: a commit, or the working tree when `commit` is undefined. */
export interface SideLocation {
  readonly commit?: string;
}

export interface SideFiles {
  readonly files: readonly SourceFile[];
  /** sha256 per path, of the exact bytes. */
  readonly digests: ReadonlyMap<string, string>;
  /** Paths asked for that this side does not contain (only reported for commits). */
  readonly missing: readonly string[];
}

export async function readSide(repo: GitRepository, side: SideLocation, paths: readonly string[], selection: Selection, cwd: string): Promise<SideFiles> {
  if (side.commit !== undefined) return repo.readSources(side.commit, paths, selection);
  const listed = await discoverFiles(paths, selection, cwd);
  const files = await readFiles(listed, cwd);
  return { files, digests: await digestFiles(files, cwd), missing: [] };
}

/**
 * The configuration as a side has it: `--config FILE` or `.hvgate.yml`, read from the commit, or from
 * the working tree when `commit` is undefined. A commit without a configuration file has the defaults.
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
  for (const candidate of configPath !== undefined ? [configPath] : CONFIG_FILE_NAMES) {
    const text = await repo.readText(side.commit, candidate);
    if (text === undefined) continue;
    try {
      return parseConfig(candidate.split('\\').join('/').replace(/^\.\//, ''), text, pack);
    } catch (error) {
      if (error instanceof ConfigurationError)
        throw new ConfigurationError(`${error.message} (in the configuration of the ${label}, commit ${side.commit.slice(0, 12)})`);
      throw error;
    }
  }
  if (configPath !== undefined) throw new ConfigurationError(`${configPath}: not found in the ${label} (commit ${side.commit.slice(0, 12)})`);
  return DEFAULT_CONFIG;
}
