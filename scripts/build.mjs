// Bundles the CLI and the GitHub Action into dist/ (committed; CI checks it matches a fresh build).
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildConstants } from './build-constants.mjs';
import { buildValidators } from './build-validators.mjs';
import { yamlWithoutDebugSwitches } from './yaml-debug-switches.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const entryPoints = { cli: 'src/cli/bin.ts', 'parse-worker': 'src/load/parse-worker.ts' };
if (existsSync(join(root, 'src/action/index.ts'))) entryPoints.index = 'src/action/index.ts';

await buildValidators(root);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // What a run does not use is not even parsed: the CLI's entry holds what --version needs, and each
  // command, reporter and parser it reaches through import() is a chunk of its own, next to the
  // entries (their import.meta.url finds the .wasm files and the parse worker beside them).
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: 'node20',
  // Bundled CommonJS dependencies (yaml, ajv) call require(); ESM output has to provide it.
  banner: { js: "import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'eof',
  charset: 'utf8',
  define: buildConstants(root),
  plugins: [yamlWithoutDebugSwitches],
});

// The HCL grammar is WebAssembly loaded at run time; it travels next to the bundle.
const grammarDir = join(root, 'node_modules/@tree-sitter-grammars/tree-sitter-hcl');
const runtimeDir = join(root, 'node_modules/web-tree-sitter');
for (const [dir, name] of [
  [grammarDir, 'tree-sitter-terraform.wasm'],
  [runtimeDir, 'web-tree-sitter.wasm'],
]) {
  await copyFile(join(dir, name), join(dist, name));
}
console.log(`dist: ${(await readdir(dist)).sort().join(', ')}`);
