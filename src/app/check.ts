/**
 * `hvgate check`: evaluates every definition under the given paths and decides. Returns the report
 * and the exit code; the caller renders (user errors are thrown, and become exit 2 at the edge).
 */
import { decide } from '../core/gate.js';
import type { AnyPolicy } from '../core/policy.js';
import { loadConfig } from '../config/load-config.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import { workingTreeDirectories } from '../load/terraform-directories.js';
import { evaluateSources } from './evaluate-sources.js';
import { gateRun, type GateRun } from './gate-run.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly configPath?: string;
  readonly cwd: string;
  /** `YYYY-MM-DD`; decides which exceptions have expired. */
  readonly today: string;
}

export async function runCheck(options: CheckOptions, pack: readonly AnyPolicy[]): Promise<GateRun> {
  const config = await loadConfig(options.configPath, options.cwd, pack);
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const files = await readFiles(listed, options.cwd);
  const { estate, evaluation } = await evaluateSources(
    files,
    config,
    pack,
    { today: options.today },
    { terraformDirectories: workingTreeDirectories(options.cwd) },
  );
  const decision = decide(evaluation.findings, config.settings);
  return gateRun({ evaluation, decision, pack, settings: config.settings, files: estate.files });
}
