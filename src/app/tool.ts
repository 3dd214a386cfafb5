/** The tool's identity, as reports state it. */

/** package.json's version, put in by the bundler (esbuild `define`) and by vitest's `define`, so no build carries package.json. */
declare const HVGATE_VERSION: string;

export const TOOL = {
  name: 'hvgate',
  version: HVGATE_VERSION,
  informationUri: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate',
} as const;
