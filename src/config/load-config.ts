/** Finds and reads the configuration file (edge: file I/O); parsing is pure and lives in config.ts. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { AnyPolicy } from '../core/policy.js';
import { ConfigurationError, describeReadError } from '../errors.js';
import { repositoryRoot } from '../load/terraform-directories.js';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type GateConfig } from './config.js';

/** Reads `--config FILE`, or the nearest `.hvgate.yml` from `cwd` up to the repository root, or returns the defaults. */
export async function loadConfig(explicitPath: string | undefined, cwd: string, pack: readonly AnyPolicy[]): Promise<GateConfig> {
  const path = explicitPath ?? configCandidates(cwd).find((candidate) => existsSync(resolve(cwd, candidate)));
  if (path === undefined) return DEFAULT_CONFIG;
  const absolute = resolve(cwd, path);
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => {
    throw new ConfigurationError(`${explicitPath ?? path}: cannot read the configuration file (${describeReadError(error)})`);
  });
  const config = parseConfig(relative(cwd, absolute).split('\\').join('/'), text, pack);
  return explicitPath === undefined ? withGlobBase(config, path, cwd) : config;
}

/**
 * A configuration found in a folder above the working directory matches its globs from its own
 * folder, as its schema says. (`--config FILE` keeps matching from the working directory.)
 */
export function withGlobBase(config: GateConfig, found: string, cwd: string): GateConfig {
  const base = relative(dirname(resolve(cwd, found)), resolve(cwd))
    .split('\\')
    .join('/');
  return base === '' ? config : { ...config, globBase: base };
}

/**
 * Where a configuration file may be, nearest first, relative to `cwd`: each folder from `cwd` up to the
 * repository root (as ESLint, tflint and Checkov look), never above it, so a file outside the
 * repository cannot govern it. Outside a repository, only `cwd`.
 */
export function configCandidates(cwd: string, root: string = repositoryRoot(cwd)): string[] {
  const candidates: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const prefix = relative(resolve(cwd), dir);
    for (const name of CONFIG_FILE_NAMES) candidates.push(prefix === '' ? name : join(prefix, name).split('\\').join('/'));
    if (dir === resolve(root) || dirname(dir) === dir) return candidates;
  }
}
