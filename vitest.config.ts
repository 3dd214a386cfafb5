import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { buildConstants } from './scripts/build-constants.mjs';

export default defineConfig({
  // The constants scripts/build.mjs puts into the bundle (the version, the policies' pages).
  define: buildConstants(fileURLToPath(new URL('.', import.meta.url))),
  test: {
    // The sources import the schema validators generated at build time; a test run generates them first.
    globalSetup: ['scripts/build-validators.mjs'],
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
