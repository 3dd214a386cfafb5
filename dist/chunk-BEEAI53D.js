import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  API_VERSION,
  findNestedDefinition,
  isDefinitionDocument,
  mentionsHvgate
} from "./chunk-3V634YIC.js";
import {
  DocumentReader,
  SpanFinder,
  buildBackupJob,
  buildHostProfile,
  buildVirtualMachine,
  dotted,
  validateDocument
} from "./chunk-5PII5KHW.js";
import {
  require_dist
} from "./chunk-ARL6IJI7.js";
import {
  KINDS
} from "./chunk-7IA6KYUI.js";
import {
  didYouMean,
  quote
} from "./chunk-U2XKFNE5.js";
import {
  fileStart
} from "./chunk-556DK7J4.js";
import {
  __toESM
} from "./chunk-ORKAOT74.js";

// src/load/parse-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/parsers/hvgate/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function parseHvgateFile(file, text, options = {}) {
  return readDocuments(file, text, true, options).estate;
}
function parseHvgateCandidate(file, text, options = {}) {
  const { estate, recognized } = readDocuments(file, text, false, options);
  return recognized ? estate : void 0;
}
function readDocuments(file, text, explicit, options) {
  const spans = new SpanFinder(file);
  const diagnostics = [];
  const estate = { vms: [], jobs: [], hosts: [], exceptions: [], diagnostics, files: [file] };
  const countedIfOurs = /* @__PURE__ */ new Set();
  const reportBroken = (diagnostic) => {
    diagnostics.push(diagnostic);
    if (!explicit) countedIfOurs.add(diagnostic);
  };
  let ours = explicit;
  let definitions = 0;
  const documents = composeDocuments(text, spans);
  for (; ; ) {
    let next;
    try {
      next = documents.next();
    } catch (error) {
      estate.vms.length = estate.jobs.length = estate.hosts.length = diagnostics.length = 0;
      const tooDeep = error instanceof RangeError;
      diagnostics.push({
        at: fileStart(file),
        code: "yaml-unreadable",
        message: tooDeep ? "the file nests collections too deeply to be read" : `the file cannot be parsed: ${error.message}`,
        fix: "Write the definitions as plain, shallow YAML."
      });
      return { estate, recognized: explicit || mentionsHvgate(text) };
    }
    if (next.done === true) break;
    spans.startDocument();
    const { document, value, aliasError, ours: meant } = classify(next.value, text);
    if (meant) ours = true;
    const documentSpan = document.contents?.range ? spans.span(document.contents.range[0], document.contents.range[0]) : fileStart(file);
    if (document.errors.length > 0) {
      for (const error of document.errors) reportBroken(yamlDiagnostic(error, spans));
      continue;
    }
    if (aliasError !== void 0) {
      reportBroken({
        at: documentSpan,
        code: "yaml-alias-expansion",
        message: `YAML aliases expand too far (${aliasError.replace(/\.$/, "")}); the document is not evaluated`,
        fix: `Write the values out or use fewer aliases (at most ${MAX_ALIAS_COUNT} expansions).`
      });
      continue;
    }
    if (document.contents === null) continue;
    const reader = new DocumentReader(document, spans, value, documentSpan);
    if (!meant) {
      const nested = findNestedDefinition(value);
      if (nested) diagnostics.push(nestedDiagnostic(reader, nested.path));
      else {
        const keyAt = definitionInKey(document);
        if (keyAt !== void 0) diagnostics.push(keyDiagnostic(spans.span(keyAt, keyAt)));
      }
      continue;
    }
    definitions++;
    const kind = checkHeader(reader, diagnostics);
    if (!kind) continue;
    const problems = validateDocument(kind, value);
    for (const problem of problems) {
      diagnostics.push({
        at: problem.atKey ? reader.keyAt(problem.path) : reader.at(problem.path),
        code: `schema:${dotted(problem.path)}`,
        message: `${kind} "${nameOf(value)}": ${problem.message}`,
        fix: fixFor(problem)
      });
    }
    const built = problems.length === 0 ? reader : readerWithUnknowns(document, spans, value, documentSpan, problems);
    if (!built) continue;
    if (kind === "VirtualMachine") estate.vms.push(buildVirtualMachine(built, diagnostics, options.attributes ?? true));
    else if (kind === "BackupJob") estate.jobs.push(buildBackupJob(built));
    else estate.hosts.push(buildHostProfile(built));
  }
  if (!ours && countedIfOurs.size > 0) estate.diagnostics = diagnostics.filter((diagnostic) => !countedIfOurs.has(diagnostic));
  if (explicit && definitions === 0 && estate.diagnostics.length === 0) {
    estate.diagnostics.push({
      at: fileStart(file),
      code: text.trim() === "" ? "empty-file" : "no-definitions",
      message: text.trim() === "" ? "the file is empty: it defines nothing" : `the file has no ${API_VERSION} definition`,
      fix: `Add definitions (apiVersion: ${API_VERSION}), or exclude the file in .hvgate.yml.`
    });
  }
  return { estate, recognized: ours || estate.diagnostics.length > 0 };
}
function composeDocuments(text, spans) {
  const options = { lineCounter: spans.lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, logLevel: "error" };
  const parser = new import_yaml.Parser(spans.lineCounter.addNewLine);
  return new import_yaml.Composer(options).compose(parser.parse(text));
}
function classify(document, text) {
  let value;
  let aliasError;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    aliasError = error.message;
  }
  const broken = document.errors.length > 0 || aliasError !== void 0;
  const ours = isDefinitionDocument(value) || broken && mentionsHvgate(text.slice(document.range[0], document.range[2]));
  return { document, ...value !== void 0 ? { value } : {}, ...aliasError !== void 0 ? { aliasError } : {}, ours };
}
function readerWithUnknowns(document, spans, value, documentSpan, problems) {
  const plain = new DocumentReader(document, spans, value, documentSpan);
  const invalid = problems.flatMap(
    (problem) => problem.unreadable ? [{ path: problem.unreadable, reason: `unreadable: ${problem.message}`, at: problem.atKey ? plain.keyAt(problem.path) : plain.at(problem.path) }] : []
  );
  const reader = new DocumentReader(document, spans, value, documentSpan, invalid);
  const named = reader.text(["metadata", "name"]) !== void 0 && reader.text(["metadata", "name"]) !== "";
  return named && reader.mapping(["spec"]) !== void 0 ? reader : void 0;
}
var SCHEMA_FIX = "Correct the definition; see schema/hvgate-v1.schema.json (editors complete it through the yaml-language-server comment).";
function fixFor(problem) {
  return problem.message.includes("control character") ? "Write the path in single quotes, or double every backslash inside double quotes." : SCHEMA_FIX;
}
function yamlDiagnostic(error, spans) {
  return {
    at: spans.span(error.pos[0], error.pos[1]),
    code: `yaml-${error.code.toLowerCase().replace(/_/g, "-")}`,
    message: /call stack/i.test(error.message) ? "YAML: the document nests collections too deeply to be read" : `YAML: ${firstLine(error.message)}`,
    fix: error.code === "BAD_DQ_ESCAPE" ? "A backslash in double quotes starts an escape: write Windows paths in single quotes ('D:\\VMs\\vm.vhdx') or without quotes." : "Fix the YAML syntax; the definitions in this document are not evaluated until it parses."
  };
}
function nestedDiagnostic(reader, path) {
  return {
    at: reader.at(path),
    code: `nested-definition:${dotted(path)}`,
    message: `an ${API_VERSION} definition is nested at ${dotted(path)} of another document; it is not evaluated there`,
    fix: "Write each definition as a YAML document of its own (separate documents with ---)."
  };
}
function definitionInKey(document) {
  let found;
  (0, import_yaml.visit)(document, {
    Pair(_, pair) {
      if (!(0, import_yaml.isCollection)(pair.key)) return void 0;
      let key;
      try {
        key = pair.key.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        return void 0;
      }
      if (!isDefinitionDocument(key) && findNestedDefinition(key) === void 0) return void 0;
      found = pair.key.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  return found;
}
function keyDiagnostic(at) {
  return {
    at,
    code: "definition-in-key",
    message: `an ${API_VERSION} definition is written as a mapping key; it is not evaluated there`,
    fix: "Write each definition as a YAML document of its own (separate documents with ---)."
  };
}
function checkHeader(reader, diagnostics) {
  const apiVersion = reader.get(["apiVersion"]);
  if (apiVersion !== API_VERSION) {
    diagnostics.push(apiVersionProblem(reader, apiVersion));
    return void 0;
  }
  const kind = reader.get(["kind"]);
  if (typeof kind !== "string" || !KINDS.includes(kind)) {
    diagnostics.push({
      at: kind === void 0 ? reader.at(["apiVersion"]) : reader.at(["kind"]),
      code: "kind",
      message: kind === void 0 ? `the document has apiVersion ${API_VERSION} but no kind` : `kind ${quote(kind)} is not one of ${KINDS.join(", ")}${didYouMean(typeof kind === "string" ? kind : quote(kind), KINDS)}`,
      fix: `Set kind to one of ${KINDS.join(", ")}.`
    });
    return void 0;
  }
  return kind;
}
function apiVersionProblem(reader, apiVersion) {
  const fix = `Write apiVersion: ${API_VERSION}, or upgrade hvgate.`;
  if (apiVersion === void 0) {
    const misspelt = Object.keys(reader.value).find((key) => key.toLowerCase() === "apiversion");
    if (misspelt !== void 0) {
      return { at: reader.keyAt([misspelt]), code: "api-version", message: `the key ${quote(misspelt)} must be written "apiVersion"`, fix };
    }
    return {
      at: reader.keyAt(["kind"]),
      code: "api-version",
      message: `the document has kind ${quote(reader.get(["kind"]))} but no apiVersion, so it cannot be read as an ${API_VERSION} definition`,
      fix: `Start the definition with apiVersion: ${API_VERSION}.`
    };
  }
  const written = typeof apiVersion === "string" ? quote(apiVersion) : apiVersion instanceof Uint8Array ? "binary data" : `${typeof apiVersion} ${quote(apiVersion)}`;
  return { at: reader.at(["apiVersion"]), code: "api-version", message: `apiVersion ${written} is not supported; this gate reads ${API_VERSION}`, fix };
}
function nameOf(value) {
  const name = value.metadata?.name;
  if (typeof name !== "string") return "(unnamed)";
  return name.length <= 64 ? name : `${name.slice(0, 63)}…`;
}
function firstLine(message) {
  return (message.split("\n", 1)[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

// src/load/parse-pool.ts
var PARALLEL_THRESHOLD_CHARS = 4 * 1024 * 1024;
var MIN_CORES = 4;
function parseHvgateSource(file, options = {}) {
  return file.explicit ? parseHvgateFile(file.path, file.text, options) : parseHvgateCandidate(file.path, file.text, options);
}
async function parseHvgateFiles(files, options = {}) {
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  const workerScript = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
  const cores = availableParallelism();
  const workers = Math.min(cores, files.length, 8);
  if (total < PARALLEL_THRESHOLD_CHARS || cores < MIN_CORES || workers < 2 || !existsSync(workerScript)) {
    return files.map((file) => parseHvgateSource(file, options));
  }
  const batches = Array.from({ length: workers }, () => ({ load: 0, indexes: [], files: [] }));
  const order = files.map((file, index) => ({ file, index })).sort((a, b) => b.file.text.length - a.file.text.length);
  for (const { file, index } of order) {
    const lightest = batches.reduce((min, batch) => batch.load < min.load ? batch : min);
    lightest.load += file.text.length;
    lightest.indexes.push(index);
    lightest.files.push(file);
  }
  const results = new Array(files.length);
  await Promise.all(
    batches.map(async (batch) => {
      const estates = await runWorker(workerScript, { files: batch.files, options });
      if (estates.length !== batch.files.length) throw new Error("a parse worker answered for fewer files than it was given");
      batch.indexes.forEach((fileIndex, i) => results[fileIndex] = estates[i]);
    })
  );
  return results;
}
function runWorker(script, request) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (estates) => {
      resolve(estates);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(request);
  });
}

export {
  parseHvgateSource,
  parseHvgateFiles
};
