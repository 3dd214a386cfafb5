/** Where reports go: files get the whole report; the terminal's text is shortened only when a file holds it all. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emitReports, TERMINAL_LIST_LIMIT } from '../../src/app/output.js';
import { largeReport } from '../support/large-report.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'hvgate-output-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** 150 VMs fail their job's snapshot: 300 blocking findings, more than the terminal lists. */
const report = () => largeReport({ vms: 300, failing: 150 });
const blockingLines = (text: string) => text.split('\n').filter((line) => / {2}error {2}HVB0(09|12) {2}/.test(line)).length;

describe('emitReports', () => {
  it('writes every finding to the file and lists the first ones on the terminal, naming the file for the rest', async () => {
    let terminal = '';
    await emitReports(report(), { format: 'json', output: 'out/report.json', cwd, color: false }, (text) => (terminal += text));
    const written = JSON.parse(readFileSync(join(cwd, 'out/report.json'), 'utf8')) as { findings: unknown[] };
    expect(written.findings.filter((f) => (f as { blocking: boolean }).blocking)).toHaveLength(300);
    expect(blockingLines(terminal)).toBe(TERMINAL_LIST_LIMIT);
    expect(terminal).toContain(`  … and ${300 - TERMINAL_LIST_LIMIT} more blocking findings: all are in out/report.json.`);
    expect(terminal).toMatch(/\nGate: BLOCKED — 300 blocking/);
  });

  it('lists everything on the terminal when no file holds the report', async () => {
    let terminal = '';
    await emitReports(report(), { format: 'text', cwd, color: false }, (text) => (terminal += text));
    expect(blockingLines(terminal)).toBe(300);
    expect(terminal).not.toContain('all are in');
  });
});
