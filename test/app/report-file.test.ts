/** Report files: never written or read through a symbolic link, never outside the workspace when one is given. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReportFile, writeReportFile } from '../../src/app/report-file.js';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hvgate-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'hvgate-out-'));
  writeFileSync(join(outside, 'victim'), 'untouched');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('writeReportFile', () => {
  it('writes inside the workspace, creating folders', async () => {
    const path = await writeReportFile('out/deep/r.sarif', 'x', { cwd: root, root, label: 'sarif-file' });
    expect(path).toBe(join(root, 'out/deep/r.sarif'));
    expect(readFileSync(path, 'utf8')).toBe('x');
  });

  it('refuses a link as the file, a link as any folder, and a path outside the workspace', async () => {
    symlinkSync(join(outside, 'victim'), join(root, 'r.sarif'));
    symlinkSync(outside, join(root, 'linked'));
    mkdirSync(join(root, 'real'));
    symlinkSync(outside, join(root, 'real', 'deeper'));
    await expect(writeReportFile('r.sarif', 'x', { cwd: root, root, label: 'sarif-file' })).rejects.toThrow(
      'sarif-file r.sarif: is a symbolic link; hvgate never writes a report through a link',
    );
    await expect(writeReportFile('linked/r.sarif', 'x', { cwd: root, root })).rejects.toThrow(
      'linked/r.sarif: linked is a symbolic link; hvgate never writes a report through a link',
    );
    await expect(writeReportFile('real/deeper/new/r.sarif', 'x', { cwd: root, root })).rejects.toThrow('real/deeper is a symbolic link');
    await expect(writeReportFile(join(outside, 'r.sarif'), 'x', { cwd: root, root })).rejects.toThrow(
      `is outside the workspace ${root}; write reports inside it`,
    );
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched');
  });

  it('without a workspace (the CLI) still refuses links but writes where the user points', async () => {
    symlinkSync(join(outside, 'victim'), join(root, 'report.json'));
    await expect(writeReportFile('report.json', 'x', { cwd: root })).rejects.toThrow('report.json: is a symbolic link');
    expect(await writeReportFile(join(outside, 'mine.json'), 'x', { cwd: root })).toBe(join(outside, 'mine.json'));
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched');
  });
});

describe('readReportFile', () => {
  it('reads a file within the size limit, and refuses links, folders and oversized files', async () => {
    writeFileSync(join(root, 'r.json'), '{}');
    expect(await readReportFile('r.json', 10, { cwd: root, root })).toBe('{}');
    symlinkSync(join(outside, 'victim'), join(root, 'l.json'));
    await expect(readReportFile('l.json', 10, { cwd: root, root })).rejects.toThrow('l.json: is a symbolic link; hvgate never reads a report through a link');
    writeFileSync(join(root, 'big.json'), 'x'.repeat(11));
    await expect(readReportFile('big.json', 10, { cwd: root, root })).rejects.toThrow('big.json: has 11 bytes, more than the 10 a report may have');
    await expect(readReportFile('missing/r.json', 10, { cwd: root, root })).rejects.toThrow('missing/r.json: cannot be read (ENOENT)');
  });
});
