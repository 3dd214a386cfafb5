import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  mayHoldHvgateDefinition
} from "./chunk-3V634YIC.js";
import {
  automaticVariablesRank,
  terraformFileKind
} from "./chunk-MESW2INQ.js";
import {
  fileStart
} from "./chunk-556DK7J4.js";

// src/load/terraform-directories.ts
import { existsSync } from "node:fs";
import { open, readdir, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/load/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeDefinition(path, bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return failure(path, 1, 1, "utf-16", "the file is UTF-16 encoded; definitions must be UTF-8", "Save the file as UTF-8 (with or without BOM).");
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return failure(
      path,
      line,
      column,
      "not-utf-8",
      `byte 0x${byte} is not valid UTF-8; definitions must be UTF-8`,
      "Save the file as UTF-8, or remove the binary content."
    );
  }
}
function failure(file, line, column, code, message, fix) {
  return { ok: false, diagnostic: { at: { file, line, column, endLine: line, endColumn: column + 1 }, code, message, fix } };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  for (let b = bytes[i]; b !== void 0; b = bytes[i]) {
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    let cp;
    if (b >= 194 && b <= 223) [need, min, cp] = [1, 128, b & 31];
    else if (b >= 224 && b <= 239) [need, min, cp] = [2, 2048, b & 15];
    else if (b >= 240 && b <= 244) [need, min, cp] = [3, 65536, b & 7];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return bytes.length;
}
function positionOfByte(bytes, offset) {
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lastBreak = prefix.lastIndexOf("\n");
  const line = (prefix.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: prefix.length - lastBreak };
}

// src/load/source-file.ts
var MAX_DEFINITION_BYTES = 4 * 1024 * 1024;
var MAX_PLAN_BYTES = 1024 * 1024 * 1024;
var SNIFF_BYTES = 64 * 1024;
function looksLikePlanHead(head) {
  const text = new TextDecoder("utf-8").decode(head.subarray(0, SNIFF_BYTES));
  return /^\s*\{/.test(text) && (text.includes('"format_version"') || /"version"\s*:/.test(text) && text.includes('"lineage"'));
}
var DefinitionScanner = class {
  tail = "";
  found = false;
  push(chunk) {
    if (this.found) return;
    const text = this.tail + latin1.decode(chunk).replace(/\0/g, "");
    this.found = mayHoldHvgateDefinition(text);
    this.tail = text.slice(-32);
  }
  get mayDefine() {
    return this.found;
  }
};
var latin1 = new TextDecoder("latin1");

// src/load/terraform-directories.ts
function isModuleFile(path) {
  const kind = terraformFileKind(path);
  return kind?.role === "configuration" || kind?.role === "variables" && automaticVariablesRank(path) !== void 0;
}
function repositoryRoot(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
function workingTreeDirectories(cwd, root = repositoryRoot(cwd)) {
  const locate = async (path) => {
    const real = await realpath(path).catch(() => void 0);
    if (real === void 0) return { kind: "missing" };
    const rel = relative(await realpath(root), real);
    const inside = rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return inside ? { kind: "inside", real } : { kind: "outside" };
  };
  return {
    async read(dir) {
      const absolute = resolve(cwd, dir);
      const where = await locate(absolute);
      if (where.kind !== "inside") return where;
      const entries = await readdir(where.real, { withFileTypes: true }).catch(() => void 0);
      if (!entries) return { kind: "missing" };
      const files = [];
      const diagnostics = [];
      for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
        const path = toPosix(relative(cwd, join(absolute, entry.name)));
        if (!isModuleFile(path) || !(entry.isFile() || entry.isSymbolicLink())) continue;
        const target = await locate(join(absolute, entry.name));
        if (target.kind === "outside") {
          diagnostics.push(
            problem(
              path,
              "link-outside-repository",
              "the file is a link that leads outside the repository; it is not read",
              "Replace the link by the file itself."
            )
          );
        } else if (target.kind === "inside") {
          const file = await readWhole(target.real, path);
          if (file && "diagnostic" in file) diagnostics.push(file.diagnostic);
          else if (file) files.push(file);
        }
      }
      return { kind: "files", files: decodeAll(files, diagnostics), diagnostics };
    }
  };
}
function gitDirectories(repository, commit) {
  return {
    async read(dir) {
      const listed = await repository.readDirectory(commit, dir, isModuleFile);
      if (listed === void 0) return { kind: "outside" };
      if (listed.length === 0) return { kind: "missing" };
      const diagnostics = [];
      const whole = listed.filter((file) => {
        if (file.unreadable) diagnostics.push({ at: fileStart(file.path), ...file.unreadable });
        else if (file.truncated) diagnostics.push(tooLarge(file.path));
        return !file.unreadable && !file.truncated;
      });
      return { kind: "files", files: decodeAll(whole, diagnostics), diagnostics };
    }
  };
}
function decodeAll(files, diagnostics) {
  const out = [];
  for (const file of files) {
    const decoded = decodeDefinition(file.path, file.bytes);
    if (decoded.ok) out.push({ path: file.path, text: decoded.text });
    else diagnostics.push(decoded.diagnostic);
  }
  return out;
}
async function readWhole(absolute, path) {
  const handle = await open(absolute, "r");
  try {
    const info = await handle.stat();
    if (!info.isFile()) return void 0;
    if (info.size > MAX_DEFINITION_BYTES) return { diagnostic: tooLarge(path) };
    return { path, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}
function tooLarge(path) {
  return problem(
    path,
    "file-too-large",
    `the module file is larger than ${MAX_DEFINITION_BYTES / (1024 * 1024)} MiB; it is not evaluated`,
    "Split the module into smaller files."
  );
}
function problem(path, code, message, fix) {
  return { at: fileStart(path), code, message, fix };
}
function toPosix(path) {
  return path.split(sep).join("/");
}

export {
  decodeDefinition,
  MAX_DEFINITION_BYTES,
  MAX_PLAN_BYTES,
  SNIFF_BYTES,
  looksLikePlanHead,
  DefinitionScanner,
  repositoryRoot,
  workingTreeDirectories,
  gitDirectories
};
