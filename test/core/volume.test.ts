import { describe, expect, test } from 'vitest';
import { normalizePath, volumeOf } from '../../src/core/volume.js';

describe('host volume identity (domain §5)', () => {
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
