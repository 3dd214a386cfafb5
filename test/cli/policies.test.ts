import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

describe('hvgate policies', () => {
  test('lists the pack with default levels; integrity policies are hard-mandatory', async () => {
    const run = await runCli(['policies', '--format', 'json']);
    expect(run.code).toBe(0);
    const { policies } = JSON.parse(run.stdout) as { policies: { id: string }[] };
    expect(policies.map((p) => p.id)).toEqual(Array.from({ length: 17 }, (_, i) => `HVB${String(i).padStart(3, '0')}`));
    const byId = Object.fromEntries(policies.map((p) => [p.id, p]));
    expect(byId.HVB000).toMatchObject({ level: 'error', enforcement: 'hard-mandatory', blocks: true });
    expect(byId.HVB016).toMatchObject({ level: 'error', enforcement: 'hard-mandatory', blocks: true });
    expect(byId.HVB003).toMatchObject({ level: 'warning', enforcement: 'soft-mandatory', blocks: false, principle: 2 });
    expect(byId.HVB009).toMatchObject({ requiresJobs: true });
    expect(byId.HVB005).toMatchObject({ unverified: true });
  });

  test('the text listing (golden)', async () => {
    const run = await runCli(['policies']);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('__golden__/policies.txt');
  });

  test('shows what the configuration makes of them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hvgate-policies-'));
    await writeFile(
      join(dir, '.hvgate.yml'),
      'policies:\n  HVB003: { level: error, enforcement: hard-mandatory }\n  vm-running: off\n  HVB010: { enforcement: advisory }\n',
    );
    const run = await runCli(['policies'], { cwd: dir });
    expect(run.code).toBe(0);
    const line = (id: string) =>
      run.stdout
        .split('\n')
        .find((l) => l.startsWith(id))!
        .replace(/ {2,}/g, ' | ');
    expect(line('HVB003')).toMatch(/^HVB003 \| checkpoint-same-volume \| error \(default warning\) \| hard-mandatory \| yes \| /);
    expect(line('HVB006')).toMatch(/^HVB006 \| vm-running \| off \(default note\) \| soft-mandatory \| no \| /);
    expect(line('HVB010')).toMatch(/^HVB010 \| backup-coverage \| error \| advisory \| no \| /);
  });

  test('wrong arguments exit 2', async () => {
    expect((await runCli(['policies', '--format', 'sarif'])).code).toBe(2);
    expect((await runCli(['policies', 'examples'])).stderr).toMatch(/^hvgate: policies takes no paths/);
  });
});
