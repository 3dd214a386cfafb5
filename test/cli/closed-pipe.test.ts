/**
 * `hvgate … | head`: the bundled CLI whose reader closes the pipe early ends quietly, with the exit
 * code the gate reached, never with a stack trace.
 */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { CLI, ROOT } from './run-cli.js';

/** Runs the CLI with the reading end of its stdout (or stderr) closed before it writes anything. */
function runWithClosed(stream: 'stdout' | 'stderr', args: readonly string[]): Promise<{ code: number | null; signal: string | null; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child[stream].destroy();
    let other = '';
    const open = stream === 'stdout' ? child.stderr : child.stdout;
    open.setEncoding('utf8');
    open.on('data', (chunk: string) => (other += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, other });
    });
  });
}

describe('a reader that closes the pipe early', () => {
  test('stdout closed: the gate ends quietly with its own exit code (1 when it blocks)', async () => {
    const blocked = await runWithClosed('stdout', ['check', 'examples/estate', '--today', '2026-11-24']);
    expect(blocked).toEqual({ code: 1, signal: null, other: '' });
    const json = await runWithClosed('stdout', ['check', 'examples/estate', '--format', 'json', '--today', '2026-11-24']);
    expect(json).toEqual({ code: 1, signal: null, other: '' });
    expect(await runWithClosed('stdout', ['--help'])).toEqual({ code: 0, signal: null, other: '' });
  });

  test('stderr closed: a usage error still exits 2, and stdout stays clean', async () => {
    expect(await runWithClosed('stderr', ['check', '--formt', 'json'])).toEqual({ code: 2, signal: null, other: '' });
  });
});
