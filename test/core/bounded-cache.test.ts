/** Remembered answers within a bound: computed once per key, all forgotten when the cache is full. */
import { describe, expect, test } from 'vitest';
import { BoundedCache } from '../../src/core/bounded-cache.js';
import { detachedText } from '../../src/parsers/terraform/detached-text.js';

function counted(bound: number, keep?: (key: string) => string) {
  const asked: string[] = [];
  const cache = new BoundedCache<string>(bound, keep);
  const get = (key: string) =>
    cache.get(key, (kept) => {
      asked.push(kept);
      return `answer to ${kept}`;
    });
  return { asked, get };
}

describe('BoundedCache', () => {
  test('an answer is computed once per key and then remembered', () => {
    const { asked, get } = counted(4);
    expect([get('a'), get('b'), get('a'), get('b')]).toEqual(['answer to a', 'answer to b', 'answer to a', 'answer to b']);
    expect(asked).toEqual(['a', 'b']);
  });

  test('once it holds its bound of answers it forgets them all and starts over', () => {
    const { asked, get } = counted(2);
    get('a');
    get('b');
    get('a');
    expect(asked).toEqual(['a', 'b']);
    get('c');
    get('b');
    get('c');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  test('a key is copied only when its answer is computed, and the copy finds it again', () => {
    const copied: string[] = [];
    const { asked, get } = counted(4, (key) => {
      copied.push(key);
      return detachedText(key);
    });
    const text = 'integration_services: VSS, VSS';
    expect([get(text.slice(22, 25)), get(text.slice(27, 30)), get('VSS')]).toEqual(['answer to VSS', 'answer to VSS', 'answer to VSS']);
    expect(copied).toEqual(['VSS']);
    expect(asked).toEqual(['VSS']);
  });
});
