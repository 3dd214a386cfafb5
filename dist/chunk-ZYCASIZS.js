import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  applyConfig,
  baselineAcceptance,
  checkGivenPlans,
  decide,
  evaluateParsed,
  gateRun,
  missingOnSide,
  readDecodedSide,
  readSideConfig,
  readTerraformPlans,
  withPolicySelection
} from "./chunk-WTYT5LEM.js";
import {
  buildSavedPlan
} from "./chunk-MO4SUWJO.js";
import {
  MAX_LINK_HOPS,
  definitionSelector,
  linkProblem,
  parseDecoded,
  readsWhole,
  resolveLinkTarget
} from "./chunk-ATUUX5XT.js";
import {
  TOOL
} from "./chunk-A3OBTB3H.js";
import {
  readPlanBaseline
} from "./chunk-H5VBT3D6.js";
import {
  estateExceptions,
  exceptionKey
} from "./chunk-FKHUETK3.js";
import {
  DefinitionScanner,
  MAX_DEFINITION_BYTES,
  SNIFF_BYTES,
  gitDirectories,
  workingTreeDirectories
} from "./chunk-ZJICGQT6.js";
import {
  DEFAULT_CONFIG
} from "./chunk-PJVW5NQJ.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-36VZIVIE.js";
import {
  flattenSource,
  isComplete,
  isUnknownAttribute,
  planActionOf,
  sameSourceTexts
} from "./chunk-ZFONXLCE.js";

// src/config/proposed-changes.ts
function proposedConfigurationChanges(base, head) {
  if ("error" in head) return [`the head's configuration cannot be read: ${head.error}`];
  const proposed = head.config;
  const lines = [];
  if (base.file !== proposed.file) {
    lines.push(
      proposed.file === void 0 ? `removes ${base.file ?? "the configuration file"}` : base.file === void 0 ? `adds ${proposed.file}` : `moves ${base.file} to ${proposed.file}`
    );
  }
  lines.push(...policyChanges(base.settings.policies, proposed.settings.policies));
  for (const key of SETTING_KEYS) {
    const before = base.settings[key];
    const after = proposed.settings[key];
    if (JSON.stringify(before) !== JSON.stringify(after)) lines.push(`${SETTING_NAMES[key]}: ${shown(before)} → ${shown(after)}`);
  }
  lines.push(...exceptionChanges(base.exceptions, proposed.exceptions));
  lines.push(...listChanges("include", base.include, proposed.include), ...listChanges("exclude", base.exclude, proposed.exclude));
  if (withoutPositions(base.overlays) !== withoutPositions(proposed.overlays)) {
    lines.push(`overlays: ${base.overlays.length} → ${proposed.overlays.length}${base.overlays.length === proposed.overlays.length ? " (changed)" : ""}`);
  }
  return lines;
}
var SETTING_KEYS = ["scope", "unknown", "defaultEnforcement", "exceptionsFromBaseOnly", "exceptionMaxDays", "hostDefaults"];
var SETTING_NAMES = {
  scope: "scope",
  unknown: "unknown",
  defaultEnforcement: "defaultEnforcement",
  exceptionsFromBaseOnly: "exceptions.fromBaseOnly",
  exceptionMaxDays: "exceptions.maxDays",
  hostDefaults: "hostDefaults"
};
function policyChanges(before, after) {
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id])).map((id) => `policies.${id}: ${describeSetting(before[id])} → ${describeSetting(after[id])}`);
}
function describeSetting(setting) {
  if (setting === void 0) return "default";
  const parts = [
    ...setting.level !== void 0 ? [`level ${setting.level}`] : [],
    ...setting.enforcement !== void 0 ? [`enforcement ${setting.enforcement}`] : [],
    ...setting.options !== void 0 ? [`options ${JSON.stringify(setting.options)}`] : []
  ];
  return parts.length > 0 ? parts.join(", ") : "default";
}
function listChanges(name, before, after) {
  const added = after.filter((entry) => !before.includes(entry));
  const removed = before.filter((entry) => !after.includes(entry));
  return [...added.map((entry) => `${name}: adds ${JSON.stringify(entry)}`), ...removed.map((entry) => `${name}: removes ${JSON.stringify(entry)}`)];
}
function exceptionChanges(before, after) {
  const keys = (entries) => new Set(entries.map(withoutPositions));
  const [beforeKeys, afterKeys] = [keys(before), keys(after)];
  return [
    ...after.filter((entry) => !beforeKeys.has(withoutPositions(entry))).map((entry) => `exceptions.entries: adds ${describeException(entry)}`),
    ...before.filter((entry) => !afterKeys.has(withoutPositions(entry))).map((entry) => `exceptions.entries: removes ${describeException(entry)}`)
  ];
}
function describeException(entry) {
  const vms = entry.vmPattern === true ? `the VMs matching ${JSON.stringify(entry.vm)}` : JSON.stringify(entry.vm);
  const subject = entry.subject !== void 0 ? `, ${entry.subjectKind ?? "disk"} ${JSON.stringify(entry.subject)}` : "";
  return `${entry.policy} for ${vms}${subject}${entry.expires !== void 0 ? `, expires ${entry.expires}` : ""}`;
}
function withoutPositions(value) {
  return JSON.stringify(value, (key, inner) => key === "at" ? void 0 : inner);
}
function shown(value) {
  return value === void 0 ? "default" : JSON.stringify(value);
}

// src/core/plan.ts
function planSide({ estate, evaluation }, exceptionsOf = estate) {
  const vms = /* @__PURE__ */ new Map();
  for (const result of evaluation.vms) {
    const { vm } = result;
    if (!vms.has(vm.address)) vms.set(vm.address, { name: vm.name, at: vm.at, attributes: vm.attributes, state: stateOf(result) });
  }
  return { vms, findings: evaluation.findings, exceptions: estateExceptions(exceptionsOf) };
}
function planChanges(base, head, terraform) {
  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const headFingerprints = new Set(head.findings.map((f) => f.fingerprint));
  const statusOf = (finding) => baseFingerprints.has(finding.fingerprint) ? "unchanged" : "introduced";
  const resolved = base.findings.filter((f) => !headFingerprints.has(f.fingerprint));
  const introducedOrResolved = /* @__PURE__ */ new Set([
    ...head.findings.filter((f) => !baseFingerprints.has(f.fingerprint)).map((f) => f.address),
    ...resolved.map((f) => f.address)
  ]);
  const addresses = [.../* @__PURE__ */ new Set([...base.vms.keys(), ...head.vms.keys()])].sort();
  const changes = addresses.map((address) => {
    const before = base.vms.get(address);
    const after = head.vms.get(address);
    const attributes = diffAttributes(before, after);
    const planned = terraform?.get(address);
    const action = planned ?? derivedAction(before, after, attributes);
    const beforeState = before?.state;
    const afterState = after?.state;
    const vm = after ?? before;
    if (vm === void 0) throw new Error(`${address} is in neither the base nor the head`);
    const affected = action === "unchanged" && (introducedOrResolved.has(address) || !sameState(beforeState, afterState));
    const backupRelevant = action === "create" || action === "delete" || action === "replace" || attributes.some((a) => a.backupRelevant === true) || !sameState(beforeState, afterState);
    return {
      name: vm.name,
      address,
      action,
      at: vm.at,
      attributes: action === "unchanged" || action === "delete" ? [] : attributes,
      ...beforeState ? { before: beforeState } : {},
      ...afterState ? { after: afterState } : {},
      affected,
      actionFrom: planned !== void 0 ? "terraform-plan" : "definitions",
      backupRelevant
    };
  });
  const baseExceptionKeys = exceptionKeys(base);
  const headExceptionKeys = exceptionKeys(head);
  return {
    changes,
    statusOf,
    resolved,
    addedExceptions: head.exceptions.filter((e) => !baseExceptionKeys.has(exceptionKey(e))),
    removedExceptions: base.exceptions.filter((e) => !headExceptionKeys.has(exceptionKey(e))),
    summary: summarise(changes)
  };
}
function exceptionKeys(side) {
  return new Set(side.exceptions.map(exceptionKey));
}
function diffAttributes(before, after) {
  if (!after) return [];
  if (before && sameSourceTexts(before.attributes, after.attributes)) return [];
  const afterAttributes = flattenSource(after.attributes);
  if (!before) {
    return [...afterAttributes].filter(([, a]) => a.written || isUnknownAttribute(a)).map(([path, a]) => ({ path, after: a.display, ...a.backupRelevant ? { backupRelevant: true } : {} }));
  }
  const beforeAttributes = flattenSource(before.attributes);
  const beforeComplete = isComplete(before.attributes);
  const afterComplete = isComplete(after.attributes);
  const changes = [];
  for (const path of [.../* @__PURE__ */ new Set([...beforeAttributes.keys(), ...afterAttributes.keys()])].sort()) {
    const was = beforeAttributes.get(path);
    const now = afterAttributes.get(path);
    if (was?.key === now?.key) continue;
    const missingFromPartial = was === void 0 && !beforeComplete && afterComplete || now === void 0 && !afterComplete && beforeComplete;
    const assumedDefault = was === void 0 && now?.written === false && beforeComplete || now === void 0 && was?.written === false && afterComplete;
    if (missingFromPartial || assumedDefault) continue;
    changes.push({
      path,
      ...was !== void 0 ? { before: was.display } : {},
      ...now !== void 0 ? { after: now.display } : {},
      ...flagsOf(now ?? was)
    });
  }
  return changes;
}
function flagsOf(attribute) {
  return {
    ...attribute?.forcesReplacement ? { forcesReplacement: true } : {},
    ...attribute?.backupRelevant ? { backupRelevant: true } : {}
  };
}
function derivedAction(before, after, attributes) {
  if (!before) return "create";
  if (!after) return "delete";
  if (attributes.length === 0) return "unchanged";
  return attributes.some((a) => a.forcesReplacement) ? "replace" : "update";
}
function stateOf(result) {
  return { outcome: result.outcome, uncertain: result.uncertain, host: result.host, jobs: result.jobs };
}
function sameState(a, b) {
  if (!a || !b) return a === b;
  return a.outcome === b.outcome && a.uncertain === b.uncertain && a.host.label === b.host.label && a.jobs.join("\0") === b.jobs.join("\0");
}
function summarise(changes) {
  const countOf = (action) => changes.filter((c) => c.action === action).length;
  const replace = countOf("replace");
  return {
    add: countOf("create") + replace,
    change: countOf("update"),
    destroy: countOf("delete") + replace,
    replace,
    unchanged: countOf("unchanged"),
    backupRelevantChange: changes.filter((c) => c.action === "update" && c.backupRelevant).length,
    affected: changes.filter((c) => c.affected).length
  };
}

// src/git/repository.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { isAbsolute, posix, relative } from "node:path";

// src/git/commit-tree.ts
var CommitTree = class {
  files = /* @__PURE__ */ new Map();
  links = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set([""]);
  /** `targets` holds each link entry's target text, by path. */
  constructor(entries, targets) {
    for (const entry of entries) {
      if (entry.link) this.links.set(entry.path, targets.get(entry.path) ?? "");
      else this.files.set(entry.path, entry);
      for (let slash = entry.path.indexOf("/"); slash >= 0; slash = entry.path.indexOf("/", slash + 1)) this.folders.add(entry.path.slice(0, slash));
    }
  }
  /** Every file a checkout shows, sorted by path; links resolved. */
  logicalFiles() {
    const result = [...this.files.values()].map((entry) => ({ path: entry.path, entry, hops: 0, identity: entry.path }));
    for (const path of this.links.keys()) for (const file of this.throughLink(path, path, /* @__PURE__ */ new Set(), 1)) result.push(file);
    return result.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  /** The regular file a path shows (following links), or why there is none. */
  resolveFile(path) {
    const resolved = this.resolve(path, 0);
    return resolved.kind === "file" ? resolved.entry : resolved.kind === "folder" || resolved.kind === "dangling" ? void 0 : resolved.kind;
  }
  throughLink(logical, linkPath, visiting, hops) {
    const resolved = this.resolve(linkPath, 0);
    if (resolved.kind === "file") return [{ path: logical, entry: resolved.entry, hops, identity: resolved.entry.path }];
    if (resolved.kind !== "folder") {
      const text = this.links.get(linkPath) ?? "";
      const problem = linkProblem(resolved.kind, text);
      return [{ path: logical, hops, identity: linkPath, unreadable: problem, linkText: text, always: resolved.kind === "outside" }];
    }
    if (visiting.has(resolved.path)) return [];
    const inside = /* @__PURE__ */ new Set([...visiting, resolved.path]);
    const prefix = resolved.path === "" ? "" : `${resolved.path}/`;
    const shown2 = [];
    for (const [path, entry] of this.files) {
      if (path.startsWith(prefix)) shown2.push({ path: `${logical}/${path.slice(prefix.length)}`, entry, hops, identity: path });
    }
    for (const path of this.links.keys()) {
      if (path.startsWith(prefix)) for (const file of this.throughLink(`${logical}/${path.slice(prefix.length)}`, path, inside, hops + 1)) shown2.push(file);
    }
    return shown2;
  }
  /** Resolves a path component by component, following links in any of them, as the operating system would. */
  resolve(path, hops) {
    let current = "";
    const parts = path === "" ? [] : path.split("/");
    for (const [index, part] of parts.entries()) {
      const candidate = current === "" ? part : `${current}/${part}`;
      const target = this.links.get(candidate);
      if (target === void 0) {
        current = candidate;
        continue;
      }
      if (hops >= MAX_LINK_HOPS) return { kind: "loop" };
      const within = resolveLinkTarget(candidate, target);
      if (within === void 0) return { kind: "outside" };
      const next = this.resolve(within, hops + 1);
      if (next.kind === "file") {
        if (index === parts.length - 1) return next;
        return { kind: "dangling" };
      }
      if (next.kind !== "folder") return next;
      current = next.path;
    }
    const file = this.files.get(current);
    if (file) return { kind: "file", entry: file };
    return this.folders.has(current) ? { kind: "folder", path: current } : { kind: "dangling" };
  }
};

// src/git/repository.ts
var GitRepository = class _GitRepository {
  constructor(prefix, cwd, env) {
    this.prefix = prefix;
    this.cwd = cwd;
    this.env = env;
  }
  prefix;
  cwd;
  env;
  shallow;
  trees = /* @__PURE__ */ new Map();
  /** Opens the repository that contains `cwd`. */
  static async open(cwd, env) {
    const probe = new _GitRepository("", cwd, env);
    const result = await probe.run(["rev-parse", "--show-prefix"], true);
    if (result.code !== 0) {
      throw new ConfigurationError(
        `${cwd} is not inside a git repository (${firstLine(result.stderr)}); run hvgate plan in a clone of the repository, or use hvgate check`
      );
    }
    return new _GitRepository(result.stdout.trim().replace(/\/$/, ""), cwd, env);
  }
  async isShallow() {
    this.shallow ??= (await this.run(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    return this.shallow;
  }
  /**
   * The commit a ref names. A ref the clone lacks is tried as `origin/<ref>`, then fetched from
   * `origin` with depth 1 (CI checkouts are shallow); if that fails too, the error says what to run.
   */
  async resolveCommit(ref) {
    await this.checkRefName(ref);
    const local = await this.revParse(ref) ?? (ref.startsWith("origin/") ? void 0 : await this.revParse(`refs/remotes/origin/${ref}`));
    if (local !== void 0) return local;
    const shallow = await this.isShallow();
    const where = shallow ? "this shallow clone" : "this repository";
    const remote = await this.run(["remote", "get-url", "origin"], true);
    const name = fetchableName(ref);
    const command = `git fetch --no-tags --depth=1 origin ${name}`;
    if (remote.code !== 0) {
      throw new ConfigurationError(
        `"${ref}" is not a commit in ${where}, and there is no "origin" remote to fetch it from. Check the name, or fetch it and run again: ${command}`
      );
    }
    const fetched = await this.run(["fetch", "--no-tags", "--depth=1", "origin", "--end-of-options", name], true);
    if (fetched.code !== 0) {
      throw new ConfigurationError(
        `"${ref}" is not a commit in ${where}, and fetching it failed (${firstLine(fetched.stderr)}). Fetch it and run again: ${command} — in GitHub Actions, or check out with fetch-depth: 0`
      );
    }
    this.shallow = void 0;
    const commit = await this.revParse(ref) ?? await this.revParse("FETCH_HEAD");
    if (commit === void 0) throw new ConfigurationError(`"${ref}" was fetched but does not name a commit; check the name (${command})`);
    return commit;
  }
  /** A commit's files as a checkout shows them, links resolved inside the commit (submodules are not read). */
  commitTree(commit) {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.run(["ls-tree", "-r", "-z", "--long", "--full-tree", commit]).then(async (result) => {
        const entries = parseTreeListing(result.stdout);
        const links = entries.filter((entry) => entry.link);
        const texts = await this.readBlobs(links);
        return new CommitTree(entries, new Map(links.map((link, index) => [link.path, new TextDecoder("utf-8").decode(texts[index]?.bytes)])));
      });
      this.trees.set(commit, tree);
    }
    return tree;
  }
  /**
   * Reads the blobs of `entries` in order through one `git cat-file --batch` process. Oversized blobs
   * are streamed through the digest and only their head is kept, as the working-tree reader does.
   */
  async readBlobs(entries) {
    if (entries.length === 0) return [];
    return (await this.catFile(entries)).takeBlobs();
  }
  catFile(entries) {
    return new Promise((resolve, reject) => {
      const child = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd, env: this.childEnv(), stdio: ["pipe", "pipe", "pipe"] });
      const parser = new BatchParser(entries);
      const stderr = [];
      let failed = false;
      const fail = (error) => {
        if (failed) return;
        failed = true;
        child.kill();
        reject(error);
      };
      child.on("error", (error) => {
        fail(gitMissing(error));
      });
      child.stdout.on("data", (chunk) => {
        try {
          parser.push(chunk);
        } catch (error) {
          fail(error);
        }
      });
      child.stderr.on("data", (chunk) => stderr.push(chunk));
      child.stdin.on("error", () => {
      });
      child.on("close", (code) => {
        if (failed) return;
        if (code !== 0) {
          fail(new ConfigurationError(`git cat-file failed (${firstLine(Buffer.concat(stderr).toString("utf8"))})`));
          return;
        }
        if (!parser.done()) {
          fail(new ConfigurationError("git cat-file ended before every file was read"));
          return;
        }
        resolve(parser);
      });
      child.stdin.end(entries.map((entry) => entry.oid).join("\n") + "\n");
    });
  }
  /**
   * The definition candidates of a commit under `paths` (relative to the working directory; default
   * `.`), selected by the same include/exclude rules as the working tree.
   */
  async readSources(commit, paths, selection) {
    return this.readChosen((await this.chooseSources(commit, paths, selection)).chosen);
  }
  /** The paths of `paths` that name nothing in the commit, found without reading a file. */
  async missingSources(commit, paths, selection) {
    return (await this.chooseSources(commit, paths, selection)).missing;
  }
  async chooseSources(commit, paths, selection) {
    const selected = definitionSelector(selection);
    const wanted = (paths.length > 0 ? paths : ["."]).map((given) => ({ given, path: this.fromCwd(given) }));
    const found = /* @__PURE__ */ new Set();
    const chosen = [];
    for (const file of (await this.commitTree(commit)).logicalFiles()) {
      let take = false;
      let explicit = false;
      for (const want of wanted) {
        if (file.path === want.path) {
          found.add(want.given);
          take = true;
          explicit = true;
        } else if (want.path === "" || file.path.startsWith(`${want.path}/`)) {
          found.add(want.given);
          take ||= file.always === true || selected(this.toCwd(file.path));
        }
      }
      if (take) chosen.push({ file, path: this.toCwd(file.path), explicit });
    }
    return { chosen, missing: wanted.filter((w) => !found.has(w.given)).map((w) => w.given) };
  }
  async readChosen(chosen) {
    const once = onePathPerBlob(chosen);
    const readable = once.flatMap((c) => c.file.entry ? [{ path: c.path, entry: c.file.entry }] : []);
    const blobs = await this.readBlobs(readable.map((c) => c.entry));
    const byPath = new Map(readable.map((c, index) => [c.path, blobs[index]]));
    const files = [];
    const digests = /* @__PURE__ */ new Map();
    for (const c of once) {
      if (c.file.unreadable) {
        const bytes = new TextEncoder().encode(c.file.linkText ?? "");
        files.push({ path: c.path, bytes, size: bytes.length, truncated: false, explicit: c.explicit, unreadable: c.file.unreadable });
        digests.set(c.path, sha256Hex(bytes));
        continue;
      }
      const blob = byPath.get(c.path);
      if (blob === void 0) throw new ConfigurationError(`git cat-file returned no object for ${c.path}`);
      files.push({
        path: c.path,
        bytes: blob.bytes,
        size: blob.size,
        truncated: blob.truncated,
        ...blob.mayDefine !== void 0 ? { mayDefine: blob.mayDefine } : {},
        explicit: c.explicit
      });
      digests.set(c.path, blob.sha256);
    }
    return { files, digests };
  }
  /**
   * The files of a commit directly in `dir` (relative to the working directory) that `wanted`
   * accepts, for the module directories a Terraform configuration uses, links resolved inside the
   * commit; undefined when `dir` is outside the repository.
   */
  async readDirectory(commit, dir, wanted) {
    let target;
    try {
      target = this.fromCwd(dir);
    } catch {
      return void 0;
    }
    const parent = target === "" ? "." : target;
    const listed = (await this.commitTree(commit)).logicalFiles().filter((f) => posix.dirname(f.path) === parent && wanted(f.path));
    const readable = listed.flatMap((f) => f.entry ? [f.entry] : []);
    const blobs = new Map(readable.map((entry, i) => [entry, i]));
    const read = await this.readBlobs(readable);
    return listed.flatMap((file) => {
      const path = this.toCwd(file.path);
      if (file.unreadable) return [{ path, bytes: new Uint8Array(), size: 0, truncated: false, explicit: false, unreadable: file.unreadable }];
      const blob = file.entry ? read[blobs.get(file.entry) ?? -1] : void 0;
      return blob ? [{ path, bytes: blob.bytes, size: blob.size, truncated: blob.truncated, explicit: false }] : [];
    });
  }
  /**
   * One file of a commit by its path relative to the working directory, as text; undefined when absent.
   * A link is followed inside the commit; one that leaves the repository is an error, never read.
   */
  async readText(commit, path, maxBytes = MAX_DEFINITION_BYTES) {
    const resolved = (await this.commitTree(commit)).resolveFile(this.fromCwd(path));
    if (resolved === void 0) return void 0;
    if (typeof resolved === "string") throw new ConfigurationError(`${path} in commit ${commit.slice(0, 12)}: ${linkProblem(resolved, path).message}`);
    if (resolved.size > maxBytes) throw new ConfigurationError(`${path} in commit ${commit.slice(0, 12)} is too large (${resolved.size} bytes)`);
    const [blob] = await this.readBlobs([resolved]);
    if (blob === void 0) throw new ConfigurationError(`git cat-file returned no object for ${path}`);
    return new TextDecoder("utf-8").decode(blob.bytes);
  }
  /** Repository-relative form of a path given relative to the working directory. */
  fromCwd(given) {
    const relativeGiven = isAbsolute(given) ? relative(this.cwd, given) || "." : given;
    const joined = posix.normalize(`${this.prefix === "" ? "." : this.prefix}/${relativeGiven.split("\\").join("/")}`).replace(/\/+$/, "");
    if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(joined)) {
      throw new ConfigurationError(`${given}: outside the git repository; name paths inside it`);
    }
    return joined === "." ? "" : joined;
  }
  /** Working-directory-relative form of a repository path, as the working-tree reader writes it. */
  toCwd(path) {
    if (this.prefix === "") return path;
    if (path.startsWith(`${this.prefix}/`)) return path.slice(this.prefix.length + 1);
    const from = this.prefix.split("/");
    const to = path.split("/");
    let common = 0;
    while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
    return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
  }
  /**
   * Refs come from inputs, event payloads and the command line: only an object id or a name that
   * `git check-ref-format` accepts (with `~n`/`^n` suffixes) reaches git, and always after
   * `--end-of-options`, so no ref is ever read as an option.
   */
  async checkRefName(ref) {
    const invalid = () => {
      throw new UsageError(`${JSON.stringify(ref)} is not a git ref: name a branch, tag or commit (git check-ref-format)`);
    };
    if (ref === "" || ref.startsWith("-") || /[\s\p{C}]/u.test(ref)) invalid();
    if (/^[0-9a-f]{4,64}$/i.test(ref)) return;
    const name = ref.replace(/(?:[~^]\d*)+$/, "");
    if (name === "" || name.startsWith("-") || (await this.run(["check-ref-format", "--allow-onelevel", name], true)).code !== 0) invalid();
  }
  async revParse(ref) {
    const result = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], true);
    return result.code === 0 ? result.stdout.trim() : void 0;
  }
  childEnv() {
    return { ...this.env, GIT_TERMINAL_PROMPT: "0" };
  }
  run(args, allowFailure = false) {
    return new Promise((resolve, reject) => {
      const child = spawn("git", [...args], { cwd: this.cwd, env: this.childEnv(), stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (chunk) => out.push(chunk));
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", (error) => {
        reject(gitMissing(error));
      });
      child.on("close", (code) => {
        const result = { code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
        if (result.code !== 0 && !allowFailure) {
          reject(new ConfigurationError(`git ${args[0]} failed (${firstLine(result.stderr)}); run "git ${args.join(" ")}" to see why`));
        } else {
          resolve(result);
        }
      });
    });
  }
};
function parseTreeListing(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    if (type !== "blob" || mode !== "100644" && mode !== "100755" && mode !== "120000" || oid === void 0 || size === void 0) continue;
    entries.push({ path: record.slice(tab + 1), oid, size: Number(size), link: mode === "120000" });
  }
  return entries;
}
function onePathPerBlob(chosen) {
  const ordered = [...chosen].sort((a, b) => a.file.hops - b.file.hops || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = /* @__PURE__ */ new Set();
  const kept = ordered.filter((c) => !seen.has(c.file.identity) && Boolean(seen.add(c.file.identity)));
  return kept.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
var BatchParser = class {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
  blobs = [];
  header = [];
  current;
  awaitingNewline = false;
  /** The blobs read, which the parser then lets go of. */
  takeBlobs() {
    const blobs = this.blobs;
    this.blobs = [];
    return blobs;
  }
  done() {
    return this.blobs.length === this.entries.length && this.current === void 0 && !this.awaitingNewline;
  }
  push(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.awaitingNewline) {
        offset += 1;
        this.awaitingNewline = false;
        continue;
      }
      if (this.current === void 0) {
        const newline = chunk.indexOf(10, offset);
        if (newline < 0) {
          this.header.push(chunk.subarray(offset));
          return;
        }
        this.header.push(chunk.subarray(offset, newline));
        this.startBlob(Buffer.concat(this.header).toString("utf8"));
        this.header = [];
        offset = newline + 1;
        continue;
      }
      const blob = this.current;
      const take = Math.min(blob.remaining, chunk.length - offset);
      const part = chunk.subarray(offset, offset + take);
      blob.hash.update(part);
      if (blob.keepAll !== true) blob.scanner.push(part);
      if (blob.whole !== void 0) {
        part.copy(blob.whole, blob.kept);
        blob.kept += part.length;
      } else if (blob.keepAll !== false) {
        blob.chunks.push(part);
        blob.kept += part.length;
        if (blob.keepAll === void 0 && blob.kept >= Math.min(SNIFF_BYTES, blob.size)) {
          const head = Buffer.concat(blob.chunks);
          blob.keepAll = readsWhole(blob.size, head);
          if (blob.keepAll) blob.whole = wholeBlob(blob.size, head);
          blob.chunks = blob.keepAll ? [] : [head.subarray(0, SNIFF_BYTES)];
        }
      }
      blob.remaining -= take;
      offset += take;
      if (blob.remaining === 0) this.finishBlob();
    }
  }
  startBlob(header) {
    const entry = this.entries[this.blobs.length];
    const [oid, type, size] = header.split(" ");
    if (entry === void 0 || oid !== entry.oid) throw new ConfigurationError(`git cat-file answered "${header}" out of order`);
    if (type !== "blob" || size === void 0) {
      throw new ConfigurationError(
        `${entry.path}: object ${entry.oid} is ${type === "missing" ? "missing from the repository" : `a ${type}`}; run "git fetch" and try again`
      );
    }
    const bytes = Number(size);
    const keepAll = bytes <= MAX_DEFINITION_BYTES ? true : void 0;
    this.current = {
      size: bytes,
      remaining: bytes,
      chunks: [],
      kept: 0,
      whole: keepAll ? Buffer.allocUnsafe(bytes) : void 0,
      keepAll,
      hash: createHash("sha256"),
      scanner: new DefinitionScanner()
    };
    if (bytes === 0) this.finishBlob();
  }
  finishBlob() {
    const blob = this.current;
    if (blob === void 0) throw new Error("git cat-file: a blob ended before its header");
    const bytes = blob.whole ?? Buffer.concat(blob.chunks);
    const keepAll = blob.keepAll ?? readsWhole(blob.size, bytes);
    this.blobs.push({
      bytes: keepAll ? bytes : bytes.subarray(0, SNIFF_BYTES),
      size: blob.size,
      truncated: !keepAll,
      ...keepAll ? {} : { mayDefine: blob.scanner.mayDefine },
      sha256: blob.hash.digest("hex")
    });
    this.current = void 0;
    this.awaitingNewline = true;
  }
};
function wholeBlob(size, head) {
  const whole = Buffer.allocUnsafe(size);
  head.copy(whole);
  return whole;
}
function fetchableName(ref) {
  return ref.replace(/^refs\/remotes\/origin\//, "").replace(/^origin\//, "");
}
function gitMissing(error) {
  if (error.code === "ENOENT") return new ConfigurationError("git is not installed or not on PATH; hvgate plan reads the base and head from git");
  return error;
}
function firstLine(text) {
  const line = text.trim().split("\n")[0]?.trim().replace(/^(fatal|error): /, "");
  return line === void 0 || line === "" ? "no message" : line;
}

// src/app/heap.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var collect;
function collectGarbage() {
  collect ??= gcFunction();
  collect();
}
function gcFunction() {
  const exposed = globalThis.gc;
  if (exposed !== void 0) return exposed;
  setFlagsFromString("--expose-gc");
  try {
    return runInNewContext("gc");
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

// src/app/plan.ts
async function runPlan(options, pack) {
  const repo = await GitRepository.open(options.cwd, options.env);
  const baseCommit = await repo.resolveCommit(options.base);
  const headCommit = options.head !== void 0 ? await repo.resolveCommit(options.head) : void 0;
  const base = { commit: baseCommit };
  const head = headCommit !== void 0 ? { commit: headCommit } : {};
  const headLabel = headCommit !== void 0 ? `head "${options.head}"` : "working tree";
  const config = withPolicySelection(
    await readSideConfig(
      repo,
      options.configFrom === "base" ? base : head,
      options.configPath,
      options.cwd,
      pack,
      options.configFrom === "base" ? `base "${options.base}"` : headLabel
    ),
    pack,
    options.gate
  );
  const baseConfig = options.configFrom === "base" ? config : await readSideConfig(repo, base, options.configPath, options.cwd, pack, `base "${options.base}"`).catch(unlessUserError);
  const proposedSettings = options.configFrom === "base" ? proposedConfigurationChanges(config, await readHeadConfig(repo, head, options, pack, headLabel)) : [];
  const baseSide = { ...base, label: `base "${options.base}"` };
  const headSide = { ...head, label: headLabel };
  const planBaseline = options.baselinePath === void 0 ? void 0 : options.configFrom === "base" ? await readPlanBaseline(repo, options.baselinePath, options.cwd, baseSide, headSide) : await readPlanBaseline(repo, options.baselinePath, options.cwd, headSide);
  const proposedConfiguration = [...proposedSettings, ...planBaseline?.proposed ?? []];
  const accepts = baselineAcceptance(pack, planBaseline?.baseline);
  const settings = config.settings;
  const missing = await missingOnSide(repo, head, options.paths, config);
  if (missing.length > 0) throw new ConfigurationError(`${missing.join(", ")}: not found in the ${headLabel}`);
  const directories = (commit) => commit === void 0 ? workingTreeDirectories(options.cwd) : gitDirectories(repo, commit);
  const terraformPlans = await readTerraformPlans(options.terraformPlans ?? [], options.cwd);
  let headDigests = /* @__PURE__ */ new Map();
  const parseHead = async () => {
    const { decoded, digests: digests2 } = await readDecodedSide(repo, head, options.paths, config, options.cwd, terraformPlans, terraformPlans);
    headDigests = digests2;
    const parsed = await parseDecoded(decoded, { terraformDirectories: directories(head.commit), givenPlansBefore: true });
    checkGivenPlans(parsed.plans);
    return parsed;
  };
  const parseHeadAfterBase = async () => {
    const parsed = await parseHead();
    collectGarbage();
    return parsed;
  };
  const givenFirst = terraformPlans.length > 0 ? await parseHead() : void 0;
  const before = (givenFirst?.plans ?? []).map((p) => ({ ...p.root.kind === "root" ? { root: p.root.dir } : {}, estate: p.plan.before }));
  const basePlan = await planBase({ repo, base, options, config, baseConfig, pack, directories: directories(base.commit), givenPlans: terraformPlans, before });
  collectGarbage();
  const headParsed = givenFirst ?? await parseHeadAfterBase();
  const terraformActions = new Map(headParsed.plans.flatMap((p) => p.plan.changes.map((c) => [c.address, planActionOf(c.action)])));
  const evaluatedHead = evaluateParsed(headParsed, config, pack, {
    today: options.today,
    ...settings.exceptionsFromBaseOnly ? { baseExceptions: exceptionKeys(basePlan) } : {}
  });
  const { estate: headEstate, evaluation: headEvaluation } = evaluatedHead;
  const planned = planChanges(basePlan, planSide(evaluatedHead), terraformActions.size > 0 ? terraformActions : void 0);
  const resolved = new Set(planned.resolved);
  const { findings, verdict } = decide([...headEvaluation.findings, ...planned.resolved], settings, {
    statusOf: (finding) => resolved.has(finding) ? "resolved" : accepts(finding) ? "unchanged" : planned.statusOf(finding),
    overridden: options.override !== void 0,
    failOn: options.gate?.failOn ?? "error"
  });
  const plan = {
    base: { ref: options.base, commit: baseCommit },
    head: options.head !== void 0 && headCommit !== void 0 ? { ref: options.head, commit: headCommit, workingTree: false } : { workingTree: true },
    configFrom: options.configFrom,
    changes: planned.changes,
    summary: planned.summary,
    addedExceptions: planned.addedExceptions,
    removedExceptions: planned.removedExceptions,
    ...options.override !== void 0 ? { override: { reason: options.override } } : {},
    ...proposedConfiguration.length > 0 ? { proposedConfiguration } : {}
  };
  const run = {
    ...gateRun({ evaluation: headEvaluation, decision: { findings, verdict }, pack, settings, files: headEstate.files, plan }),
    ...planBaseline !== void 0 ? { baseline: planBaseline.baseline } : {}
  };
  if (options.save !== true) return run;
  const evaluated = new Set(headEstate.files);
  const digests = new Map([...headDigests].filter(([path]) => evaluated.has(path)));
  return { ...run, savedPlan: buildSavedPlan({ tool: TOOL, plan, selection: selectionOf(options.paths, config), digests, findings, verdict }) };
}
async function planBase({ repo, base, options, config, baseConfig, pack, directories, givenPlans, before }) {
  const { decoded } = await readDecodedSide(repo, base, options.paths, config, options.cwd, givenPlans);
  const parsed = await parseDecoded(decoded, { terraformDirectories: directories, before });
  const side = evaluateParsed(parsed, config, pack, { today: options.today });
  return planSide(side, baseConfig === config ? side.estate : applyConfig(parsed.estate, baseConfig ?? DEFAULT_CONFIG));
}
async function readHeadConfig(repo, head, options, pack, label) {
  try {
    return { config: await readSideConfig(repo, head, options.configPath, options.cwd, pack, label) };
  } catch (error) {
    if (error instanceof ConfigurationError) return { error: error.message };
    throw error;
  }
}
function unlessUserError(error) {
  if (error instanceof ConfigurationError) return void 0;
  throw error;
}
function selectionOf(paths, config) {
  return {
    paths: [...paths],
    include: [...config.include],
    exclude: [...config.exclude],
    ...config.globBase !== void 0 ? { globBase: config.globBase } : {}
  };
}

export {
  GitRepository,
  runPlan
};
