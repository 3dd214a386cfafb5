/**
 * Writes reports where they were asked for. `--format` chooses what the terminal gets; `--output FILE`
 * sends that format to a file instead, and each `--report FORMAT=FILE` writes one more file, so one
 * run can feed code scanning, a test-report view and a code-quality widget while the CI log stays
 * readable text.
 */
import { batched, renderChunks, reporters, type ReporterName } from '../reporters/index.js';
import type { GateReport, Reporter, ReporterOptions } from '../reporters/report.js';
import { writeReportFile } from './report-file.js';

/** One `--report FORMAT=FILE`. */
export interface ReportFile {
  readonly format: ReporterName;
  /** As given, relative to the working directory or absolute. */
  readonly path: string;
}

export interface OutputTarget {
  readonly format: ReporterName;
  readonly output?: string;
  /** Further reports to write, in the order given. */
  readonly reports?: readonly ReportFile[];
  readonly cwd: string;
  readonly color: boolean;
}

/** The text renderers of a command: for text report files, and for the terminal's text when it shows less (`--quiet`). */
export interface TextViews {
  readonly file?: Reporter;
  readonly terminal?: Reporter;
}

/**
 * Renders and writes every requested report. The terminal gets `format`, or the text report when
 * `--output` took `format` to a file (`text`: the command's text view, which `plan` replaces with its
 * plan view and `--quiet` or `--compact` shorten on the terminal; files always get the whole report).
 * Every file is written before the terminal output, so a report that cannot be written fails the run
 * (exit 2) before anything suggests success.
 */
export async function emitReports(report: GateReport, target: OutputTarget, write: (text: string) => void, views: TextViews = {}): Promise<void> {
  const fileText = views.file ?? reporters.text;
  const render = (format: ReporterName, options: ReporterOptions, text: Reporter): Iterable<string> =>
    batched(renderChunks(format, report, options, format === 'text' ? text : undefined));
  const files: ReportFile[] = [...(target.output !== undefined ? [{ format: target.format, path: target.output }] : []), ...(target.reports ?? [])];
  for (const file of files) await writeOutput(target.cwd, file.path, render(file.format, {}, fileText));
  const terminal: ReporterName = target.output !== undefined ? 'text' : target.format;
  const whole = files.find((file) => file.format !== 'text') ?? files[0];
  const options: ReporterOptions = {
    color: target.color && terminal === 'text',
    // With the whole report in a file, the terminal's text lists are shortened and point at it.
    ...(terminal === 'text' && whole !== undefined ? { shorten: { limit: TERMINAL_LIST_LIMIT, file: whole.path } } : {}),
  };
  for (const piece of render(terminal, options, views.terminal ?? fileText)) write(piece);
}

/** How many entries of each list the terminal shows when the whole report is in a file. */
export const TERMINAL_LIST_LIMIT = 100;

/**
 * Writes a file, creating its folder, never through a symbolic link; a path that cannot be written is
 * the user's to fix (exit 2), not an internal error.
 */
export async function writeOutput(cwd: string, file: string, text: string | Iterable<string>): Promise<void> {
  await writeReportFile(file, text, { cwd });
}
