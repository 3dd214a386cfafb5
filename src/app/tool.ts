/** The tool's identity, as reports state it. */

/** package.json's version, put in by esbuild's and vitest's `define` (scripts/build-constants.mjs), so no build carries package.json. */
declare const HVGATE_VERSION: string;

export const TOOL = {
  name: 'hvgate',
  version: HVGATE_VERSION,
  informationUri: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate',
} as const;
