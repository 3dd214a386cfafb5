/**
 * `hvgate check`: evaluates every definition under the given paths and decides. Returns the report
 * and the exit code; the caller renders (user errors are thrown, and become exit 2 at the edge).
 */
import { decide } from '../core/gate.js';
import type { AnyPolicy } from '../core/policy.js';
import { loadConfig } from '../config/load-config.js';
import type { GateConfig } from '../config/config.js';
import { discoverFiles, readFiles } from '../load/filesystem.js';
import { decodeSources, parseDecoded, type DecodedSources, type ParsedSources } from '../load/parse-sources.js';
import { workingTreeDirectories } from '../load/terraform-directories.js';
import { evaluateParsed } from './evaluate-sources.js';
import { checkGateInput, withPolicySelection, type GateOptions } from './gate-options.js';
import { gateRun, type GateRun } from './gate-run.js';
import { checkGivenPlans, readTerraformPlans, withoutGivenPlans } from './plan-sources.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly configPath?: string;
  readonly cwd: string;
  /** `YYYY-MM-DD`; decides which exceptions have expired. */
  readonly today: string;
  /** The pipeline's own `terraform show -json` plans; each stands in for its root's `.tf` files. */
  readonly terraformPlans?: readonly string[];
  /** What the pipeline's command line adds: policy selection, the level that blocks, a baseline. */
  readonly gate?: GateOptions;
}

export async function runCheck(options: CheckOptions, pack: readonly AnyPolicy[]): Promise<GateRun> {
  const config = withPolicySelection(await loadConfig(options.configPath, options.cwd, pack), pack, options.gate);
  const parsed = await parseSelection(options, config);
  checkGivenPlans(parsed.plans);
  const { estate, evaluation } = evaluateParsed(parsed, config, pack, { today: options.today });
  const decision = decide(evaluation.findings, config.settings, checkGateInput(pack, options.gate));
  return gateRun({ evaluation, decision, pack, settings: config.settings, files: estate.files });
}

/**
 * Reads and parses the selected files and the given plans. A plan JSON of a large estate is hundreds of
 * megabytes: its bytes are let go once decoded, before it is parsed, and its text once parsed, before
 * evaluation (a check lists no attributes for a plan diff, so no part of the text is kept).
 */
async function parseSelection(options: CheckOptions, config: GateConfig): Promise<ParsedSources> {
  return parseDecoded(await decodeSelection(options, config), { terraformDirectories: workingTreeDirectories(options.cwd), attributes: false });
}

/** The selection's texts; the files and their bytes are referenced from this call alone. */
async function decodeSelection(options: CheckOptions, config: GateConfig): Promise<DecodedSources> {
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const terraformPlans = await readTerraformPlans(options.terraformPlans ?? [], options.cwd);
  return decodeSources(withoutGivenPlans(await readFiles(listed, options.cwd), terraformPlans), terraformPlans);
}
