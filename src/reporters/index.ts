/** The reporter registry: output formats by name, as the CLI and the Action choose them. */
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import type { Reporter } from './report.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export type ReporterName = 'text' | 'json' | 'sarif' | 'junit' | 'gitlab' | 'markdown';

export const reporters: Record<ReporterName, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  gitlab: gitlabReporter,
  markdown: markdownReporter,
};

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

export type { GateReport, Reporter, ReporterOptions } from './report.js';
