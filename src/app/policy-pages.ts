/** The policies' docs pages (`policies/<id>-<name>/README.md`), as the bundler put them in. */

/** By policy id; put in by esbuild's and vitest's `define` (scripts/build-constants.mjs). */
declare const HVGATE_POLICY_PAGES: Readonly<Record<string, string>>;

export function policyPage(id: string): string | undefined {
  return Object.hasOwn(HVGATE_POLICY_PAGES, id) ? HVGATE_POLICY_PAGES[id] : undefined;
}
