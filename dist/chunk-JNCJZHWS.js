import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  BoundedCache
} from "./chunk-3PTL7UPO.js";
import {
  unknown
} from "./chunk-556DK7J4.js";

// src/core/volume.ts
var CLUSTER_STORAGE = "clusterstorage";
var CLUSTER_STORAGE_PATTERN = /clusterstorage/i;
var volumeCache = new BoundedCache(4096);
function volumeOf(path) {
  const drive = plainDrivePath(path);
  if (drive !== void 0) return drive.result;
  return volumeCache.get(path, resolveVolume);
}
function resolveVolume(path) {
  const root = rootOf(path, true);
  if (root.kind === "volume") return { ok: true, volume: root.volume };
  return { ok: false, problem: root.kind === "problem" ? root.problem : `"${path}" is not an absolute Windows path` };
}
function volumeOfValue(value) {
  if (value.known) {
    const drive = plainDrivePath(value.value);
    if (drive !== void 0) return drive.root;
    const result = volumeOf(value.value);
    return result.ok ? { kind: "volume", volume: result.volume } : { kind: "unresolvable", problem: result.problem };
  }
  const partial = value.partial;
  if (partial && partial.prefix !== "") {
    const root = rootOf(partial.prefix, false);
    if (root.kind === "volume") return root;
    if (root.kind === "problem") return { kind: "unresolvable", problem: root.problem };
  }
  if (partial?.base && partial.prefix === "") return { kind: "same-as", key: partial.base.key, text: partial.base.text };
  return { kind: "unknown", value };
}
function sameVolume(a, b) {
  if (a.kind === "volume" && b.kind === "volume") return a.volume.key === b.volume.key;
  if (a.kind === "same-as" && b.kind === "same-as" && a.key === b.key) return true;
  return void 0;
}
function rootOf(text, whole) {
  let p = text.trimStart().replace(/\//g, "\\");
  if (whole) p = p.trimEnd();
  if (p === "") return whole ? { kind: "problem", problem: "the path is empty" } : { kind: "open" };
  if (/^\\\\\?\\UNC\\/i.test(p)) p = "\\\\" + p.slice(8);
  else if (/^\\\\[?.]\\[A-Za-z]:/.test(p)) p = p.slice(4);
  if (p.startsWith("\\\\")) return shareRoot(text, p, whole);
  const drive = /^(.):(\\|$)/u.exec(p);
  if (drive) return driveRoot(text, p, drive[1] ?? "", whole);
  if (/^[A-Za-z]:[^\\]/.test(p)) {
    return { kind: "problem", problem: `"${text}" is relative to the current folder of drive ${p.slice(0, 2)}; write it as ${p.slice(0, 2)}\\${p.slice(2)}` };
  }
  if (!whole && (/^[A-Za-z]$/u.test(p) || p === "\\")) return { kind: "open" };
  return { kind: "problem", problem: `"${text}" is not an absolute Windows path (expected D:\\…, C:\\ClusterStorage\\… or \\\\server\\share\\…)` };
}
function shareRoot(text, p, whole) {
  const parts = p.slice(2).split("\\");
  const [server, share] = parts;
  const complete = whole || parts.length > 2;
  if (!server || !share) return whole ? { kind: "problem", problem: `"${text}" names a server but no share` } : { kind: "open" };
  if (!complete) return { kind: "open" };
  const display = `\\\\${server}\\${share}`;
  return { kind: "volume", volume: { key: display.toLowerCase(), display, remote: true } };
}
function driveRoot(text, p, letter, whole) {
  if (!/^[A-Za-z]$/.test(letter)) {
    return {
      kind: "problem",
      problem: `"${text}" starts with the drive letter "${letter}" (U+${codePoint(letter)}), which is not an ASCII letter; a look-alike character names no volume`
    };
  }
  const drive = driveVolume(letter);
  if (whole && !CLUSTER_STORAGE_PATTERN.test(p)) return drive;
  const drivePart = drive.volume.display;
  const raw = p.slice(2).split("\\");
  const growing = whole ? void 0 : raw.pop() ?? "";
  const [first, second] = resolveDots(raw);
  if (first === void 0) return growing === void 0 || !CLUSTER_STORAGE.startsWith(growing.toLowerCase()) ? drive : { kind: "open" };
  if (first.toLowerCase() !== CLUSTER_STORAGE) return drive;
  if (second === void 0) return growing === void 0 ? drive : { kind: "open" };
  const display = `${drivePart}\\ClusterStorage\\${second}`;
  return { kind: "volume", volume: { key: display.toLowerCase(), display, remote: false } };
}
var driveVolumes = [];
function driveAnswers(letter) {
  const code = letter.charCodeAt(0) | 32;
  let answers = driveVolumes[code];
  if (answers === void 0) {
    const display = `${letter.toUpperCase()}:`;
    const volume = { key: display.toLowerCase(), display, remote: false };
    answers = { root: { kind: "volume", volume }, result: { ok: true, volume } };
    driveVolumes[code] = answers;
  }
  return answers;
}
function driveVolume(letter) {
  return driveAnswers(letter).root;
}
function plainDrivePath(path) {
  const letter = path.charCodeAt(0) | 32;
  const separator = path.charCodeAt(2);
  if (letter < 97 || letter > 122 || path.charCodeAt(1) !== 58 || separator !== 92 && separator !== 47) return void 0;
  return CLUSTER_STORAGE_PATTERN.test(path) ? void 0 : driveAnswers(path.charAt(0));
}
function resolveDots(segments) {
  const out = [];
  for (const segment of segments) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out;
}
function normalizePath(path) {
  return path.trim().replace(/\//g, "\\").replace(/\\+$/, "").toLowerCase();
}
function codePoint(ch) {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}
function unreadablePath(value, problem) {
  return unknown(value.at, `it cannot be read: ${problem} (HVB000)`);
}

export {
  volumeOf,
  volumeOfValue,
  sameVolume,
  normalizePath,
  unreadablePath
};
