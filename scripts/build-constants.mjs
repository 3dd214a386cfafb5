// What the bundle and the tests receive as compile-time constants (esbuild's and vitest's `define`):
// the version from package.json, and every policy's docs page, so that no build carries package.json
// and `hvgate explain` reads no file at run time.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The `define` table for a checkout at `root`. */
export function buildConstants(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pages = {};
  for (const folder of readdirSync(join(root, 'policies'), { withFileTypes: true })) {
    const id = folder.isDirectory() ? /^HVB\d{3}(?=-)/.exec(folder.name)?.[0] : undefined;
    if (id !== undefined) pages[id] = readFileSync(join(root, 'policies', folder.name, 'README.md'), 'utf8');
  }
  // The pages as one string of JSON, not as an object: esbuild inlines a string where it is used, but
  // an object it makes a shared module that every chunk of a split bundle initializes.
  return { HVGATE_VERSION: JSON.stringify(version), HVGATE_POLICY_PAGES: JSON.stringify(JSON.stringify(pages)) };
}
