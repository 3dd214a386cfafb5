/**
 * What follows parsing in `check` and on each side of `plan`: add the configuration's overlays to
 * what was parsed, evaluate the pack. Pure.
 */
import type { GateConfig } from '../config/config.js';
import { applyConfig } from '../config/overlay.js';
import { evaluate, type EvaluateOptions, type Evaluation } from '../core/engine.js';
import type { Estate } from '../core/model.js';
import type { AnyPolicy } from '../core/policy.js';
import type { ParsedSources } from '../load/parse-sources.js';

export interface EvaluatedSources {
  /** The estate after the configuration's overlays and exceptions: what the policies saw. */
  readonly estate: Estate;
  readonly evaluation: Evaluation;
}

export function evaluateParsed(parsed: ParsedSources, config: GateConfig, pack: readonly AnyPolicy[], options: EvaluateOptions): EvaluatedSources {
  const estate = applyConfig(parsed.estate, config);
  return { estate, evaluation: evaluate(estate, pack, config.settings, options) };
}
