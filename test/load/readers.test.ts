/**
 * The working-tree reader and the git reader select and read the same files, whatever their names,
 * sizes and links, and nothing that could hold a definition is left out silently.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { GitRepository } from '../../src/git/repository.js';
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

  test('a plan larger than a definition may be is read whole, byte for byte, with small files beside it', async () => {
    const plan = `{"format_version": "1.2", "resource_changes": [], "padding": "${'é0123456789'.repeat(600_000)}"}`;
    workspace = new Workspace({ 'plan.json': plan, 'a.yaml': VM, 'z.yaml': VM });
    const files = await read(workspace);
    expect(files.map((f) => [f.path, f.truncated, new TextDecoder().decode(f.bytes) === (f.path === 'plan.json' ? plan : VM)])).toEqual([
      ['a.yaml', false, true],
      ['plan.json', false, true],
      ['z.yaml', false, true],
    ]);
  });
});

describe('both readers see the same files', () => {
  const names = [
    'vms\nold/a.yaml',
    'vms/b\u2028.yaml',
    '-rf/--c.yaml',
    'vms/ünï/d.yaml',
    '[x]/*.yaml',
    '{a,b}/!e.yaml',
    'vms/F.YAML',
    'vms/g.yaml.',
    '.hidden/h.yml',
    'node_modules/pkg/i.json',
    'infra/.terraform/j.yaml',
    'infra/.terraform/modules/m/main.tf',
    'data/k.txt',
  ];
  const links = { 'vms/k.yaml': '../data/k.txt', 'vms/out.yaml': '/etc/hostname', 'vms/gone.yaml': 'nothing.yaml', store: 'vms', 'vms/far': '/usr' };

  test('with odd names, tool folders and links', async () => {
    workspace = new Workspace(Object.fromEntries(names.map((name) => [name, VM])), links);
    const view = (files: Awaited<ReturnType<Workspace['readTree']>>) =>
      files.map((f) => [f.path, f.unreadable?.code ?? new TextDecoder().decode(f.bytes).length]);
    const tree = view(await workspace.readTree());
    expect(tree).toEqual(view(await workspace.readCommit()));
    expect(tree).toEqual([
      ['-rf/--c.yaml', VM.length],
      ['.hidden/h.yml', VM.length],
      ['[x]/*.yaml', VM.length],
      ['infra/.terraform/j.yaml', VM.length],
      ['node_modules/pkg/i.json', VM.length],
      ['vms\nold/a.yaml', VM.length],
      ['vms/F.YAML', VM.length],
      ['vms/b\u2028.yaml', VM.length],
      ['vms/far', 'link-outside-repository'],
      ['vms/g.yaml.', VM.length],
      ['vms/gone.yaml', 'link-dangling'],
      ['vms/k.yaml', VM.length],
      ['vms/out.yaml', 'link-outside-repository'],
      ['vms/ünï/d.yaml', VM.length],
      ['{a,b}/!e.yaml', VM.length],
    ]);
  });

  test('a folder named on the command line through a link, and a linked file named directly', async () => {
    workspace = new Workspace({ 'real/vm.yaml': VM, 'data/x.txt': VM }, { vms: 'real', 'one.yaml': 'data/x.txt' });
    for (const files of [await workspace.readTree(['vms', 'one.yaml']), await workspace.readCommit(['vms', 'one.yaml'])]) {
      expect(files.map((f) => [f.path, f.explicit])).toEqual([
        ['one.yaml', true],
        ['vms/vm.yaml', false],
      ]);
    }
  });
});

describe('git reader: single files', () => {
  test('a configuration reached through a link inside the repository is read; one leaving it is refused', async () => {
    workspace = new Workspace({ 'conf/gate.yml': 'scope: all\n' }, { '.hvgate.yml': 'conf/gate.yml', 'evil.yml': '/etc/hostname' });
    const repository = await GitRepository.open(workspace.root, process.env);
    const head = await repository.resolveCommit('HEAD');
    expect(await repository.readText(head, '.hvgate.yml')).toBe('scope: all\n');
    await expect(repository.readText(head, 'evil.yml')).rejects.toThrow(
      /evil\.yml in commit [0-9a-f]{12}: the file is a symbolic link to "evil.yml", outside the repository/,
    );
    expect(await repository.readText(head, 'none.yml')).toBeUndefined();
  });
});
