/** Finds and reads the configuration file (edge: file I/O); parsing is pure and lives in config.ts. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AnyPolicy } from '../core/policy.js';
import { ConfigurationError, describeReadError } from '../errors.js';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type GateConfig } from './config.js';

/** Reads `--config FILE`, or `.hvgate.yml` in `cwd` when present, or returns the defaults. */
export async function loadConfig(explicitPath: string | undefined, cwd: string, pack: readonly AnyPolicy[]): Promise<GateConfig> {
  const path = explicitPath ?? CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((candidate) => existsSync(candidate));
  if (path === undefined) return DEFAULT_CONFIG;
  const absolute = resolve(cwd, path);
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => {
    throw new ConfigurationError(`${explicitPath ?? path}: cannot read the configuration file (${describeReadError(error)})`);
  });
  return parseConfig(relative(cwd, absolute).split('\\').join('/'), text, pack);
}
