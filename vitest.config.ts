import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// As scripts/build.mjs does for the bundle: src/app/tool.ts reads the version from this constant.
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { HVGATE_VERSION: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
