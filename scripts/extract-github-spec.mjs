#!/usr/bin/env node
/**
 * Regenerates test/fixtures/github/github-openapi-subset.json: the operations the Action calls or may
 * call, and every component they reference, copied unchanged from GitHub's REST description in the
 * npm package @octokit/openapi. The package is large (385 MB installed), so it is never a dependency:
 *
 *   mkdir /tmp/openapi && cd /tmp/openapi && npm pack @octokit/openapi@23.0.2 && tar -xzf octokit-openapi-*.tgz
 *   node scripts/extract-github-spec.mjs /tmp/openapi/package/generated/api.github.com.json 23.0.2
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OPERATIONS = [
  'checks/create',
  'checks/update',
  'issues/create-comment',
  'issues/list-comments',
  'issues/list-events',
  'issues/update-comment',
  'pulls/create-review',
  'pulls/dismiss-review',
  'pulls/get',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/list-reviews',
  'pulls/update-review-comment',
  'repos/get-collaborator-permission-level',
];

const [source, version] = process.argv.slice(2);
if (source === undefined || version === undefined) {
  console.error('usage: node scripts/extract-github-spec.mjs <api.github.com.json> <@octokit/openapi version>');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(source, 'utf8'));
const wanted = new Set(OPERATIONS);
const paths = {};
for (const [template, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!wanted.has(operation?.operationId)) continue;
    paths[template] ??= {};
    paths[template][method] = operation;
    wanted.delete(operation.operationId);
  }
}
if (wanted.size > 0) throw new Error(`not in the description: ${[...wanted].join(', ')}`);

// Every component reachable through `$ref`, followed transitively.
const components = {};
const pending = [paths];
while (pending.length > 0) {
  const value = pending.pop();
  if (Array.isArray(value)) pending.push(...value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') {
        const [, , kind, name] = child.split('/');
        components[kind] ??= {};
        if (components[kind][name] === undefined) {
          components[kind][name] = spec.components[kind][name];
          pending.push(components[kind][name]);
        }
      } else pending.push(child);
    }
  }
}
const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const subset = {
  openapi: spec.openapi,
  info: { ...spec.info, version },
  paths: sorted(paths),
  components: sorted(Object.fromEntries(Object.entries(components).map(([kind, entries]) => [kind, sorted(entries)]))),
};
writeFileSync(new URL('../test/fixtures/github/github-openapi-subset.json', import.meta.url), JSON.stringify(subset, null, 2) + '\n');
console.log(`${OPERATIONS.length} operations, ${Object.values(components).reduce((n, c) => n + Object.keys(c).length, 0)} components`);
