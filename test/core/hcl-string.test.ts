/** A text written as an HCL string literal reads back as the same text, as Terraform reads it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributesOf } from '../../src/core/attributes.js';
import { hclString } from '../../src/core/wording.js';
import { parseSources } from '../../src/load/parse-sources.js';
import { source } from '../parsers/terraform/helpers.js';

/** The value of `notes = <literal>` as the .tf reader evaluates it (a string attribute the gate does not normalise). */
async function readBack(literal: string): Promise<string | undefined> {
  const tf = `resource "hyperv_machine_instance" "vm" {\n  name  = "vm-01"\n  notes = ${literal}\n}\n`;
  const { estate } = await parseSources([source('main.tf', tf)]);
  expect(estate.diagnostics.map((d) => d.code)).toEqual([]);
  const vm = estate.vms[0];
  const display = vm === undefined ? undefined : attributesOf(vm).get('notes')?.display;
  // A string is shown in quotes, its characters as they are.
  return display?.slice(1, -1);
}

describe('hclString', () => {
  it('keeps templates as text: ${ and %{ are doubled, as Terraform reads them', async () => {
    expect(hclString('D:\\VMs\\${var.x}\\%{if}')).toBe('"D:\\\\VMs\\\\$${var.x}\\\\%%{if}"');
    expect(await readBack(hclString('D:\\VMs\\${var.x}\\%{if}'))).toBe('D:\\VMs\\${var.x}\\%{if}');
  });

  it('escapes quotes, line breaks and other control characters', () => {
    expect(hclString('a"b\nc\r\td\u0001\u007f')).toBe('"a\\"b\\nc\\r\\td\\u0001\\u007f"');
  });

  it('reads back as the text it was made from, whatever the text', async () => {
    const characters = fc.constantFrom('a', 'é', ' ', '\\', '"', '$', '%', '{', '}', '\n', '\t', '\r', '\u0001', '\u007f');
    await fc.assert(
      // `$$` and `%%` are left out: how HCL reads a run of them before a brace is beyond the escapes Terraform documents.
      fc.asyncProperty(
        fc.array(characters, { minLength: 1, maxLength: 12 }).filter((parts) => !/\$\$|%%/.test(parts.join(''))),
        async (parts) => {
          const text = parts.join('');
          expect(await readBack(hclString(text))).toBe(text);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the .tf reader', () => {
  it('keeps every character between the quotes, spaces at both ends too, as Terraform does', async () => {
    expect(await readBack('" a b "')).toBe(' a b ');
    expect(await readBack('"  ${"x"} "')).toBe('  x ');
  });
});
