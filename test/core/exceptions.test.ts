import { describe, expect, test } from 'vitest';
import { exceptionMatcher, WaiverIndex } from '../../src/core/exceptions.js';
import type { Finding } from '../../src/core/finding.js';
import type { PolicyException } from '../../src/core/model.js';

const at = { file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 };
const finding = (vm: string, address: string, subject?: string) => ({ policyId: 'HVB007', vm, address, ...(subject ? { subject } : {}) }) as unknown as Finding;
const exception = (vm: string, subject?: string): PolicyException => ({ policy: 'HVB007', vm, at, ...(subject ? { subject } : {}) });

describe('which findings an exception covers', () => {
  test('a VM name with glob characters matches itself literally', () => {
    const name = 'web[1]';
    expect(exceptionMatcher(exception(name), 'HVB007')(finding(name, `VirtualMachine/${name}`))).toBe(true);
  });

  test('globs cover several VMs; a Terraform address covers its VM', () => {
    expect(exceptionMatcher(exception('sql-*'), 'HVB007')(finding('sql-02', 'VirtualMachine/sql-02'))).toBe(true);
    expect(exceptionMatcher(exception('sql-*'), 'HVB007')(finding('web-02', 'VirtualMachine/web-02'))).toBe(false);
    const address = 'module.db.hyperv_machine_instance.this["a"]';
    expect(exceptionMatcher(exception(address), 'HVB007')(finding('db-a', address))).toBe(true);
  });

  test('a subject narrows the exception to one disk', () => {
    const match = exceptionMatcher(exception('sql-01', 'archive'), 'HVB007');
    expect(match(finding('sql-01', 'VirtualMachine/sql-01', 'disk:archive'))).toBe(true);
    expect(match(finding('sql-01', 'VirtualMachine/sql-01', 'disk:data'))).toBe(false);
  });

  test('another policy is not covered', () => {
    expect(exceptionMatcher(exception('sql-01'), 'HVB003')(finding('sql-01', 'VirtualMachine/sql-01'))).toBe(false);
  });
});

describe('WaiverIndex', () => {
  const waiver = (vm: string, policyId = 'HVB007') => ({ exception: exception(vm), policyId });

  test('the first exception in declaration order wins, whether exact or a pattern', () => {
    const pattern = waiver('sql-*');
    const exact = waiver('sql-01');
    const index = new WaiverIndex([pattern, exact]);
    expect(index.find(finding('sql-01', 'VirtualMachine/sql-01'))).toBe(pattern);
    expect(index.find(finding('web-01', 'VirtualMachine/web-01'))).toBeUndefined();
  });

  test('finds exceptions by exact name among many', () => {
    const waivers = Array.from({ length: 10_000 }, (_, i) => waiver(`vm-${i}`));
    const index = new WaiverIndex(waivers);
    for (let i = 0; i < 10_000; i++) expect(index.find(finding(`vm-${i}`, `VirtualMachine/vm-${i}`))).toBe(waivers[i]);
  });
});
