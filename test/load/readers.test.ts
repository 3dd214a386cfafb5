/**
 * The working-tree reader and the git reader select and read the same files, whatever their names,
 * sizes and links, and nothing that could hold a definition is left out silently.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { parseSources } from '../../src/load/parse-sources.js';
import { Workspace } from './workspace.js';

const VM = 'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: evil-01 }\nspec: { disks: [{ name: d, passThrough: { diskNumber: 3 } }] }\n';

let workspace: Workspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

describe.each(['tree', 'git'] as const)('%s reader', (mode) => {
  const read = (w: Workspace, ...args: Parameters<Workspace['readTree']>) => (mode === 'tree' ? w.readTree(...args) : w.readCommit(...args));

  test('a definition after the first megabytes of an oversized file is reported, not skipped', async () => {
    workspace = new Workspace({ 'big.yaml': `${'# padding\n'.repeat(600_000)}${VM}`, 'lock.json': `{"a": "${'x'.repeat(5_000_000)}"}` });
    const files = await read(workspace);
    expect(files.map((f) => [f.path, f.truncated, f.mayDefine])).toEqual([
      ['big.yaml', true, true],
      ['lock.json', true, false],
    ]);
    const { estate, ignored } = await parseSources(files);
    expect(estate.diagnostics.map((d) => [d.at.file, d.code])).toEqual([['big.yaml', 'file-too-large']]);
    expect(ignored).toEqual(['lock.json']);
  });
});
