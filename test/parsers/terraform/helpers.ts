/** Fixture loading and compact assertions for the Terraform parser tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { VirtualMachine } from '../../../src/core/model.js';
import type { SourceSpan, Value } from '../../../src/core/source.js';
import type { SourceFile } from '../../../src/load/source-file.js';

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

/** A file as the loader hands it over. */
export function source(path: string, text: string, explicit = false): SourceFile {
  const bytes = new TextEncoder().encode(text);
  return { path, bytes, size: bytes.length, truncated: false, explicit };
}

export interface MachineOptions {
  readonly name: string;
  readonly snapshot_file_location?: string;
  readonly disks?: readonly { readonly path: string; readonly disk_number?: number; readonly controller_location?: number }[];
  readonly [attribute: string]: unknown;
}

/** A `resource_changes` entry creating a `hyperv_machine_instance`, with the provider's defaults filled in as Terraform does. */
export function machine(address: string, options: MachineOptions) {
  const { name, disks = [], snapshot_file_location = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', ...rest } = options;
  const [, type, resourceName] = /(?:^|\.)([a-z_]+)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?$/.exec(address)!;
  return {
    address,
    mode: 'managed',
    type,
    name: resourceName,
    provider_name: 'registry.terraform.io/taliesins/hyperv',
    change: {
      actions: ['create'],
      before: null as unknown,
      after: {
        name,
        generation: 2,
        state: 'Running',
        checkpoint_type: 'Production',
        snapshot_file_location,
        processor_count: 1,
        integration_services: { VSS: true },
        hard_disk_drives: disks.map((d, i) => ({
          controller_type: 'Scsi',
          controller_number: 0,
          controller_location: d.controller_location ?? i,
          path: d.path,
          disk_number: d.disk_number ?? 4294967295,
          support_persistent_reservations: false,
        })),
        ...rest,
      } as unknown,
      after_unknown: { id: true, path: true } as unknown,
    },
  };
}

/** A plan JSON with these resource changes, pretty-printed so that positions are lines; optionally a configuration naming root resources. */
export function planJson(changes: readonly unknown[], options: { configuration?: readonly string[]; extra?: Record<string, unknown> } = {}): string {
  const configuration = options.configuration
    ? {
        configuration: {
          root_module: {
            resources: options.configuration.map((r) => {
              const [type, name] = r.split('.');
              return { address: r, mode: 'managed', type, name, expressions: {} };
            }),
          },
        },
      }
    : {};
  return JSON.stringify(
    { format_version: '1.2', terraform_version: '1.11.4', planned_values: {}, resource_changes: changes, ...configuration, ...options.extra },
    null,
    2,
  );
}
