import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/bounded-cache.ts
var BoundedCache = class {
  /**
   * `keep`: the copy of a key the cache keeps, equal to it: `detachedText` for keys cut from a large
   * text, so that the cache does not keep that text alive.
   */
  constructor(bound, keep = (key) => key) {
    this.bound = bound;
    this.keep = keep;
  }
  bound;
  keep;
  answers = /* @__PURE__ */ new Map();
  /** The answer for `key`, computed from the key as kept the first time it is asked for since the cache started over. */
  get(key, compute) {
    let answer = this.answers.get(key);
    if (answer === void 0) {
      if (this.answers.size >= this.bound) this.answers.clear();
      const kept = this.keep(key);
      answer = compute(kept);
      this.answers.set(kept, answer);
    }
    return answer;
  }
};

export {
  BoundedCache
};
