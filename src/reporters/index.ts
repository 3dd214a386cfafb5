/** The reporter registry: output formats by name, as the CLI and the Action choose them. */
import { gitlabReporter } from './gitlab.js';
import { jsonReportChunks, jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import type { GateReport, Reporter, ReporterOptions } from './report.js';
import { sarifChunks, sarifReporter } from './sarif.js';
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

/**
 * A report as pieces of text, for writing to a file or a stream: JSON and SARIF are written piece by
 * piece, since a large estate's document is longer than the longest string V8 can hold. `reporter`
 * replaces the registry's for this format (the plan view for text).
 */
export function renderChunks(format: ReporterName, report: GateReport, options: ReporterOptions, reporter?: Reporter): Iterable<string> {
  if (reporter !== undefined) return [reporter(report, options)];
  if (format === 'json') return jsonReportChunks(report);
  if (format === 'sarif') return sarifChunks(report, options);
  return [reporters[format](report, options)];
}

/** Pieces joined into strings of about `size` characters: fewer writes, and none too long for a string. */
export function* batched(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

export type { GateReport, Reporter, ReporterOptions } from './report.js';
