/**
 * Writes a report where it was asked for. With `--output FILE` the chosen format goes to the file and
 * a text report to the terminal, so a CI log stays readable while SARIF or JSON is uploaded.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { reporters } from '../reporters/index.js';
import type { GateReport } from '../reporters/report.js';

export interface OutputTarget {
  readonly format: keyof typeof reporters;
  readonly output?: string;
  readonly cwd: string;
  readonly color: boolean;
}

export interface Output {
  emit(report: GateReport, target: OutputTarget): Promise<void>;
}

/** Output to a stream (the terminal) and files. */
export function streamOutput(write: (text: string) => void): Output {
  return {
    async emit(report, target) {
      if (target.output === undefined) {
        write(reporters[target.format](report, { color: target.color && target.format === 'text' }));
        return;
      }
      const path = resolve(target.cwd, target.output);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, reporters[target.format](report, { color: false }));
      write(reporters.text(report, { color: target.color }));
    },
  };
}
