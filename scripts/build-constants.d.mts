/** The `define` table for a checkout at `root` (see build-constants.mjs). */
export function buildConstants(root: string): Record<'HVGATE_VERSION' | 'HVGATE_POLICY_PAGES', string>;
