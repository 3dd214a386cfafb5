/**
 * Answers remembered by key, within a bound: once the cache holds `bound` answers it forgets them all
 * and starts over. Its memory stays bounded on inputs of any size, and the few keys an input repeats
 * (a provider's source, a service's name, a path) are soon remembered again.
 */
export class BoundedCache<V extends object | string | number | boolean> {
  private readonly answers = new Map<string, V>();

  /**
   * `keep`: the copy of a key the cache keeps, equal to it: `detachedText` for keys cut from a large
   * text, so that the cache does not keep that text alive.
   */
  constructor(
    private readonly bound: number,
    private readonly keep: (key: string) => string = (key) => key,
  ) {}

  /** The answer for `key`, computed from the key as kept the first time it is asked for since the cache started over. */
  get(key: string, compute: (kept: string) => V): V {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= this.bound) this.answers.clear();
      const kept = this.keep(key);
      answer = compute(kept);
      this.answers.set(kept, answer);
    }
    return answer;
  }
}
