import { describe, expect, test } from 'vitest';
import { CommitTree, type TreeEntry } from '../../src/git/commit-tree.js';

const file = (path: string): TreeEntry => ({ path, oid: `oid:${path}`, size: 1, link: false });
const link = (path: string): TreeEntry => ({ path, oid: `oid:${path}`, size: 1, link: true });

function tree(files: readonly string[], links: Readonly<Record<string, string>>): CommitTree {
  return new CommitTree([...files.map(file), ...Object.keys(links).map(link)], new Map(Object.entries(links)));
}

const shown = (t: CommitTree) => t.logicalFiles().map((f) => [f.path, f.entry?.path ?? f.unreadable?.code]);

describe('a commit as a checkout shows it', () => {
  test('a link to a file shows that file under the link path', () => {
    expect(shown(tree(['data/vm.txt'], { 'vms/vm.yaml': '../data/vm.txt' }))).toEqual([
      ['data/vm.txt', 'data/vm.txt'],
      ['vms/vm.yaml', 'data/vm.txt'],
    ]);
  });

  test('a link to a folder shows its files, and links inside it, under the link path', () => {
    expect(shown(tree(['store/a.yaml', 'other/b.txt'], { vms: 'store', 'store/b.yaml': '../other/b.txt' }))).toEqual([
      ['other/b.txt', 'other/b.txt'],
      ['store/a.yaml', 'store/a.yaml'],
      ['store/b.yaml', 'other/b.txt'],
      ['vms/a.yaml', 'store/a.yaml'],
      ['vms/b.yaml', 'other/b.txt'],
    ]);
  });

  test('links in the middle of a path are followed', () => {
    expect(shown(tree(['real/x.txt'], { 'vms/x.yaml': '../alias/x.txt', alias: 'real' }))).toContainEqual(['vms/x.yaml', 'real/x.txt']);
  });

  test.each([
    ['/etc/passwd', 'link-outside-repository'],
    ['../../x.yaml', 'link-outside-repository'],
    ['C:\\Windows\\x.yaml', 'link-outside-repository'],
    ['\\\\server\\share\\x.yaml', 'link-outside-repository'],
    ['missing.yaml', 'link-dangling'],
    ['', 'link-outside-repository'],
  ])('a link to %j is a problem, never followed', (target, code) => {
    expect(shown(tree([], { 'vms/x.yaml': target }))).toEqual([['vms/x.yaml', code]]);
  });

  test('loops end, as a problem for links to nothing and silently for folders met again', () => {
    expect(shown(tree([], { 'a.yaml': 'b.yaml', 'b.yaml': 'a.yaml' }))).toEqual([
      ['a.yaml', 'link-loop'],
      ['b.yaml', 'link-loop'],
    ]);
    expect(shown(tree(['vms/x.yaml'], { 'vms/again': '..' }))).toEqual([
      ['vms/again/vms/x.yaml', 'vms/x.yaml'],
      ['vms/x.yaml', 'vms/x.yaml'],
    ]);
  });

  test('only what the commit holds is consulted, and a link out is reported whatever its name', () => {
    const [outside] = tree([], { 'docs/shared': '/usr/share' }).logicalFiles();
    expect(outside).toMatchObject({ path: 'docs/shared', always: true, linkText: '/usr/share' });
  });

  test('resolveFile follows links for single reads and names the problem', () => {
    const t = tree(['conf/gate.yml'], { '.hvgate.yml': 'conf/gate.yml', 'out.yml': '/etc/x' });
    expect(t.resolveFile('.hvgate.yml')).toMatchObject({ path: 'conf/gate.yml' });
    expect(t.resolveFile('out.yml')).toBe('outside');
    expect(t.resolveFile('none.yml')).toBeUndefined();
  });
});
