import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  decodeSources,
  digestFiles,
  discoverFiles,
  readFiles
} from "./chunk-ATUUX5XT.js";
import {
  TOOL
} from "./chunk-A3OBTB3H.js";
import {
  worseOf
} from "./chunk-TIK34PAL.js";
import {
  WaiverIndex,
  daysBetween,
  estateExceptions,
  validateException
} from "./chunk-FKHUETK3.js";
import {
  configCandidates,
  loadConfig,
  withGlobBase
} from "./chunk-HGN72SCY.js";
import {
  MAX_PLAN_BYTES
} from "./chunk-ZJICGQT6.js";
import {
  DEFAULT_CONFIG,
  parseConfig
} from "./chunk-PJVW5NQJ.js";
import {
  policyFinder
} from "./chunk-PVSY6H5J.js";
import {
  checkGuestReferences
} from "./chunk-5PII5KHW.js";
import {
  compileGlob,
  degradedConsequence,
  degradedOutcome,
  enforcementOf,
  resolveHost
} from "./chunk-D2A6HSPT.js";
import {
  ConfigurationError
} from "./chunk-36VZIVIE.js";
import {
  BoundedCache
} from "./chunk-3PTL7UPO.js";
import {
  compareSpans,
  formatSpan,
  isKnown
} from "./chunk-556DK7J4.js";

// src/core/gate.ts
function decide(findings, settings, input = {}) {
  const gated = findings.map((finding) => {
    const status = input.statusOf?.(finding) ?? "introduced";
    const enforcement = finding.enforcement;
    const wouldBlock = (finding.level === "error" || finding.level === "warning" && input.failOn === "warning") && !finding.exception && status !== "resolved" && enforcement !== "advisory" && (settings.scope === "all" || status === "introduced");
    const overridden = wouldBlock && enforcement === "soft-mandatory" && input.overridden === true;
    return { status, blocking: wouldBlock && !overridden, overridden, ...finding };
  });
  const current = gated.filter((f) => f.status !== "resolved" && !f.exception);
  const verdict = {
    passed: !gated.some((f) => f.blocking),
    blocking: gated.filter((f) => f.blocking).length,
    overridden: gated.filter((f) => f.overridden).length,
    errors: current.filter((f) => f.level === "error").length,
    warnings: current.filter((f) => f.level === "warning").length,
    notes: current.filter((f) => f.level === "note").length,
    waived: gated.filter((f) => f.exception && f.status !== "resolved").length
  };
  return { findings: gated, verdict };
}

// src/config/overlay.ts
function applyConfig(estate, config) {
  const overlaid = applyOverlays(estate, config.overlays);
  return config.exceptions.length === 0 ? overlaid : { ...overlaid, exceptions: [...overlaid.exceptions, ...config.exceptions] };
}
function applyOverlays(estate, overlays) {
  if (overlays.length === 0) return estate;
  const matchers = overlays.map((overlay) => {
    const byName = overlayGlob(overlay.match.name);
    const byAddress = overlayGlob(overlay.match.address);
    return (vm) => (!byName || byName(vm.name)) && (!byAddress || byAddress(vm.address));
  });
  const diagnostics = [];
  const used = overlays.map(() => false);
  const vms = estate.vms.map((vm) => {
    let result = vm;
    overlays.forEach((overlay, index) => {
      if (!matchers[index]?.(vm)) return;
      used[index] = true;
      result = overlayVm(result, overlay);
      diagnostics.push(...checkGuestReferences(vm.name, result.disks, overlay.section));
    });
    return result;
  });
  overlays.forEach((overlay, index) => {
    if (used[index]) return;
    diagnostics.push({
      at: overlay.at,
      code: `overlay-unmatched:${index}`,
      message: `overlay ${describeMatch(overlay)} matches no VM, so the facts it declares apply to nothing`,
      fix: "Correct the name or address pattern, or remove the overlay."
    });
  });
  return { ...estate, vms, diagnostics: [...estate.diagnostics, ...diagnostics] };
}
function overlayGlob(pattern) {
  if (pattern === void 0) return void 0;
  const compiled = compileGlob(pattern);
  return "glob" in compiled ? compiled.glob : () => false;
}
function overlayVm(vm, overlay) {
  const { section } = overlay;
  return {
    ...vm,
    ...overlay.host ? { host: overlay.host } : {},
    ...overlay.configurationVersion ? { configurationVersion: overlay.configurationVersion } : {},
    labels: { ...vm.labels, ...overlay.labels },
    ...section.guest ? { guest: section.guest } : {},
    ...section.protection ? { protection: section.protection } : {},
    ...section.guestCoverage ? { guestCoverage: section.guestCoverage } : {},
    exceptions: [...vm.exceptions, ...section.exceptions.map((exception) => ({ ...exception, vm: vm.name }))]
  };
}
function describeMatch(overlay) {
  return [overlay.match.name && `name "${overlay.match.name}"`, overlay.match.address && `address "${overlay.match.address}"`].filter(Boolean).join(" and ");
}

// src/core/finding.ts
import * as crypto from "node:crypto";
function fingerprintOf(policyId, address, subject) {
  return sha256Hex(`${policyId}\0${address}\0${subject ?? ""}`).slice(0, 24);
}
var oneShot = crypto.hash;
function sha256Hex(text) {
  return oneShot !== void 0 ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}

// src/core/template.ts
var cut = new BoundedCache(1024);
function renderTemplate(template, data, policyId, shared) {
  const parts = cut.get(template, cutAtPlaceholders);
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? "";
    const value = data[key] ?? shared?.[key];
    if (value === void 0) throw new Error(`${policyId}: message placeholder {{${key}}} has no value`);
    text += String(value) + (parts[i + 1] ?? "");
  }
  return text;
}
function cutAtPlaceholders(template) {
  return template.split(/\{\{\s*(\w+)\s*\}\}/);
}

// src/core/engine/finding-factory.ts
var ENGINE_MESSAGES = {
  cannotEvaluate: 'Cannot evaluate {{policies}} for VM "{{vm}}": {{what}} is unknown ({{reason}}), so its backup outcome on {{host}} is uncertain.',
  cannotEvaluateFix: "Give the value a literal, or evaluate a `terraform show -json` plan where it is known.",
  cannotEvaluateFailClosedFix: "Give the value a literal, or evaluate a `terraform show -json` plan where it is known; `unknown: fail` is set, so the gate fails closed."
};
var FindingFactory = class {
  constructor(pack, settings, estate) {
    this.pack = pack;
    this.failClosed = settings.unknown === "fail";
    for (const vm of estate.vms) if (!this.vmAddresses.has(vm.name)) this.vmAddresses.set(vm.name, vm.address);
  }
  pack;
  failClosed;
  /** VM name → address, the first VM of each name (a second one is HVB000's business). */
  vmAddresses = /* @__PURE__ */ new Map();
  /** A finding from an estate policy: about the VM or job it names, otherwise about the file it points into. */
  fromEstateReport(configured, report) {
    const vm = report.vm;
    const vmAddress = vm !== void 0 ? this.vmAddresses.get(vm) : void 0;
    const scope = {
      ...vm !== void 0 ? { vm } : {},
      ...vmAddress !== void 0 ? { vmAddress } : {},
      address: report.address ?? report.at.file,
      autoData: vm !== void 0 ? { vm } : {}
    };
    return this.fromReport(configured, report, scope);
  }
  /**
   * A finding from a policy's report; an unknown message id is a bug in the policy. Its optional
   * fields are set one by one in the order of a Finding, as a literal of spreads would, without the
   * spreads' objects: a large estate has hundreds of thousands of findings.
   */
  fromReport({ policy, level, enforcement }, report, scope) {
    const data = report.data ?? NO_DATA;
    const terraform = scope.format === "terraform" || scope.format === "terraform-plan" ? policy.terraform : void 0;
    const template = terraform?.messages?.[report.messageId] ?? policy.messages[report.messageId];
    if (template === void 0) throw new Error(`${policy.id}: unknown messageId "${report.messageId}"`);
    const finding = {
      policyId: policy.id,
      policyName: policy.name,
      level,
      enforcement,
      messageId: report.messageId,
      message: renderTemplate(template, data, policy.id, scope.autoData),
      fix: renderTemplate(terraform?.fix ?? policy.fix, data, policy.id, scope.autoData),
      docsUrl: policy.docsUrl,
      at: report.at,
      related: report.related ?? NO_RELATED
    };
    if (scope.vm !== void 0) finding.vm = scope.vm;
    if (scope.vmAddress !== void 0) finding.vmAddress = scope.vmAddress;
    finding.address = scope.address;
    if (report.subject !== void 0) finding.subject = report.subject;
    finding.effect = report.effect ?? policy.effect;
    if (scope.host) finding.host = scope.host.label;
    if (report.blastRadius) finding.blastRadius = report.blastRadius;
    if (report.remedy) finding.remedy = report.remedy;
    finding.fingerprint = fingerprintOf(policy.id, scope.address, report.subject);
    return finding;
  }
  /**
   * One note that the policies of `unknowns` (one cause: the same value) could not evaluate it; with
   * `unknown: fail`, an error of the policy that owns unknowns instead, so the gate fails closed. The
   * first policy gives the note its identity and its words.
   */
  cannotEvaluate(unknowns, vm, host) {
    const [{ configured, value, what, subject }] = unknowns;
    const { policy } = configured;
    const owner = (this.failClosed ? this.pack.unknownsOwner : void 0) ?? configured;
    const unknownSubject = `unknown:${policy.id}:${subject ?? what}`;
    const policies = unknowns.map((u) => `${u.configured.policy.id} ${u.configured.policy.name}`);
    const data = { policies: joinAnd(policies), vm: vm.name, what, reason: value.reason, host: host.label };
    return {
      policyId: owner.policy.id,
      policyName: owner.policy.name,
      level: this.failClosed ? "error" : "note",
      enforcement: owner.enforcement,
      messageId: "cannotEvaluate",
      message: renderTemplate(ENGINE_MESSAGES.cannotEvaluate, data, "engine"),
      fix: this.failClosed ? ENGINE_MESSAGES.cannotEvaluateFailClosedFix : ENGINE_MESSAGES.cannotEvaluateFix,
      docsUrl: owner.policy.docsUrl,
      at: value.at,
      related: [],
      vm: vm.name,
      vmAddress: vm.address,
      address: vm.address,
      subject: unknownSubject,
      effect: "none",
      host: host.label,
      cannotEvaluate: true,
      unevaluated: unknowns.map((u) => u.configured.policy.id),
      fingerprint: fingerprintOf(owner.policy.id, vm.address, unknownSubject)
    };
  }
};
var NO_DATA = {};
var NO_RELATED = [];
function joinAnd(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

// src/core/engine/estate-phase.ts
function runEstatePhase(estate, pack, vms, jobs, make, waivers) {
  const findings = [];
  for (const configured of pack.active) {
    const waivable = configured.policy.waivable !== false;
    configured.policy.checkEstate?.({
      estate,
      options: configured.options,
      vms,
      jobs,
      report: (report) => {
        const finding = make.fromEstateReport(configured, report);
        findings.push(waivable ? waivers.apply(finding) : finding);
      }
    });
  }
  return findings;
}

// src/core/engine/exception-phase.ts
function runExceptionPhase(estate, pack, waivers, make, today) {
  const statuses = waivers.checked.map((checked) => {
    const { count: matched, vms } = waivers.matchesOf(checked);
    const unmatched = checked.problems.length === 0 && matched === 0 && pack.ran.has(checked.policyId);
    const problems = unmatched ? [{ kind: "unmatched" }] : checked.problems;
    const expires = checked.exception.expires?.trim();
    return {
      exception: checked.exception,
      ...checked.resolvedId !== void 0 ? { policyId: checked.resolvedId } : {},
      problems,
      matched,
      vms,
      ...problems.length === 0 && expires ? { daysLeft: daysBetween(today, expires) } : {}
    };
  });
  const findings = [];
  for (const configured of pack.active) {
    configured.policy.checkExceptions?.({
      estate,
      options: configured.options,
      exceptions: statuses,
      report: (report) => findings.push(make.fromEstateReport(configured, report))
    });
  }
  return { statuses, findings };
}

// src/core/engine/job-phase.ts
function runJobPhase(jobs, membership, vms) {
  if (jobs.length === 0) return [];
  const outcomeByName = /* @__PURE__ */ new Map();
  for (const result of vms) if (!outcomeByName.has(result.vm.name)) outcomeByName.set(result.vm.name, result.outcome);
  return jobs.map((job) => {
    const members = membership.membersOf.get(job) ?? [];
    const missing = membership.missingOf.get(job) ?? [];
    const failing = members.filter((name) => outcomeByName.get(name) === "fails");
    return { job, members, missing, failing, fails: failing.length > 0 || missing.length > 0 };
  });
}

// src/core/engine/pack.ts
function resolvePack(pack, settings, jobsDeclared) {
  const configured = pack.flatMap((policy) => {
    const level = settings.policies[policy.id]?.level ?? policy.defaultLevel;
    if (level === "off") return [];
    const options = { ...policy.defaultOptions, ...settings.policies[policy.id]?.options };
    return [{ policy, level, enforcement: enforcementOf(settings, policy), options }];
  });
  const inactive = configured.filter(({ policy }) => policy.requiresJobs === true && !jobsDeclared);
  const active = configured.filter((entry) => !inactive.includes(entry));
  const owners = pack.filter((policy) => policy.ownsUnknowns === true);
  if (owners.length > 1) throw new Error(`only one policy may own unknown values, but ${owners.map((p) => p.id).join(" and ")} do`);
  const owner = owners[0];
  return {
    policies: pack,
    findPolicy: policyFinder(pack),
    active,
    ran: new Set(active.map(({ policy }) => policy.id)),
    ...owner ? { unknownsOwner: { policy: owner, enforcement: enforcementOf(settings, owner) } } : {},
    notices: inactive.length > 0 ? [inactiveNotice(inactive.map(({ policy }) => policy.id))] : []
  };
}
function inactiveNotice(ids) {
  return `No backup jobs are declared, so ${joinIds(ids)} (backup coverage and job policies) are inactive. Declare BackupJob definitions to evaluate them.`;
}
function joinIds(ids) {
  return ids.length <= 1 ? ids[0] ?? "" : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1] ?? ""}`;
}

// src/core/engine/vm-phase.ts
function runVmPhase(estate, pack, settings, membership, make, waivers) {
  const profiles = /* @__PURE__ */ new Map();
  for (const host of estate.hosts) if (!profiles.has(host.name)) profiles.set(host.name, host);
  const vmPolicies = pack.active.filter(({ policy }) => policy.checkVm !== void 0);
  const jobsDeclared = estate.jobs.length > 0;
  const findings = [];
  const results = [];
  const hostOf = hostResolver(profiles, settings);
  for (const vm of estate.vms) {
    const { host, consequence } = hostOf(vm);
    const jobs = membership.jobsOf.get(vm.name) ?? [];
    const scope = {
      vm: vm.name,
      vmAddress: vm.address,
      address: vm.address,
      host,
      format: vm.format,
      autoData: { vm: vm.name, address: vm.address, host: host.label, consequence }
    };
    const own = [];
    let unknowns;
    let current;
    const report = (report2) => {
      if (current === void 0) return;
      const finding = make.fromReport(current, report2, scope);
      own.push(current.policy.waivable !== false ? waivers.apply(finding) : finding);
    };
    const cannotEvaluate = (value, what, subject) => {
      if (current === void 0) return;
      const cause = `${formatSpan(value.at)}\0${value.reason}`;
      const configured = current;
      const entry = { configured, value, what, ...subject !== void 0 ? { subject } : {} };
      unknowns ??= /* @__PURE__ */ new Map();
      const same = unknowns.get(cause);
      if (!same) unknowns.set(cause, [entry]);
      else if (!same.some((u) => u.configured === configured)) same.push(entry);
    };
    for (const configured of vmPolicies) {
      current = configured;
      configured.policy.checkVm?.({ vm, host, options: configured.options, jobs, jobsDeclared, report, cannotEvaluate });
    }
    if (unknowns !== void 0) for (const group of unknowns.values()) own.push(make.cannotEvaluate(group, vm, host));
    for (const finding of own) findings.push(finding);
    results.push(predictOutcome(vm, host, own, jobs.length === 0 ? NO_JOBS : jobs.map((job) => job.name)));
  }
  return { findings, results };
}
var NO_JOBS = [];
function hostResolver(profiles, settings) {
  const resolved = /* @__PURE__ */ new Map();
  return (vm) => {
    const profile = isKnown(vm.host) ? vm.host.value : void 0;
    const version = isKnown(vm.configurationVersion) ? vm.configurationVersion.value : void 0;
    let versions = resolved.get(profile);
    if (versions === void 0) resolved.set(profile, versions = /* @__PURE__ */ new Map());
    let entry = versions.get(version);
    if (entry === void 0) {
      const host = resolveHost(vm, profiles, settings.hostDefaults);
      entry = { host, consequence: degradedConsequence(host) };
      versions.set(version, entry);
    }
    return entry;
  };
}
function predictOutcome(vm, host, own, jobs) {
  const intendedOff = vm.state.known && vm.state.value !== "Running";
  let outcome = intendedOff ? "offline" : "online";
  let causes = [];
  let uncertain = false;
  for (const finding of own) {
    if (finding.cannotEvaluate) uncertain = true;
    if (finding.exception || finding.cannotEvaluate) continue;
    const effectOutcome = outcomeOfEffect(finding.effect, host, intendedOff);
    if (effectOutcome === void 0) continue;
    if (worseOf(outcome, effectOutcome) !== outcome) {
      outcome = effectOutcome;
      causes = [finding.fingerprint];
    } else if (effectOutcome === outcome) {
      causes.push(finding.fingerprint);
    }
  }
  return { vm, host, outcome, causes, uncertain, jobs };
}
function outcomeOfEffect(effect, host, intendedOff) {
  switch (effect) {
    case "none":
      return void 0;
    case "degraded":
      return intendedOff ? "offline" : degradedOutcome(host);
    default:
      return effect;
  }
}

// src/core/engine/waivers.ts
var Waivers = class {
  /** Every exception of the estate, in declaration order. */
  checked;
  index;
  /** True when no exception is valid, so none can waive a finding. */
  none;
  matches = /* @__PURE__ */ new Map();
  constructor(estate, pack, settings, options) {
    const check = {
      settings,
      findPolicy: pack.findPolicy,
      policyNames: pack.policies.flatMap((policy) => [policy.id, policy.name]),
      today: options.today,
      ...options.baseExceptions ? { baseExceptions: options.baseExceptions } : {}
    };
    this.checked = estateExceptions(estate).map((exception) => {
      const resolvedId = pack.findPolicy(exception.policy)?.id;
      return { exception, policyId: resolvedId ?? exception.policy, resolvedId, problems: validateException(exception, check) };
    });
    const valid = this.checked.filter((checked) => checked.problems.length === 0);
    this.index = new WaiverIndex(valid);
    this.none = valid.length === 0;
  }
  /** The finding, waived by the first valid exception that covers it. */
  apply(finding) {
    if (this.none) return finding;
    const waiver = this.index.find(finding);
    if (!waiver) return finding;
    const uses = this.matches.get(waiver) ?? { count: 0, vms: /* @__PURE__ */ new Set() };
    uses.count += 1;
    if (finding.vm !== void 0) uses.vms.add(finding.vm);
    this.matches.set(waiver, uses);
    return { ...finding, exception: appliedException(waiver.exception) };
  }
  /** How many findings an exception waived so far, and on which VMs. */
  matchesOf(checked) {
    const uses = this.matches.get(checked);
    return { count: uses?.count ?? 0, vms: uses ? [...uses.vms] : [] };
  }
};
function appliedException(exception) {
  return { at: exception.at, reason: exception.reason ?? "", owner: exception.owner ?? "", expires: exception.expires ?? "" };
}

// src/core/jobs.ts
function resolveMembership(jobs, vms) {
  if (jobs.length === 0) return { membersOf: /* @__PURE__ */ new Map(), missingOf: /* @__PURE__ */ new Map(), jobsOf: /* @__PURE__ */ new Map() };
  const byName = /* @__PURE__ */ new Map();
  for (const vm of vms) if (!byName.has(vm.name)) byName.set(vm.name, vm);
  const labelIndex = indexLabels(vms);
  const membersOf = /* @__PURE__ */ new Map();
  const missingOf = /* @__PURE__ */ new Map();
  const jobsOf = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const members = [];
    const seen = /* @__PURE__ */ new Set();
    const missing = [];
    const missingNames = /* @__PURE__ */ new Set();
    const add = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      members.push(name);
      const list = jobsOf.get(name);
      if (list) list.push(job);
      else jobsOf.set(name, [job]);
    };
    for (const member of job.members) {
      if (byName.has(member.name)) add(member.name);
      else if (!missingNames.has(member.name)) {
        missingNames.add(member.name);
        missing.push({ name: member.name, at: member.at });
      }
    }
    if (job.selector) for (const vm of selectByLabels(job.selector.matchLabels, labelIndex, vms)) add(vm.name);
    membersOf.set(job, members);
    missingOf.set(job, missing);
  }
  return { membersOf, missingOf, jobsOf };
}
function indexLabels(vms) {
  const index = /* @__PURE__ */ new Map();
  for (const vm of vms) {
    for (const [key, value] of Object.entries(vm.labels)) {
      const k = `${key}=${value}`;
      const list = index.get(k);
      if (list) list.push(vm);
      else index.set(k, [vm]);
    }
  }
  return index;
}
function selectByLabels(matchLabels, index, vms) {
  const wanted = Object.entries(matchLabels);
  if (wanted.length === 0 || vms.length === 0) return [];
  let smallest;
  for (const [key, value] of wanted) {
    const list = index.get(`${key}=${value}`);
    if (!list) return [];
    if (!smallest || list.length < smallest.length) smallest = list;
  }
  return (smallest ?? []).filter((vm) => wanted.every(([key, value]) => vm.labels[key] === value));
}

// src/core/engine.ts
function evaluate(parsed, policies, settings, options) {
  const estate = withUnevaluated(parsed, settings.unknown);
  const pack = resolvePack(policies, settings, estate.jobs.length > 0);
  const make = new FindingFactory(pack, settings, estate);
  const waivers = new Waivers(estate, pack, settings, options);
  const membership = resolveMembership(estate.jobs, estate.vms);
  const vmPhase = runVmPhase(estate, pack, settings, membership, make, waivers);
  const jobs = runJobPhase(estate.jobs, membership, vmPhase.results);
  const estateFindings = runEstatePhase(estate, pack, vmPhase.results, jobs, make, waivers);
  const exceptionPhase = runExceptionPhase(estate, pack, waivers, make, options.today);
  return {
    findings: uniqueFingerprints([...vmPhase.findings, ...estateFindings, ...exceptionPhase.findings]).sort(compareFindings),
    vms: vmPhase.results,
    jobs,
    exceptions: exceptionPhase.statuses,
    notices: [...estate.notices ?? [], ...pack.notices]
  };
}
function withUnevaluated(estate, unknown) {
  const unevaluated = estate.unevaluated ?? [];
  if (unevaluated.length === 0) return estate;
  if (unknown === "fail") return { ...estate, diagnostics: [...estate.diagnostics, ...unevaluated], unevaluated: [] };
  return { ...estate, notices: [...estate.notices ?? [], ...unevaluated.map((d) => `${formatSpan(d.at)}: ${d.message}`)], unevaluated: [] };
}
function uniqueFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    return count === 0 ? finding : { ...finding, fingerprint: `${finding.fingerprint}-${count + 1}` };
  });
}
function compareFindings(a, b) {
  return compareSpans(a.at, b.at) || (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : 1);
}

// src/app/evaluate-sources.ts
function evaluateParsed(parsed, config, pack, options) {
  const estate = applyConfig(parsed.estate, config);
  return { estate, evaluation: evaluate(estate, pack, config.settings, options) };
}

// src/app/gate-options.ts
function withPolicySelection(config, pack, options = {}) {
  const only = options.only !== void 0 ? new Set(options.only) : void 0;
  const skip = new Set(options.skip ?? []);
  const off = pack.filter((policy) => policy.waivable !== false && (only !== void 0 && !only.has(policy.id) || skip.has(policy.id)));
  if (off.length === 0) return config;
  const policies = { ...config.settings.policies };
  for (const policy of off) policies[policy.id] = { ...policies[policy.id], level: "off" };
  return { ...config, settings: { ...config.settings, policies } };
}
function baselineAcceptance(pack, baseline) {
  if (baseline === void 0) return () => false;
  const unwaivable = new Set(pack.filter((policy) => policy.waivable === false).map((policy) => policy.id));
  return (finding) => baseline.fingerprints.has(finding.fingerprint) && !unwaivable.has(finding.policyId);
}
function checkGateInput(pack, options = {}) {
  const failOn = options.failOn ?? "error";
  if (options.baseline === void 0) return { failOn };
  const accepts = baselineAcceptance(pack, options.baseline);
  const statusOf = (finding) => accepts(finding) ? "unchanged" : "introduced";
  return { failOn, statusOf };
}

// src/app/gate-run.ts
function gateRun(input) {
  const { verdict, findings } = input.decision;
  const disabledPolicies = input.pack.filter((policy) => input.settings.policies[policy.id]?.level === "off").map((policy) => policy.id);
  const report = {
    tool: TOOL,
    evaluation: input.evaluation,
    findings,
    verdict,
    policies: input.pack,
    files: input.files,
    disabledPolicies,
    ...input.plan ? { plan: input.plan } : {}
  };
  return { report, exitCode: verdict.passed ? 0 : 1 };
}

// src/app/plan-sources.ts
import { readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
async function readDecodedSide(repo, side, paths, selection, cwd, givenPlans, withPlans = []) {
  const { files, digests } = await readSide(repo, side, paths, selection, cwd);
  return { decoded: decodeSources(withoutGivenPlans(files, givenPlans), withPlans), digests };
}
async function missingOnSide(repo, side, paths, selection) {
  return side.commit === void 0 ? [] : repo.missingSources(side.commit, paths, selection);
}
async function readSide(repo, side, paths, selection, cwd) {
  if (side.commit !== void 0) return repo.readSources(side.commit, paths, selection);
  const listed = await discoverFiles(paths, selection, cwd);
  const files = await readFiles(listed, cwd);
  return { files, digests: await digestFiles(files, cwd) };
}
async function readSideConfig(repo, side, configPath, cwd, pack, label) {
  if (side.commit === void 0) return loadConfig(configPath, cwd, pack);
  for (const candidate of configPath !== void 0 ? [configPath] : configCandidates(cwd)) {
    const text = await repo.readText(side.commit, candidate);
    if (text === void 0) continue;
    try {
      const config = parseConfig(candidate.split("\\").join("/").replace(/^\.\//, ""), text, pack);
      return configPath === void 0 ? withGlobBase(config, candidate, cwd) : config;
    } catch (error) {
      if (error instanceof ConfigurationError)
        throw new ConfigurationError(`${error.message} (in the configuration of the ${label}, commit ${side.commit.slice(0, 12)})`);
      throw error;
    }
  }
  if (configPath !== void 0) throw new ConfigurationError(`${configPath}: not found in the ${label} (commit ${side.commit.slice(0, 12)})`);
  return DEFAULT_CONFIG;
}
async function readTerraformPlans(paths, cwd) {
  const plans = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error) => {
      throw new ConfigurationError(`--terraform-plan ${given}: cannot be read (${error.code ?? String(error)})`);
    });
    if (!info.isFile()) throw new ConfigurationError(`--terraform-plan ${given}: not a file; pass the output of terraform show -json tfplan`);
    if (info.size > MAX_PLAN_BYTES)
      throw new ConfigurationError(`--terraform-plan ${given}: larger than ${MAX_PLAN_BYTES / 1024 ** 3} GiB, no plan is this big`);
    const bytes = await readFile(absolute);
    plans.push({ path: toPosix(relative(cwd, absolute)), bytes, size: bytes.length, truncated: false, explicit: true });
  }
  return plans;
}
function checkGivenPlans(plans) {
  for (const { file, root } of plans) {
    if (root.kind !== "ambiguous") continue;
    throw new ConfigurationError(
      `--terraform-plan ${file}: the plan matches the configurations in ${root.dirs.join(" and ")} equally; write it into the folder of its root configuration (e.g. ${root.dirs[0]}/plan.json) so that hvgate knows which one it stands in for`
    );
  }
}
function withoutGivenPlans(files, plans) {
  const given = new Set(plans.map((p) => p.path));
  return files.filter((f) => !given.has(f.path));
}
function toPosix(path) {
  return path.split(sep).join("/");
}

export {
  decide,
  applyConfig,
  evaluateParsed,
  withPolicySelection,
  baselineAcceptance,
  checkGateInput,
  gateRun,
  readDecodedSide,
  missingOnSide,
  readSideConfig,
  readTerraformPlans,
  checkGivenPlans,
  withoutGivenPlans
};
