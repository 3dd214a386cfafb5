import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/parsers/terraform/recognize.ts
function terraformJsonKind(text) {
  let start = 0;
  if (text.charCodeAt(0) === 65279) start = 1;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  if (text[start] !== "{") return void 0;
  if (/"format_version"\s*:/.test(text)) {
    if (text.includes('"resource_changes"') || text.includes('"planned_values"')) return "plan";
    if (text.includes('"values"')) return "state";
    return text.includes('"terraform_version"') ? "plan" : void 0;
  }
  if (/"version"\s*:/.test(text) && text.includes('"lineage"') && text.includes('"resources"')) return "state";
  if (text.includes('"resource_changes"') || text.includes('"planned_values"')) return "plan";
  return void 0;
}

// src/parsers/terraform/wasm.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var RUNTIME_WASM = "web-tree-sitter.wasm";
var GRAMMAR_WASM = "tree-sitter-terraform.wasm";
var configuredDir;
var loading;
function setTreeSitterWasmDir(dir) {
  configuredDir = dir;
}
function terraformParser() {
  loading ??= load().catch((error) => {
    loading = void 0;
    throw error;
  });
  return loading;
}
async function load() {
  const runtime = locate(RUNTIME_WASM, "web-tree-sitter/web-tree-sitter.wasm");
  const grammar = locate(GRAMMAR_WASM, "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
  if (!grammar) {
    throw new Error(`cannot find ${GRAMMAR_WASM}: copy it next to the hvgate bundle or install @tree-sitter-grammars/tree-sitter-hcl`);
  }
  const { Language, Parser } = await import("./chunk-BRDO5XJN.js");
  await Parser.init(runtime ? { locateFile: () => runtime } : {});
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}
function locate(file, packagePath) {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [configuredDir && join(configuredDir, file), join(here, file)];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    return createRequire(import.meta.url).resolve(packagePath);
  } catch {
    return void 0;
  }
}

// src/core/model.ts
var emptyEstate = { vms: [], jobs: [], hosts: [], exceptions: [], diagnostics: [], files: [] };
function mergeEstates(parts) {
  return {
    vms: parts.flatMap((p) => p.vms),
    jobs: parts.flatMap((p) => p.jobs),
    hosts: parts.flatMap((p) => p.hosts),
    exceptions: parts.flatMap((p) => p.exceptions),
    diagnostics: parts.flatMap((p) => p.diagnostics),
    files: parts.flatMap((p) => p.files),
    notices: parts.flatMap((p) => p.notices ?? []),
    unevaluated: parts.flatMap((p) => p.unevaluated ?? [])
  };
}

// src/parsers/terraform/positions.ts
var LineIndex = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  starts;
  /** Span from offset `start` to offset `end` (exclusive). */
  span(start, end = start) {
    const starts = this.lineStarts();
    const from = lineAt(starts, start);
    const stop = Math.max(start, end);
    const to = lineAt(starts, stop);
    return { file: this.file, line: from + 1, column: start - (starts[from] ?? 0) + 1, endLine: to + 1, endColumn: stop - (starts[to] ?? 0) + 1 };
  }
  position(offset) {
    const starts = this.lineStarts();
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  }
  /** Built on first use: a plan read without any position lookups never pays for it. */
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    let at = text.indexOf("\n");
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf("\n", at + 1);
    }
    this.starts = starts;
    return starts;
  }
};
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export {
  emptyEstate,
  mergeEstates,
  terraformJsonKind,
  LineIndex,
  RUNTIME_WASM,
  GRAMMAR_WASM,
  setTreeSitterWasmDir,
  terraformParser
};
