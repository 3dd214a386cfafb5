import { describe, expect, it } from 'vitest';
import { child, JsonSyntaxError, member, parseJsonTree, scalar, toPlain } from '../../../src/parsers/terraform/json-tree.js';

describe('parseJsonTree', () => {
  it('keeps offsets of members and values, decodes escapes, and equals JSON.parse', () => {
    const text = '{\n  "a": [1, -2.5e3, true, null],\n  "p\\u0041th": "D:\\\\VMs\\\\x \\"q\\"",\n  "o": {"k": {}}\n}';
    const root = parseJsonTree(text);
    expect(toPlain(root)).toEqual(JSON.parse(text));
    const m = member(root, 'pAth')!;
    expect(text.slice(m.keyStart, m.value.end)).toBe('"p\\u0041th": "D:\\\\VMs\\\\x \\"q\\""');
    expect(scalar(m.value)).toBe('D:\\VMs\\x "q"');
    const second = child(child(root, 'a'), 1)!;
    expect(text.slice(second.start, second.end)).toBe('-2.5e3');
  });

  it('throws with the offset of the problem', () => {
    const at = (text: string) => {
      try {
        const root = parseJsonTree(text);
        toPlain(root);
      } catch (error) {
        return [(error as JsonSyntaxError).offset, (error as Error).message];
      }
      return undefined;
    };
    expect(at('{"a": [1, 2')).toEqual([11, 'the JSON text ends inside an object or array (is the file truncated?)']);
    expect(at('{"a": "x')).toEqual([6, 'unterminated string (is the file truncated?)']);
    expect(at('{"a": 1] ')).toEqual([7, 'expected "," or "}" in an object, found "]"']);
    expect(at('{"a": [1} ')).toEqual([8, 'unexpected "}"']);
    expect(at('{"a" 1}')).toEqual([5, 'expected ":" after a member name, found "1"']);
    expect(at('{"a": 1} x')).toEqual([9, 'unexpected text after the end of the JSON value']);
    expect(at(`${'['.repeat(300)}${']'.repeat(300)}`)).toEqual([256, 'values nested more than 256 levels deep']);
  });
});
