import { describe, expect, test } from 'vitest';
import { estateExceptions, exceptionKey, exceptionMatcher, WaiverIndex } from '../../src/core/exceptions.js';
import type { Finding } from '../../src/core/finding.js';
import { emptyEstate, type PolicyException } from '../../src/core/model.js';

const at = { file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 };
const finding = (vm: string, vmAddress: string, subject?: string, address = vmAddress) =>
  ({ policyId: 'HVB007', vm, vmAddress, address, ...(subject ? { subject } : {}) }) as unknown as Finding;
const exception = (vm: string, extra: Partial<PolicyException> = {}): PolicyException => ({ policy: 'HVB007', vm, at, ...extra });
const covers = (e: PolicyException, f: Finding) => exceptionMatcher(e, 'HVB007')(f);

describe('which findings an exception covers', () => {
  test('a VM name is literal: glob characters in it match only themselves', () => {
    expect(covers(exception('web-*'), finding('web-*', 'VirtualMachine/web-*'))).toBe(true);
    expect(covers(exception('web-*'), finding('web-01', 'VirtualMachine/web-01'))).toBe(false);
    expect(covers(exception('*'), finding('web-01', 'VirtualMachine/web-01'))).toBe(false);
    expect(covers(exception('web[1]'), finding('web1', 'VirtualMachine/web1'))).toBe(false);
  });

  test('only an exception that opts into a pattern covers several VMs', () => {
    const pattern = exception('sql-*', { vmPattern: true });
    expect(covers(pattern, finding('sql-02', 'VirtualMachine/sql-02'))).toBe(true);
    expect(covers(pattern, finding('web-02', 'VirtualMachine/web-02'))).toBe(false);
    const address = 'module.db.hyperv_machine_instance.this["a"]';
    expect(covers(exception(address), finding('db-a', address))).toBe(true);
    expect(covers(exception('module.db.hyperv_machine_instance.this[*]', { vmPattern: true }), finding('db-a', address))).toBe(true);
  });

  test('an exception declared on a VM waives that VM only, whatever another VM is called', () => {
    const declared = exception('hyperv_machine_instance.prod', { vmAddress: 'VirtualMachine/hyperv_machine_instance.prod' });
    // A VM named like another VM's address cannot waive that VM's findings.
    expect(covers(declared, finding('prod-db', 'hyperv_machine_instance.prod'))).toBe(false);
    expect(covers(declared, finding('hyperv_machine_instance.prod', 'VirtualMachine/hyperv_machine_instance.prod'))).toBe(true);
    // A VM named "*" with an exception waives nothing but itself.
    const star = exception('*', { vmAddress: 'VirtualMachine/*' });
    expect(covers(star, finding('web-01', 'VirtualMachine/web-01'))).toBe(false);
  });

  test('a disk or volume scope matches that subject exactly, never a suffix of another one', () => {
    const disk = exception('sql-01', { subject: 'os', subjectKind: 'disk' });
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'disk:os'))).toBe(true);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'iscsi:os'))).toBe(true);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'disk:data'))).toBe(false);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'disk:legacy:os'))).toBe(false);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'job:nightly:member:os'))).toBe(false);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01', 'volume:os'))).toBe(false);
    expect(covers(disk, finding('sql-01', 'VirtualMachine/sql-01'))).toBe(false);
    const volume = exception('sql-01', { subject: 'C:', subjectKind: 'volume' });
    expect(covers(volume, finding('sql-01', 'VirtualMachine/sql-01', 'volume:C:'))).toBe(true);
    expect(covers(volume, finding('sql-01', 'VirtualMachine/sql-01', 'disk:C:'))).toBe(false);
  });

  test('another policy is not covered', () => {
    expect(exceptionMatcher(exception('sql-01'), 'HVB003')(finding('sql-01', 'VirtualMachine/sql-01'))).toBe(false);
  });

  test('a pattern over the size limit matches nothing', () => {
    expect(covers(exception('*'.repeat(300), { vmPattern: true }), finding('web-01', 'VirtualMachine/web-01'))).toBe(false);
  });
});

describe('exception identity across base and head', () => {
  const base = exception('sql-01', { subject: 'archive', subjectKind: 'disk', expires: '2026-07-01', reason: 'r', owner: 'o' });

  test('a renewed, widened or re-targeted exception is another exception', () => {
    expect(exceptionKey({ ...base, reason: 'other words', at: { ...at, line: 9 } })).toBe(exceptionKey(base));
    expect(exceptionKey({ ...base, expires: '2026-08-01' })).not.toBe(exceptionKey(base));
    const { subject: _subject, subjectKind: _kind, ...wholeVm } = base;
    expect(exceptionKey(wholeVm)).not.toBe(exceptionKey(base));
    expect(exceptionKey({ ...base, subjectKind: 'volume' })).not.toBe(exceptionKey(base));
    expect(exceptionKey({ ...base, vmPattern: true })).not.toBe(exceptionKey(base));
    expect(exceptionKey({ ...base, vmAddress: 'VirtualMachine/sql-01' })).not.toBe(exceptionKey(base));
  });

  test('no choice of names makes two identities collide', () => {
    const a = exception('a', { subject: 'b|c' });
    const b = exception('a|b', { subject: 'c' });
    expect(exceptionKey(a)).not.toBe(exceptionKey(b));
  });

  test('exceptions declared on a VM are bound to that VM', () => {
    const declared = exception('web-01');
    const vm = { name: 'web-01', address: 'VirtualMachine/web-01', exceptions: [declared] };
    const estate = { ...emptyEstate, vms: [vm] } as unknown as typeof emptyEstate;
    expect(estateExceptions(estate)).toEqual([{ ...declared, vmAddress: 'VirtualMachine/web-01' }]);
  });
});

describe('WaiverIndex', () => {
  const waiver = (vm: string, extra: Partial<PolicyException> = {}, policyId = 'HVB007') => ({ exception: exception(vm, extra), policyId });

  test('the first exception in declaration order wins, whether exact or a pattern', () => {
    const pattern = waiver('sql-*', { vmPattern: true });
    const exact = waiver('sql-01');
    const index = new WaiverIndex([pattern, exact]);
    expect(index.find(finding('sql-01', 'VirtualMachine/sql-01'))).toBe(pattern);
    expect(new WaiverIndex([exact, pattern]).find(finding('sql-01', 'VirtualMachine/sql-01'))).toBe(exact);
    expect(index.find(finding('web-01', 'VirtualMachine/web-01'))).toBeUndefined();
  });

  test('finds exceptions by exact name, by address, and bound to their VM, among many', () => {
    const waivers = Array.from({ length: 10_000 }, (_, i) => waiver(`vm-${i}`, i % 2 === 0 ? { vmAddress: `VirtualMachine/vm-${i}` } : {}));
    const index = new WaiverIndex(waivers);
    for (let i = 0; i < 10_000; i++) expect(index.find(finding(`vm-${i}`, `VirtualMachine/vm-${i}`))).toBe(waivers[i]);
    const byAddress = waiver('hyperv_machine_instance.db');
    expect(new WaiverIndex([byAddress]).find(finding('db', 'hyperv_machine_instance.db'))).toBe(byAddress);
  });

  test('a finding about no VM is waived by nothing', () => {
    const index = new WaiverIndex([waiver('BackupJob/nightly'), waiver('*', { vmPattern: true })]);
    expect(index.find({ policyId: 'HVB007', address: 'BackupJob/nightly' } as unknown as Finding)).toBeUndefined();
  });
});
