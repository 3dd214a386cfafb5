/**
 * Hostile or broken input never crashes the gate and never passes silently: each file becomes an
 * HVB000 diagnostic at a position, and messages stay readable however large the input.
 */
import { describe, expect, test } from 'vitest';
import { parseSources } from '../../src/load/parse-sources.js';
import type { SourceFile } from '../../src/load/source-file.js';

function source(path: string, text: string | Uint8Array, explicit = false): SourceFile {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { path, bytes, size: bytes.length, truncated: false, explicit };
}

async function diagnosticsOf(...files: SourceFile[]) {
  const { estate } = await parseSources(files);
  return estate.diagnostics.map((d) => ({ file: d.at.file, line: d.at.line, code: d.code, message: d.message }));
}

const marker = 'apiVersion: hvgate/v1\nkind: VirtualMachine\n';

describe('hostile input', () => {
  test('YAML nested a hundred thousand deep', async () => {
    const text = `${marker}metadata: { name: x }\nspec: { labels: ${'['.repeat(100_000)}${']'.repeat(100_000)} }\n`;
    expect(await diagnosticsOf(source('deep.yaml', text))).toEqual([
      expect.objectContaining({ file: 'deep.yaml', line: 4, message: 'YAML: the document nests collections too deeply to be read' }),
    ]);
  });

  test('HCL expressions nested fifty thousand deep', async () => {
    const text = `resource "hyperv_machine_instance" "x" {\n  name = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n}\n`;
    expect(await diagnosticsOf(source('deep.tf', text))).toEqual([
      expect.objectContaining({ file: 'deep.tf', line: 1, code: 'hcl-too-deep', message: 'the file nests expressions too deeply to be read' }),
    ]);
  });

  test('plan JSON whose resource_changes are not objects', async () => {
    const text = `{"format_version":"1.2","resource_changes":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`;
    expect(await diagnosticsOf(source('plan.json', text))).toEqual([
      expect.objectContaining({ file: 'plan.json', code: 'plan-wrong-type:resource_changes[0]' }),
    ]);
  });

  test('a megabyte-long name does not become a megabyte-long message', async () => {
    const text = `${marker}metadata: { name: ${'z'.repeat(1_000_000)} }\nspec: {}\n`;
    const [diagnostic] = await diagnosticsOf(source('long.yaml', text));
    expect(diagnostic!.message).toMatch(/^VirtualMachine "z{63}…": metadata\.name must NOT have more than 256 characters$/);
  });

  test('a binary file named explicitly', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256);
    expect(await diagnosticsOf(source('blob.yaml', bytes, true))).toEqual([expect.objectContaining({ file: 'blob.yaml', code: 'not-utf-8' })]);
  });

  test('control characters in values are rejected and quoted escaped in messages', async () => {
    const text = `${marker}metadata: { name: "evil\\u001b[31m" }\nspec: { state: "Off\\u0007" }\n`;
    const messages = (await diagnosticsOf(source('escape.yaml', text))).map((d) => d.message);
    expect(messages).toEqual([
      expect.stringContaining('metadata.name has an invalid value "evil\\u001b[31m"'),
      expect.stringContaining('spec.state must be one of Running, Off, Saved, Paused, not "Off\\u0007"'),
    ]);
  });
});
