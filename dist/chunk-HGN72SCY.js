import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  repositoryRoot
} from "./chunk-ZJICGQT6.js";
import {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  parseConfig
} from "./chunk-PJVW5NQJ.js";
import {
  ConfigurationError,
  describeReadError
} from "./chunk-36VZIVIE.js";

// src/config/load-config.ts
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function loadConfig(explicitPath, cwd, pack) {
  const path = explicitPath ?? configCandidates(cwd).find((candidate) => existsSync(resolve(cwd, candidate)));
  if (path === void 0) return DEFAULT_CONFIG;
  const absolute = resolve(cwd, path);
  const text = await readFile(absolute, "utf8").catch((error) => {
    throw new ConfigurationError(`${explicitPath ?? path}: cannot read the configuration file (${describeReadError(error)})`);
  });
  const config = parseConfig(relative(cwd, absolute).split("\\").join("/"), text, pack);
  return explicitPath === void 0 ? withGlobBase(config, path, cwd) : config;
}
function withGlobBase(config, found, cwd) {
  const base = relative(dirname(resolve(cwd, found)), resolve(cwd)).split("\\").join("/");
  return base === "" ? config : { ...config, globBase: base };
}
function configCandidates(cwd, root = repositoryRoot(cwd)) {
  const candidates = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const prefix = relative(resolve(cwd), dir);
    for (const name of CONFIG_FILE_NAMES) candidates.push(prefix === "" ? name : join(prefix, name).split("\\").join("/"));
    if (dir === resolve(root) || dirname(dir) === dir) return candidates;
  }
}

export {
  loadConfig,
  withGlobBase,
  configCandidates
};
