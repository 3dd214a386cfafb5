/** The tool's identity, as reports state it. */
import packageJson from '../../package.json' with { type: 'json' };

export const TOOL = {
  name: 'hvgate',
  version: packageJson.version,
  informationUri: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate',
} as const;
