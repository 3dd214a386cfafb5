/**
 * `hvgate check`: evaluate every definition under the given paths and report. Returns the exit code:
 * 0 nothing blocking, 1 blocking findings (errors are thrown as user errors → 2 by the caller).
 */
import { decide } from '../core/gate.js';
import type { AnyPolicy } from '../core/policy.js';
import { loadConfig } from '../config/load-config.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import type { GateReport } from '../reporters/report.js';
import { evaluateSources } from './evaluate-sources.js';
import type { Output, OutputTarget, ReportFile } from './output.js';
import { TOOL } from './tool.js';

type ReportFormat = OutputTarget['format'];

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: ReportFormat;
  readonly output?: string;
  /** Further reports, one file each (`--report FORMAT=FILE`). */
  readonly reports?: readonly ReportFile[];
  readonly configPath?: string;
  readonly cwd: string;
  /** `YYYY-MM-DD`; decides which exceptions have expired. */
  readonly today: string;
  readonly color: boolean;
}

export async function runCheck(options: CheckOptions, pack: readonly AnyPolicy[], output: Output): Promise<number> {
  const config = await loadConfig(options.configPath, options.cwd, pack);
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const files = await readFiles(listed, options.cwd);
  const { estate, evaluation } = await evaluateSources(files, config, pack, { today: options.today });
  const { findings, verdict } = decide(evaluation.findings, config.settings);
  const disabledPolicies = pack.filter((policy) => config.settings.policies[policy.id]?.level === 'off').map((policy) => policy.id);
  const report: GateReport = { tool: TOOL, evaluation, findings, verdict, policies: pack, files: estate.files, disabledPolicies };
  await output.emit(report, options);
  return verdict.passed ? 0 : 1;
}
