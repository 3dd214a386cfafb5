import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  BlockPositions,
  JsonPositions,
  JsonSyntaxError,
  MACHINE,
  MACHINE_INSTANCE_SCHEMA,
  MachineBuilder,
  PlanSources,
  PlanValues,
  ShapeCheck,
  SourcePositions,
  VHD,
  VHD_SCHEMA,
  absent,
  attributeSchema,
  buildMachines,
  child,
  detachedText,
  dirnameOf,
  forEachValuesResource,
  isCompatibleProvider,
  joinPath,
  jsonPath,
  lazyPath,
  machineDraft,
  member,
  moduleNames,
  objectKeyText,
  otherVmResource,
  parseExpressionText,
  parseHclFile,
  parseJsonTree,
  parseTerraformPlan,
  planActionOf,
  remoteModule,
  scalar,
  scriptedVms,
  terraformAttributes,
  unknownAttribute,
  vhdDraft
} from "./chunk-ZFONXLCE.js";
import "./chunk-JNCJZHWS.js";
import "./chunk-3PTL7UPO.js";
import {
  GRAMMAR_WASM,
  LineIndex,
  RUNTIME_WASM,
  emptyEstate,
  setTreeSitterWasmDir,
  terraformJsonKind
} from "./chunk-45OJP4QH.js";
import {
  automaticVariablesRank,
  terraformFileKind,
  terraformStem
} from "./chunk-MESW2INQ.js";
import "./chunk-ZX5WQFCF.js";
import {
  fileStart,
  formatSpan
} from "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";

// src/parsers/terraform/state.ts
var REWRITE = "Pass the state as Terraform wrote it: terraform.tfstate, or `terraform show -json` of it.";
function parseTerraformState(input) {
  const { file, text } = input;
  const lines = new LineIndex(file, text);
  const diagnostics = [];
  const failed = (diagnostic) => ({ estate: estateOf([], [diagnostic], file), root: { kind: "none" }, machines: /* @__PURE__ */ new Map() });
  let root;
  try {
    root = parseJsonTree(text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text);
    const instances = readInstances(root, lines, diagnostics);
    if (!Array.isArray(instances)) return failed(instances);
    return build(instances, { file, lines, diagnostics, sources: input.sources ?? PlanSources.empty, attributes: input.attributes ?? true });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failed({
      at: lines.span(error.offset),
      code: "state-json-invalid",
      message: `the state is not valid JSON: ${error.message}`,
      fix: REWRITE
    });
  }
}
function readInstances(root, lines, diagnostics) {
  const at = lines.span(root.start, root.kind === "object" ? root.start + 1 : root.end);
  if (root.kind !== "object") return notAState(at, "it is not a JSON object");
  const check = new ShapeCheck(lines, diagnostics, "state");
  const formatVersion = member(root, "format_version");
  if (formatVersion) {
    const v = scalar(formatVersion.value);
    if (typeof v !== "string" || !/^1\.\d+$/.test(v)) {
      const m = formatVersion;
      return {
        at: lines.span(m.keyStart, m.value.end),
        code: "state-format-version",
        message: `state format_version ${JSON.stringify(v)} is not supported: hvgate reads \`terraform show -json\` format 1.x`,
        fix: "Produce the state JSON with a Terraform or OpenTofu version that writes format 1.x."
      };
    }
    return showJsonInstances(root, check);
  }
  const version = member(root, "version");
  if (!version) return notAState(at, 'it has neither "format_version" (terraform show -json) nor "version" (terraform.tfstate)');
  if (scalar(version.value) !== 4) {
    return {
      at: lines.span(version.keyStart, version.value.end),
      code: "state-version",
      message: `state version ${JSON.stringify(scalar(version.value) ?? null)} is not supported: hvgate reads state version 4, written by Terraform 0.12 and later`,
      fix: "Upgrade the state with a current Terraform (terraform apply or terraform state pull rewrites it), or pass `terraform show -json`."
    };
  }
  return tfstateInstances(root, check);
}
function notAState(at, why) {
  return { at, code: "state-not-terraform", message: `the file is not a Terraform state: ${why}`, fix: REWRITE };
}
function showJsonInstances(root, check) {
  const instances = [];
  forEachValuesResource(child(root, "values"), "values", check, (resource, path) => {
    if (resource.type !== MACHINE && resource.type !== VHD || resource.mode === "data") return;
    if (resource.provider !== void 0 && !isCompatibleProvider(resource.provider)) return;
    const values2 = child(resource.node, "values");
    const sensitive = child(resource.node, "sensitive_values");
    check.markers(sensitive, lazyPath(path, "sensitive_values"));
    instances.push({
      address: resource.address,
      type: resource.type,
      name: resource.name ?? "",
      module: moduleOf(resource.address),
      node: resource.node,
      values: values2,
      valuesPath: jsonPath(path(), "values"),
      sensitive
    });
  });
  return instances;
}
function tfstateInstances(root, check) {
  const instances = [];
  const resources = child(root, "resources");
  if (!check.expect(resources, "resources", ["array", "null"]) || resources?.kind !== "array") return instances;
  resources.items.forEach((resource, i) => {
    const path = `resources[${i}]`;
    if (!check.expect(resource, path, ["object"])) return;
    for (const key of ["module", "mode", "type", "name", "provider", "each"]) check.expect(child(resource, key), jsonPath(path, key), ["string"]);
    const text = (key) => {
      const v = scalar(child(resource, key));
      return typeof v === "string" ? v : void 0;
    };
    const type = text("type");
    if (type !== MACHINE && type !== VHD || text("mode") === "data") return;
    const provider = providerSource(text("provider"));
    if (provider !== void 0 && !isCompatibleProvider(provider)) return;
    const list2 = child(resource, "instances");
    if (!check.expect(list2, `${path}.instances`, ["array"]) || list2?.kind !== "array") return;
    const module = text("module") ?? "";
    const name = text("name") ?? "";
    list2.items.forEach((instance, j) => {
      const at = `${path}.instances[${j}]`;
      if (!check.expect(instance, at, ["object"])) return;
      check.expect(child(instance, "index_key"), `${at}.index_key`, ["number", "string"]);
      check.expect(child(instance, "deposed"), `${at}.deposed`, ["string"]);
      if (member(instance, "deposed") !== void 0) return;
      const key = scalar(child(instance, "index_key"));
      const index = typeof key === "number" ? `[${key}]` : typeof key === "string" ? `[${JSON.stringify(key)}]` : "";
      instances.push({
        // A copy: joined from slices of the state's text, it would keep that text for the run.
        address: detachedText(`${module === "" ? "" : `${module}.`}${type}.${name}${index}`),
        type,
        name,
        module,
        node: instance,
        values: child(instance, "attributes"),
        valuesPath: `${at}.attributes`,
        sensitive: sensitiveMarkers(child(instance, "sensitive_attributes"), `${at}.sensitive_attributes`, check)
      });
    });
  });
  return instances;
}
function providerSource(provider) {
  if (provider === void 0) return void 0;
  const quoted = /provider\["([^"]+)"\]/.exec(provider);
  return quoted ? quoted[1] : provider;
}
function moduleOf(address) {
  const names = moduleNames(address);
  if (names.length === 0) return "";
  const pattern = /(?:module\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.?)+/y;
  return (pattern.exec(address)?.[0] ?? "").replace(/\.$/, "");
}
function sensitiveMarkers(node, path, check) {
  if (node === void 0 || !check.expect(node, path, ["array", "null"]) || node.kind !== "array" || node.items.length === 0) return void 0;
  const tree = {};
  let whole = false;
  for (const steps of node.items) {
    const keys2 = steps.kind === "array" ? steps.items.map(stepKey) : [void 0];
    if (keys2.length === 0 || !keys2.every((k) => k !== void 0)) {
      whole = true;
      break;
    }
    let at = tree;
    keys2.forEach((key, i) => {
      if (i === keys2.length - 1) at[key] = true;
      else at = at[key] ??= typeof keys2[i + 1] === "number" ? [] : {};
    });
  }
  return markerNode(whole ? true : tree, node);
}
function stepKey(step) {
  const type = scalar(child(step, "type"));
  const value = child(step, "value");
  if (type === "get_attr" && typeof scalar(value) === "string") return scalar(value);
  if (type === "index") {
    const inner = scalar(child(value, "value"));
    if (typeof inner === "number" || typeof inner === "string") return inner;
  }
  return void 0;
}
function markerNode(value, at) {
  if (Array.isArray(value)) {
    const items = value.map((v) => markerNode(v ?? false, at));
    return {
      kind: "array",
      start: at.start,
      end: at.end,
      items,
      forEachOnce: (visit) => {
        items.forEach(visit);
      }
    };
  }
  if (typeof value === "object" && value !== null) {
    const members = new Map(Object.entries(value).map(([k, v]) => [k, { keyStart: at.start, value: markerNode(v, at) }]));
    return { kind: "object", start: at.start, end: at.end, members };
  }
  return { kind: "scalar", start: at.start, end: at.end, value: value === true };
}
function build(instances, context) {
  const { file, lines, diagnostics, sources, attributes } = context;
  const check = new ShapeCheck(lines, diagnostics, "state");
  const rootMatch = sources.rootFor(file, void 0);
  const builder = new MachineBuilder();
  const addresses = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    const span = lines.span(instance.node.start, instance.node.end);
    if (addresses.has(instance.address)) {
      diagnostics.push({
        at: span,
        code: `state-duplicate-address:${instance.address}`,
        message: `${instance.address} appears twice in the state; Terraform keeps one current object per resource instance`,
        fix: REWRITE
      });
      continue;
    }
    if (instance.values === void 0) {
      diagnostics.push({
        at: span,
        code: `state-values-missing:${instance.address}`,
        message: `${instance.address} has no ${instance.valuesPath.slice(instance.valuesPath.lastIndexOf(".") + 1)} (${instance.valuesPath}), which Terraform always writes: the VM cannot be evaluated`,
        fix: REWRITE
      });
      continue;
    }
    if (instance.type === MACHINE) addresses.set(instance.address, span);
    check.attributes(instance.values, instance.valuesPath, instance.type === MACHINE ? MACHINE_INSTANCE_SCHEMA : VHD_SCHEMA);
    const block = rootMatch.kind === "root" ? sources.locate(rootMatch.dir, void 0, moduleNames(instance.module), instance.type, instance.name) : void 0;
    const values2 = instance.values;
    if (values2.kind !== "object") continue;
    const positions = block ? new SourcePositions(block) : new JsonPositions(lines, values2, void 0, span, span);
    const v = new PlanValues({ values: values2, sensitive: instance.sensitive, positions, check });
    if (instance.type === MACHINE)
      builder.addMachine(machineDraft(instance.address, v, "terraform-state", rootMatch.kind === "root" ? rootMatch.dir : file, attributes));
    else builder.addVhd(vhdDraft(instance.address, v));
  }
  const built = builder.finish();
  return { estate: estateOf(built.vms, [...diagnostics, ...built.diagnostics], file), root: rootMatch, machines: addresses };
}
function estateOf(vms, diagnostics, file) {
  return { vms, jobs: [], hosts: [], exceptions: [], diagnostics, files: [file] };
}

// src/parsers/terraform/block-shape.ts
function swappedArgumentsAndBlocks(block, schema, where) {
  const problems = [];
  for (const [name, attribute] of block.body.attributes) {
    const declared = attributeSchema(schema, name)?.type;
    if (declared?.kind !== "blocks") continue;
    problems.push({
      at: attribute.lines.span(attribute.start, attribute.end),
      code: `terraform-block-as-argument:${name}`,
      message: `${where}: ${name} is written as an argument (${name} = …), but the hyperv provider takes it as blocks (${name} { … }); Terraform rejects this, so the gate cannot read them`,
      fix: `Write each of them as a block: ${name} { … }, one block per item.`
    });
  }
  for (const nested of block.body.blocks) {
    const declared = attributeSchema(schema, nested.type)?.type;
    if (declared === void 0) continue;
    if (declared.kind === "blocks") {
      problems.push(...swappedArgumentsAndBlocks(nested, declared.block, `${where}.${nested.type}`));
      continue;
    }
    problems.push({
      at: nested.lines.span(nested.start, nested.end),
      code: `terraform-argument-as-block:${nested.type}`,
      message: `${where}: ${nested.type} is written as a block (${nested.type} { … }), but the hyperv provider takes it as an argument (${nested.type} = …); Terraform rejects this, so the gate cannot read it`,
      fix: `Write it as an argument: ${nested.type} = …`
    });
  }
  return problems;
}

// src/parsers/terraform/values.ts
var NULL = { kind: "scalar", value: null };
var scalar2 = (value) => ({ kind: "scalar", value });
var convertedScalar = (value, from) => from.kind === "scalar" && from.at ? { kind: "scalar", value, at: from.at } : scalar2(value);
var list = (items, set = false) => ({ kind: "list", items, set });
var map = (entries, computed) => computed === void 0 ? { kind: "map", entries } : { kind: "map", entries, computed };
function unknownOf(reason, text) {
  return text === void 0 ? { kind: "unknown", reason } : { kind: "unknown", reason, text };
}
function invalid(reason) {
  return { kind: "unknown", reason, error: true };
}
function unknownExpression(reason, key, text) {
  return { kind: "unknown", reason, text: { prefix: "", base: { key, text }, suffix: "" } };
}
function complete(value) {
  return value.kind === "map" && value.computed !== void 0 ? unknownOf(`not all of its keys are known: any other key ${value.computed}`) : value;
}
function fromPlain(value) {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return scalar2(value);
  if (Array.isArray(value)) return list(value.map(fromPlain));
  if (typeof value === "object") return map(new Map(Object.entries(value).map(([k, v]) => [k, fromPlain(v)])));
  return NULL;
}
function firstUnknown(value) {
  switch (value.kind) {
    case "scalar":
      return void 0;
    case "unknown":
      return value;
    case "list":
      for (const item of value.items) {
        const u = firstUnknown(item);
        if (u) return u;
      }
      return void 0;
    case "map":
      for (const item of value.entries.values()) {
        const u = firstUnknown(item);
        if (u) return u;
      }
      return void 0;
  }
}
function sortedEntries(value) {
  return [...value.entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function asText(value) {
  if (value.kind !== "scalar" || value.value === null) return void 0;
  return String(value.value);
}
function typeName(value) {
  switch (value.kind) {
    case "scalar":
      return value.value === null ? "null" : typeof value.value;
    case "list":
      return value.set ? "set" : "list";
    case "map":
      return "object";
    case "unknown":
      return "unknown value";
  }
}
function equalValues(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") return void 0;
  if (a.kind !== b.kind) return false;
  if (a.kind === "scalar" && b.kind === "scalar") return a.value === b.value;
  if (a.kind === "list" && b.kind === "list") {
    if (a.items.length !== b.items.length) return false;
    let result = true;
    for (const [i, item] of a.items.entries()) {
      const other = b.items[i];
      const e = other ? equalValues(item, other) : false;
      if (e === false) return false;
      if (e === void 0) result = void 0;
    }
    return result;
  }
  if (a.kind === "map" && b.kind === "map") {
    if (a.computed !== void 0 || b.computed !== void 0) return void 0;
    if (a.entries.size !== b.entries.size) return false;
    let result = true;
    for (const [key, item] of a.entries) {
      const other = b.entries.get(key);
      if (!other) return false;
      const e = equalValues(item, other);
      if (e === false) return false;
      if (e === void 0) result = void 0;
    }
    return result;
  }
  return false;
}

// src/parsers/terraform/functions.ts
var MAX_RANGE = 1024;
var MAX_FORMAT_WIDTH = 1024;
function callFunction(call, scope) {
  if (call.name === "try") return tryFunction(call, scope);
  if (call.name === "can") return canFunction(call, scope);
  const implementation = FUNCTIONS.get(call.name);
  if (!implementation) {
    const what = call.name.includes("::") ? "a provider-defined function" : `the function ${call.name}(), which this reader does not evaluate`;
    return unknownOf(`\`${quote(call)}\` calls ${what}; only terraform plan evaluates it`);
  }
  let args = call.args.map((arg) => evaluate(arg, scope));
  if (call.expand) {
    const last = args[args.length - 1];
    if (last?.kind === "unknown") return unknownOf(last.reason);
    if (last?.kind !== "list") return invalid(`\`${quote(call)}\`: the argument before "..." must be a list`);
    args = [...args.slice(0, -1), ...last.items];
  }
  return implementation(args, call);
}
function tryFunction(call, scope) {
  for (const arg of call.args) {
    const value = evaluate(arg, scope);
    if (firstError(value)) continue;
    return value;
  }
  return invalid(`\`${quote(call)}\`: none of the arguments of try() can be evaluated`);
}
function canFunction(call, scope) {
  const [arg] = call.args;
  if (!arg) return invalid(`\`${quote(call)}\`: can() takes one argument`);
  const value = evaluate(arg, scope);
  if (firstError(value)) return scalar2(false);
  if (value.kind === "unknown") return unknownOf(value.reason);
  return scalar2(true);
}
function firstError(value) {
  if (value.kind === "unknown") return value.error ? value : void 0;
  if (value.kind === "list") return value.items.map(firstError).find((e) => e !== void 0);
  if (value.kind === "map") return [...value.entries.values()].map(firstError).find((e) => e !== void 0);
  return void 0;
}
function unknownArgument(args) {
  const found = args.find((a) => a.kind === "unknown");
  return found && (found.error ? found : unknownOf(found.reason));
}
function textArgument(value, call, position) {
  if (!value) return invalid(`\`${quote(call)}\`: ${call.name}() needs ${position}`);
  if (value.kind === "unknown") return value;
  const text = asText(value);
  return text ?? invalid(`\`${quote(call)}\`: the ${position} of ${call.name}() is a ${typeName(value)}, not text`);
}
var FUNCTIONS = /* @__PURE__ */ new Map([
  ["length", length],
  ["lookup", lookup],
  ["merge", merge],
  ["coalesce", coalesce],
  ["lower", (args, call) => changeCase(args, call, (s) => s.toLowerCase())],
  ["upper", (args, call) => changeCase(args, call, (s) => s.toUpperCase())],
  ["replace", replace],
  ["trimprefix", trimprefix],
  ["trimsuffix", trimsuffix],
  ["trimspace", trimspace],
  ["format", format],
  ["join", join],
  ["split", split],
  ["element", elementFunction],
  ["concat", concat],
  ["flatten", flatten],
  ["tomap", tomap],
  ["toset", toset],
  ["tolist", tolist],
  ["tostring", tostring],
  ["tonumber", tonumber],
  ["tobool", tobool],
  ["range", range],
  ["keys", keys],
  ["values", values],
  ["contains", contains]
]);
function length([given], call) {
  if (!given) return invalid(`\`${quote(call)}\`: length() takes one argument`);
  const value = complete(given);
  if (value.kind === "unknown") return unknownOf(value.reason);
  if (value.kind === "list") return scalar2(value.items.length);
  if (value.kind === "map") return scalar2(value.entries.size);
  const text = asText(value);
  return text === void 0 ? invalid(`\`${quote(call)}\`: length() of null`) : scalar2(characters(text).length);
}
function lookup([collection, key, fallback], call) {
  if (!collection || !key) return invalid(`\`${quote(call)}\`: lookup() needs a map and a key`);
  if (collection.kind === "unknown") return unknownOf(collection.reason);
  if (key.kind === "unknown") return unknownOf(key.reason);
  if (collection.kind !== "map") return invalid(`\`${quote(call)}\`: the first argument of lookup() is a ${typeName(collection)}, not a map`);
  const name = asText(key);
  const found = name === void 0 ? void 0 : collection.entries.get(name);
  if (found) return found;
  if (collection.computed !== void 0) return unknownOf(`\`${quote(call)}\`: the key ${collection.computed}`);
  if (fallback) return fallback;
  return invalid(`\`${quote(call)}\`: the map has no key ${JSON.stringify(name)} and lookup() has no default`);
}
function merge(args, call) {
  const entries = /* @__PURE__ */ new Map();
  let open;
  for (const [i, arg] of args.entries()) {
    if (arg.kind === "scalar" && arg.value === null) continue;
    const text = call.expand ? quote(call) : quote(call.args[i] ?? call);
    if (arg.kind === "unknown") {
      if (arg.error) return arg;
      open = `may be set by \`${text}\`, which is unknown (${arg.reason})`;
      for (const key of entries.keys()) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open}`));
      continue;
    }
    if (arg.kind !== "map") return invalid(`\`${quote(call)}\`: merge() takes maps and objects, not a ${typeName(arg)}`);
    if (arg.computed !== void 0) {
      open = arg.computed;
      for (const key of entries.keys()) if (!arg.entries.has(key)) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open}`));
    }
    for (const [k, v] of arg.entries) entries.set(k, v);
  }
  return map(entries, open);
}
function coalesce(args, call) {
  for (const arg of args) {
    if (arg.kind === "unknown") {
      if (arg.text && (arg.text.prefix !== "" || arg.text.suffix !== "")) return arg;
      return unknownOf(arg.reason);
    }
    if (arg.kind === "scalar" && (arg.value === null || arg.value === "")) continue;
    return arg;
  }
  return invalid(`\`${quote(call)}\`: every argument of coalesce() is null or empty`);
}
function changeCase([value], call, change) {
  if (value?.kind === "unknown") {
    if (!value.text) return unknownOf(value.reason);
    return unknownOf(value.reason, { ...value.text, prefix: change(value.text.prefix), suffix: change(value.text.suffix) });
  }
  const text = textArgument(value, call, "text");
  return typeof text === "string" ? scalar2(change(text)) : text;
}
function replace([value, search, replacement], call) {
  const unknown = unknownArgument([value ?? NULL, search ?? NULL, replacement ?? NULL]);
  if (unknown) return unknown;
  const [s, from, to] = [textArgument(value, call, "text"), textArgument(search, call, "search text"), textArgument(replacement, call, "replacement")];
  if (typeof s !== "string") return s;
  if (typeof from !== "string") return from;
  if (typeof to !== "string") return to;
  if (from.length > 1 && from.startsWith("/") && from.endsWith("/")) {
    return unknownOf(`\`${quote(call)}\` replaces by a regular expression, which this reader does not evaluate`);
  }
  return scalar2(from === "" ? s : s.split(from).join(to));
}
function trimprefix([value, prefix], call) {
  const p = textArgument(prefix, call, "prefix");
  if (typeof p !== "string") return p;
  if (value?.kind === "unknown") {
    const text = value.text;
    if (!text) return unknownOf(value.reason);
    if (text.prefix.startsWith(p)) return unknownOf(value.reason, { prefix: text.prefix.slice(p.length), suffix: text.suffix });
    if (!p.startsWith(text.prefix)) return value;
    return unknownOf(value.reason, { prefix: "", suffix: text.suffix });
  }
  const s = textArgument(value, call, "text");
  if (typeof s !== "string") return s;
  return scalar2(s.startsWith(p) ? s.slice(p.length) : s);
}
function trimsuffix([value, suffix], call) {
  const x = textArgument(suffix, call, "suffix");
  if (typeof x !== "string") return x;
  if (value?.kind === "unknown") {
    const text = value.text;
    if (!text) return unknownOf(value.reason);
    if (x === "") return value;
    if (text.suffix.endsWith(x)) return unknownOf(value.reason, { ...text, suffix: text.suffix.slice(0, text.suffix.length - x.length) });
    if (!x.endsWith(text.suffix)) return value;
    return unknownOf(value.reason, { ...text, suffix: "" });
  }
  const s = textArgument(value, call, "text");
  if (typeof s !== "string") return s;
  return scalar2(x !== "" && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
}
function characters(text) {
  return Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
}
function trimspace([value], call) {
  const s = textArgument(value, call, "text");
  if (typeof s !== "string") return s.kind === "unknown" ? unknownOf(s.reason) : s;
  return scalar2(s.trim());
}
var VERB = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
function format([spec, ...args], call) {
  const fmt = textArgument(spec, call, "format string");
  if (typeof fmt !== "string") return fmt.kind === "unknown" ? unknownOf(fmt.reason) : fmt;
  const pieces = [];
  let next = 0;
  let last = 0;
  for (const match of fmt.matchAll(VERB)) {
    pieces.push(scalar2(fmt.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, flags = "", width, precision, verb] = match;
    if (verb === "%") {
      pieces.push(scalar2("%"));
      continue;
    }
    if (Number(width ?? 0) > MAX_FORMAT_WIDTH || Number(precision ?? 0) > MAX_FORMAT_WIDTH) {
      return invalid(`\`${quote(call)}\`: a width or precision over ${MAX_FORMAT_WIDTH}`);
    }
    const arg = args[next++];
    if (!arg) return invalid(`\`${quote(call)}\`: the format string has more verbs than arguments`);
    const piece = arg.kind === "unknown" ? arg : formatOne(verb ?? "", arg, precision, call);
    if (piece.kind === "unknown" && piece.error) return piece;
    pieces.push(pad(piece, flags, width));
  }
  pieces.push(scalar2(fmt.slice(last)));
  return concatText(pieces);
}
function formatOne(verb, arg, precision, call) {
  const wrong = () => invalid(`\`${quote(call)}\`: %${verb} cannot format a ${typeName(arg)}`);
  switch (verb) {
    case "s":
    case "v": {
      if (arg.kind !== "scalar") return verb === "v" ? scalar2(JSON.stringify(plainOf(arg))) : wrong();
      return arg.value === null ? wrong() : scalar2(String(arg.value));
    }
    case "d": {
      const n = toNumber(arg);
      return n === void 0 || !Number.isInteger(n) ? wrong() : scalar2(String(n));
    }
    case "f": {
      const n = toNumber(arg);
      return n === void 0 ? wrong() : scalar2(n.toFixed(precision === void 0 ? 6 : Number(precision)));
    }
    case "t": {
      const b = toBool(arg);
      return b === void 0 ? wrong() : scalar2(String(b));
    }
    case "q": {
      const s = asText(arg);
      return s === void 0 ? wrong() : scalar2(JSON.stringify(s));
    }
    default:
      return unknownOf(`\`${quote(call)}\` uses the verb %${verb}, which this reader does not evaluate`);
  }
}
function pad(piece, flags, width) {
  if (width === void 0 || piece.kind !== "scalar") return piece;
  const text = String(piece.value);
  const w = Number(width);
  if (text.length >= w) return piece;
  const fill = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(w - text.length);
  return scalar2(flags.includes("-") ? text + fill : fill + text);
}
function plainOf(value) {
  switch (value.kind) {
    case "scalar":
      return value.value;
    case "list":
      return value.items.map(plainOf);
    case "map":
      return Object.fromEntries(sortedEntries(value).map(([k, v]) => [k, plainOf(v)]));
    case "unknown":
      return null;
  }
}
function join([separator, ...lists], call) {
  const sep = textArgument(separator, call, "separator");
  if (typeof sep !== "string") return sep.kind === "unknown" ? unknownOf(sep.reason) : sep;
  const pieces = [];
  for (const l of lists) {
    if (l.kind === "unknown") return unknownOf(l.reason);
    if (l.kind !== "list") return invalid(`\`${quote(call)}\`: join() takes lists, not a ${typeName(l)}`);
    for (const item of l.items) {
      if (pieces.length > 0) pieces.push(scalar2(sep));
      if (item.kind === "list" || item.kind === "map" || item.kind === "scalar" && item.value === null) {
        return invalid(`\`${quote(call)}\`: join() needs text elements, not a ${typeName(item)}`);
      }
      pieces.push(item);
    }
  }
  return concatText(pieces);
}
function split([separator, value], call) {
  const unknown = unknownArgument([separator ?? NULL, value ?? NULL]);
  if (unknown) return unknown;
  const sep = textArgument(separator, call, "separator");
  const s = textArgument(value, call, "text");
  if (typeof sep !== "string") return sep;
  if (typeof s !== "string") return s;
  if (sep === "") return list(characters(s).map((c) => scalar2(c)));
  return list(s.split(sep).map((part) => scalar2(part)));
}
function elementFunction([collection, index], call) {
  const unknown = unknownArgument([collection ?? NULL, index ?? NULL]);
  if (unknown) return unknown;
  if (collection?.kind !== "list") return invalid(`\`${quote(call)}\`: element() takes a list`);
  const i = index ? toNumber(index) : void 0;
  if (i === void 0 || !Number.isInteger(i) || i < 0) return invalid(`\`${quote(call)}\`: the index of element() must be a whole number`);
  if (collection.items.length === 0) return invalid(`\`${quote(call)}\`: element() of an empty list`);
  return collection.items[i % collection.items.length] ?? NULL;
}
function concat(args, call) {
  const unknown = unknownArgument(args);
  if (unknown) return unknown;
  const items = [];
  for (const arg of args) {
    if (arg.kind !== "list") return invalid(`\`${quote(call)}\`: concat() takes lists, not a ${typeName(arg)}`);
    for (const item of arg.items) items.push(item);
  }
  return list(items);
}
function flatten([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind !== "list") return invalid(`\`${quote(call)}\`: flatten() takes a list`);
  const out = [];
  const visit = (items) => {
    for (const item of items) {
      if (item.kind === "unknown") return item;
      if (item.kind === "list") {
        const inner = visit(item.items);
        if (inner) return inner;
      } else out.push(item);
    }
    return void 0;
  };
  const unknown = visit(value.items);
  return unknown ? unknownOf(unknown.reason) : list(out);
}
function tomap([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  return value?.kind === "map" ? map(value.entries, value.computed) : invalid(`\`${quote(call)}\`: tomap() takes a map or an object`);
}
function toset([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind !== "list") return invalid(`\`${quote(call)}\`: toset() takes a list or a set`);
  return toSetValue(value.items, call);
}
function toSetValue(items, at) {
  const unknown = items.find((i) => i.kind === "unknown");
  if (unknown) return unknownOf(`an element of the set is unknown (${unknown.reason})`);
  if (items.every((i) => i.kind === "scalar")) {
    const plain = items.map((i) => i.value);
    if (plain.includes(null)) return invalid(`${typeof at === "string" ? at : `\`${quote(at)}\``}: a set cannot hold null`);
    const sameType = plain.every((v) => typeof v === typeof plain[0]);
    const unique3 = [...new Set(sameType ? plain : plain.map(String))];
    const ordered = typeof unique3[0] === "number" ? unique3.sort((a, b) => a - b) : unique3.sort((a, b) => String(a) < String(b) ? -1 : 1);
    return list(
      ordered.map((v) => scalar2(v)),
      true
    );
  }
  const unique2 = [];
  for (const item of items) if (!unique2.some((u) => equalValues(u, item) === true)) unique2.push(item);
  return list(unique2, true);
}
function tolist([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  return value?.kind === "list" ? list(value.items) : invalid(`\`${quote(call)}\`: tolist() takes a list or a set`);
}
function tostring([value], call) {
  if (value?.kind === "unknown") return value;
  if (value?.kind === "scalar") return value.value === null ? NULL : scalar2(String(value.value));
  return invalid(`\`${quote(call)}\`: tostring() takes a primitive value`);
}
function tonumber([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind === "scalar" && value.value === null) return NULL;
  const n = value ? toNumber(value) : void 0;
  return n === void 0 ? invalid(`\`${quote(call)}\`: tonumber() cannot convert it`) : scalar2(n);
}
function tobool([value], call) {
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind === "scalar" && value.value === null) return NULL;
  const b = value ? toBool(value) : void 0;
  return b === void 0 ? invalid(`\`${quote(call)}\`: tobool() cannot convert it`) : scalar2(b);
}
function range(args, call) {
  const unknown = unknownArgument(args);
  if (unknown) return unknown;
  const numbers = args.map(toNumber).filter((n) => n !== void 0);
  if (numbers.length !== args.length || numbers.length === 0 || numbers.length > 3) return invalid(`\`${quote(call)}\`: range() takes one to three numbers`);
  const [first = 0, second, third] = numbers;
  const [start, limit] = second === void 0 ? [0, first] : [first, second];
  const step = third ?? (start <= limit ? 1 : -1);
  if (step === 0 || step > 0 && start > limit || step < 0 && start < limit) {
    return start === limit ? list([]) : invalid(`\`${quote(call)}\`: range() cannot reach ${limit} from ${start} in steps of ${step}`);
  }
  const items = [];
  for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
    if (items.length >= MAX_RANGE) return invalid(`\`${quote(call)}\`: range() gives more than ${MAX_RANGE} values, which Terraform refuses`);
    items.push(scalar2(n));
  }
  return list(items);
}
function keys([given], call) {
  const value = given && complete(given);
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind !== "map") return invalid(`\`${quote(call)}\`: keys() takes a map or an object`);
  return list(sortedEntries(value).map(([k]) => scalar2(k)));
}
function values([given], call) {
  const value = given && complete(given);
  if (value?.kind === "unknown") return unknownOf(value.reason);
  if (value?.kind !== "map") return invalid(`\`${quote(call)}\`: values() takes a map or an object`);
  return list(sortedEntries(value).map(([, v]) => v));
}
function contains([collection, wanted], call) {
  if (collection?.kind === "unknown") return unknownOf(collection.reason);
  if (collection?.kind !== "list" || !wanted) return invalid(`\`${quote(call)}\`: contains() takes a list and a value`);
  let unsure;
  for (const item of collection.items) {
    const equal = equalValues(item, wanted);
    if (equal === true) return scalar2(true);
    if (equal === void 0) unsure ??= item.kind === "unknown" ? item : wanted;
  }
  return unsure ? unknownOf(unsure.reason) : scalar2(false);
}

// src/parsers/terraform/hcl-eval.ts
var EvaluationLimit = class extends Error {
};
var Budget = class {
  constructor(steps) {
    this.steps = steps;
    this.left = steps;
  }
  steps;
  left;
  spend(n = 1) {
    this.left -= n;
    if (this.left < 0) throw new EvaluationLimit(`evaluating this configuration takes more than ${this.steps} steps`);
  }
};
function quote(expr) {
  const raw = expr.source.slice(expr.start, expr.end).replace(/\s+/g, " ").trim();
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}
function evaluate(expr, scope) {
  scope.budget.spend();
  switch (expr.kind) {
    case "literal":
      return scalar2(expr.value);
    case "template":
      return template(expr, scope);
    case "tuple":
      return list(expr.items.map((item) => evaluate(item, scope)));
    case "object":
      return objectValue(expr, scope);
    case "traversal":
      return traversal(expr, scope);
    case "postfix":
      return navigate(evaluate(expr.base, scope), expr.steps, quote(expr), scope);
    case "call":
      return callFunction(expr, scope);
    case "conditional":
      return conditional(expr, scope);
    case "unary":
      return unary(expr, scope);
    case "binary":
      return binary(expr, scope);
    case "for":
      return forExpression(expr, scope);
    case "computed":
      return unknownOf(`\`${quote(expr)}\` is ${expr.what}; only terraform plan evaluates it`);
  }
}
function objectKey(key, scope) {
  if (key.kind === "traversal" && key.steps.length === 0) return scalar2(key.root);
  const v = evaluate(key, scope);
  if (v.kind === "unknown") return v;
  const text = asText(v);
  return text === void 0 ? invalid(`\`${quote(key)}\` is not a valid object key (${typeName(v)})`) : scalar2(text);
}
function objectValue(expr, scope) {
  const entries = /* @__PURE__ */ new Map();
  for (const elem of expr.elems) {
    const key = objectKey(elem.key, scope);
    if (key.kind === "unknown") return unknownOf(key.reason);
    entries.set(asText(key) ?? "", evaluate(elem.value, scope));
  }
  return map(entries);
}
function template(expr, scope) {
  if (expr.directive) return unknownOf(`\`${quote(expr)}\` uses a template directive (%{…}); only terraform plan evaluates it`);
  const only = expr.parts.length === 1 ? expr.parts[0] : void 0;
  if (only && "expr" in only) return evaluate(only.expr, scope);
  const pieces = [];
  for (const part of expr.parts) {
    if ("literal" in part) {
      pieces.push(scalar2(part.literal));
      continue;
    }
    const v = evaluate(part.expr, scope);
    if (v.kind === "list" || v.kind === "map" || v.kind === "scalar" && v.value === null) {
      return invalid(`\`${quote(part.expr)}\` is ${v.kind === "scalar" ? "null" : `a ${typeName(v)}`}, not text, so \`${quote(expr)}\` cannot be built`);
    }
    pieces.push(v);
  }
  return concatText(pieces);
}
function concatText(pieces) {
  let prefix = "";
  let suffix = "";
  let first;
  let base;
  for (const piece of pieces) {
    if (piece.kind === "unknown") {
      if (!first) {
        first = piece;
        if (piece.text) {
          if (prefix === "" && piece.text.prefix === "") base = piece.text.base;
          prefix += piece.text.prefix;
        }
      }
      suffix = piece.text?.suffix ?? "";
      continue;
    }
    const text2 = asText(piece) ?? "";
    if (first) suffix += text2;
    else prefix += text2;
  }
  if (!first) return scalar2(prefix);
  const text = base ? { prefix, base, suffix } : { prefix, suffix };
  return unknownOf(first.reason, text);
}
function traversal(expr, scope) {
  const text = quote(expr);
  const [first, ...rest] = expr.steps;
  const bound = scope.names?.get(expr.root);
  if (bound) return navigate(bound, expr.steps, text, scope);
  const attribute = first && "attr" in first ? first.attr : void 0;
  switch (expr.root) {
    case "var":
    case "local":
      if (attribute === void 0) return invalid(`\`${text}\` is not a valid reference`);
      return navigate(expr.root === "var" ? scope.variable(attribute) : scope.local(attribute), rest, text, scope);
    case "each":
      if (!scope.each) return invalid(`\`${text}\` is used outside a block with for_each`);
      if (attribute === "key") return navigate(scope.each.key, rest, text, scope);
      if (attribute === "value") return navigate(scope.each.value, rest, text, scope);
      return invalid(`\`${text}\`: each has only key and value`);
    case "count":
      if (!scope.count) return invalid(`\`${text}\` is used outside a block with count`);
      if (attribute === "index") return navigate(scope.count, rest, text, scope);
      return invalid(`\`${text}\`: count has only index`);
    case "module": {
      const outputs = attribute === void 0 ? void 0 : scope.module(attribute);
      if (outputs) return navigate(outputs, rest, text, scope);
      return unknownOf(`\`${text}\` is an output of a module call that is not evaluated here`);
    }
    case "data":
      return unknownOf(`\`${text}\` is read from a data source when Terraform runs`);
    case "path":
    case "terraform":
    case "self":
      return unknownOf(`\`${text}\` is known only when Terraform runs`);
    case "resource": {
      const [nameStep, ...after] = rest;
      if (attribute === void 0 || !nameStep || !("attr" in nameStep)) return invalid(`\`${text}\` is not a valid resource reference`);
      return resourceReference(attribute, nameStep.attr, after, text, scope);
    }
    default:
      if (attribute === void 0) return invalid(`\`${text}\` is not a valid reference`);
      return resourceReference(expr.root, attribute, rest, text, scope);
  }
}
function resourceReference(type, name, steps, text, scope) {
  const value = scope.resource(type, name);
  if (value) return navigate(value, steps, text, scope);
  return unknownOf(`\`${text}\` refers to a resource that is not declared in this module; known after apply`);
}
function navigate(base, steps, text, scope) {
  let current = base;
  for (const [i, step] of steps.entries()) {
    if ("splat" in step) return splat(current, step.splat, steps.slice(i + 1), text, scope);
    let key;
    let keyText;
    if ("attr" in step) {
      key = scalar2(step.attr);
      keyText = `.${step.attr}`;
    } else {
      key = evaluate(step.index, scope);
      keyText = `[${quote(step.index)}]`;
    }
    current = element(current, key, keyText, text);
  }
  return current;
}
function element(value, key, keyText, text) {
  if (value.kind === "unknown") {
    const base = value.text?.base;
    if (base && value.text.prefix === "" && value.text.suffix === "" && key.kind === "scalar") {
      return unknownOf(value.reason, { prefix: "", base: { key: `${base.key}${keyText}`, text: `${base.text}${keyText}` }, suffix: "" });
    }
    return value.error ? value : unknownOf(value.reason);
  }
  if (key.kind === "unknown") return unknownOf(key.reason);
  if (value.kind === "list") {
    const index = key.kind === "scalar" ? Number(key.value) : NaN;
    if (value.set) return invalid(`\`${text}\`: elements of a set cannot be picked by index`);
    if (!Number.isInteger(index)) return invalid(`\`${text}\`: a list index must be a whole number`);
    return value.items[index] ?? invalid(`\`${text}\`: the list has ${value.items.length} elements, none at index ${index}`);
  }
  if (value.kind === "map") {
    const name = asText(key);
    if (name === void 0) return invalid(`\`${text}\`: a map key must be text`);
    const found = value.entries.get(name);
    if (found) return found;
    if (value.computed !== void 0) return unknownOf(`\`${text}\` ${value.computed}`);
    return invalid(`\`${text}\`: the value has no attribute or key ${JSON.stringify(name)}`);
  }
  if (value.value === null) return invalid(`\`${text}\`: the value is null`);
  return invalid(`\`${text}\`: a ${typeName(value)} has no attributes or elements`);
}
function splat(value, each, after, text, scope) {
  if (value.kind === "unknown") return unknownOf(value.reason);
  const items = value.kind === "list" ? value.items : value.kind === "scalar" && value.value === null ? [] : [value];
  const result = list(items.map((item) => navigate(item, each, text, scope)));
  return navigate(result, after, text, scope);
}
function conditional(expr, scope) {
  const condition = evaluate(expr.condition, scope);
  if (condition.kind === "unknown") return unknownOf(`the condition \`${quote(expr.condition)}\` is unknown (${condition.reason})`);
  const truth = toBool(condition);
  if (truth === void 0) return invalid(`the condition \`${quote(expr.condition)}\` is not true or false`);
  return evaluate(truth ? expr.whenTrue : expr.whenFalse, scope);
}
function toBool(value) {
  if (value.kind !== "scalar") return void 0;
  if (typeof value.value === "boolean") return value.value;
  if (value.value === "true") return true;
  if (value.value === "false") return false;
  return void 0;
}
function toNumber(value) {
  if (value.kind !== "scalar") return void 0;
  if (typeof value.value === "number") return value.value;
  if (typeof value.value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value.value)) return Number(value.value);
  return void 0;
}
function unary(expr, scope) {
  const operand = evaluate(expr.operand, scope);
  if (operand.kind === "unknown") return unknownOf(operand.reason);
  if (expr.operator === "!") {
    const b = toBool(operand);
    return b === void 0 ? invalid(`\`${quote(expr)}\`: ! needs true or false`) : scalar2(!b);
  }
  const n = toNumber(operand);
  return n === void 0 ? invalid(`\`${quote(expr)}\`: - needs a number`) : scalar2(-n);
}
function binary(expr, scope) {
  const left = evaluate(expr.left, scope);
  if (expr.operator === "&&" || expr.operator === "||") return logical(expr.operator, left, evaluate(expr.right, scope), expr);
  const right = evaluate(expr.right, scope);
  if (expr.operator === "==" || expr.operator === "!=") {
    const equal = equalValues(left, right);
    const unknown = firstUnknown(left) ?? firstUnknown(right);
    if (equal === void 0) return unknownOf(unknown?.reason ?? `\`${quote(expr)}\` cannot be compared`);
    return scalar2(expr.operator === "==" ? equal : !equal);
  }
  if (left.kind === "unknown") return unknownOf(left.reason);
  if (right.kind === "unknown") return unknownOf(right.reason);
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === void 0 || b === void 0) return invalid(`\`${quote(expr)}\`: ${expr.operator} needs numbers`);
  return scalar2(arithmetic(expr.operator, a, b));
}
function logical(operator, left, right, expr) {
  const a = left.kind === "unknown" ? void 0 : toBool(left);
  const b = right.kind === "unknown" ? void 0 : toBool(right);
  if (left.kind !== "unknown" && a === void 0 || right.kind !== "unknown" && b === void 0) {
    return invalid(`\`${quote(expr)}\`: ${operator} needs true or false`);
  }
  if (operator === "&&" && (a === false || b === false)) return scalar2(false);
  if (operator === "||" && (a === true || b === true)) return scalar2(true);
  if (a === void 0 || b === void 0) return unknownOf((left.kind === "unknown" ? left : right).reason);
  return scalar2(operator === "&&" ? a && b : a || b);
}
function arithmetic(operator, a, b) {
  switch (operator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "%":
      return a % b;
  }
}
function forExpression(expr, scope) {
  const collection = complete(evaluate(expr.collection, scope));
  if (collection.kind === "unknown") return unknownOf(`\`${quote(expr.collection)}\` is unknown (${collection.reason})`);
  if (collection.kind === "scalar") return invalid(`\`${quote(expr.collection)}\` is a ${typeName(collection)}, not a collection to iterate`);
  const pairs = collection.kind === "list" ? collection.items.map((item, i) => [collection.set ? item : scalar2(i), item]) : sortedEntries(collection).map(([k, v]) => [scalar2(k), v]);
  scope.budget.spend(pairs.length);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const [key, value] of pairs) {
    const names = new Map(scope.names);
    if (expr.keyName !== void 0) names.set(expr.keyName, key);
    names.set(expr.valueName, value);
    const inner = { ...scope, names };
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner);
      if (keep.kind === "unknown") return unknownOf(`the condition \`${quote(expr.condition)}\` is unknown (${keep.reason})`);
      const b = toBool(keep);
      if (b === void 0) return invalid(`the condition \`${quote(expr.condition)}\` is not true or false`);
      if (!b) continue;
    }
    if (!expr.key) {
      items.push(evaluate(expr.value, inner));
      continue;
    }
    const k = evaluate(expr.key, inner);
    if (k.kind === "unknown") return unknownOf(`the key \`${quote(expr.key)}\` is unknown (${k.reason})`);
    const name = asText(k);
    if (name === void 0) return invalid(`the key \`${quote(expr.key)}\` is not text`);
    const v = evaluate(expr.value, inner);
    if (expr.grouping) groups.set(name, [...groups.get(name) ?? [], v]);
    else if (entries.has(name)) return invalid(`\`${quote(expr)}\` produces the key ${JSON.stringify(name)} twice; Terraform needs "..." to group them`);
    else entries.set(name, v);
  }
  if (!expr.key) return list(items);
  if (expr.grouping) return map(new Map([...groups].map(([k, v]) => [k, list(v)])));
  return map(entries);
}
function computedObject(entries, what) {
  return map(entries, `is not set in the configuration of ${what}; known after apply`);
}

// src/parsers/terraform/dynamic-blocks.ts
function dynamicIterations(dynamic, scope, address) {
  const name = iteratorOf(dynamic) ?? dynamic.labels[0] ?? "dynamic";
  const forEach = dynamic.body.attributes.get("for_each");
  const elements = forEach ? complete(evaluate(forEach.expr, scope)) : void 0;
  const iterator = (key, value) => ({
    name,
    value: map(
      /* @__PURE__ */ new Map([
        ["key", key],
        ["value", value]
      ])
    )
  });
  if (elements?.kind === "list") return elements.items.map((value, i) => iterator(elements.set ? value : scalar2(i), value));
  if (elements?.kind === "map") return sortedEntries(elements).map(([key, value]) => iterator(scalar2(key), value));
  const reason = elements?.kind === "unknown" ? elements.reason : elements ? "for_each is not a collection" : "the dynamic block has no for_each";
  const unknownIterator = unknownExpression(
    `\`${name}\` is an element of the dynamic block's for_each, which is unknown (${reason})`,
    `${address}:dynamic.${dynamic.labels[0] ?? ""}.${name}`,
    name
  );
  return [{ name, value: unknownIterator }];
}
function iteratorOf(dynamic) {
  const e = dynamic.body.attributes.get("iterator")?.expr;
  return e?.kind === "traversal" && e.steps.length === 0 ? e.root : void 0;
}

// src/parsers/terraform/hcl-attributes.ts
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
function instanceAttributes(block, scope, address, schema) {
  let listed;
  return {
    kind: "listed",
    // A .tf block lists what is written and the provider's defaults; an omitted Optional+Computed
    // attribute keeps whatever Terraform has, so its absence is no change.
    complete: false,
    list: () => {
      listed ??= listAttributes(block, { ...scope, budget: new Budget(ATTRIBUTE_STEPS) }, address, schema);
      return listed;
    }
  };
}
var ATTRIBUTE_STEPS = 1e6;
function listAttributes(block, scope, address, schema) {
  try {
    const object = blockObject(block, scope, address);
    return terraformAttributes({ values: object.values, unknown: object.unknown, withDefaults: true }, schema);
  } catch (error) {
    if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
    return /* @__PURE__ */ new Map([["(attributes)", unknownAttribute(true, {}, "(too complex to evaluate)")]]);
  }
}
function blockObject(block, scope, address) {
  const values2 = /* @__PURE__ */ Object.create(null);
  const unknown = /* @__PURE__ */ Object.create(null);
  for (const [name, attribute] of block.body.attributes) {
    if (META.has(name)) continue;
    const plain = plainOf2(evaluate(attribute.expr, scope));
    values2[name] = plain.value;
    if (plain.unknown !== void 0) unknown[name] = plain.unknown;
  }
  const nested = /* @__PURE__ */ new Map();
  const add = (type, object) => nested.set(type, [...nested.get(type) ?? [], object]);
  for (const child2 of block.body.blocks) {
    if (child2.type === "dynamic") {
      const type = child2.labels[0] ?? "";
      const content = child2.body.blocks.find((b) => b.type === "content");
      if (META.has(type) || !content) continue;
      for (const iterator of dynamicIterations(child2, scope, address)) {
        add(type, blockObject(content, { ...scope, names: new Map([...scope.names ?? [], [iterator.name, iterator.value]]) }, address));
      }
    } else if (!META.has(child2.type) && child2.labels.length === 0) add(child2.type, blockObject(child2, scope, address));
  }
  for (const [type, objects] of nested) {
    values2[type] = objects.map((o) => o.values);
    if (objects.some((o) => Object.keys(o.unknown).length > 0)) unknown[type] = objects.map((o) => o.unknown);
  }
  return { values: values2, unknown };
}
function plainOf2(value) {
  switch (value.kind) {
    case "scalar":
      return { value: value.value };
    case "unknown":
      return { value: void 0, unknown: true };
    case "list": {
      const items = value.items.map(plainOf2);
      return { value: items.map((i) => i.value), ...items.some((i) => i.unknown !== void 0) ? { unknown: items.map((i) => i.unknown ?? false) } : {} };
    }
    case "map": {
      if (value.computed !== void 0) return { value: void 0, unknown: true };
      const entries = sortedEntries(value).map(([k, v]) => [k, plainOf2(v)]);
      const unknown = entries.filter(([, p]) => p.unknown !== void 0);
      return {
        value: Object.fromEntries(entries.map(([k, p]) => [k, p.value])),
        ...unknown.length > 0 ? { unknown: Object.fromEntries(unknown.map(([k, p]) => [k, p.unknown])) } : {}
      };
    }
  }
}

// src/parsers/terraform/hcl.ts
var MACHINE2 = "hyperv_machine_instance";
var VHD2 = "hyperv_vhd";
function machineDraft2(positions, scope, context) {
  const f = (name) => field(positions, name, scope);
  return {
    attributes: instanceAttributes(positions.block, scope, context.address, MACHINE_INSTANCE_SCHEMA),
    address: context.address,
    configuration: context.configuration,
    format: "terraform",
    at: positions.whole,
    name: nameField(positions, scope),
    path: f("path"),
    generation: f("generation"),
    state: f("state"),
    checkpointType: f("checkpoint_type"),
    snapshotFileLocation: f("snapshot_file_location"),
    integrationServices: services(positions, scope),
    disks: disks(positions, scope, context)
  };
}
function vhdDraft2(positions, scope, address) {
  return {
    address,
    at: positions.whole,
    path: field(positions, "path", scope),
    vhdType: field(positions, "vhd_type", scope),
    parentPath: field(positions, "parent_path", scope)
  };
}
function nameField(positions, scope) {
  const a = positions.attribute("name");
  const name = field(positions, "name", scope);
  return a && name.kind === "known" ? { ...name, at: a.lines.span(a.start, a.end) } : name;
}
function field(positions, name, scope) {
  const a = positions.attribute(name);
  if (!a) return absent(positions.header);
  return fieldOf(evaluate(a.expr, scope), a.lines.span(a.start, a.end));
}
function fieldOf(v, at) {
  switch (v.kind) {
    case "scalar":
      return { kind: "known", value: v.value, at: v.at ?? at, written: true };
    case "unknown":
      return v.text === void 0 ? { kind: "unknown", at, reason: v.reason } : { kind: "unknown", at, reason: v.reason, partial: v.text };
    case "list":
    case "map":
      return { kind: "unknown", at, reason: `the value is a ${v.kind === "list" ? "list" : "map"}, not a single value`, mistyped: true };
  }
}
function services(positions, scope) {
  const a = positions.attribute("integration_services");
  if (!a) return absent(positions.header);
  const at = a.lines.span(a.start, a.end);
  if (a.expr.kind === "object") {
    const entries = [];
    for (const elem of a.expr.elems) {
      const key = objectKey(elem.key, scope);
      const elemAt = a.lines.span(elem.start, elem.end);
      if (key.kind !== "scalar") return { kind: "unknown", at: elemAt, reason: key.kind === "unknown" ? key.reason : "the key is not text" };
      entries.push({ key: String(key.value), at: elemAt, value: fieldOf(evaluate(elem.value, scope), elemAt) });
    }
    return { kind: "entries", at, entries };
  }
  const v = complete(evaluate(a.expr, scope));
  if (v.kind !== "map") return fieldOf(v, at);
  return { kind: "entries", at, entries: sortedEntries(v).map(([key, value]) => ({ key, at, value: fieldOf(value, at) })) };
}
function disks(positions, scope, context) {
  const out = [];
  for (const { positions: p, dynamic } of positions.nestedBlocks("hard_disk_drives")) {
    if (!dynamic) {
      out.push(diskDraft(p, scope, context));
      continue;
    }
    for (const iterator of dynamicIterations(dynamic, scope, context.address)) {
      out.push(diskDraft(p, { ...scope, names: new Map([...scope.names ?? [], [iterator.name, iterator.value]]) }, context));
    }
  }
  return out;
}
function diskDraft(positions, scope, context) {
  const f = (name) => field(positions, name, scope);
  const vhdAddress = referencedVhd(positions, scope, context);
  return {
    at: positions.whole,
    controllerType: f("controller_type"),
    controllerNumber: f("controller_number"),
    controllerLocation: f("controller_location"),
    path: f("path"),
    diskNumber: f("disk_number"),
    supportPersistentReservations: f("support_persistent_reservations"),
    ...vhdAddress !== void 0 ? { vhdAddress } : {}
  };
}
function referencedVhd(positions, scope, context) {
  const expr = positions.attribute("path")?.expr;
  if (expr?.kind !== "traversal") return void 0;
  const steps = expr.root === "resource" ? expr.steps.slice(1) : expr.steps;
  const type = expr.root === "resource" ? expr.steps[0] : { attr: expr.root };
  const [name, index] = steps;
  if (!type || !("attr" in type) || type.attr !== VHD2 || !name || !("attr" in name)) return void 0;
  if (!index || !("index" in index)) return context.vhdAddress(name.attr, void 0);
  const key = evaluate(index.index, scope);
  const keyText = key.kind === "scalar" && key.value !== null ? typeof key.value === "number" ? `[${key.value}]` : `[${JSON.stringify(String(key.value))}]` : "[*]";
  return context.vhdAddress(name.attr, keyText);
}

// src/parsers/terraform/instances.ts
var MAX_INSTANCES = 1e4;
function expand(block, scope, address) {
  const count = block.body.attributes.get("count");
  const forEach = block.body.attributes.get("for_each");
  if (count && forEach) return { ok: false, problem: `${address} sets both count and for_each, which Terraform rejects` };
  if (count) return expandCount(evaluate(count.expr, scope), quote(count.expr), address);
  if (forEach) return expandForEach(complete(evaluate(forEach.expr, scope)), quote(forEach.expr), address);
  return { ok: true, instances: [{ key: "" }] };
}
function expandCount(value, text, address) {
  if (value.kind === "unknown") {
    const reason = `count.index of ${address}[*]: its count \`${text}\` is unknown (${value.reason})`;
    return { ok: true, instances: [{ key: "[*]", count: unknownExpression(reason, `${address}[*]:count.index`, "count.index") }] };
  }
  const n = toNumber(value);
  if (n === void 0 || !Number.isInteger(n) || n < 0) return { ok: false, problem: `the count of ${address} (\`${text}\`) is not a whole number` };
  if (n > MAX_INSTANCES) return { ok: false, problem: `the count of ${address} is ${n}; hvgate expands at most ${MAX_INSTANCES} instances of one block` };
  return { ok: true, instances: Array.from({ length: n }, (_, i) => ({ key: `[${i}]`, count: scalar2(i) })) };
}
function expandForEach(value, text, address) {
  const unknown = value.kind === "unknown" ? value : value.kind === "list" ? firstUnknown(value) : void 0;
  if (unknown) {
    const reason = `its for_each \`${text}\` is unknown (${unknown.reason})`;
    const each = {
      key: unknownExpression(`each.key of ${address}[*]: ${reason}`, `${address}[*]:each.key`, "each.key"),
      value: unknownExpression(`each.value of ${address}[*]: ${reason}`, `${address}[*]:each.value`, "each.value")
    };
    return { ok: true, instances: [{ key: "[*]", each }] };
  }
  let pairs;
  if (value.kind === "map") pairs = sortedEntries(value);
  else if (value.kind === "list") {
    const keys2 = value.items.map(asText);
    if (keys2.some((k) => k === void 0)) return { ok: false, problem: `the for_each of ${address} (\`${text}\`) holds values that are not text` };
    pairs = [...new Set(keys2)].sort().map((k) => [k, scalar2(k)]);
  } else if (value.kind === "scalar" && value.value === null) {
    return { ok: false, problem: `the for_each of ${address} (\`${text}\`) is null` };
  } else return { ok: false, problem: `the for_each of ${address} (\`${text}\`) is not a map or a set` };
  if (pairs.length > MAX_INSTANCES)
    return { ok: false, problem: `the for_each of ${address} has ${pairs.length} elements; hvgate expands at most ${MAX_INSTANCES} instances of one block` };
  return { ok: true, instances: pairs.map(([key, v]) => ({ key: `[${JSON.stringify(key)}]`, each: { key: scalar2(key), value: v } })) };
}

// src/parsers/terraform/collect.ts
var MAX_MODULE_DEPTH = 16;
function collectConfiguration(root, configuration) {
  const out = { machines: [], vhds: [], diagnostics: [], unevaluated: [] };
  collectInstance(root, configuration, /* @__PURE__ */ new Map(), out);
  return out;
}
function collectInstance(instance, configuration, inherited, out) {
  const module = instance.module;
  const providers = new Map([...inherited, ...module.providerSources]);
  for (const resource of module.resources) {
    if (resource.node.broken) continue;
    out.unevaluated.push(...scriptedVms(resource));
    if (resource.node.type !== "resource") continue;
    const type = resource.node.labels[0] ?? "";
    const source = providerSource2(resource.node, providers);
    if ((type === MACHINE2 || type === VHD2) && (source === void 0 || isCompatibleProvider(source))) {
      guarded(resource.node, out, () => {
        collectResource(instance, resource, configuration, out);
      });
      continue;
    }
    const other = type === MACHINE2 && source !== void 0 ? incompatibleMachine(resource, source) : otherVmResource(resource);
    if (other) out.unevaluated.push(other);
  }
  for (const call of module.calls) {
    if (call.block.node.broken) continue;
    const calls = guarded(call.block.node, out, () => instance.callInstances(call));
    if (!calls) continue;
    if (calls.problem !== void 0) out.diagnostics.push(atBlock(call.block.node, "terraform-instances", calls.problem));
    for (const { child: child2 } of calls.instances) {
      if (child2.depth > MAX_MODULE_DEPTH) {
        out.diagnostics.push(
          atBlock(
            call.block.node,
            "terraform-module-depth",
            `module.${call.name}: modules nest more than ${MAX_MODULE_DEPTH} deep here (does a module call itself?); what lies deeper is not evaluated`
          )
        );
        break;
      }
      collectInstance(child2, configuration, providers, out);
    }
  }
}
function collectResource(instance, resource, configuration, out) {
  const block = resource.node;
  const [type, name] = block.labels;
  const address = `${instance.prefix}${type}.${name}`;
  const expansion = expand(block, instance.scope(), address);
  if (!expansion.ok) {
    out.diagnostics.push(atBlock(block, "terraform-instances", expansion.problem));
    return;
  }
  const positions = new BlockPositions(resource.file, block);
  out.diagnostics.push(...swappedArgumentsAndBlocks(block, type === VHD2 ? VHD_SCHEMA : MACHINE_INSTANCE_SCHEMA, address));
  for (const one of expansion.instances) {
    const scope = instance.scope(one);
    if (type === VHD2) out.vhds.push(vhdDraft2(positions, scope, `${address}${one.key}`));
    else
      out.machines.push(
        machineDraft2(positions, scope, {
          address: `${address}${one.key}`,
          configuration,
          vhdAddress: (vhd, key) => vhdAddressIn(instance.module, instance.prefix, vhd, key)
        })
      );
  }
}
function vhdAddressIn(module, prefix, name, key) {
  const vhd = module.resources.find((r) => r.node.type === "resource" && r.node.labels[0] === VHD2 && r.node.labels[1] === name);
  if (!vhd) return void 0;
  const repeated = vhd.node.body.attributes.has("count") || vhd.node.body.attributes.has("for_each");
  return `${prefix}${VHD2}.${name}${repeated ? key ?? "[*]" : ""}`;
}
function providerSource2(block, providers) {
  const explicit = block.body.attributes.get("provider")?.expr;
  const localName = explicit?.kind === "traversal" ? explicit.root : (block.labels[0] ?? "").split("_")[0] ?? "";
  return providers.get(localName);
}
function incompatibleMachine(resource, source) {
  const [type, name] = resource.node.labels;
  return {
    at: resource.node.lines.span(resource.node.start, resource.node.end),
    code: "terraform-other-provider",
    message: `${type}.${name} uses the provider ${JSON.stringify(source)}, whose schema the gate does not know; this VM is not evaluated`,
    fix: "Use the taliesins/hyperv provider (or a fork with its schema) for hyperv_machine_instance, or describe the VM in the hvgate/v1 format."
  };
}
function guarded(block, out, work) {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
    const [type, name] = block.type === "module" ? ["module", block.labels[0]] : block.labels;
    out.diagnostics.push(
      atBlock(
        block,
        "terraform-too-complex",
        `${type}.${name} cannot be evaluated: ${error instanceof EvaluationLimit ? error.message : "its expressions nest too deeply"}`
      )
    );
    return void 0;
  }
}
function atBlock(block, code, message) {
  return { at: block.lines.span(block.start, block.end), code, message, fix: "Simplify the configuration, or evaluate a `terraform show -json` plan of it." };
}

// src/parsers/terraform/hcl-json.ts
var TOP_LEVEL_LABELS = {
  resource: 2,
  data: 2,
  ephemeral: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  check: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0
};
var PROVISIONER = { blocks: { connection: 0 } };
var DYNAMIC = { blocks: { content: 0 }, expression: ["iterator"] };
var RESOURCE_META = { lifecycle: 0, connection: 0, provisioner: 1, dynamic: 1 };
var RESOURCE_BLOCKS = {
  hyperv_machine_instance: { hard_disk_drives: 0, dvd_drives: 0, network_adaptors: 0, vm_firmware: 0, vm_processor: 0, timeouts: 0 },
  hyperv_vhd: { timeouts: 0 }
};
function resourceSchema(type) {
  const own = RESOURCE_BLOCKS[type] ?? {};
  return {
    blocks: { ...RESOURCE_META, ...own },
    nested: { provisioner: PROVISIONER, dynamic: DYNAMIC, vm_firmware: { blocks: { boot_order: 0 } } },
    expression: ["provider", "depends_on"]
  };
}
var TOP_LEVEL_SCHEMAS = {
  resource: (labels) => resourceSchema(labels[0] ?? ""),
  data: (labels) => resourceSchema(labels[0] ?? ""),
  module: () => ({ literal: ["source", "version"], expression: ["providers", "depends_on"] }),
  variable: () => ({ blocks: { validation: 0 }, literal: ["default", "description"], expression: ["type"] }),
  output: () => ({ expression: ["depends_on"] }),
  terraform: () => ({ blocks: { required_providers: 0, backend: 1, cloud: 0 }, nested: { required_providers: { literal: ["*"] } } })
};
async function parseTfJsonFile(path, text) {
  const lines = new LineIndex(path, text);
  const empty = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
  let root;
  try {
    root = parseJsonTree(text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { path, text, lines, body: empty, syntaxError: syntaxError(lines, error.offset, `not valid JSON: ${error.message}`) };
  }
  if (root.kind !== "object") {
    return { path, text, lines, body: empty, syntaxError: syntaxError(lines, root.start, "a Terraform JSON file must be one JSON object") };
  }
  const reader = new JsonBodyReader(lines);
  const blocks = [];
  for (const [type, member2] of root.members) {
    if (type === "//") continue;
    const labels = TOP_LEVEL_LABELS[type];
    if (labels === void 0) {
      reader.problem(member2.keyStart, `"${type}" is not a block type Terraform knows at the top of a configuration file`);
      continue;
    }
    for (const block of await reader.labelled(type, member2, labels, [], (l) => TOP_LEVEL_SCHEMAS[type]?.(l) ?? {})) blocks.push(block);
  }
  const problem = reader.firstProblem;
  return { path, text, lines, body: { attributes: /* @__PURE__ */ new Map(), blocks }, ...problem ? { syntaxError: problem } : {} };
}
var JsonBodyReader = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  firstProblem;
  problem(offset, message) {
    this.firstProblem ??= syntaxError(this.lines, offset, message);
  }
  /** `{"type": {"label": {"label": body}}}`: one block per body, a body being an object or an array of them. */
  async labelled(type, member2, labels, given, schemaOf) {
    const value = member2.value;
    if (labels > 0) {
      if (value.kind !== "object") {
        this.problem(value.start, `"${type}" needs ${labels} more label${labels === 1 ? "" : "s"} here, as an object key`);
        return [];
      }
      const out2 = [];
      for (const [label, inner] of value.members) {
        if (label === "//") continue;
        for (const block of await this.labelled(type, inner, labels - 1, [...given, label], schemaOf)) out2.push(block);
      }
      return out2;
    }
    const bodies = value.kind === "array" ? value.items.map((item) => ({ node: item, start: item.start })) : [{ node: value, start: member2.keyStart }];
    const out = [];
    for (const { node, start } of bodies) {
      if (node.kind !== "object") {
        this.problem(node.start, `the body of a "${type}" block must be a JSON object`);
        continue;
      }
      out.push({ type, labels: given, body: await this.body(node, schemaOf(given)), start, end: node.end, broken: false, lines: this.lines });
    }
    return out;
  }
  async body(node, schema) {
    const attributes = /* @__PURE__ */ new Map();
    const blocks = [];
    for (const [name, member2] of node.members) {
      if (name === "//") continue;
      const labels = schema.blocks?.[name];
      if (labels !== void 0) {
        const nested = schema.nested?.[name] ?? {};
        for (const block of await this.labelled(name, member2, labels, [], () => nested)) blocks.push(block);
        continue;
      }
      const mode = schema.literal?.includes(name) || schema.literal?.includes("*") ? "literal" : schema.expression?.includes(name) ? "expression" : "template";
      const expr = await this.expression(member2.value, mode);
      attributes.set(name, { name, start: member2.keyStart, end: member2.value.end, expr, lines: this.lines });
    }
    return { attributes, blocks };
  }
  async expression(node, mode) {
    const source = this.lines.text;
    const { start, end } = node;
    if (node.kind === "array") {
      const items = [];
      for (const item of node.items) items.push(await this.expression(item, mode));
      return { kind: "tuple", items, start, end, source };
    }
    if (node.kind === "object") {
      const elems = [];
      for (const [key, member2] of node.members) {
        const keyExpr = { kind: "literal", value: key, start: member2.keyStart, end: member2.keyStart + key.length + 2, source };
        elems.push({ key: keyExpr, value: await this.expression(member2.value, mode), start: member2.keyStart, end: member2.value.end });
      }
      return { kind: "object", elems, start, end, source };
    }
    const value = node.value;
    if (typeof value !== "string" || mode === "literal") return { kind: "literal", value, start, end, source };
    if (mode === "template" && !value.includes("{")) return { kind: "literal", value, start, end, source };
    const parsed = await parseExpressionText(value, mode);
    if (parsed) return parsed;
    this.problem(start, `${JSON.stringify(value.slice(0, 60))} is not a valid Terraform ${mode === "template" ? "template" : "expression"}`);
    return { kind: "computed", what: "an expression that does not parse", start, end, source };
  }
};
function syntaxError(lines, offset, message) {
  return {
    at: lines.span(offset, offset + 1),
    code: "terraform-json-syntax",
    message,
    fix: "Fix the file so that it follows the Terraform JSON syntax (terraform validate reports the same place)."
  };
}

// src/parsers/terraform/module.ts
function hasTofuFiles(files) {
  return files.some((f) => terraformFileKind(f.path)?.tofu);
}
function filesFor(files, reader) {
  if (reader === "terraform") return files.filter((f) => !terraformFileKind(f.path)?.tofu);
  const stemOf = (f) => `${terraformFileKind(f.path)?.syntax ?? ""}:${terraformStem(f.path)}`;
  const isTofu = (f) => terraformFileKind(f.path)?.tofu === true;
  const tofuStems = new Set(files.filter(isTofu).map(stemOf));
  return files.filter((f) => isTofu(f) || !tofuStems.has(stemOf(f)));
}
function buildModule(dir, all) {
  const byName = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const primary = all.filter((f) => !terraformFileKind(f.path)?.override).sort(byName);
  const overrides = all.filter((f) => terraformFileKind(f.path)?.override).sort(byName);
  const builder = new ModuleBuilder(dir);
  for (const file of primary) for (const block of file.body.blocks) builder.add(file, block);
  for (const file of overrides) for (const block of file.body.blocks) builder.override(file, block);
  return builder.finish([...primary, ...overrides]);
}
var ModuleBuilder = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  blocks = [];
  locals = /* @__PURE__ */ new Map();
  providerSources = /* @__PURE__ */ new Map();
  diagnostics = [];
  add(file, block) {
    if (block.type === "locals") {
      for (const [name, attribute] of block.body.attributes) this.locals.set(name, { file, node: attribute });
      return;
    }
    if (block.type === "terraform") this.requiredProviders(block);
    this.blocks.push({ file, node: block });
  }
  override(file, block) {
    if (block.type === "locals") {
      for (const [name, attribute] of block.body.attributes) {
        if (!this.locals.has(name)) this.missingBase(file, block, `local.${name}`);
        this.locals.set(name, { file, node: attribute });
      }
      return;
    }
    if (block.type === "terraform") this.requiredProviders(block);
    const index = this.blocks.findIndex((b) => b.node.type === block.type && sameLabels(b.node.labels, block.labels));
    if (index < 0) {
      if (block.type !== "terraform") this.missingBase(file, block, [block.type, ...block.labels].join("."));
      return;
    }
    const base = this.blocks[index];
    if (base) this.blocks[index] = { file: base.file, node: mergeBlock(base.node, block) };
  }
  finish(files) {
    const variables = /* @__PURE__ */ new Map();
    const outputs = /* @__PURE__ */ new Map();
    const resources = [];
    const calls = [];
    const providerBlocks = [];
    let terraformBlock;
    for (const located of this.blocks) {
      const block = located.node;
      const name = block.labels[0];
      if (block.type === "variable" && name !== void 0) variables.set(name, located);
      else if (block.type === "output" && name !== void 0) outputs.set(name, located);
      else if ((block.type === "resource" || block.type === "data") && block.labels.length >= 2) resources.push(located);
      else if (block.type === "module" && name !== void 0)
        calls.push({ name, block: located, source: literalText(block.body.attributes.get("source")?.expr) });
      else if (block.type === "provider") providerBlocks.push(located);
      else if (block.type === "terraform") terraformBlock ??= located;
    }
    return {
      dir: this.dir,
      files,
      variables,
      locals: this.locals,
      outputs,
      resources,
      calls,
      providerBlocks,
      providerSources: this.providerSources,
      terraformBlock,
      diagnostics: this.diagnostics
    };
  }
  /** `required_providers { hv = { source = "taliesins/hyperv" } }`, and the pre-0.13 string form. */
  requiredProviders(block) {
    for (const required of block.body.blocks.filter((b) => b.type === "required_providers")) {
      for (const [localName, attribute] of required.body.attributes) {
        const expr = attribute.expr;
        const source = expr.kind === "object" ? literalText(expr.elems.find((e) => objectKeyText(e.key) === "source")?.value) : void 0;
        this.providerSources.set(localName, source ?? `hashicorp/${localName}`);
      }
    }
  }
  missingBase(file, block, what) {
    this.diagnostics.push({
      at: file.lines.span(block.start, block.end),
      code: "terraform-override-without-base",
      message: `the override file ${file.path} overrides ${what}, which no other file of ${this.dir || "the root module"} defines; Terraform rejects this`,
      fix: "Define the block in a configuration file of the module, or remove it from the override file."
    });
  }
};
function sameLabels(a, b) {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}
function mergeBlock(base, override) {
  const attributes = new Map(base.body.attributes);
  for (const [name, attribute] of override.body.attributes) attributes.set(name, attribute);
  const replaced = new Set(override.body.blocks.map((b) => generatedType(b)));
  const blocks = base.body.blocks.filter((b) => !replaced.has(generatedType(b)));
  for (const b of override.body.blocks) {
    const baseLifecycle = b.type === "lifecycle" ? base.body.blocks.find((x) => x.type === "lifecycle") : void 0;
    blocks.push(baseLifecycle ? mergeBlock(baseLifecycle, b) : b);
  }
  return { ...base, body: { attributes, blocks }, broken: base.broken || override.broken };
}
function generatedType(block) {
  return block.type === "dynamic" ? block.labels[0] ?? "" : block.type;
}
function literalText(expr) {
  if (expr?.kind === "literal" && typeof expr.value === "string") return expr.value;
  if (expr?.kind === "template" && !expr.directive && expr.parts.every((p) => "literal" in p))
    return expr.parts.map((p) => "literal" in p ? p.literal : "").join("");
  return void 0;
}

// src/parsers/terraform/type-constraints.ts
var ANY = { kind: "any" };
function readTypeConstraint(expr) {
  if (expr.kind === "traversal" && expr.steps.length === 0) {
    return expr.root === "string" || expr.root === "number" || expr.root === "bool" ? { kind: expr.root } : ANY;
  }
  if (expr.kind !== "call") return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expr.name, element: first ? readTypeConstraint(first) : ANY };
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map(readTypeConstraint) } : ANY;
    case "object": {
      if (first?.kind !== "object") return ANY;
      const attributes = /* @__PURE__ */ new Map();
      for (const elem of first.elems) {
        const name = elem.key.kind === "traversal" && elem.key.steps.length === 0 ? elem.key.root : elem.key.kind === "literal" ? String(elem.key.value) : void 0;
        if (name === void 0) continue;
        const v = elem.value;
        if (v.kind === "call" && v.name === "optional") {
          const [type, fallback] = v.args;
          attributes.set(name, { type: type ? readTypeConstraint(type) : ANY, optional: true, ...fallback ? { fallback } : {} });
        } else attributes.set(name, { type: readTypeConstraint(v), optional: false });
      }
      return { kind: "object", attributes };
    }
    default:
      return ANY;
  }
}
function convert(value, type, constant, what) {
  if (value.kind === "unknown" || type.kind === "any") return value;
  if (value.kind === "scalar" && value.value === null) return value;
  switch (type.kind) {
    case "string": {
      const text = asText(value);
      return text === void 0 ? invalid(`${what} must be text, not a ${typeName(value)}`) : convertedScalar(text, value);
    }
    case "number": {
      const n = toNumber(value);
      return n === void 0 ? invalid(`${what} must be a number, not ${JSON.stringify(value.kind === "scalar" ? value.value : typeName(value))}`) : convertedScalar(n, value);
    }
    case "bool": {
      const b = toBool(value);
      return b === void 0 ? invalid(`${what} must be true or false`) : convertedScalar(b, value);
    }
    case "list":
    case "set": {
      if (value.kind !== "list") return invalid(`${what} must be a ${type.kind}, not a ${typeName(value)}`);
      const items = value.items.map((item, i) => convert(item, type.element, constant, `${what}[${i}]`));
      return type.kind === "set" ? toSetValue(items, what) : list(items);
    }
    case "tuple": {
      if (value.kind !== "list") return invalid(`${what} must be a tuple, not a ${typeName(value)}`);
      return list(value.items.map((item, i) => convert(item, type.elements[i] ?? ANY, constant, `${what}[${i}]`)));
    }
    case "map": {
      if (value.kind !== "map") return invalid(`${what} must be a map, not a ${typeName(value)}`);
      return map(new Map([...value.entries].map(([k, v]) => [k, convert(v, type.element, constant, `${what}["${k}"]`)])), value.computed);
    }
    case "object":
      return convertObject(value, type.attributes, constant, what);
  }
}
function convertObject(value, attributes, constant, what) {
  if (value.kind !== "map") return invalid(`${what} must be an object, not a ${typeName(value)}`);
  const entries = /* @__PURE__ */ new Map();
  for (const [name, attribute] of attributes) {
    const given = value.entries.get(name);
    const isNull = !given || given.kind === "scalar" && given.value === null;
    if (!isNull) {
      entries.set(name, convert(given, attribute.type, constant, `${what}.${name}`));
      continue;
    }
    if (!given && value.computed !== void 0) {
      entries.set(name, unknownOf(`${what}.${name} ${value.computed}`));
      continue;
    }
    if (!attribute.optional) {
      entries.set(name, given ?? invalid(`${what} has no attribute "${name}", which its type requires`));
      continue;
    }
    const fallback = attribute.fallback ? convert(constant(attribute.fallback), attribute.type, constant, `${what}.${name}`) : NULL;
    entries.set(name, fallback);
  }
  return map(entries);
}

// src/parsers/terraform/module-instance.ts
var ModuleInstance = class _ModuleInstance {
  constructor(module, prefix, inputs, missingInput, context, depth) {
    this.module = module;
    this.prefix = prefix;
    this.inputs = inputs;
    this.missingInput = missingInput;
    this.context = context;
    this.depth = depth;
  }
  module;
  prefix;
  inputs;
  missingInput;
  context;
  depth;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  calls = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  /** The scope of the module's own expressions; a block with count or for_each adds its instance. */
  scope(instance) {
    return {
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      resource: (type, name) => this.resource(type, name),
      module: (name) => this.moduleOutputs(name),
      ...instance?.each ? { each: instance.each } : {},
      ...instance?.count ? { count: instance.count } : {},
      context: this.prefix,
      budget: this.context.budget
    };
  }
  /** The instances of a module call this module makes; undefined for a call that is not followed. */
  callInstances(call) {
    if (this.calls.has(call.name)) return this.calls.get(call.name);
    const child2 = this.context.moduleAt(this.module, call);
    let result;
    if (child2) {
      const address = `${this.prefix}module.${call.name}`;
      const expansion = expand(call.block.node, this.scope(), address);
      result = expansion.ok ? { instances: expansion.instances.map((instance) => this.childInstance(call, instance, child2, address)) } : { instances: [], problem: expansion.problem };
    }
    this.calls.set(call.name, result);
    return result;
  }
  childInstance(call, instance, child2, address) {
    const scope = this.scope(instance);
    const inputs = (name) => {
      const a = call.block.node.body.attributes.get(name);
      return a ? evaluate(a.expr, scope) : void 0;
    };
    const prefix = `${address}${instance.key}.`;
    return { call, instance, child: new _ModuleInstance(child2, prefix, inputs, `module.${call.name} does not set it`, this.context, this.depth + 1) };
  }
  variable(name) {
    const cached = this.variables.get(name);
    if (cached) return cached;
    const declared = this.module.variables.get(name);
    const value = declared ? this.variableValue(name, declared) : invalid(`var.${name} is not declared in ${this.where()}`);
    this.variables.set(name, value);
    return value;
  }
  variableValue(name, declared) {
    const body = declared.node.body;
    const typeExpr = body.attributes.get("type")?.expr;
    const given = this.inputs(name);
    const fallback = body.attributes.get("default");
    const nullable = body.attributes.get("nullable");
    const nullTakesDefault = nullable !== void 0 && toBool(evaluate(nullable.expr, constantScope(this.context.budget))) === false;
    let value;
    if (given !== void 0 && !(given.kind === "scalar" && given.value === null && nullTakesDefault && fallback)) value = given;
    else if (fallback) value = evaluate(fallback.expr, constantScope(this.context.budget));
    else {
      const reason = `var.${name} has no default and ${this.missingInput}`;
      return unknownExpression(reason, `${this.prefix}var.${name}`, `var.${name}`);
    }
    if (!typeExpr) return value;
    return convert(value, readTypeConstraint(typeExpr), (e) => evaluate(e, constantScope(this.context.budget)), `var.${name}`);
  }
  local(name) {
    const cached = this.locals.get(name);
    if (cached) return cached;
    const local = this.module.locals.get(name);
    if (!local) return invalid(`local.${name} is not defined in ${this.where()}`);
    return this.guarded(`local.${name}`, () => evaluate(local.node.expr, this.scope()), this.locals, name);
  }
  /** A resource of this module as other expressions see it: its configured attributes, per instance. */
  resource(type, name) {
    const key = `${type}.${name}`;
    const cached = this.resources.get(key);
    if (cached) return cached;
    const located = this.module.resources.find((r) => r.node.type === "resource" && r.node.labels[0] === type && r.node.labels[1] === name);
    if (!located) return void 0;
    return this.guarded(key, () => this.resourceValue(located.node, key), this.resources, key);
  }
  resourceValue(block, key) {
    const address = `${this.prefix}${key}`;
    const expansion = expand(block, this.scope(), address);
    if (!expansion.ok) return invalid(expansion.problem);
    const objects = expansion.instances.map((instance) => {
      const scope = this.scope(instance);
      const entries = /* @__PURE__ */ new Map();
      for (const [attribute, a] of block.body.attributes)
        if (attribute !== "count" && attribute !== "for_each") entries.set(attribute, evaluate(a.expr, scope));
      return [instance, computedObject(entries, `${address}${instance.key}`)];
    });
    const only = objects[0];
    if (objects.length === 1 && only?.[0].key === "") return only[1];
    if (only?.[0].key === "[*]") return unknownOf(`\`${address}\` has an unknown number of instances`);
    if (block.body.attributes.has("count")) return list(objects.map(([, o]) => o));
    return map(new Map(objects.map(([instance, o]) => [JSON.parse(instance.key.slice(1, -1)), o])));
  }
  moduleOutputs(name) {
    const call = this.module.calls.find((c) => c.name === name);
    if (!call) return void 0;
    const instances = this.callInstances(call)?.instances;
    if (!instances) return void 0;
    const outputsOf = (child2) => {
      const entries = /* @__PURE__ */ new Map();
      for (const [output, located] of child2.module.outputs) {
        const value = located.node.body.attributes.get("value");
        if (value) entries.set(output, evaluate(value.expr, child2.scope()));
      }
      return computedObject(entries, `module.${name}`);
    };
    const only = instances[0];
    if (instances.length === 1 && only?.instance.key === "") return outputsOf(only.child);
    if (only?.instance.key === "[*]") return unknownOf(`\`module.${name}\` has an unknown number of instances`);
    if (call.block.node.body.attributes.has("count")) return list(instances.map((i) => outputsOf(i.child)));
    return map(new Map(instances.map((i) => [JSON.parse(i.instance.key.slice(1, -1)), outputsOf(i.child)])));
  }
  /** Evaluates once and caches; a value that needs itself is Terraform's cycle error. */
  guarded(what, compute, cache, key) {
    if (this.evaluating.has(what)) return invalid(`${what} refers to itself`);
    this.evaluating.add(what);
    try {
      const value = compute();
      cache.set(key, value);
      return value;
    } finally {
      this.evaluating.delete(what);
    }
  }
  where() {
    return this.module.dir || "the root module";
  }
};
function constantScope(budget) {
  const none = (what) => invalid(`${what} cannot be used in a default value`);
  return {
    variable: (n) => none(`var.${n}`),
    local: (n) => none(`local.${n}`),
    resource: () => void 0,
    module: () => void 0,
    context: "",
    budget
  };
}

// src/parsers/terraform/configuration.ts
var STEPS_PER_CONFIGURATION = 5e6;
async function parseTerraformConfiguration(input) {
  const repository = new RepositoryModules(input.directories);
  await repository.addSelected(input.files, input.tfvars ?? []);
  await repository.followCalls();
  const machines = [];
  const vhds = [];
  const notices = [];
  const diagnostics = [...repository.diagnostics];
  const unevaluated = [...repository.unevaluated];
  for (const root of repository.roots()) {
    if (input.replacedRoots?.has(root)) continue;
    const result = await evaluateConfiguration(root, repository);
    for (const machine of result.machines) machines.push(machine);
    for (const vhd of result.vhds) vhds.push(vhd);
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    for (const diagnostic of result.unevaluated) unevaluated.push(diagnostic);
    if (result.machines.length === 0) {
      const notice = providerWithoutVms(repository.module(root, "terraform"));
      if (notice) notices.push(notice);
    }
  }
  const built = buildMachines(machines, vhds);
  return {
    vms: built.vms,
    jobs: [],
    hosts: [],
    exceptions: [],
    diagnostics: [...unique(diagnostics), ...built.diagnostics],
    notices,
    unevaluated: unique(unevaluated),
    files: repository.filesRead()
  };
}
var RepositoryModules = class {
  constructor(reader) {
    this.reader = reader;
  }
  reader;
  diagnostics = [];
  unevaluated = [];
  parsed = /* @__PURE__ */ new Map();
  variableFiles = /* @__PURE__ */ new Map();
  selected = /* @__PURE__ */ new Set();
  called = /* @__PURE__ */ new Set();
  views = /* @__PURE__ */ new Map();
  /** Where each local call leads: `dir\0name` → target directory, when it is read. */
  targets = /* @__PURE__ */ new Map();
  /** What the reader found in each directory it was asked for. */
  listings = /* @__PURE__ */ new Map();
  paths = [];
  async addSelected(files, tfvars) {
    for (const file of files) {
      await this.addFile(file);
      this.selected.add(dirnameOf(file.path));
    }
    for (const file of tfvars) this.addVariables(file);
    for (const dir of [...this.selected].sort()) await this.readDirectory(dir);
  }
  /** Loads every directory that a local module call reaches, and notes the calls that cannot be followed. */
  async followCalls() {
    const queue = [...this.parsed.keys()].sort();
    const visited = /* @__PURE__ */ new Set();
    for (let dir = queue.shift(); dir !== void 0; dir = queue.shift()) {
      if (visited.has(dir)) continue;
      visited.add(dir);
      for (const call of this.callsIn(dir)) {
        const target = await this.resolveCall(dir, call);
        if (target === void 0) continue;
        this.targets.set(`${dir}\0${call.name}`, target);
        this.called.add(target);
        queue.push(target);
      }
    }
  }
  /** Selected directories that no module call points at. */
  roots() {
    return [...this.selected].filter((dir) => !this.called.has(dir) && this.parsed.has(dir)).sort();
  }
  module(dir, reader) {
    const key = `${reader}:${dir}`;
    let view = this.views.get(key);
    const files = this.parsed.get(dir);
    if (!view && files) {
      view = buildModule(dir, filesFor(files, reader));
      this.views.set(key, view);
      for (const d of view.diagnostics) this.diagnostics.push(d);
    }
    return view;
  }
  target(from, call) {
    return this.targets.get(`${from.dir}\0${call.name}`);
  }
  hasTofuFiles(dir) {
    return hasTofuFiles(this.parsed.get(dir) ?? []);
  }
  /** The root's tfvars in Terraform's order: terraform.tfvars, terraform.tfvars.json, *.auto.tfvars[.json], then files named explicitly. */
  async rootVariables(root) {
    const files = [...this.variableFiles.get(root) ?? []].sort((a, b) => {
      const [ra, rb] = [automaticVariablesRank(a.path) ?? "9", automaticVariablesRank(b.path) ?? "9"];
      return ra < rb ? -1 : ra > rb ? 1 : 0;
    });
    const values2 = /* @__PURE__ */ new Map();
    for (const file of files) for (const [name, value] of await readVariablesFile(file, this.diagnostics)) values2.set(name, value);
    return values2;
  }
  filesRead() {
    return [...new Set(this.paths)];
  }
  callsIn(dir) {
    const calls = /* @__PURE__ */ new Map();
    for (const reader of ["opentofu", "terraform"]) for (const call of this.module(dir, reader)?.calls ?? []) calls.set(call.name, call);
    return [...calls.values()];
  }
  async resolveCall(dir, call) {
    const source = call.source;
    if (call.block.node.broken) return void 0;
    if (source === void 0) {
      this.diagnostics.push(callProblem(call, "terraform-module-source", `module.${call.name} has no literal source; Terraform requires one`));
      return void 0;
    }
    if (!/^\.\.?\//.test(source) && source !== "." && source !== "..") {
      this.unevaluated.push(remoteModule(call.block, call.name, source));
      return void 0;
    }
    const target = joinPath(dir, source);
    const listing = this.parsed.has(target) ? "files" : await this.readDirectory(target);
    if (this.parsed.has(target)) return target;
    const why = listing === "outside" ? "leads outside the repository; it is not read" : `(${target || "."}) ${this.reader ? "does not exist in the repository" : "is not among the files read"}`;
    this.diagnostics.push(
      callProblem(
        call,
        listing === "outside" ? "terraform-module-outside" : "terraform-module-not-found",
        `module.${call.name}: its source ${JSON.stringify(source)} ${why}, so its VMs cannot be evaluated`
      )
    );
    return void 0;
  }
  /** Reads the Terraform files of a directory once; says what the reader found there. */
  async readDirectory(dir) {
    if (!this.reader) return void 0;
    const known = this.listings.get(dir);
    if (known) return known;
    const listing = await this.reader.read(dir);
    this.listings.set(dir, listing.kind);
    if (listing.kind !== "files") return listing.kind;
    for (const diagnostic of listing.diagnostics) this.diagnostics.push(diagnostic);
    const read = /* @__PURE__ */ new Set([...(this.parsed.get(dir) ?? []).map((f) => f.path), ...(this.variableFiles.get(dir) ?? []).map((f) => f.path)]);
    for (const file of listing.files) {
      if (read.has(file.path)) continue;
      const kind = terraformFileKind(file.path);
      if (kind?.role === "configuration") await this.addFile(file);
      else if (kind?.role === "variables" && automaticVariablesRank(file.path) !== void 0) this.addVariables(file);
    }
    return "files";
  }
  async addFile(file) {
    const kind = terraformFileKind(file.path);
    const parsed = kind?.syntax === "json" ? await parseTfJsonFile(file.path, file.text) : await parseHclFile(file.path, file.text);
    if (parsed.syntaxError) this.diagnostics.push(parsed.syntaxError);
    const dir = dirnameOf(file.path);
    this.parsed.set(dir, [...this.parsed.get(dir) ?? [], parsed]);
    this.paths.push(file.path);
  }
  addVariables(file) {
    const dir = dirnameOf(file.path);
    this.variableFiles.set(dir, [...this.variableFiles.get(dir) ?? [], file]);
    this.paths.push(file.path);
  }
};
async function evaluateConfiguration(root, repository) {
  const readers = closureOf(root, repository).some((dir) => repository.hasTofuFiles(dir)) ? ["opentofu", "terraform"] : ["terraform"];
  const variables = await repository.rootVariables(root);
  const result = { machines: [], vhds: [], diagnostics: [], unevaluated: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const reader of readers) {
    const rootModule = repository.module(root, reader);
    if (!rootModule) continue;
    const context = {
      budget: new Budget(STEPS_PER_CONFIGURATION),
      moduleAt: (from, call) => {
        const target = repository.target(from, call);
        return target === void 0 ? void 0 : repository.module(target, reader);
      }
    };
    const instance = new ModuleInstance(rootModule, "", (name) => variables.get(name), "no .tfvars value", context, 0);
    const view = collectConfiguration(instance, root);
    for (const machine of view.machines) if (once(seen, draftSignature(machine))) result.machines.push(machine);
    for (const vhd of view.vhds) if (once(seen, draftSignature(vhd))) result.vhds.push(vhd);
    for (const diagnostic of view.diagnostics) result.diagnostics.push(diagnostic);
    for (const diagnostic of view.unevaluated) result.unevaluated.push(diagnostic);
  }
  return result;
}
function once(seen, key) {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
function closureOf(root, repository) {
  const dirs = /* @__PURE__ */ new Set([root]);
  const queue = [root];
  for (let dir = queue.shift(); dir !== void 0; dir = queue.shift()) {
    for (const reader of ["opentofu", "terraform"]) {
      const module = repository.module(dir, reader);
      for (const call of module?.calls ?? []) {
        const target = module ? repository.target(module, call) : void 0;
        if (target !== void 0 && !dirs.has(target)) {
          dirs.add(target);
          queue.push(target);
        }
      }
    }
  }
  return [...dirs];
}
function unique(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = `${formatSpan(d.at)}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function draftSignature(draft) {
  return JSON.stringify(draft, (key, value) => key === "at" ? void 0 : value);
}
function providerWithoutVms(module) {
  if (!module) return void 0;
  const provider = module.providerBlocks.find((p) => p.node.labels[0] === "hyperv");
  const source = module.providerSources.get("hyperv");
  const block = provider ?? (source !== void 0 && isCompatibleProvider(source) ? module.terraformBlock : void 0);
  if (!block) return void 0;
  return `${formatSpan(block.node.lines.span(block.node.start))}: this configuration sets up the Hyper-V provider but defines no hyperv_machine_instance, so there is nothing to evaluate in it.`;
}
function callProblem(call, code, message) {
  const source = call.block.node.body.attributes.get("source");
  const at = source ? source.lines.span(source.start, source.end) : call.block.node.lines.span(call.block.node.start, call.block.node.end);
  return { at, code, message, fix: "Point the module source at a directory of the repository that holds the module (./ or ../ paths)." };
}
async function readVariablesFile(file, diagnostics) {
  const values2 = /* @__PURE__ */ new Map();
  if (terraformFileKind(file.path)?.syntax === "json") {
    try {
      const parsed2 = JSON.parse(file.text.replace(/^\uFEFF/, ""));
      if (parsed2 !== null && typeof parsed2 === "object" && !Array.isArray(parsed2)) for (const [k, v] of Object.entries(parsed2)) values2.set(k, fromPlain(v));
      else
        diagnostics.push({
          at: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 2 },
          code: "tfvars-json",
          message: "a .tfvars.json file must be one JSON object"
        });
    } catch (error) {
      diagnostics.push({
        at: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
        code: "tfvars-json",
        message: `not valid JSON: ${error.message}`
      });
    }
    return values2;
  }
  const parsed = await parseHclFile(file.path, file.text);
  if (parsed.syntaxError) diagnostics.push(parsed.syntaxError);
  const constants = {
    variable: (n) => invalid(`var.${n} cannot be used in a .tfvars file`),
    local: (n) => invalid(`local.${n} cannot be used in a .tfvars file`),
    resource: () => void 0,
    module: () => void 0,
    context: "",
    budget: new Budget(STEPS_PER_CONFIGURATION)
  };
  for (const [name, a] of parsed.body.attributes) {
    try {
      const value = evaluate(a.expr, constants);
      values2.set(name, value.kind === "scalar" ? { ...value, at: a.lines.span(a.start, a.end) } : value);
    } catch (error) {
      if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
      diagnostics.push({ at: a.lines.span(a.start, a.end), code: "terraform-too-complex", message: `${name} in ${file.path} is too large to evaluate` });
    }
  }
  return values2;
}

// src/parsers/terraform/plan-roots.ts
async function readTerraform(files) {
  const sources = await PlanSources.build(files.configuration);
  const attributes = files.attributes ?? true;
  const estates = [];
  const standIns = /* @__PURE__ */ new Map();
  const givenPlans = [];
  for (const file of files.givenPlans ?? []) {
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources, attributes, before: files.givenPlansBefore ?? false });
    givenPlans.push({ file: file.path, plan, root: plan.root });
    if (plan.root.kind === "root") standIns.set(plan.root.dir, plan.after.vms);
    estates.push(plan.after);
  }
  for (const { root, estate } of files.before ?? []) {
    if (root !== void 0) standIns.set(root, estate.vms);
    estates.push(estate);
  }
  for (const file of files.states) {
    const state = parseTerraformState({ file: file.path, text: file.text, sources, attributes });
    const root = state.root.kind === "root" ? state.root.dir : void 0;
    if (root === void 0) estates.push(state.estate);
    else if (files.before && !standIns.has(root)) {
      standIns.set(root, state.estate.vms);
      estates.push(state.estate);
    } else {
      estates.push({
        ...emptyEstate,
        diagnostics: state.estate.diagnostics,
        files: [file.path],
        notices: [
          `${formatSpan(fileStart(file.path))}: this state is the current state of the configuration in ${folder(root)}; the configuration is what the change proposes, so it is evaluated, and hvgate plan compares it with the base's state.`
        ]
      });
    }
  }
  const configuration = await parseTerraformConfiguration({
    files: files.configuration,
    tfvars: files.tfvars,
    replacedRoots: new Set(standIns.keys()),
    ...files.directories ? { directories: files.directories } : {}
  });
  estates.push(configuration);
  for (const file of files.plans) {
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources, attributes, before: false });
    if (plan.root.kind === "none") {
      estates.push(plan.after);
      continue;
    }
    let diagnostics;
    if (plan.root.kind === "root") {
      const dir = plan.root.dir;
      const governing = standIns.get(dir) ?? configuration.vms.filter((vm) => vm.configuration === dir);
      diagnostics = compareWithConfiguration(file.path, plan, dir, governing);
    } else diagnostics = [ambiguous(file.path, plan.root.dirs)];
    estates.push({
      ...emptyEstate,
      diagnostics: [...plan.after.diagnostics, ...diagnostics],
      files: [file.path],
      notices: [
        `${formatSpan(fileStart(file.path))}: this plan was found among the definitions, so it is checked against its configuration, not trusted; pass the pipeline's own plan with --terraform-plan ${file.path} to evaluate it instead.`
      ]
    });
  }
  return { estates, givenPlans };
}
function compareWithConfiguration(file, plan, root, governing) {
  const diagnostics = [];
  const kept = new Set(plan.changes.filter((c) => c.action !== "delete" && c.action !== "forget").map((c) => c.address));
  const matchers = governing.map((vm) => ({ vm, matches: addressMatcher(vm.address) }));
  for (const [address, at] of plan.machines) {
    if (!kept.has(address) || matchers.some((m) => m.matches(address))) continue;
    diagnostics.push({
      at,
      code: `plan-not-in-configuration:${address}`,
      message: `the plan creates or keeps ${address}, which the configuration in ${folder(root)} does not define: the plan is stale or was edited, and this VM is not evaluated from it`,
      fix: `Make the plan again from the configuration, or better, pass the pipeline's own plan with --terraform-plan instead of committing one.`
    });
  }
  for (const { vm } of matchers) {
    if (vm.address.includes("[*]") || kept.has(vm.address) && plan.machines.has(vm.address)) continue;
    diagnostics.push({
      at: fileStart(file),
      code: `plan-missing-resource:${vm.address}`,
      message: `the configuration in ${folder(root)} defines ${vm.address} (${formatSpan(vm.at)}), which the plan does not create or keep: a plan that leaves out a VM could hide it, so the VM is evaluated from the configuration`,
      fix: `Make the plan again from the configuration, or better, pass the pipeline's own plan with --terraform-plan instead of committing one.`
    });
  }
  return diagnostics;
}
function ambiguous(file, dirs) {
  return {
    at: fileStart(file),
    code: "plan-root-ambiguous",
    message: `the plan matches the configurations in ${dirs.map(folder).join(" and ")} equally, so it cannot be checked against one; they are evaluated from their .tf files`,
    fix: "Keep a plan in the folder of its root configuration, or pass the pipeline's own plan with --terraform-plan."
  };
}
function addressMatcher(address) {
  if (!address.includes("[*]")) return (candidate) => candidate === address;
  const pattern = address.split("[*]").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join('\\[(?:"(?:[^"\\\\]|\\\\.)*"|[^\\]"]*)\\]');
  const regex = new RegExp(`^${pattern}$`);
  return (candidate) => regex.test(candidate);
}
function folder(dir) {
  return dir === void 0 || dir === "" ? "the top folder" : dir;
}
export {
  GRAMMAR_WASM,
  RUNTIME_WASM,
  automaticVariablesRank,
  parseTerraformConfiguration,
  parseTerraformPlan,
  parseTerraformState,
  planActionOf,
  readTerraform,
  setTreeSitterWasmDir,
  terraformFileKind,
  terraformJsonKind
};
