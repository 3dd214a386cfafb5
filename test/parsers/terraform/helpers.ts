/** Fixture loading and compact assertions for the Terraform parser tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { VirtualMachine } from '../../../src/core/model.js';
import type { SourceSpan, Value } from '../../../src/core/source.js';

export const FIXTURES = 'test/fixtures/terraform';

export function fixture(path: string): { path: string; text: string } {
  const full = `${FIXTURES}/${path}`;
  return { path: full, text: readFileSync(full, 'utf8') };
}

/** Every file under a fixture folder with one of the extensions, in sorted order. */
export function fixtureTree(dir: string, extension: string): { path: string; text: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => {
        const p = join(d, n);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
  return walk(`${FIXTURES}/${dir}`)
    .filter((p) => p.endsWith(extension))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

export function vmByAddress(vms: readonly VirtualMachine[], address: string): VirtualMachine {
  const vm = vms.find((v) => v.address === address);
  if (!vm) throw new Error(`no VM ${address}; have ${vms.map((v) => v.address).join(', ')}`);
  return vm;
}

/** `file:line:column` of a span, file relative to the fixtures folder. */
export function where(at: SourceSpan): string {
  return `${at.file.replace(`${FIXTURES}/`, '')}:${at.line}:${at.column}`;
}

export function expectSet<T>(value: Value<T> | undefined, expected: T, at: string): void {
  expect(value).toMatchObject({ known: true, value: expected, origin: 'set' });
  expect(where(value!.at)).toBe(at);
}

export function expectDefault<T>(value: Value<T> | undefined, expected: T, at: string, note?: string | RegExp): void {
  expect(value).toMatchObject({ known: true, value: expected, origin: 'default' });
  expect(where(value!.at)).toBe(at);
  if (note !== undefined && value?.known) {
    if (typeof note === 'string') expect(value.note).toBe(note);
    else expect(value.note).toMatch(note);
  }
}

export function expectUnknown(value: Value<unknown> | undefined, reason: string | RegExp, at: string): void {
  expect(value?.known).toBe(false);
  if (value && !value.known) {
    if (typeof reason === 'string') expect(value.reason).toBe(reason);
    else expect(value.reason).toMatch(reason);
  }
  expect(where(value!.at)).toBe(at);
}
