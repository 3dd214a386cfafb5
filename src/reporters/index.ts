/** The reporter registry: output formats by name, as the CLI and the Action choose them. */
import { jsonReporter } from './json.js';
import type { Reporter } from './report.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export type ReporterName = 'text' | 'json' | 'sarif';

export const reporters: Record<ReporterName, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
};

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

export type { GateReport, Reporter, ReporterOptions } from './report.js';
