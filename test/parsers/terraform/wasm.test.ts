import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GRAMMAR_WASM, parseTerraformConfiguration, RUNTIME_WASM, setTreeSitterWasmDir } from '../../../src/parsers/terraform/index.js';

it('loads the grammar from a folder named with setTreeSitterWasmDir, as a bundle ships it', async () => {
  const require = createRequire(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), 'hvgate-wasm-'));
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(dir, RUNTIME_WASM));
  copyFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'), join(dir, GRAMMAR_WASM));
  setTreeSitterWasmDir(dir);
  const e = await parseTerraformConfiguration({ files: [{ path: 'a.tf', text: 'resource "hyperv_machine_instance" "a" {\n  name = "a"\n}\n' }] });
  expect(e.vms.map((v) => v.name)).toEqual(['a']);
});
