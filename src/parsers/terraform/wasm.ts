/**
 * Loads the tree-sitter runtime and the Terraform grammar (both WebAssembly). A bundled `dist/` ships
 * `web-tree-sitter.wasm` and `tree-sitter-terraform.wasm` next to its JavaScript; in the source tree
 * they are found in node_modules. `setTreeSitterWasmDir` names another folder holding both.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';

export const RUNTIME_WASM = 'web-tree-sitter.wasm';
export const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';

let configuredDir: string | undefined;
let loading: Promise<Parser> | undefined;

/** Folder holding both `.wasm` files; takes effect if called before the first `.tf` file is parsed. */
export function setTreeSitterWasmDir(dir: string): void {
  configuredDir = dir;
}

export function terraformParser(): Promise<Parser> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Parser> {
  const runtime = locate(RUNTIME_WASM, 'web-tree-sitter/web-tree-sitter.wasm');
  const grammar = locate(GRAMMAR_WASM, '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
  if (!grammar) {
    throw new Error(`cannot find ${GRAMMAR_WASM}: copy it next to the hvgate bundle or install @tree-sitter-grammars/tree-sitter-hcl`);
  }
  // The runtime's JavaScript is loaded with its WebAssembly, at the first Terraform file: a run that
  // reads none does not even parse it.
  const { Language, Parser } = await import('web-tree-sitter');
  await Parser.init(runtime ? { locateFile: () => runtime } : {});
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}

function locate(file: string, packagePath: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [configuredDir && join(configuredDir, file), join(here, file)];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    return createRequire(import.meta.url).resolve(packagePath);
  } catch {
    return undefined;
  }
}
