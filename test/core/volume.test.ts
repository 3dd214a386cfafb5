import { describe, expect, test } from 'vitest';
import { unknown } from '../../src/core/source.js';
import { normalizePath, sameVolume, volumeOf, volumeOfValue } from '../../src/core/volume.js';

describe('host volume identity (docs/domain.md §5)', () => {
  test.each([
    ['D:\\VMs\\a.vhdx', 'd:', 'D:', false],
    ['d:/vms/a.vhdx', 'd:', 'D:', false],
    ['D:', 'd:', 'D:', false],
    ['C:\\ClusterStorage\\Volume1\\vm\\a.vhdx', 'c:\\clusterstorage\\volume1', 'C:\\ClusterStorage\\Volume1', false],
    ['c:/clusterstorage/VOLUME1/', 'c:\\clusterstorage\\volume1', 'C:\\ClusterStorage\\VOLUME1', false],
    ['C:\\ClusterStorageX\\a.vhdx', 'c:', 'C:', false],
    ['\\\\FS01\\VMs\\a.vhdx', '\\\\fs01\\vms', '\\\\FS01\\VMs', true],
    ['//fs01/vms/', '\\\\fs01\\vms', '\\\\fs01\\vms', true],
    ['\\\\?\\D:\\VMs\\a.vhdx', 'd:', 'D:', false],
    ['\\\\?\\UNC\\fs01\\vms\\a.vhdx', '\\\\fs01\\vms', '\\\\fs01\\vms', true],
  ])('%s is on %s', (path, key, display, remote) => {
    expect(volumeOf(path)).toEqual({ ok: true, volume: { key, display, remote } });
  });

  test('a CSV is its own volume, not C:', () => {
    const csv = volumeOf('C:\\ClusterStorage\\Volume1\\a.vhdx');
    const c = volumeOf('C:\\ProgramData\\Microsoft\\Windows\\Hyper-V');
    expect(csv.ok && c.ok && csv.volume.key !== c.volume.key).toBe(true);
  });

  test('two CSVs are two volumes', () => {
    const one = volumeOf('C:\\ClusterStorage\\Volume1\\a.vhdx');
    const two = volumeOf('C:\\ClusterStorage\\Volume2\\a.vhdx');
    expect(one.ok && two.ok && one.volume.key !== two.volume.key).toBe(true);
  });

  test.each([
    ['с:\\VMs\\a.vhdx', /look-alike/], // Cyrillic es
    ['Ｄ:\\VMs', /not an ASCII letter/], // full-width D
    ['VMs\\a.vhdx', /not an absolute Windows path/],
    ['/var/lib/vms/a.vhdx', /not an absolute Windows path/],
    ['D:VMs\\a.vhdx', /relative to the current folder of drive D:/],
    ['\\\\server', /names a server but no share/],
    ['', /empty/],
  ])('%j cannot be placed on a volume', (path, problem) => {
    const result = volumeOf(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  test('normalizePath folds case, separators and trailing separators', () => {
    expect(normalizePath('D:/VMs/Base.VHDX/')).toBe(normalizePath('d:\\vms\\base.vhdx'));
  });
});

describe('. and .. segments are resolved before the volume is told', () => {
  test.each([
    ['C:\\ClusterStorage\\Volume1\\..\\Volume2\\vm\\a.vhdx', 'c:\\clusterstorage\\volume2'],
    ['C:\\VMs\\..\\ClusterStorage\\Volume3\\a.vhdx', 'c:\\clusterstorage\\volume3'],
    ['C:\\ClusterStorage\\Volume1\\..\\..\\VMs\\a.vhdx', 'c:'],
    ['C:\\ClusterStorage\\.\\Volume1\\a.vhdx', 'c:\\clusterstorage\\volume1'],
    ['D:\\..\\..\\VMs\\a.vhdx', 'd:'],
    ['\\\\fs01\\vms\\..\\other\\a.vhdx', '\\\\fs01\\vms'],
  ])('%s is on %s', (path, key) => {
    const result = volumeOf(path);
    expect(result.ok && result.volume.key).toBe(key);
  });
});

describe('the volume of a value only partly known', () => {
  const at = { file: 'a.tf', line: 1, column: 1, endLine: 1, endColumn: 2 };
  const partly = (prefix: string, suffix = '', base?: string) =>
    unknown(at, 'each.key is unknown', base === undefined ? { prefix, suffix } : { prefix, base: { key: base, text: base }, suffix });

  test.each([
    ['D:\\VMs\\', 'd:'],
    ['D:\\VMs', 'd:'],
    ['E:/VMs/', 'e:'],
    ['C:\\VMs\\x', 'c:'],
    ['C:\\ClusterStorage\\Volume1\\', 'c:\\clusterstorage\\volume1'],
    ['\\\\fs01\\vms\\', '\\\\fs01\\vms'],
  ])('a value that starts with %j is on %s', (prefix, key) => {
    expect(volumeOfValue(partly(prefix))).toMatchObject({ kind: 'volume', volume: { key } });
  });

  test.each(['E:/', 'C:\\', 'C:\\Cluster', 'C:\\ClusterStorage\\', 'C:\\ClusterStorage\\Vol', '\\\\fs01\\vm', '\\\\fs01', 'D:', 'D', '\\'])(
    'a value that starts with %j could still be on more than one volume',
    (prefix) => {
      expect(volumeOfValue(partly(prefix)).kind).toBe('unknown');
    },
  );

  test.each([
    ['VMs\\', /not an absolute Windows path/],
    ['D:VMs', /relative to the current folder of drive D:/],
    ['с:\\VMs\\', /look-alike/],
  ])('a value that starts with %j names no volume, whatever follows', (prefix, problem) => {
    const result = volumeOfValue(partly(prefix));
    expect(result.kind).toBe('unresolvable');
    if (result.kind === 'unresolvable') expect(result.problem).toMatch(problem);
  });

  test('values that start with the same unknown expression share its volume; others cannot be compared', () => {
    const p = volumeOfValue(partly('', '', 'envs/prod:var.p'));
    const disk = volumeOfValue(partly('', '\\os.vhdx', 'envs/prod:var.p'));
    const other = volumeOfValue(partly('', '\\os.vhdx', 'envs/prod:var.q'));
    const known = volumeOfValue({ known: true, value: 'D:\\x', at, origin: 'set' });
    expect(p).toEqual({ kind: 'same-as', key: 'envs/prod:var.p', text: 'envs/prod:var.p' });
    expect(sameVolume(p, disk)).toBe(true);
    expect(sameVolume(p, other)).toBeUndefined();
    expect(sameVolume(p, known)).toBeUndefined();
    expect(sameVolume(known, volumeOfValue(partly('D:\\VMs\\')))).toBe(true);
    expect(sameVolume(known, volumeOfValue(partly('E:\\VMs\\')))).toBe(false);
  });
});
