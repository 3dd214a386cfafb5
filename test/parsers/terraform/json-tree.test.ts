import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { child, JsonSyntaxError, keptValue, member, parseJsonTree, scalar, toPlain } from '../../../src/parsers/terraform/json-tree.js';

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

describe('parseJsonTree and JSON.parse', () => {
  const sameAsNative = (text: string) => {
    let native: unknown;
    try {
      native = JSON.parse(text);
    } catch {
      expect(() => toPlain(parseJsonTree(text))).toThrow(JsonSyntaxError);
      return;
    }
    expect(toPlain(parseJsonTree(text))).toEqual(native);
  };

  it('read numbers as JSON.parse does, and refuse what it refuses', () => {
    for (const n of ['0', '7', '4294967295', '123456789012345', '1234567890123456789', '-0', '-12', '1.5', '2e3', '1E+2', '0.25']) sameAsNative(`[${n}]`);
    for (const bad of ['[01]', '[00]', '[1.]', '[.5]', '[-]', '[+1]', '[1e]']) expect(() => toPlain(parseJsonTree(bad))).toThrow(JsonSyntaxError);
    expect(Object.is(scalar(child(parseJsonTree('[-0]'), 0)), -0)).toBe(true);
  });

  it('decode strings with and without escapes wherever the next backslash lies', () => {
    const text = '{"plain": "a", "next": "b\\\\c", "k\\"ey": "d", "after": "e", "far": ["x", "y", "z\\u0041"]}';
    sameAsNative(text);
    expect(member(parseJsonTree(text), 'k"ey')).toBeDefined();
    sameAsNative('{"__proto__": {"polluted": true}}');
  });

  it('read a container skipped once as if it were read first, to its end', () => {
    const values = (i: number) => `{"disks": [{"path": "D:\\\\${i}"}, {"n": ${i}}], "m": {"a": [[${i}]]}}`;
    const inner = (i: number) => `{"address": "r${i}", "values": ${values(i)}}`;
    const text = `{"pv": {"root": {"resources": [${[0, 1, 2].map(inner).join(', ')}]}}, "after": {"k": [1, {"x": [2]}]}}`;
    const root = parseJsonTree(text);
    const resources = child(child(child(root, 'pv'), 'root'), 'resources');
    const addresses: unknown[] = [];
    if (resources?.kind === 'array')
      resources.forEachOnce((r) => {
        addresses.push(scalar(child(r, 'address')));
        const node = child(r, 'values')!;
        expect(text.slice(node.start, node.end)).toBe(values(addresses.length - 1));
      }, 'members');
    expect(addresses).toEqual(['r0', 'r1', 'r2']);
    expect(toPlain(root)).toEqual(JSON.parse(text));
  });

  it('agree with JSON.parse on any JSON value, and on any text cut short', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.nat(), (text, cut) => {
        sameAsNative(text);
        sameAsNative(text.slice(0, cut % (text.length + 1)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('keptValue', () => {
  it('gives each scalar value as read, strings with and without escapes, short and long', () => {
    const text = JSON.stringify({ short: 'vm-1', long: 'virtual-machine-number-1', escaped: 'D:\\VMs\\virtual-machine-1', n: 4294967295, t: true, z: null });
    const root = parseJsonTree(text);
    for (const key of ['short', 'long', 'escaped', 'n', 't', 'z']) {
      const node = child(root, key);
      if (node?.kind !== 'scalar') throw new Error(`${key} is not a scalar`);
      expect(keptValue(node)).toBe((JSON.parse(text) as Record<string, unknown>)[key]);
    }
  });
});
