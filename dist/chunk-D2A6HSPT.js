import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  isKnown
} from "./chunk-556DK7J4.js";

// src/core/host.ts
var DEFAULT_HOST = { os: "2019", configurationVersion: "9.0" };
var LEGACY_OS = /* @__PURE__ */ new Set(["2008 R2", "2012", "2012 R2"]);
var NATIVE_CONFIGURATION_VERSION = {
  "2008 R2": "2.0",
  "2012": "4.0",
  "2012 R2": "5.0",
  "2016": "8.0",
  "2019": "9.0",
  "2022": "10.0",
  "2025": "12.0"
};
function isLegacyHost(os) {
  return LEGACY_OS.has(os);
}
function resolveHost(vm, profiles, defaults) {
  const profileName = isKnown(vm.host) ? vm.host.value : void 0;
  const profile = profileName === void 0 ? void 0 : profiles.get(profileName);
  const os = profile && isKnown(profile.os) ? profile.os.value : defaults.os;
  const configurationVersion = isKnown(vm.configurationVersion) ? vm.configurationVersion.value : profile && isKnown(profile.defaultConfigurationVersion) ? profile.defaultConfigurationVersion.value : profile ? NATIVE_CONFIGURATION_VERSION[os] : defaults.configurationVersion;
  const backupPath = !isLegacyHost(os) && majorVersion(configurationVersion) >= 8 ? "wmi-rct" : "vss-writer";
  const assumed = profile === void 0;
  const where = profile ? `host ${profile.name}` : "host (assumed: no host profile)";
  const versionNote = isLegacyHost(os) ? "" : `, configuration version ${configurationVersion}`;
  return {
    ...profile ? { profile: profile.name } : {},
    os,
    configurationVersion,
    backupPath,
    assumed,
    label: `Windows Server ${os} ${where}${versionNote}`
  };
}
function degradedOutcome(host) {
  return host.backupPath === "vss-writer" ? "saved-state" : "crash-consistent";
}
function degradedConsequence(host) {
  return host.backupPath === "vss-writer" ? `On ${host.label}, Hyper-V puts the VM into a saved state (paused) for every backup: a service interruption.` : `On ${host.label}, the backup is only crash-consistent, not application-consistent.`;
}
function majorVersion(version) {
  const major = Number.parseInt(version.split(".")[0] ?? "", 10);
  return Number.isFinite(major) ? major : 0;
}

// src/core/settings.ts
var DEFAULT_EXCEPTION_MAX_DAYS = 90;
var DEFAULT_SETTINGS = {
  policies: {},
  scope: "introduced",
  unknown: "note",
  hostDefaults: DEFAULT_HOST,
  exceptionsFromBaseOnly: true,
  exceptionMaxDays: DEFAULT_EXCEPTION_MAX_DAYS,
  defaultEnforcement: "soft-mandatory"
};
function enforcementOf(settings, policy) {
  return settings.policies[policy.id]?.enforcement ?? (policy.waivable === false ? "hard-mandatory" : settings.defaultEnforcement);
}

// src/core/glob.ts
var GLOB_MAX_LENGTH = 256;
function compileGlob(pattern) {
  if (pattern.length > GLOB_MAX_LENGTH) return { problem: `the pattern is ${pattern.length} characters long; at most ${GLOB_MAX_LENGTH} are allowed` };
  if (pattern.length === 0) return { problem: "the pattern is empty" };
  const parts = pattern.split("*").map((part) => Array.from(part));
  return { glob: (text) => matches(parts, Array.from(text)) };
}
function matches(parts, text) {
  const first = parts[0] ?? [];
  if (parts.length === 1) return first.length === text.length && occursAt(first, text, 0);
  const last = parts[parts.length - 1] ?? [];
  if (first.length + last.length > text.length) return false;
  if (!occursAt(first, text, 0) || !occursAt(last, text, text.length - last.length)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const at = firstOccurrence(part, text, from, end);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
function firstOccurrence(part, text, from, end) {
  for (let at = from; at + part.length <= end; at++) if (occursAt(part, text, at)) return at;
  return -1;
}
function occursAt(part, text, at) {
  for (let i = 0; i < part.length; i++) if (part[i] !== "?" && part[i] !== text[at + i]) return false;
  return true;
}

export {
  DEFAULT_HOST,
  isLegacyHost,
  resolveHost,
  degradedOutcome,
  degradedConsequence,
  DEFAULT_SETTINGS,
  enforcementOf,
  compileGlob
};
