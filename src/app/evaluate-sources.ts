/**
 * The gate pipeline shared by `check`, `plan` and the Action: parse the sources, add overlays,
 * evaluate the pack, decide. Pure apart from the Terraform grammar it loads.
 */
import type { GateConfig } from '../config/config.js';
import { applyConfig } from '../config/overlay.js';
import { evaluate, type EvaluateOptions, type Evaluation } from '../core/engine.js';
import type { Estate } from '../core/model.js';
import type { AnyPolicy } from '../core/policy.js';
import { parseSources, type ParsedSources, type ParseOptions } from '../load/parse-sources.js';
import type { SourceFile } from '../load/source-file.js';

export interface EvaluatedSources {
  readonly parsed: ParsedSources;
  /** The estate after the configuration's overlays and exceptions: what the policies saw. */
  readonly estate: Estate;
  readonly evaluation: Evaluation;
}

export async function evaluateSources(
  files: readonly SourceFile[],
  config: GateConfig,
  pack: readonly AnyPolicy[],
  options: EvaluateOptions,
  parse: ParseOptions = {},
): Promise<EvaluatedSources> {
  const parsed = await parseSources(files, parse);
  const estate = applyConfig(parsed.estate, config);
  return { parsed, estate, evaluation: evaluate(estate, pack, config.settings, options) };
}
