/** The policies' docs pages (`policies/<id>-<name>/README.md`), as the bundler put them in. */

/** JSON of the pages by policy id; put in by esbuild's and vitest's `define` (scripts/build-constants.mjs). */
declare const HVGATE_POLICY_PAGES: string;

let pages: Readonly<Record<string, string>> | undefined;

export function policyPage(id: string): string | undefined {
  pages ??= JSON.parse(HVGATE_POLICY_PAGES) as Readonly<Record<string, string>>;
  return Object.hasOwn(pages, id) ? pages[id] : undefined;
}
