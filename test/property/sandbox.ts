/**
 * Runs the gate in-process on files written to a temporary folder, the way `hvgate check` runs in a
 * pipeline: the real readers, parsers, engine and reporters, nothing replaced.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { policies } from '../../policies/index.js';
import { main } from '../../src/cli/main.js';

export interface GateRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class Sandbox {
  private readonly dir = mkdtempSync(join(tmpdir(), 'hvgate-property-'));

  async check(files: Readonly<Record<string, string>>, format: 'json' | 'text' = 'json'): Promise<GateRun> {
    for (const entry of readdirSync(this.dir)) rmSync(join(this.dir, entry), { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['check', '.', '--format', format, '--no-color', '--today', '2026-06-01'],
      { cwd: this.dir, env: { PATH: process.env.PATH }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, today: '2026-06-01' },
      policies,
    );
    return { code, stdout, stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A run that ended in an internal error (a stack trace), not in a verdict or a user error. */
export function crashed(run: GateRun): boolean {
  return ![0, 1, 2].includes(run.code) || run.stderr.includes('internal error');
}

/** The verdict of a run: blocked (1), passed (0), or not judged (2: the input could not be used). */
export function verdictOf(run: GateRun): 'blocked' | 'passed' | 'unusable' {
  return run.code === 1 ? 'blocked' : run.code === 0 ? 'passed' : 'unusable';
}
