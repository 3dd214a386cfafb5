/**
 * Turns file bytes into text. Definitions are UTF-8; a BOM is accepted and dropped, anything else
 * (UTF-16 from a Windows editor, Latin-1, binary) is reported at the first offending byte.
 */
import type { Diagnostic } from '../core/model.js';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeDefinition(path: string, bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failure(path, 1, 1, 'utf-16', 'the file is UTF-16 encoded; definitions must be UTF-8', 'Save the file as UTF-8 (with or without BOM).');
  }
  try {
    // The fatal decoder strips a UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return failure(
      path,
      line,
      column,
      'not-utf-8',
      `byte 0x${byte} is not valid UTF-8; definitions must be UTF-8`,
      'Save the file as UTF-8, or remove the binary content.',
    );
  }
}

function failure(file: string, line: number, column: number, code: string, message: string, fix: string): Decoded {
  return { ok: false, diagnostic: { at: { file, line, column, endLine: line, endColumn: column + 1 }, code, message, fix } };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  for (let b = bytes[i]; b !== undefined; b = bytes[i]) {
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lastBreak = prefix.lastIndexOf('\n');
  const line = (prefix.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: prefix.length - lastBreak };
}
