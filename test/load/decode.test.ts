import { describe, expect, test } from 'vitest';
import { decodeDefinition, firstInvalidUtf8 } from '../../src/load/decode.js';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decoding definition files', () => {
  test('UTF-8 with and without BOM', () => {
    expect(decodeDefinition('a.yaml', bytes('name: x\n'))).toEqual({ ok: true, text: 'name: x\n' });
    expect(decodeDefinition('a.yaml', bytes([0xef, 0xbb, 0xbf], 'name: ä\n'))).toEqual({ ok: true, text: 'name: ä\n' });
  });

  test('a Latin-1 byte is reported at its line and column', () => {
    const result = decodeDefinition('a.yaml', bytes('apiVersion: hvgate/v1\nname: caf', [0xe9], '\n'));
    expect(result).toEqual({
      ok: false,
      diagnostic: {
        at: { file: 'a.yaml', line: 2, column: 10, endLine: 2, endColumn: 11 },
        code: 'not-utf-8',
        message: 'byte 0xE9 is not valid UTF-8; definitions must be UTF-8',
        fix: 'Save the file as UTF-8, or remove the binary content.',
      },
    });
  });

  test('UTF-16 from a Windows editor gets its own message', () => {
    const result = decodeDefinition('a.yaml', Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message).toBe('the file is UTF-16 encoded; definitions must be UTF-8');
  });

  test.each([
    [[0x61, 0xc0, 0x80], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // truncated sequence
    [[0x61, 0xe2, 0x82, 0xac], 4], // valid euro sign: no invalid byte
  ])('first invalid byte of %j is at %i', (input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });
});
