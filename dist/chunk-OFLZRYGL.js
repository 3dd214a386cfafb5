import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  normalizePath
} from "./chunk-II3GANPC.js";
import {
  mayHoldHvgateDefinition
} from "./chunk-CT2C7XV5.js";
import {
  identifyService
} from "./chunk-7RSSOGN2.js";
import {
  byDefault,
  fileStart,
  formatSpan,
  set,
  unknown
} from "./chunk-556DK7J4.js";

// src/parsers/terraform/json-tree.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var MAX_DEPTH = 256;
var WHOLE_DEPTH = 32;
function parseJsonTree(text2) {
  const reader = new Reader(text2, 0, "members");
  reader.skipSpace();
  const root = reader.value(0);
  reader.skipSpace();
  if (reader.at < text2.length) throw new JsonSyntaxError("unexpected text after the end of the JSON value", reader.at);
  return root;
}
function member(node, key) {
  return node?.kind === "object" ? node.members.get(key) : void 0;
}
function child(node, key) {
  if (typeof key === "number") return node?.kind === "array" ? node.items[key] : void 0;
  return member(node, key)?.value;
}
function scalar(node) {
  return node?.kind === "scalar" ? node.value : void 0;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const [key, m] of node.members) out[key] = toPlain(m.value);
      return out;
    }
  }
}
function plainLater(node) {
  if (node === void 0) return () => void 0;
  if (!(node instanceof LazyObject || node instanceof LazyArray || node instanceof ParsedObject || node instanceof ParsedArray)) {
    const value = toPlain(node);
    return () => value;
  }
  const { text: text2, start, end } = node;
  return () => {
    const slice = text2.slice(start, end);
    try {
      return JSON.parse(slice);
    } catch {
      return toPlain(parseJsonTree(slice));
    }
  };
}
function sourceText(node) {
  if (node === void 0) return "";
  if (node instanceof LazyObject || node instanceof LazyArray || node instanceof ParsedObject || node instanceof ParsedArray)
    return node.text.slice(node.start, node.end);
  return JSON.stringify(toPlain(node));
}
var LazyObject = class {
  constructor(text2, start, end, depth) {
    this.text = text2;
    this.start = start;
    this.end = end;
    this.depth = depth;
  }
  text;
  start;
  end;
  depth;
  kind = "object";
  parsed;
  get members() {
    this.parsed ??= new Reader(this.text, this.start).objectMembers(this.depth);
    return this.parsed;
  }
};
var LazyArray = class {
  constructor(text2, start, end, depth) {
    this.text = text2;
    this.start = start;
    this.end = end;
    this.depth = depth;
  }
  text;
  start;
  end;
  depth;
  kind = "array";
  parsed;
  get items() {
    this.parsed ??= new Reader(this.text, this.start, "item-members").arrayItems(this.depth);
    return this.parsed;
  }
  forEachOnce(visit) {
    if (this.parsed)
      this.parsed.forEach((item) => {
        visit(item);
      });
    else new Reader(this.text, this.start, "whole").arrayItems(this.depth, visit);
  }
};
var ParsedObject = class {
  constructor(text2, start, end, members) {
    this.text = text2;
    this.start = start;
    this.end = end;
    this.members = members;
  }
  text;
  start;
  end;
  members;
  kind = "object";
};
var ParsedArray = class {
  constructor(text2, start, end, items) {
    this.text = text2;
    this.start = start;
    this.end = end;
    this.items = items;
  }
  text;
  start;
  end;
  items;
  kind = "array";
  forEachOnce(visit) {
    this.items.forEach((item) => {
      visit(item);
    });
  }
};
var Reader = class {
  constructor(text2, at = 0, parse = "skip") {
    this.text = text2;
    this.at = at;
    this.parse = parse;
  }
  text;
  at;
  parse;
  skipSpace() {
    const text2 = this.text;
    let at = this.at;
    for (; ; ) {
      const c = text2.charCodeAt(at);
      if (c === 32 || c === 10 || c === 13 || c === 9) at++;
      else break;
    }
    this.at = at;
  }
  /** A value at the cursor; containers are skipped and parsed when first read. */
  value(depth, parse = this.parse) {
    const c = this.text.charCodeAt(this.at);
    if (c === 123 || c === 91) {
      if (depth >= MAX_DEPTH) throw new JsonSyntaxError(`values nested more than ${MAX_DEPTH} levels deep`, this.at);
      if (parse === "members" || parse === "whole" && depth < WHOLE_DEPTH)
        return c === 123 ? this.parsedObject(depth + 1, parse) : this.parsedArray(depth + 1, parse);
      const start = this.at;
      this.skipContainer();
      return c === 123 ? new LazyObject(this.text, start, this.at, depth + 1) : new LazyArray(this.text, start, this.at, depth + 1);
    }
    if (c === 34) {
      const start = this.at;
      const value = this.string();
      return { kind: "scalar", start, end: this.at, value };
    }
    if (c === 45 || c >= 48 && c <= 57) return this.number();
    if (this.text.startsWith("true", this.at)) return this.word(true, 4);
    if (this.text.startsWith("false", this.at)) return this.word(false, 5);
    if (this.text.startsWith("null", this.at)) return this.word(null, 4);
    if (this.at >= this.text.length) throw new JsonSyntaxError("the JSON text ends where a value was expected (is the file truncated?)", this.at);
    throw new JsonSyntaxError(`unexpected character ${JSON.stringify(this.text[this.at])} where a value was expected`, this.at);
  }
  /** The container at the cursor with its members or items; theirs in turn parsed only when `whole`. */
  parsedObject(depth, parse) {
    const start = this.at;
    const members = this.objectMembers(depth, parse === "whole" ? "whole" : "skip");
    this.at++;
    return new ParsedObject(this.text, start, this.at, members);
  }
  parsedArray(depth, parse) {
    const start = this.at;
    const items = this.arrayItems(depth, void 0, parse === "whole" ? "whole" : "skip");
    this.at++;
    return new ParsedArray(this.text, start, this.at, items);
  }
  /** Moves past a balanced object or array; checks bracket pairing, not the grammar inside. */
  skipContainer() {
    const text2 = this.text;
    const closers = [];
    let at = this.at;
    for (; ; ) {
      const c = text2.charCodeAt(at);
      if (Number.isNaN(c)) throw new JsonSyntaxError("the JSON text ends inside an object or array (is the file truncated?)", at);
      if (c === 34) {
        at = this.skipString(at);
        continue;
      }
      if (c === 123) closers.push(125);
      else if (c === 91) closers.push(93);
      else if (c === 125 || c === 93) {
        if (closers.pop() !== c) throw new JsonSyntaxError(`unexpected ${JSON.stringify(text2[at])}`, at);
        if (closers.length === 0) {
          this.at = at + 1;
          return;
        }
      }
      at++;
    }
  }
  /** Offset after the string starting at `start`, without building it. */
  skipString(start) {
    const text2 = this.text;
    let from = start + 1;
    for (; ; ) {
      const quote2 = text2.indexOf('"', from);
      if (quote2 === -1) throw new JsonSyntaxError("unterminated string (is the file truncated?)", start);
      let backslashes = 0;
      while (text2.charCodeAt(quote2 - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return quote2 + 1;
      from = quote2 + 1;
    }
  }
  word(value, length2) {
    const start = this.at;
    this.at += length2;
    return { kind: "scalar", start, end: this.at, value };
  }
  number() {
    const start = this.at;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (!match) throw new JsonSyntaxError("malformed number", start);
    this.at = start + match[0].length;
    return { kind: "scalar", start, end: this.at, value: Number(match[0]) };
  }
  string() {
    const text2 = this.text;
    const start = this.at;
    const close = text2.indexOf('"', start + 1);
    if (close === -1) throw new JsonSyntaxError("unterminated string (is the file truncated?)", start);
    const backslash = text2.indexOf("\\", start + 1);
    if (backslash === -1 || backslash > close) {
      this.at = close + 1;
      return text2.slice(start + 1, close);
    }
    let at = backslash;
    for (; ; ) {
      const c = text2.charCodeAt(at);
      if (Number.isNaN(c)) throw new JsonSyntaxError("unterminated string (is the file truncated?)", start);
      if (c === 92) at += 2;
      else if (c === 34) break;
      else at++;
    }
    this.at = at + 1;
    try {
      return JSON.parse(text2.slice(start, at + 1));
    } catch {
      throw new JsonSyntaxError("invalid escape sequence in string", start);
    }
  }
  objectMembers(depth, parse = "skip") {
    const members = /* @__PURE__ */ new Map();
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 125) return members;
    for (; ; ) {
      if (this.text.charCodeAt(this.at) !== 34) this.fail("a member name in double quotes");
      const keyStart = this.at;
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.at) !== 58) this.fail('":" after a member name');
      this.at++;
      this.skipSpace();
      members.set(key, { keyStart, value: this.value(depth, parse) });
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c === 125) return members;
      if (c !== 44) this.fail('"," or "}" in an object');
      this.at++;
      this.skipSpace();
    }
  }
  /** The items, or with `visit` each item handed over and none kept. */
  arrayItems(depth, visit, parse = this.parse) {
    const items = [];
    const itemParse = parse === "item-members" ? "members" : parse;
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 93) return items;
    for (; ; ) {
      const item = this.value(depth, itemParse);
      if (visit) visit(item);
      else items.push(item);
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c === 93) return items;
      if (c !== 44) this.fail('"," or "]" in an array');
      this.at++;
      this.skipSpace();
    }
  }
  fail(expected) {
    if (this.at >= this.text.length) throw new JsonSyntaxError(`the JSON text ends where ${expected} was expected (is the file truncated?)`, this.at);
    throw new JsonSyntaxError(`expected ${expected}, found ${JSON.stringify(this.text[this.at])}`, this.at);
  }
};

// src/parsers/terraform/provider-schema.ts
var string = (extra = {}) => ({ type: { kind: "string" }, ...extra });
var number = (extra = {}) => ({ type: { kind: "number" }, ...extra });
var bool = (extra = {}) => ({ type: { kind: "bool" }, ...extra });
var blocks = (block, extra = {}) => ({ type: { kind: "blocks", block }, ...extra });
var strings = { type: { kind: "list", of: "string" } };
var HYPERV_FOLDER = "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V";
var backup = { backupRelevant: true };
var HARD_DISK_DRIVE = {
  controller_type: string({ default: "Scsi", ...backup }),
  controller_number: number(backup),
  controller_location: number(backup),
  path: string({ default: "", ...backup }),
  disk_number: number({ default: 4294967295, ...backup }),
  resource_pool_name: string({ default: "Primordial" }),
  support_persistent_reservations: bool({ default: false, ...backup }),
  maximum_iops: number({ default: 0 }),
  minimum_iops: number({ default: 0 }),
  qos_policy_id: string({ default: "00000000-0000-0000-0000-000000000000" }),
  override_cache_attributes: string({ default: "Default" })
};
var DVD_DRIVE = {
  controller_number: number(),
  controller_location: number(),
  path: string({ default: "" }),
  resource_pool_name: string({ default: "" })
};
var NETWORK_ADAPTOR = {
  name: string(),
  switch_name: string({ default: "" }),
  management_os: bool({ default: false }),
  is_legacy: bool({ default: false, forcesReplacement: true }),
  dynamic_mac_address: bool({ default: true }),
  static_mac_address: string(),
  mac_address_spoofing: string(),
  dhcp_guard: string(),
  router_guard: string(),
  port_mirroring: string(),
  ieee_priority_tag: string(),
  vmq_weight: number(),
  iov_queue_pairs_requested: number(),
  iov_interrupt_moderation: string(),
  iov_weight: number(),
  ipsec_offload_maximum_security_association: number(),
  maximum_bandwidth: number(),
  minimum_bandwidth_absolute: number(),
  minimum_bandwidth_weight: number(),
  mandatory_feature_id: strings,
  resource_pool_name: string(),
  test_replica_pool_name: string(),
  test_replica_switch_name: string(),
  virtual_subnet_id: number(),
  allow_teaming: string(),
  not_monitored_in_cluster: bool(),
  storm_limit: number(),
  dynamic_ip_address_limit: number(),
  device_naming: string(),
  fix_speed_10g: string(),
  packet_direct_num_procs: number(),
  packet_direct_moderation_count: number(),
  packet_direct_moderation_interval: number(),
  vrss_enabled: bool(),
  vmmq_enabled: bool(),
  vmmq_queue_pairs: number(),
  vlan_access: bool(),
  vlan_id: number(),
  wait_for_ips: bool(),
  ip_addresses: strings
};
var BOOT_ORDER = {
  boot_type: string(),
  network_adapter_name: string(),
  switch_name: string(),
  mac_address: string(),
  path: string(),
  controller_number: number(),
  controller_location: number()
};
var VM_FIRMWARE = {
  enable_secure_boot: string(),
  secure_boot_template: string(),
  preferred_network_boot_protocol: string(),
  console_mode: string(),
  pause_after_boot_failure: string(),
  boot_order: blocks(BOOT_ORDER)
};
var VM_PROCESSOR = {
  compatibility_for_migration_enabled: bool({ default: false }),
  compatibility_for_older_operating_systems_enabled: bool({ default: false }),
  hw_thread_count_per_core: number({ default: 0 }),
  maximum: number({ default: 100 }),
  reserve: number({ default: 0 }),
  relative_weight: number({ default: 100 }),
  maximum_count_per_numa_node: number(),
  maximum_count_per_numa_socket: number(),
  enable_host_resource_protection: bool({ default: false }),
  expose_virtualization_extensions: bool({ default: false })
};
var TIMEOUTS = { create: string(), read: string(), update: string(), delete: string() };
var MACHINE_INSTANCE_SCHEMA = {
  id: string(),
  name: string(backup),
  path: string({ forcesReplacement: true, ...backup }),
  generation: number({ default: 2, forcesReplacement: true, ...backup }),
  automatic_critical_error_action: string({ default: "Pause" }),
  automatic_critical_error_action_timeout: number({ default: 30 }),
  automatic_start_action: string({ default: "StartIfRunning" }),
  automatic_start_delay: number({ default: 0 }),
  automatic_stop_action: string({ default: "Save" }),
  checkpoint_type: string({ default: "Production", ...backup }),
  dynamic_memory: bool({ default: false }),
  static_memory: bool({ default: false }),
  guest_controlled_cache_types: bool({ default: false }),
  high_memory_mapped_io_space: number({ default: 536870912 }),
  low_memory_mapped_io_space: number({ default: 134217728 }),
  lock_on_disconnect: string({ default: "Off" }),
  memory_maximum_bytes: number({ default: 1099511627776 }),
  memory_minimum_bytes: number({ default: 536870912 }),
  memory_startup_bytes: number({ default: 536870912 }),
  notes: string({ default: "" }),
  processor_count: number({ default: 1 }),
  smart_paging_file_path: string({ default: HYPERV_FOLDER }),
  snapshot_file_location: string({ default: HYPERV_FOLDER, ...backup }),
  integration_services: { type: { kind: "map", of: "bool" }, ...backup },
  state: string({ default: "Running", ...backup }),
  wait_for_state_timeout: number({ default: 120 }),
  wait_for_state_poll_period: number({ default: 2 }),
  wait_for_ips_timeout: number({ default: 300 }),
  wait_for_ips_poll_period: number({ default: 5 }),
  vm_processor: blocks(VM_PROCESSOR),
  vm_firmware: blocks(VM_FIRMWARE),
  network_adaptors: blocks(NETWORK_ADAPTOR),
  dvd_drives: blocks(DVD_DRIVE),
  hard_disk_drives: blocks(HARD_DISK_DRIVE, backup),
  timeouts: blocks(TIMEOUTS)
};
var VHD_SCHEMA = {
  id: string(),
  path: string({ forcesReplacement: true, ...backup }),
  source: string({ forcesReplacement: true }),
  source_vm: string({ forcesReplacement: true }),
  source_disk: number({ forcesReplacement: true }),
  vhd_type: string({ default: "Dynamic", forcesReplacement: true, ...backup }),
  parent_path: string({ forcesReplacement: true, ...backup }),
  size: number(),
  block_size: number({ forcesReplacement: true }),
  logical_sector_size: number({ forcesReplacement: true }),
  physical_sector_size: number({ forcesReplacement: true }),
  exists: bool()
};
function describeType(type) {
  switch (type.kind) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "bool":
      return "true or false";
    case "map":
      return `an object of ${type.of === "bool" ? "true/false values" : "strings"}`;
    case "list":
      return "a list of strings";
    case "blocks":
      return "a list of objects";
  }
}

// src/parsers/terraform/plan-shapes.ts
function kindOf(node) {
  if (node.kind !== "scalar") return node.kind;
  const v = node.value;
  return v === null ? "null" : typeof v === "string" ? "string" : typeof v === "number" ? "number" : "boolean";
}
var ARTICLE = {
  object: "an object",
  array: "a list",
  string: "a string",
  number: "a number",
  boolean: "true or false",
  null: "null"
};
function describeNode(node) {
  const kind = kindOf(node);
  if (node.kind !== "scalar" || kind === "null") return ARTICLE[kind];
  const text2 = JSON.stringify(node.value);
  return `${ARTICLE[kind]} ${text2.length > 40 ? `${text2.slice(0, 37)}...` : text2}`;
}
function jsonPath(path, key) {
  if (typeof key === "number") return `${path}[${key}]`;
  const step2 = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
  if (path === "") return step2.startsWith('"') ? `[${step2}]` : step2;
  return step2.startsWith('"') ? `${path}[${step2}]` : `${path}.${step2}`;
}
function lazyPath(path, key) {
  return () => jsonPath(spelled(path), key);
}
function spelled(path) {
  return typeof path === "string" ? path : path();
}
var ShapeCheck = class {
  constructor(lines, diagnostics, what) {
    this.lines = lines;
    this.diagnostics = diagnostics;
    this.what = what;
  }
  lines;
  diagnostics;
  what;
  bad = /* @__PURE__ */ new Set();
  /** Whether `node` is one of `kinds`; if not, a diagnostic at it. An absent node passes. */
  expect(node, path, kinds, expected) {
    if (node === void 0 || kinds.includes(kindOf(node))) return true;
    this.report(node, path, expected ?? kinds.map((k) => ARTICLE[k]).join(" or "));
    return false;
  }
  /** A resource's attribute values (`after`, `values`, `attributes`) against the provider schema. */
  attributes(node, path, schema) {
    if (node === void 0 || !this.expect(node, path, ["object", "null"])) return;
    if (node.kind !== "object") return;
    for (const [key, member2] of node.members) {
      const attribute = schema[key];
      if (attribute) this.attribute(member2.value, lazyPath(path, key), attribute);
    }
  }
  /** `after_unknown`, `after_sensitive`: the value's shape with `true` (or `false`) at the leaves. */
  markers(node, path, depth = 0) {
    if (node === void 0 || depth > 64) return;
    if (!this.expect(node, path, ["object", "array", "boolean"], "true, false, or an object or list of them")) return;
    if (node.kind === "object") for (const [key, m] of node.members) this.markers(m.value, lazyPath(path, key), depth + 1);
    else if (node.kind === "array")
      node.items.forEach((item, i) => {
        this.markers(item, lazyPath(path, i), depth + 1);
      });
  }
  isBad(node) {
    return node !== void 0 && this.bad.has(node);
  }
  attribute(node, path, schema) {
    if (kindOf(node) === "null") return;
    const type = schema.type;
    if (!this.matches(node, type)) {
      this.report(node, path, describeType(type));
      return;
    }
    if (type.kind === "blocks" && node.kind === "array") {
      node.items.forEach((item, i) => {
        this.attributes(item, lazyPath(path, i), type.block);
      });
    } else if (type.kind === "map" && node.kind === "object") {
      const want = type.of === "bool" ? "boolean" : "string";
      for (const [key, m] of node.members) this.expect(m.value, lazyPath(path, key), [want, "null"]);
    } else if (type.kind === "list" && node.kind === "array") {
      node.items.forEach((item, i) => this.expect(item, lazyPath(path, i), ["string", "null"]));
    }
  }
  matches(node, type) {
    const kind = kindOf(node);
    switch (type.kind) {
      case "string":
        return kind === "string";
      case "number":
        return kind === "number";
      case "bool":
        return kind === "boolean";
      case "map":
        return kind === "object";
      case "list":
      case "blocks":
        return kind === "array";
    }
  }
  report(node, pathOf, expected) {
    this.bad.add(node);
    const path = spelled(pathOf);
    this.diagnostics.push({
      at: this.lines.span(node.start, node.end),
      code: `${this.what}-wrong-type:${path}`,
      message: `${path} is ${describeNode(node)}, but Terraform writes ${expected} there: this ${this.what} was not written by Terraform as it is`,
      fix: this.what === "plan" ? "Pass the unedited output of `terraform show -json tfplan`." : "Pass the state as Terraform wrote it (terraform.tfstate, or `terraform show -json`)."
    });
  }
};

// src/parsers/terraform/object-keys.ts
function objectKeyText(key) {
  if (key.kind === "traversal" && key.steps.length === 0) return key.root;
  if (key.kind === "literal" && key.value !== null) return String(key.value);
  if (key.kind === "template" && !key.directive && key.parts.every((p) => "literal" in p))
    return key.parts.map((p) => "literal" in p ? p.literal : "").join("");
  return void 0;
}

// src/parsers/terraform/block-positions.ts
var BlockPositions = class _BlockPositions {
  constructor(file, block, outer = block) {
    this.file = file;
    this.block = block;
    this.outer = outer;
  }
  file;
  block;
  outer;
  /** The whole block. */
  get whole() {
    return this.outer.lines.span(this.outer.start, this.outer.end);
  }
  /** The block's first line up to its `{`: where an omitted attribute would be written. */
  get header() {
    const text2 = this.outer.lines.text;
    const brace = text2.indexOf("{", this.outer.start);
    const end = brace === -1 || brace > this.outer.end ? this.outer.start : brace + 1;
    return this.outer.lines.span(this.outer.start, end);
  }
  attribute(name) {
    return this.block.body.attributes.get(name);
  }
  attr(name) {
    const a = this.attribute(name);
    return a ? a.lines.span(a.start, a.end) : void 0;
  }
  /** The `key = value` element of an object-valued attribute; exact key first, then any case. */
  mapKey(name, key) {
    const a = this.attribute(name);
    if (a?.expr.kind !== "object") return void 0;
    const keyed = a.expr.elems.map((e) => ({ elem: e, key: objectKeyText(e.key) }));
    const elem = keyed.find((k) => k.key === key) ?? keyed.find((k) => k.key?.toLowerCase() === key.toLowerCase());
    return elem ? a.lines.span(elem.elem.start, elem.elem.end) : void 0;
  }
  /** Nested blocks of a type in written order; a `dynamic` one stands for as many as it generates. */
  nestedBlocks(type) {
    const out = [];
    for (const b of this.block.body.blocks) {
      if (b.type === type && b.labels.length === 0) out.push({ positions: new _BlockPositions(this.file, b), dynamic: void 0 });
      else if (b.type === "dynamic" && b.labels[0] === type) {
        const content = b.body.blocks.find((c) => c.type === "content");
        out.push({ positions: new _BlockPositions(this.file, content ?? b, b), dynamic: b });
      }
    }
    return out;
  }
  /**
   * The block that produced element `index` of `total` expanded blocks. Exact when at most one
   * `dynamic` block is involved; with several, elements after the first one point at it.
   */
  nth(type, index, total) {
    const blocks2 = this.nestedBlocks(type);
    const dynamicCount = blocks2.filter((b) => b.dynamic).length;
    const generated = Math.max(0, total - (blocks2.length - dynamicCount));
    let position = 0;
    for (const b of blocks2) {
      if (!b.dynamic) {
        if (position === index) return b.positions;
        position++;
        continue;
      }
      if (dynamicCount > 1) return index >= position ? b.positions : void 0;
      if (index < position + generated) return b.positions;
      position += generated;
    }
    return void 0;
  }
};

// src/parsers/terraform/positions.ts
var LineIndex = class {
  constructor(file, text2) {
    this.file = file;
    this.text = text2;
  }
  file;
  text;
  starts;
  /** Span from offset `start` to offset `end` (exclusive). */
  span(start, end = start) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
  position(offset) {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
  /** Built on first use: a plan read without any position lookups never pays for it. */
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    const text2 = this.text;
    let at = text2.indexOf("\n");
    while (at !== -1) {
      starts.push(at + 1);
      at = text2.indexOf("\n", at + 1);
    }
    this.starts = starts;
    return starts;
  }
};

// src/parsers/terraform/wasm.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var RUNTIME_WASM = "web-tree-sitter.wasm";
var GRAMMAR_WASM = "tree-sitter-terraform.wasm";
var configuredDir;
var loading;
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

// src/parsers/terraform/hcl-syntax.ts
async function parseHclFile(path, text2) {
  const parser = await terraformParser();
  const tree = parser.parse(text2);
  const lines = new LineIndex(path, text2);
  if (!tree) {
    const body = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    return { path, text: text2, lines, body, syntaxError: { at: lines.span(0), code: "hcl-syntax", message: "the file could not be parsed" } };
  }
  try {
    const root = tree.rootNode;
    const bodyNode = namedChildrenOf(root).find((n) => n.type === "body");
    const body = bodyNode ? readBody(bodyNode, lines) : { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    const syntaxError2 = root.hasError ? describeSyntaxError(root, lines, text2) : describeSplitHeader(root, lines);
    return { path, text: text2, lines, body, ...syntaxError2 ? { syntaxError: syntaxError2 } : {} };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    const body = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    return {
      path,
      text: text2,
      lines,
      body,
      syntaxError: {
        at: lines.span(0),
        code: "hcl-too-deep",
        message: "the file nests expressions too deeply to be read",
        fix: "Simplify the nested expressions."
      }
    };
  } finally {
    tree.delete();
  }
}
async function parseExpressionText(text2, as) {
  const parser = await terraformParser();
  const source = as === "template" ? `x = "${escapeForQuotedString(text2)}"
` : `x = ${text2}
`;
  const tree = parser.parse(source);
  if (!tree) return void 0;
  try {
    if (tree.rootNode.hasError) return void 0;
    const body = namedChildrenOf(tree.rootNode).find((n) => n.type === "body");
    const attribute = body ? namedChildrenOf(body).find((n) => n.type === "attribute") : void 0;
    const expr = attribute ? namedChildrenOf(attribute).find((n) => n.type === "expression") : void 0;
    return expr ? readExpr(expr, source) : void 0;
  } catch (error) {
    if (isStackOverflow(error)) return void 0;
    throw error;
  } finally {
    tree.delete();
  }
}
function escapeForQuotedString(text2) {
  let out = "";
  let i = 0;
  while (i < text2.length) {
    const c = text2.charAt(i);
    if ((c === "$" || c === "%") && text2[i + 1] === c && text2[i + 2] === "{") {
      out += text2.slice(i, i + 3);
      i += 3;
    } else if ((c === "$" || c === "%") && text2[i + 1] === "{") {
      const end = sequenceEnd(text2, i + 2);
      out += text2.slice(i, end);
      i = end;
    } else {
      out += c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : c === "\\" || c === '"' ? `\\${c}` : c;
      i++;
    }
  }
  return out;
}
function sequenceEnd(text2, from) {
  let depth = 1;
  let i = from;
  while (i < text2.length && depth > 0) {
    const c = text2.charAt(i);
    if (c === '"') {
      i++;
      while (i < text2.length && text2[i] !== '"') i += text2[i] === "\\" ? 2 : 1;
    } else if (c === "{") depth++;
    else if (c === "}") depth--;
    i++;
  }
  return i;
}
function readBody(node, lines) {
  const text2 = lines.text;
  const attributes = /* @__PURE__ */ new Map();
  const blocks2 = [];
  for (const c of namedChildrenOf(node)) {
    if (c.type === "attribute") {
      const name = namedChildrenOf(c)[0];
      const expr = namedChildrenOf(c).find((n) => n.type === "expression");
      if (name?.type === "identifier" && expr) {
        attributes.set(name.text, { name: name.text, start: c.startIndex, end: c.endIndex, expr: readExpr(expr, text2), lines });
      }
    } else if (c.type === "block") {
      blocks2.push(readBlock(c, lines));
    }
  }
  return { attributes, blocks: blocks2 };
}
function readBlock(node, lines) {
  const named = namedChildrenOf(node);
  const type = named[0]?.type === "identifier" ? named[0].text : "";
  const labels = [];
  for (const n of named.slice(1)) {
    if (n.type === "identifier") labels.push(n.text);
    else if (n.type === "string_lit") labels.push(stringLiteral(n));
    else break;
  }
  const bodyNode = named.find((n) => n.type === "body");
  const body = bodyNode ? readBody(bodyNode, lines) : { attributes: /* @__PURE__ */ new Map(), blocks: [] };
  return { type, labels, body, start: node.startIndex, end: node.endIndex, broken: node.hasError || isSplitHeader(node), lines };
}
var BINARY_OPERATORS = /* @__PURE__ */ new Set(["||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"]);
var POSTFIX = /* @__PURE__ */ new Set(["index", "get_attr", "splat"]);
function readExpr(node, text2) {
  return { ...readExprBody(node, text2), source: text2 };
}
function readExprBody(node, text2) {
  if (node.type === "expression") return readTerm(termChildren(node), text2, node);
  return readBase(node, text2);
}
function termChildren(node) {
  return childrenOf(node).filter((n) => n.type !== "comment");
}
function readTerm(nodes, text2, whole) {
  const start = nodes[0]?.startIndex ?? whole?.startIndex ?? 0;
  const end = nodes[nodes.length - 1]?.endIndex ?? whole?.endIndex ?? start;
  const first = nodes[0];
  if (!first) return { kind: "computed", what: "an empty expression", start, end };
  let base = first;
  let rest = nodes.slice(1);
  if (first.type === "(") {
    base = nodes.find((n) => n.type === "expression");
    const close = nodes.findIndex((n) => n.type === ")");
    rest = close === -1 ? [] : nodes.slice(close + 1);
  }
  if (!base) return { kind: "computed", what: "an empty expression", start, end };
  if (rest.length === 0) return first.type === "(" ? { ...readExprBody(base, text2), start, end } : readBase(base, text2);
  const steps = rest.filter((n) => POSTFIX.has(n.type)).map((n) => step(n, text2));
  if (steps.some((s) => s === void 0)) return { kind: "computed", what: "an expression", start, end };
  const known = steps;
  if (base.type === "variable_expr" && first.type !== "(") return { kind: "traversal", root: base.text, steps: known, start, end };
  return { kind: "postfix", base: readExpr(base, text2), steps: known, start, end };
}
function readBase(node, text2) {
  const start = node.startIndex;
  const end = node.endIndex;
  const named = namedChildrenOf(node).filter((n) => n.type !== "comment");
  switch (node.type) {
    case "expression":
      return readTerm(termChildren(node), text2, node);
    case "literal_value":
      return named[0] ? readBase(named[0], text2) : { kind: "computed", what: "a literal", start, end };
    case "numeric_lit":
      return { kind: "literal", value: Number(node.text), start, end };
    case "bool_lit":
      return { kind: "literal", value: node.text === "true", start, end };
    case "null_lit":
      return { kind: "literal", value: null, start, end };
    case "string_lit":
      return { kind: "literal", value: stringLiteral(node), start, end };
    case "template_expr":
      return named[0] ? readBase(named[0], text2) : { kind: "computed", what: "a template", start, end };
    case "quoted_template":
    case "heredoc_template":
      return readTemplate(node, text2);
    case "collection_value":
      return named[0] ? readBase(named[0], text2) : { kind: "computed", what: "a collection", start, end };
    case "tuple":
      return { kind: "tuple", items: named.filter((n) => n.type === "expression").map((n) => readExpr(n, text2)), start, end };
    case "object":
      return {
        kind: "object",
        elems: named.filter((n) => n.type === "object_elem").flatMap((e) => {
          const key = e.childForFieldName("key");
          const value = e.childForFieldName("val");
          return key && value ? [{ key: readExpr(key, text2), value: readExpr(value, text2), start: e.startIndex, end: e.endIndex }] : [];
        }),
        start,
        end
      };
    case "variable_expr":
      return { kind: "traversal", root: node.text, steps: [], start, end };
    case "function_call":
      return readCall(node, named, text2);
    case "conditional": {
      const [condition, whenTrue, whenFalse] = named.filter((n) => n.type === "expression");
      if (!condition || !whenTrue || !whenFalse) return { kind: "computed", what: "a conditional expression", start, end };
      return {
        kind: "conditional",
        condition: readExpr(condition, text2),
        whenTrue: readExpr(whenTrue, text2),
        whenFalse: readExpr(whenFalse, text2),
        start,
        end
      };
    }
    case "operation":
      return named[0] ? readBase(named[0], text2) : { kind: "computed", what: "an operator expression", start, end };
    case "unary_operation": {
      const children = termChildren(node);
      const operator = children[0]?.type;
      if (operator !== "!" && operator !== "-") return { kind: "computed", what: "an operator expression", start, end };
      const operand = readTerm(children.slice(1), text2, void 0);
      if (operator === "-" && operand.kind === "literal" && typeof operand.value === "number") return { kind: "literal", value: -operand.value, start, end };
      return { kind: "unary", operator, operand: { ...operand, source: text2 }, start, end };
    }
    case "binary_operation": {
      const children = termChildren(node);
      const at = children.findIndex((n) => !n.isNamed && BINARY_OPERATORS.has(n.type));
      const operator = children[at];
      if (at <= 0 || !operator) return { kind: "computed", what: "an operator expression", start, end };
      return {
        kind: "binary",
        operator: operator.type,
        left: { ...readTerm(children.slice(0, at), text2, void 0), source: text2 },
        right: { ...readTerm(children.slice(at + 1), text2, void 0), source: text2 },
        start,
        end
      };
    }
    case "for_expr":
      return named[0] ? readFor(named[0], text2) : { kind: "computed", what: "a for expression", start, end };
    default:
      return { kind: "computed", what: "an expression", start, end };
  }
}
function readCall(node, named, text2) {
  const args = named.find((n) => n.type === "function_arguments");
  const argNodes = args ? namedChildrenOf(args).filter((n) => n.type === "expression") : [];
  return {
    kind: "call",
    name: named[0]?.text ?? "",
    args: argNodes.map((n) => readExpr(n, text2)),
    expand: args ? namedChildrenOf(args).some((n) => n.type === "ellipsis") : false,
    start: node.startIndex,
    end: node.endIndex
  };
}
function readFor(node, text2) {
  const start = node.startIndex;
  const end = node.endIndex;
  const named = namedChildrenOf(node).filter((n) => n.type !== "comment");
  const intro = named.find((n) => n.type === "for_intro");
  const introParts = intro ? namedChildrenOf(intro) : [];
  const names = introParts.filter((n) => n.type === "identifier").map((n) => n.text);
  const collection = introParts.find((n) => n.type === "expression");
  const bodies = named.filter((n) => n.type === "expression");
  const conditionNode = named.find((n) => n.type === "for_cond");
  const condition = conditionNode ? namedChildrenOf(conditionNode).find((n) => n.type === "expression") : void 0;
  const isObject = node.type === "for_object_expr";
  const [keyNode, valueNode] = isObject ? bodies : [void 0, bodies[0]];
  const valueName = names[names.length - 1];
  if (!collection || valueName === void 0 || !valueNode || isObject && !keyNode) return { kind: "computed", what: "a for expression", start, end };
  return {
    kind: "for",
    keyName: names.length === 2 ? names[0] : void 0,
    valueName,
    collection: readExpr(collection, text2),
    key: keyNode ? readExpr(keyNode, text2) : void 0,
    value: readExpr(valueNode, text2),
    condition: condition ? readExpr(condition, text2) : void 0,
    grouping: named.some((n) => n.type === "ellipsis"),
    start,
    end
  };
}
function step(node, text2) {
  const named = namedChildrenOf(node);
  if (node.type === "get_attr") return named[0] ? { attr: named[0].text } : void 0;
  if (node.type === "index") {
    const inner = named[0];
    if (inner?.type === "new_index") {
      const e = namedChildrenOf(inner).find((n) => n.type === "expression");
      return e ? { index: readExpr(e, text2) } : void 0;
    }
    if (inner?.type === "legacy_index") {
      const digits = /\d+/.exec(inner.text)?.[0];
      return digits === void 0 ? void 0 : { index: { kind: "literal", value: Number(digits), start: inner.startIndex, end: inner.endIndex, source: text2 } };
    }
    return void 0;
  }
  if (node.type === "splat") {
    const inner = named[0];
    const steps = (inner ? namedChildrenOf(inner) : []).map((n) => step(n, text2));
    return steps.every((s) => s !== void 0) ? { splat: steps } : void 0;
  }
  return void 0;
}
function readTemplate(node, text2) {
  const parts = [];
  let directive = false;
  const heredoc = node.type === "heredoc_template";
  for (const c of namedChildrenOf(node)) {
    if (c.type === "template_literal") parts.push({ literal: heredoc ? unescapeHeredoc(c.text) : unescape(c.text) });
    else if (c.type === "template_interpolation") {
      const e = namedChildrenOf(c).find((n) => n.type === "expression");
      if (e) parts.push({ expr: readExpr(e, text2) });
    } else if (c.type === "template_directive") directive = true;
  }
  return { kind: "template", parts, directive, start: node.startIndex, end: node.endIndex };
}
function stringLiteral(node) {
  let out = "";
  for (const c of namedChildrenOf(node)) if (c.type === "template_literal") out += unescape(c.text);
  return out;
}
function unescape(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs, (match, esc) => {
    if (match === "$${") return "${";
    if (match === "%%{") return "%{";
    switch (esc?.[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case "u":
      case "U":
        return String.fromCodePoint(parseInt(esc.slice(1), 16));
      default:
        return esc ?? match;
    }
  });
}
function unescapeHeredoc(raw) {
  return raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function describeSyntaxError(root, lines, text2) {
  let first;
  let count = 0;
  const visit = (node) => {
    if (node.type === "ERROR" || node.isMissing) {
      count++;
      if (!first || node.startIndex < first.startIndex) first = node;
      if (node.type === "ERROR") return;
    }
    if (!node.hasError) return;
    for (const c of childrenOf(node)) visit(c);
  };
  visit(root);
  if (!first) return void 0;
  const more = count > 1 ? ` (and ${count - 1} more syntax error${count > 2 ? "s" : ""} after it)` : "";
  return {
    at: lines.span(first.startIndex, first.isMissing ? first.startIndex : first.endIndex),
    code: "hcl-syntax",
    message: `${errorText(first, text2)}${more}`,
    fix: "Fix the HCL syntax (terraform validate reports the same place); resources in a block with a syntax error are not evaluated."
  };
}
function isSplitHeader(block) {
  const brace = childrenOf(block).find((n) => n.type === "block_start");
  return brace !== void 0 && brace.startPosition.row !== block.startPosition.row;
}
function describeSplitHeader(root, lines) {
  const block = root.descendantsOfType("block").find((node) => isSplitHeader(node));
  if (!block) return void 0;
  return {
    at: lines.span(block.startIndex, block.startIndex),
    code: "hcl-syntax",
    message: "invalid block definition: the opening brace must be on the same line as the block header",
    fix: 'Write the block type, its labels and "{" on one line, as Terraform requires; resources in a block with a syntax error are not evaluated.'
  };
}
function errorText(node, text2) {
  if (node.isMissing) {
    const what = node.type === "quoted_template_end" ? 'a closing quote (")' : node.type === "}" ? "a closing brace (})" : `"${node.type}"`;
    return `syntax error: ${what} is missing here`;
  }
  const snippet = text2.slice(node.startIndex, node.endIndex).split("\n")[0]?.trim().slice(0, 40) ?? "";
  if (snippet.startsWith("\\")) {
    const escape = text2.slice(node.startIndex, node.startIndex + 2);
    return `invalid escape sequence "${escape}" in a string: write "\\\\" for one backslash`;
  }
  return `syntax error: Terraform cannot read ${JSON.stringify(snippet)} here`;
}
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function namedChildrenOf(node) {
  return node.namedChildren.filter((n) => n !== null);
}
function childrenOf(node) {
  return node.children.filter((n) => n !== null);
}

// src/parsers/terraform/paths.ts
function dirnameOf(path) {
  const p = path.replace(/\\/g, "/");
  const slash = p.lastIndexOf("/");
  return slash < 0 ? "" : p.slice(0, slash);
}
function joinPath(dir, relative2) {
  const out = [];
  for (const segment of `${dir}/${relative2}`.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else out.push("..");
    } else out.push(segment);
  }
  return out.join("/");
}

// src/parsers/terraform/plan-sources.ts
var PlanSources = class _PlanSources {
  constructor(dirs, roots) {
    this.dirs = dirs;
    this.roots = roots;
  }
  dirs;
  roots;
  static empty = new _PlanSources(/* @__PURE__ */ new Map(), /* @__PURE__ */ new Set());
  static async build(sources) {
    const files = [];
    for (const s of sources) files.push(await parseHclFile(s.path, s.text));
    const dirs = /* @__PURE__ */ new Map();
    for (const file of files) {
      const dir = dirnameOf(file.path);
      let index = dirs.get(dir);
      if (!index) dirs.set(dir, index = { resources: /* @__PURE__ */ new Map(), calls: /* @__PURE__ */ new Map() });
      for (const block of file.body.blocks) {
        if (block.broken) continue;
        if (block.type === "resource" && block.labels.length >= 2)
          index.resources.set(`${block.labels[0]}.${block.labels[1]}`, new BlockPositions(file, block));
        else if (block.type === "module" && block.labels[0]) {
          const source = block.body.attributes.get("source")?.expr;
          index.calls.set(block.labels[0], source?.kind === "literal" && typeof source.value === "string" ? source.value : void 0);
        }
      }
    }
    const called = /* @__PURE__ */ new Set();
    for (const [dir, index] of dirs) for (const source of index.calls.values()) if (source !== void 0 && isLocal(source)) called.add(joinPath(dir, source));
    return new _PlanSources(dirs, new Set([...dirs.keys()].filter((dir) => !called.has(dir))));
  }
  /**
   * The root of a plan's (or state's) configuration: the folder the file is in when it holds `.tf`
   * files, else the one root that declares most of the configuration's root resources and module calls.
   */
  rootFor(file, configuration) {
    const own = dirnameOf(file);
    if (this.dirs.has(own)) return { kind: "root", dir: own };
    const wanted = declared(configuration);
    if (wanted.length === 0) return { kind: "none" };
    let best = [];
    let bestScore = 0;
    for (const [dir, index] of [...this.dirs].filter(([d]) => this.roots.has(d)).sort(([a], [b]) => a < b ? -1 : 1)) {
      const score = wanted.filter((w) => w.startsWith("module:") ? index.calls.has(w.slice(7)) : index.resources.has(w.slice(9))).length;
      if (score > bestScore) [best, bestScore] = [[dir], score];
      else if (score === bestScore && score > 0) best.push(dir);
    }
    const [only, ...others] = best;
    if (only === void 0) return { kind: "none" };
    return others.length === 0 ? { kind: "root", dir: only } : { kind: "ambiguous", dirs: best };
  }
  /** `modules` are the call names from the root (`["vm", "disks"]` for `module.vm.module.disks`). */
  locate(root, configuration, modules, type, name) {
    let dir = root;
    let config = child(configuration, "root_module");
    for (const call of modules) {
      const configCall = child(child(config, "module_calls"), call);
      const source = this.dirs.get(dir)?.calls.get(call) ?? stringOf(child(configCall, "source"));
      if (source === void 0 || !isLocal(source)) return void 0;
      dir = joinPath(dir, source);
      config = child(configCall, "module");
    }
    return this.dirs.get(dir)?.resources.get(`${type}.${name}`);
  }
};
var isLocal = (source) => /^\.\.?[\\/]/.test(source);
function declared(configuration) {
  const root = child(configuration, "root_module");
  const wanted = [];
  const resources = child(root, "resources");
  if (resources?.kind === "array") for (const r of resources.items) wanted.push(`resource:${stringOf(child(r, "type"))}.${stringOf(child(r, "name"))}`);
  const calls = child(root, "module_calls");
  if (calls?.kind === "object") for (const name of calls.members.keys()) wanted.push(`module:${name}`);
  return wanted;
}
function stringOf(node) {
  const v = scalar(node);
  return typeof v === "string" ? v : void 0;
}

// src/core/attributes.ts
import { createHash } from "node:crypto";
var KNOWN_AFTER_APPLY_TEXT = "(known after apply)";
var SENSITIVE_TEXT = "(sensitive value)";
function attributesOf(vm) {
  return flattenSource(vm.attributes);
}
function flattenSource(source) {
  if (source === void 0) return /* @__PURE__ */ new Map();
  return source.kind === "listed" ? source.list() : flattenDocument(source.value);
}
function sameSourceTexts(a, b) {
  const x = a?.kind === "listed" ? a.sourceTexts : void 0;
  const y = b?.kind === "listed" ? b.sourceTexts : void 0;
  return x?.length === y?.length && x !== void 0 && y !== void 0 && x.every((text2, i) => text2 === y[i]);
}
function isComplete(source) {
  return source?.kind === "listed" && source.complete;
}
function memberSegment(key) {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
function showValue(value) {
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map(showValue).join(", ")}]`;
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}
function knownAttribute(value, written, extra = {}) {
  return { display: showValue(value), key: jsonText(value), written, ...extra };
}
function jsonText(value) {
  return value === void 0 ? "undefined" : JSON.stringify(value);
}
var UNKNOWN_KEY = "\0unknown";
function unknownAttribute(written, extra = {}, text2 = KNOWN_AFTER_APPLY_TEXT, reason) {
  return { display: text2, key: reason === void 0 ? UNKNOWN_KEY : `${UNKNOWN_KEY}:${reason}`, written, ...extra };
}
function isUnknownAttribute(attribute) {
  return attribute.key.startsWith(UNKNOWN_KEY);
}
function sensitiveAttribute(value, written, extra = {}) {
  const digest = createHash("sha256").update(jsonText(value)).digest("hex");
  return { display: SENSITIVE_TEXT, key: `\0sensitive:${digest}`, written, ...extra };
}
function isScalarList(value) {
  return value.every((item) => item === null || typeof item !== "object");
}
function flattenDocument(value) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, inner] of Object.entries(value)) walkDocument(key, inner, out);
  return out;
}
var DOCUMENT_BACKUP_PATHS = /^(metadata\.labels|spec\.(host|generation|state|configurationVersion|configurationPath|checkpoints|integrationServices|scsiControllers|disks|guest|backup|exceptions))\b/;
var DOCUMENT_REPLACING_PATHS = /* @__PURE__ */ new Set(["spec.generation"]);
function walkDocument(path, value, out) {
  if (value === void 0 || value === null) return;
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (isScalarList(value)) {
      out.set(path, documentAttribute(path, value));
      return;
    }
    value.forEach((item, index) => {
      const key = itemKey(item, index);
      const itemPath = `${path}[${key}]`;
      const rest = isNamed(item) ? Object.entries(item).filter(([field2]) => field2 !== "name") : void 0;
      if (rest === void 0) walkDocument(itemPath, item, out);
      else if (rest.length === 0) out.set(itemPath, documentAttribute(itemPath, item));
      else for (const [field2, inner] of rest) walkDocument(`${itemPath}${memberSegment(field2)}`, inner, out);
    });
    return;
  }
  if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) walkDocument(`${path}${memberSegment(key)}`, inner, out);
    return;
  }
  out.set(path, documentAttribute(path, value));
}
function documentAttribute(path, value) {
  return knownAttribute(value, true, {
    ...DOCUMENT_BACKUP_PATHS.test(path) ? { backupRelevant: true } : {},
    ...DOCUMENT_REPLACING_PATHS.has(path) ? { forcesReplacement: true } : {}
  });
}
function isNamed(item) {
  return typeof item === "object" && item !== null && typeof item.name === "string";
}
function itemKey(item, index) {
  if (typeof item === "object" && item !== null) {
    const named = item;
    if (typeof named.name === "string") return JSON.stringify(named.name);
    if (typeof named.policy === "string") {
      const scope = typeof named.disk === "string" ? named.disk : typeof named.subject === "string" ? named.subject : void 0;
      return JSON.stringify(scope === void 0 ? named.policy : `${named.policy} ${scope}`);
    }
  }
  return String(index);
}

// src/parsers/terraform/attributes.ts
function terraformAttributes(object, schema) {
  const out = /* @__PURE__ */ new Map();
  const walker = new Walker(object, out);
  walker.block([], "", object.values, object.unknown, object.sensitive, schema, { backupRelevant: false, forcesReplacement: false });
  return out;
}
var Walker = class {
  constructor(object, out) {
    this.object = object;
    this.out = out;
  }
  object;
  out;
  /** An object whose keys are attribute names (the resource, a nested block). */
  block(path, text2, values2, unknown2, sensitive, schema, inherited) {
    const keys2 = /* @__PURE__ */ new Set([...keysOf(values2), ...keysOf(unknown2)]);
    if (this.object.withDefaults && schema) {
      for (const [key, attribute] of Object.entries(schema)) if (attribute.default !== void 0) keys2.add(key);
    }
    for (const key of [...keys2].sort()) {
      const attribute = schema?.[key];
      const flags = flagsOf(attribute, inherited);
      const childPath = [...path, key];
      const childText = text2 === "" ? key : `${text2}.${key}`;
      const value = memberOf(values2, key);
      if ((value === void 0 || value === null) && markerOf(unknown2, key) !== true && this.object.withDefaults && attribute?.default !== void 0) {
        this.out.set(childText, knownAttribute(attribute.default, false, extras(flags)));
        continue;
      }
      this.value(childPath, childText, value, markerOf(unknown2, key), markerOf(sensitive, key), attribute, flags);
    }
  }
  value(path, text2, value, unknown2, sensitive, schema, inherited) {
    const flags = this.replaced(path) ? { ...inherited, forcesReplacement: true } : inherited;
    const written = this.object.written?.(path) ?? true;
    if (sensitive === true) {
      if (value !== void 0 && value !== null) this.out.set(text2, sensitiveAttribute(value, written, extras(flags)));
      return;
    }
    if (unknown2 === true) {
      this.out.set(text2, unknownAttribute(written, extras(flags)));
      return;
    }
    if (value === void 0 || value === null) return;
    if (Array.isArray(value)) {
      if (value.length === 0 && !isArrayMarker(unknown2)) return;
      if (isScalarList(value) && !isArrayMarker(unknown2) && !hasTrue(sensitive)) {
        this.out.set(text2, knownAttribute(value, written, extras(flags)));
        return;
      }
      if (hasTrue(sensitive) && isScalarList(value)) {
        this.out.set(text2, sensitiveAttribute(value, written, extras(flags)));
        return;
      }
      const block = schema?.type.kind === "blocks" ? schema.type.block : void 0;
      const length2 = Math.max(value.length, Array.isArray(unknown2) ? unknown2.length : 0);
      for (let i = 0; i < length2; i++) {
        const item = value[i];
        const itemText = `${text2}[${i}]`;
        const itemUnknown = markerOf(unknown2, i);
        const itemSensitive = markerOf(sensitive, i);
        if (isPlainObject(item) || isPlainObject(itemUnknown)) this.block([...path, i], itemText, item, itemUnknown, itemSensitive, block, flags);
        else this.value([...path, i], itemText, item, itemUnknown, itemSensitive, void 0, flags);
      }
      return;
    }
    if (isPlainObject(value)) {
      const keys2 = /* @__PURE__ */ new Set([...keysOf(value), ...keysOf(unknown2)]);
      if (keys2.size === 0) {
        this.out.set(text2, knownAttribute({}, written, extras(flags)));
        return;
      }
      for (const key of [...keys2].sort()) {
        this.value([...path, key], `${text2}[${JSON.stringify(key)}]`, value[key], markerOf(unknown2, key), markerOf(sensitive, key), void 0, flags);
      }
      return;
    }
    this.out.set(text2, knownAttribute(value, written, extras(flags)));
  }
  replaced(path) {
    return (this.object.replacePaths ?? []).some((r) => r.length === path.length && r.every((step2, i) => step2 === path[i]));
  }
};
function flagsOf(attribute, inherited) {
  return {
    backupRelevant: attribute ? attribute.backupRelevant === true : inherited.backupRelevant,
    forcesReplacement: inherited.forcesReplacement || attribute?.forcesReplacement === true
  };
}
function extras(flags) {
  return { ...flags.backupRelevant ? { backupRelevant: true } : {}, ...flags.forcesReplacement ? { forcesReplacement: true } : {} };
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function keysOf(value) {
  return isPlainObject(value) ? Object.keys(value) : [];
}
function memberOf(value, key) {
  return isPlainObject(value) ? value[key] : void 0;
}
function markerOf(marker, key) {
  if (marker === true) return true;
  if (typeof key === "number") return Array.isArray(marker) ? marker[key] : void 0;
  return memberOf(marker, key);
}
function isArrayMarker(marker) {
  return Array.isArray(marker) && marker.some((m) => m !== false && m !== void 0 && m !== null);
}
function hasTrue(marker) {
  if (marker === true) return true;
  if (Array.isArray(marker)) return marker.some(hasTrue);
  if (isPlainObject(marker)) return Object.values(marker).some(hasTrue);
  return false;
}

// src/parsers/terraform/draft.ts
var absent = (at) => ({ kind: "absent", at });

// src/parsers/terraform/provider-semantics.ts
var PROVIDER_DEFAULT_FOLDER = "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V";
var NO_PHYSICAL_DISK = 4294967295;
var SNAPSHOT_NOTE = `not set: the provider puts checkpoints in ${PROVIDER_DEFAULT_FOLDER}`;
var PATH_NOT_SET_REASON = "path is not set: Hyper-V puts the VM in the host's default virtual machine folder, which only the host knows";
var GUEST_OS_REASON = "not expressible in Terraform; declare guest.os in a .hvgate.yml overlay";
var BACKUP_DEFAULT_NOTE = "not set: Hyper-V enables the Backup (volume shadow copy) integration service by default";
var BACKUP_KEY_MISSING_NOTE = "integration_services has no VSS key: the provider leaves the Backup (volume shadow copy) service at Hyper-V's default, enabled";
var INSTALLED_NOTE = "Hyper-V offers integration services to every VM; whether the guest runs them is not expressible in Terraform";
var PROTECTION_NOTE = "Terraform VMs are backed up at host level unless a .hvgate.yml overlay says otherwise";
var GEN1_SCSI_NOTE = "not declared: Hyper-V gives a new generation 1 VM one SCSI controller besides its two IDE controllers, and the provider does not remove it";
var GEN2_SCSI_NOTE = "not declared: a generation 2 VM always has a SCSI controller";
var ANY_GENERATION_SCSI_NOTE = "not declared: Hyper-V gives every new VM a SCSI controller, of generation 1 or 2, and the provider does not remove it";
function read(field2, spec, diagnostics) {
  if (field2.kind === "unknown") {
    if (field2.mistyped) diagnostics.push(mistyped(field2.at, spec.attribute, field2.reason, spec.expected));
    return unknown(field2.at, field2.reason, field2.partial);
  }
  if (field2.kind === "absent" || field2.value === null) {
    return spec.fallback ? byDefault(spec.fallback.value, field2.at, spec.fallback.note) : unknown(field2.at, `${spec.attribute} is not set`);
  }
  const value = spec.convert(field2.value);
  if (value === void 0) {
    diagnostics.push({
      at: field2.at,
      code: "terraform-invalid-value",
      message: `${spec.attribute} = ${JSON.stringify(field2.value)} is not a value the hyperv provider accepts (expected ${spec.expected})`,
      fix: `Set ${spec.attribute} to ${spec.expected}.`
    });
    return unknown(field2.at, `${spec.attribute} = ${JSON.stringify(field2.value)} is not a valid value`);
  }
  if (field2.written) return set(value, field2.at);
  return byDefault(value, field2.at, spec.fallback?.note ?? `not set: the provider fills in ${JSON.stringify(value)}`);
}
function mistyped(at, attribute, reason, expected) {
  return {
    at,
    code: `terraform-wrong-type:${attribute}`,
    message: `${attribute}: ${reason}; Terraform rejects this (expected ${expected})`,
    fix: `Set ${attribute} to ${expected}.`
  };
}
function oneOf(allowed) {
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  return (raw) => typeof raw === "string" ? byLower.get(raw.trim().toLowerCase()) : void 0;
}
function wholeNumber(raw) {
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : void 0;
}
function bool2(raw) {
  if (typeof raw === "boolean") return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return void 0;
}
function text(raw) {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return void 0;
}
var GENERATION = {
  attribute: "generation",
  convert: (raw) => {
    const n = wholeNumber(raw);
    return n === 1 || n === 2 ? n : void 0;
  },
  expected: "1 or 2",
  fallback: { value: 2, note: "not set: the provider creates generation 2 VMs" }
};
var STATE = {
  attribute: "state",
  convert: oneOf(["Running", "Off", "Saved", "Paused"]),
  expected: "Running or Off",
  fallback: { value: "Running", note: "not set: the provider starts the VM (state Running)" }
};
var CHECKPOINT_TYPE = {
  attribute: "checkpoint_type",
  convert: oneOf(["Disabled", "Standard", "Production", "ProductionOnly"]),
  expected: "Disabled, Standard, Production or ProductionOnly",
  fallback: { value: "Production", note: "not set: the provider uses Production checkpoints" }
};
var SNAPSHOT_LOCATION = {
  attribute: "snapshot_file_location",
  convert: text,
  expected: "a folder path",
  fallback: { value: PROVIDER_DEFAULT_FOLDER, note: SNAPSHOT_NOTE }
};
var CONTROLLER_TYPE = {
  attribute: "controller_type",
  convert: (raw) => {
    const v = oneOf(["Scsi", "Ide"])(raw);
    return v === "Scsi" ? "scsi" : v === "Ide" ? "ide" : void 0;
  },
  expected: "Scsi or Ide",
  fallback: { value: "scsi", note: "not set: the provider attaches the disk to a SCSI controller" }
};
var counter = (attribute) => ({ attribute, convert: wholeNumber, expected: "a whole number" });
var DISK_NUMBER = {
  attribute: "disk_number",
  convert: wholeNumber,
  expected: `a physical disk number, or ${NO_PHYSICAL_DISK} for none`,
  fallback: { value: NO_PHYSICAL_DISK, note: "not set: no physical disk is passed through" }
};
var DISK_PATH = {
  attribute: "path",
  convert: text,
  expected: "a .vhd, .vhdx or .vhds path",
  fallback: { value: "", note: "not set: no virtual disk file" }
};
var PERSISTENT_RESERVATIONS = {
  attribute: "support_persistent_reservations",
  convert: bool2,
  expected: "true or false",
  fallback: { value: false, note: "not set: the disk is not shared" }
};
var SERVICE_STATE = { attribute: "integration_services", convert: bool2, expected: "true or false" };
function buildMachines(machines, vhds) {
  const diagnostics = [];
  const parents = new ParentIndex(vhds, diagnostics);
  const vms = machines.map((m) => buildMachine(m, parents, diagnostics));
  return { vms, diagnostics };
}
function buildMachine(draft, parents, diagnostics) {
  let name = draft.address;
  const nameField2 = draft.name;
  if (nameField2.kind === "known" && typeof nameField2.value === "string") {
    if (nameField2.value.trim() === "") {
      diagnostics.push({
        at: nameField2.at,
        code: "terraform-empty-name",
        message: `${draft.address} has an empty name; Hyper-V needs a VM name`,
        fix: "Set name to the VM name."
      });
    } else name = nameField2.value;
  }
  const generation = read(draft.generation, GENERATION, diagnostics);
  const disks2 = uniqueNames(draft.disks.map((d, i) => buildDisk(d, i, parents, diagnostics)));
  const configurationPath = draft.path.kind === "absent" ? unknown(draft.path.at, PATH_NOT_SET_REASON) : read(draft.path, { attribute: "path", convert: text, expected: "a folder path" }, diagnostics);
  return {
    name,
    address: draft.address,
    ...draft.configuration !== void 0 ? { configuration: draft.configuration } : {},
    format: draft.format,
    at: draft.at,
    nameAt: nameField2.at,
    labels: {},
    generation,
    state: read(draft.state, STATE, diagnostics),
    configurationPath,
    checkpointLocation: read(draft.snapshotFileLocation, SNAPSHOT_LOCATION, diagnostics),
    checkpointType: read(draft.checkpointType, CHECKPOINT_TYPE, diagnostics),
    integrationServices: integrationServices(draft.integrationServices, draft.at, diagnostics),
    scsiControllers: scsiControllers(generation, disks2, draft),
    disks: disks2.map((d) => d.disk),
    guest: { os: unknown(draft.at, GUEST_OS_REASON), volumes: [], iscsiTargets: [], fibreChannelAdapters: [] },
    protection: byDefault("host", draft.at, PROTECTION_NOTE),
    guestCoverage: [],
    exceptions: [],
    ...draft.attributes ? { attributes: draft.attributes } : {}
  };
}
function integrationServices(draft, vmAt, diagnostics) {
  const installed = byDefault(true, vmAt, INSTALLED_NOTE);
  if (draft.kind === "unknown" && !draft.mistyped) return { installed, backup: unknown(draft.at, draft.reason), unrecognized: [] };
  if (draft.kind === "absent" || draft.kind === "known" && draft.value === null) {
    return { installed, backup: byDefault(true, draft.at, BACKUP_DEFAULT_NOTE), unrecognized: [] };
  }
  if (draft.kind === "known" || draft.kind === "unknown") {
    const reason = draft.kind === "known" ? `the value is ${JSON.stringify(draft.value)}, not a map` : draft.reason;
    diagnostics.push(mistyped(draft.at, "integration_services", reason, "a map of service names to true/false"));
    return { installed, backup: unknown(draft.at, "integration_services is not a map of service names to true/false"), unrecognized: [] };
  }
  const unrecognized = [];
  const backups = [];
  for (const entry of draft.entries) {
    const service = identifyService(entry.key);
    if (service === void 0) {
      const enabled = entry.value.kind === "known" ? bool2(entry.value.value) : void 0;
      unrecognized.push({ name: entry.key, at: entry.at, ...enabled !== void 0 ? { enabled } : {} });
    } else if (service === "backup") {
      const value = read(
        entry.value,
        { ...SERVICE_STATE, attribute: `integration_services["${entry.key}"]`, fallback: { value: true, note: BACKUP_DEFAULT_NOTE } },
        diagnostics
      );
      backups.push({ key: entry.key, value });
    }
  }
  const chosen = backups.find((b) => b.value.known && !b.value.value) ?? backups.find((b) => !b.value.known) ?? backups[0];
  if (!chosen) return { installed, backup: byDefault(true, draft.at, BACKUP_KEY_MISSING_NOTE), unrecognized };
  return { installed, backup: chosen.value, backupKey: chosen.key, unrecognized };
}
function buildDisk(draft, index, parents, diagnostics) {
  const type = read(draft.controllerType, CONTROLLER_TYPE, diagnostics);
  const number2 = read(draft.controllerNumber, counter("controller_number"), diagnostics);
  const location = read(draft.controllerLocation, counter("controller_location"), diagnostics);
  const controller = type.known && number2.known && location.known ? { type: type.value, number: number2.value, location: location.value } : void 0;
  const diskNumber = read(draft.diskNumber, DISK_NUMBER, diagnostics);
  const passthrough = diskNumber.known && diskNumber.value !== NO_PHYSICAL_DISK;
  const path = read(draft.path, DISK_PATH, diagnostics);
  const shared = sharedDisk(draft, path, read(draft.supportPersistentReservations, PERSISTENT_RESERVATIONS, diagnostics));
  const parentPath = passthrough ? void 0 : parents.parentOf(draft, path);
  const disk = {
    name: controller ? `${controller.type}${controller.number}:${controller.location}` : `disk${index + 1}`,
    at: draft.at,
    ...controller ? { controller } : {},
    kind: passthrough ? "passthrough" : "virtual",
    ...passthrough ? {} : { path },
    // An unknown disk_number is kept so that a policy can say it cannot tell whether the disk is pass-through.
    ...passthrough || !diskNumber.known ? { diskNumber } : {},
    shared,
    ...parentPath ? { parentPath } : {}
  };
  return {
    disk,
    scsiNumber: type.known && type.value === "scsi" && number2.known ? number2.value : void 0,
    controllerKnown: type.known && number2.known
  };
}
function sharedDisk(draft, path, reservations) {
  if (reservations.known && reservations.value) return reservations;
  if (path.known) return isVhdSet(path.value) ? set(true, path.at) : reservations;
  const suffix = draft.path.kind === "unknown" ? draft.path.partial?.suffix : void 0;
  if (suffix !== void 0 && isVhdSet(suffix)) return set(true, path.at);
  return reservations;
}
var isVhdSet = (path) => /\.vhds$/i.test(path.trim());
function uniqueNames(disks2) {
  const seen = /* @__PURE__ */ new Map();
  return disks2.map((d) => {
    const count = (seen.get(d.disk.name) ?? 0) + 1;
    seen.set(d.disk.name, count);
    return count === 1 ? d : { ...d, disk: { ...d.disk, name: `${d.disk.name}#${count}` } };
  });
}
function scsiControllers(generation, disks2, draft) {
  const numbers = /* @__PURE__ */ new Set();
  let firstScsi;
  for (const d of disks2) {
    if (d.scsiNumber === void 0) continue;
    numbers.add(d.scsiNumber);
    firstScsi ??= d.disk.at;
  }
  if (numbers.size > 0 && firstScsi) return set(numbers.size, firstScsi);
  if (!generation.known) return byDefault(1, draft.at, ANY_GENERATION_SCSI_NOTE);
  if (generation.value === 2) return byDefault(1, generation.at, GEN2_SCSI_NOTE);
  return byDefault(1, draft.at, GEN1_SCSI_NOTE);
}
var ParentIndex = class {
  constructor(vhds, diagnostics) {
    this.diagnostics = diagnostics;
    for (const vhd of vhds) {
      if (!isDifferencing(vhd)) continue;
      this.byAddress.set(vhd.address, vhd);
      if (vhd.path.kind === "known" && typeof vhd.path.value === "string") this.byPath.set(normalizePath(vhd.path.value), vhd);
    }
  }
  diagnostics;
  byAddress = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  parentOf(disk, path) {
    const vhd = (disk.vhdAddress ? this.byAddress.get(disk.vhdAddress) : void 0) ?? (path.known && path.value !== "" ? this.byPath.get(normalizePath(path.value)) : void 0);
    if (!vhd) return void 0;
    if (vhd.parentPath.kind === "absent") return unknown(vhd.parentPath.at, `${vhd.address} is a differencing disk without parent_path`);
    return read(vhd.parentPath, { attribute: "parent_path", convert: text, expected: "the parent disk path" }, this.diagnostics);
  }
};
function isDifferencing(vhd) {
  if (vhd.vhdType.kind === "known" && typeof vhd.vhdType.value === "string" && vhd.vhdType.value.trim().toLowerCase() === "differencing") return true;
  return vhd.parentPath.kind === "unknown" || vhd.parentPath.kind === "known" && typeof vhd.parentPath.value === "string" && vhd.parentPath.value !== "";
}
function isCompatibleProvider(source) {
  const parts = source.trim().toLowerCase().split("/");
  const type = parts[parts.length - 1];
  const namespace = parts[parts.length - 2];
  if (type !== "hyperv") return false;
  return namespace !== "windsorcli";
}

// src/parsers/terraform/plan-values.ts
var KNOWN_AFTER_APPLY = "known after apply";
var WRONG_TYPE = "the value is not of the type Terraform writes here (see the definition-valid finding)";
var SourcePositions = class _SourcePositions {
  constructor(block, parent) {
    this.block = block;
    this.parent = parent;
  }
  block;
  parent;
  get resource() {
    return this.block.whole;
  }
  get header() {
    return this.block.header;
  }
  attr(key) {
    return this.block.attr(key);
  }
  mapKey(attr, key) {
    return this.block.mapKey(attr, key);
  }
  nested(type, index, total) {
    const nested = this.block.nth(type, index, total);
    return nested ? new _SourcePositions(nested, this) : new _SourcePositions(this.parent?.block ?? this.block, this.parent);
  }
};
var JsonPositions = class _JsonPositions {
  constructor(lines, values2, unknowns, resource, header) {
    this.lines = lines;
    this.values = values2;
    this.unknowns = unknowns;
    this.resource = resource;
    this.header = header;
  }
  lines;
  values;
  unknowns;
  resource;
  header;
  attr(key) {
    const m = member(this.values, key) ?? member(this.unknowns, key);
    return m ? this.lines.span(m.keyStart, m.value.end) : void 0;
  }
  mapKey(attr, key) {
    const m = member(child(this.values, attr), key) ?? member(child(this.unknowns, attr), key);
    return m ? this.lines.span(m.keyStart, m.value.end) : void 0;
  }
  nested(type, index) {
    const item = child(child(this.values, type), index);
    const unknownItem = child(child(this.unknowns, type), index);
    const span = item ? this.lines.span(item.start, item.end) : this.attr(type) ?? this.header;
    const head = item ? this.lines.span(item.start, item.start + 1) : span;
    return new _JsonPositions(this.lines, item, unknownItem, span, head);
  }
};
var PlanValues = class _PlanValues {
  constructor(object) {
    this.object = object;
  }
  object;
  get positions() {
    return this.object.positions;
  }
  get values() {
    return this.object.values;
  }
  get unknowns() {
    return this.object.unknowns;
  }
  get exprs() {
    return this.object.exprs;
  }
  wholeUnknown() {
    return scalar(this.unknowns) === true;
  }
  isUnknown(key) {
    return this.wholeUnknown() || scalar(child(this.unknowns, key)) === true;
  }
  written(key) {
    return this.exprs === void 0 || member(this.exprs, key) !== void 0;
  }
  reason(key) {
    if (key === "path" && !this.written(key)) return `${KNOWN_AFTER_APPLY}: ${PATH_NOT_SET_REASON}`;
    const refs = child(child(this.exprs, key), "references");
    const names = refs?.kind === "array" ? refs.items.map(scalar).filter((r) => typeof r === "string") : [];
    return names.length > 0 ? `${KNOWN_AFTER_APPLY} (from ${names.slice(0, 3).join(", ")})` : KNOWN_AFTER_APPLY;
  }
  field(key) {
    const at = this.positions.attr(key) ?? this.positions.header;
    if (this.isUnknown(key)) return { kind: "unknown", at, reason: this.reason(key) };
    const node = child(this.values, key);
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(at);
    if (this.object.check.isBad(node) || node.kind !== "scalar") return { kind: "unknown", at, reason: WRONG_TYPE };
    return { kind: "known", value: node.value, at, written: this.written(key) };
  }
  map(key) {
    const at = this.positions.attr(key) ?? this.positions.header;
    if (this.isUnknown(key)) return { kind: "unknown", at, reason: this.reason(key) };
    const node = child(this.values, key);
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(at);
    if (node.kind !== "object" || this.object.check.isBad(node)) return { kind: "unknown", at, reason: WRONG_TYPE };
    const expr = child(this.exprs, key);
    const constant = child(expr, "constant_value");
    const keyWritten = (k) => this.exprs === void 0 || expr !== void 0 && (constant?.kind !== "object" || constant.members.has(k));
    const unknownKeys = child(this.unknowns, key);
    const entries = [];
    const keys2 = /* @__PURE__ */ new Set([...node.members.keys(), ...unknownKeys?.kind === "object" ? unknownKeys.members.keys() : []]);
    for (const k of keys2) {
      const entryAt = this.positions.mapKey(key, k) ?? at;
      const value = child(node, k);
      let field2;
      if (scalar(child(unknownKeys, k)) === true) field2 = { kind: "unknown", at: entryAt, reason: KNOWN_AFTER_APPLY };
      else if (value?.kind === "scalar" && !this.object.check.isBad(value)) field2 = { kind: "known", value: value.value, at: entryAt, written: keyWritten(k) };
      else field2 = { kind: "unknown", at: entryAt, reason: WRONG_TYPE };
      entries.push({ key: k, at: entryAt, value: field2 });
    }
    return { kind: "entries", at, entries };
  }
  /** Nested blocks, or why the list cannot be read (known only after apply, or of the wrong type). */
  list(key) {
    if (this.isUnknown(key)) return { unknown: `${KNOWN_AFTER_APPLY}: the ${key} list` };
    const node = child(this.values, key);
    if (node !== void 0 && this.object.check.isBad(node)) return { unknown: WRONG_TYPE };
    if (node?.kind !== "array") return [];
    const exprs = child(this.exprs, key);
    const matched = this.exprs !== void 0 && exprs?.kind === "array" && exprs.items.length === node.items.length;
    return node.items.map(
      (item, i) => new _PlanValues({
        values: item,
        unknowns: child(child(this.unknowns, key), i),
        sensitive: child(child(this.object.sensitive, key), i),
        exprs: matched ? child(exprs, i) : void 0,
        positions: this.positions.nested(key, i, node.items.length),
        check: this.object.check
      })
    );
  }
  /** Every attribute in Terraform's words, computed when the plan first asks. */
  attributes() {
    const { exprs, replacePaths } = this.object;
    const [values2, unknown2, sensitive] = [this.object.values, this.object.unknowns, this.object.sensitive].map(plainLater);
    let listed;
    const list2 = () => {
      const plainValues = values2?.();
      return terraformAttributes(
        {
          values: plainValues,
          unknown: unknown2?.(),
          sensitive: sensitive?.(),
          written: (path) => writtenAt(exprs, plainValues, path),
          ...replacePaths ? { replacePaths } : {}
        },
        MACHINE_INSTANCE_SCHEMA
      );
    };
    const { values: v, unknowns: u, sensitive: s } = this.object;
    const sourceTexts = [sourceText(v), sourceText(u), sourceText(s), sourceText(exprs), JSON.stringify(replacePaths ?? null)];
    return { kind: "listed", complete: true, list: () => listed ??= list2(), sourceTexts };
  }
};
function writtenAt(exprs, values2, path) {
  if (exprs === void 0) return true;
  const [top, second, third] = path;
  const expr = member(exprs, String(top))?.value;
  if (expr === void 0) return false;
  if (second === void 0) return true;
  if (typeof second === "number") {
    const key = String(top);
    const list2 = typeof values2 === "object" && values2 !== null && !Array.isArray(values2) && Object.hasOwn(values2, key) ? values2[key] : void 0;
    if (expr.kind !== "array" || !Array.isArray(list2) || expr.items.length !== list2.length) return true;
    return third === void 0 || member(child(expr, second), String(third)) !== void 0;
  }
  const constant = child(expr, "constant_value");
  return constant?.kind !== "object" || constant.members.has(second);
}
function machineDraft(address, v, format2, configuration) {
  const list2 = v.list("hard_disk_drives");
  const disks2 = "unknown" in list2 ? [unknownDisk(v.positions.attr("hard_disk_drives") ?? v.positions.header, list2.unknown)] : list2.map((d) => ({
    at: d.positions.resource,
    controllerType: d.field("controller_type"),
    controllerNumber: d.field("controller_number"),
    controllerLocation: d.field("controller_location"),
    path: d.field("path"),
    diskNumber: d.field("disk_number"),
    supportPersistentReservations: d.field("support_persistent_reservations")
  }));
  return {
    address,
    configuration,
    format: format2,
    at: v.positions.resource,
    name: v.field("name"),
    path: v.field("path"),
    generation: v.field("generation"),
    state: v.field("state"),
    checkpointType: v.field("checkpoint_type"),
    snapshotFileLocation: v.field("snapshot_file_location"),
    integrationServices: v.map("integration_services"),
    disks: disks2,
    attributes: v.attributes()
  };
}
function unknownDisk(at, reason) {
  const f = { kind: "unknown", at, reason };
  return { at, controllerType: f, controllerNumber: f, controllerLocation: f, path: f, diskNumber: f, supportPersistentReservations: f };
}
function vhdDraft(address, v) {
  const parentPath = v.field("parent_path");
  return {
    address,
    at: v.positions.resource,
    path: v.field("path"),
    vhdType: v.field("vhd_type"),
    // An unknown parent_path the author did not write is the provider's computed empty value, not a parent.
    parentPath: parentPath.kind === "unknown" && !v.written("parent_path") ? absent(parentPath.at) : parentPath
  };
}
function forEachValuesResource(values2, path, check, visit) {
  if (values2 === void 0 || !check.expect(values2, path, ["object", "null"]) || values2.kind !== "object") return;
  const walk = (module, at, depth) => {
    if (module === void 0 || depth > 32 || !check.expect(module, at, ["object"]) || module.kind !== "object") return;
    check.expect(child(module, "address"), `${at}.address`, ["string"]);
    const resources = child(module, "resources");
    if (check.expect(resources, `${at}.resources`, ["array", "null"]) && resources?.kind === "array")
      resources.items.forEach((r, i) => {
        const rAt = `${at}.resources[${i}]`;
        if (!check.expect(r, rAt, ["object"])) return;
        for (const key of ["address", "mode", "type", "name", "provider_name"]) check.expect(child(r, key), () => `${rAt}.${key}`, ["string"]);
        const text2 = (key) => {
          const v = scalar(child(r, key));
          return typeof v === "string" ? v : void 0;
        };
        const type = text2("type");
        visit(
          { node: r, address: text2("address") ?? `${type}.${text2("name")}`, type, name: text2("name"), mode: text2("mode"), provider: text2("provider_name") },
          rAt
        );
      });
    const children = child(module, "child_modules");
    if (check.expect(children, `${at}.child_modules`, ["array", "null"]) && children?.kind === "array")
      children.items.forEach((c, i) => {
        walk(c, `${at}.child_modules[${i}]`, depth + 1);
      });
  };
  walk(child(values2, "root_module"), `${path}.root_module`, 0);
}

// src/parsers/terraform/unseen.ts
var OTHER_VM_TYPES = [
  [/^hyperv_vm$/, "a Hyper-V VM of the windsorcli/hyperv or chazragg/hyper-v provider"],
  [/^hyperv_virtual_machine$/, "a Hyper-V VM of a provider other than taliesins/hyperv"],
  [/^azurerm_system_center_virtual_machine_manager_virtual_machine_instance$/, "a VM that System Center Virtual Machine Manager creates on Hyper-V"],
  [/^azurerm_stack_hci_virtual_machine/, "an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V"],
  [/^azurestackhci_virtual_machine/, "an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V"]
];
var HYPERV_CMDLETS = /\b(New-VM|Import-VM|Set-VM|Move-VM|Move-VMStorage|Add-VMHardDiskDrive|Set-VMHardDiskDrive|Remove-VMHardDiskDrive|Enable-VMIntegrationService|Disable-VMIntegrationService|Add-VMScsiController|Remove-VMScsiController|Msvm_VirtualSystemManagementService)\b/i;
function remoteModule(call, name, source) {
  const at = spanOf(call, "source");
  return {
    at,
    code: "terraform-remote-module",
    message: `module.${name} comes from ${JSON.stringify(source)}, which is not in the repository; the gate cannot fetch it, so any Hyper-V VMs it defines are not evaluated`,
    fix: "Evaluate a `terraform show -json` plan of this configuration, or vendor the module into the repository and call it by a relative path."
  };
}
function otherVmResource(resource) {
  const [type = "", name = ""] = resource.node.labels;
  const azapiType = resource.node.body.attributes.get("type")?.expr;
  const kind = otherVmKind(type, azapiType ? textOf(azapiType) : void 0);
  return kind === void 0 ? void 0 : otherVmNotice(resource.node.lines.span(resource.node.start, resource.node.end), `${type}.${name}`, kind);
}
function otherVmKind(type, azapiType) {
  const listed = OTHER_VM_TYPES.find(([pattern]) => pattern.test(type))?.[1];
  if (listed !== void 0 || type !== "azapi_resource" || azapiType === void 0) return listed;
  if (/Microsoft\.AzureStackHCI\/virtualMachineInstances/i.test(azapiType)) return "an Azure Local (Azure Stack HCI) VM, which runs on Hyper-V";
  if (/Microsoft\.ScVmm\/virtualMachine(Instance)?s/i.test(azapiType)) return "a VM that System Center Virtual Machine Manager creates on Hyper-V";
  return void 0;
}
function otherVmNotice(at, address, kind) {
  return {
    at,
    code: "terraform-other-vm-resource",
    message: `${address} creates ${kind}; the gate evaluates only hyperv_machine_instance of taliesins/hyperv, so this VM is not evaluated`,
    fix: "Describe the VM for the gate in the hvgate/v1 format, or manage it with the taliesins/hyperv provider."
  };
}
function hypervCmdlet(text2) {
  return HYPERV_CMDLETS.exec(text2)?.[1];
}
function scriptedVmNotice(at, address, place, cmdlet) {
  return {
    at,
    code: "terraform-scripted-vm",
    message: `${address}: ${place} ${cmdlet}, which creates or changes a Hyper-V VM outside any resource the gate evaluates; that VM is not evaluated`,
    fix: "Manage the VM with a hyperv_machine_instance resource, or describe it for the gate in the hvgate/v1 format."
  };
}
function scriptedVms(resource) {
  const [type = "", name = ""] = resource.node.labels;
  const address = `${resource.node.type === "data" ? "data." : ""}${type}.${name}`;
  const found = firstCmdlet(resource.node.body, []);
  if (!found) return [];
  const { attribute, cmdlet, path } = found;
  return [scriptedVmNotice(attribute.lines.span(attribute.start, attribute.end), address, describePlace(path), cmdlet)];
}
function firstCmdlet(body, path) {
  for (const [name, attribute] of body.attributes) {
    const cmdlet = hypervCmdlet(textOf(attribute.expr));
    if (cmdlet) return { attribute, cmdlet, path: [...path, { name }] };
  }
  for (const block of body.blocks) {
    const found = firstCmdlet(block.body, [...path, { block, name: block.type }]);
    if (found) return found;
  }
  return void 0;
}
function describePlace(path) {
  const provisioner = path.find((p) => p.block?.type === "provisioner")?.block;
  if (provisioner) return `its ${provisioner.labels[0] ?? ""} provisioner runs`;
  const [first] = path;
  if (path.length === 1 && first) return attributePlace(first.name);
  return `its ${path.map((p) => p.name).join(".")} runs`;
}
function attributePlace(name) {
  return /^(program|command|commands|script|scripts|inline)$/.test(name) ? `its ${name} runs` : `its ${name} holds a script that runs`;
}
function textOf(expr) {
  return expr.source.slice(expr.start, expr.end);
}
function spanOf(located, attribute) {
  const a = located.node.body.attributes.get(attribute);
  return a ? a.lines.span(a.start, a.end) : located.node.lines.span(located.node.start, located.node.end);
}

// src/parsers/terraform/plan.ts
var MACHINE = "hyperv_machine_instance";
var VHD = "hyperv_vhd";
var REWRITE = "Write the plan with `terraform show -json tfplan > plan.json` and pass it unedited.";
async function parseTerraformPlan(input) {
  const { file, text: text2 } = input;
  const lines = new LineIndex(file, text2);
  const failed = (diagnostic) => ({
    before: estateOf([], [], [file]),
    after: estateOf([], [diagnostic], [file]),
    changes: [],
    root: { kind: "none" },
    machines: /* @__PURE__ */ new Map()
  });
  try {
    const root = parseJsonTree(text2.charCodeAt(0) === 65279 ? ` ${text2.slice(1)}` : text2);
    const problem2 = checkPlanShape(root, lines);
    if (problem2) return failed(problem2);
    const sources = input.sources === void 0 ? PlanSources.empty : Array.isArray(input.sources) ? await PlanSources.build(input.sources) : input.sources;
    return readPlan(root, file, sources, lines);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failed({
      at: lines.span(error.offset),
      code: "plan-json-invalid",
      message: `the plan is not valid JSON: ${error.message}`,
      fix: "Write the plan with `terraform show -json tfplan > plan.json` and make sure the file is complete."
    });
  }
}
function readPlan(root, file, sources, lines) {
  const diagnostics = [];
  const check = new ShapeCheck(lines, diagnostics, "plan");
  for (const key of ["configuration", "planned_values", "prior_state"]) check.expect(child(root, key), key, ["object", "null"]);
  const changesNode = child(root, "resource_changes");
  check.expect(changesNode, "resource_changes", ["array", "null"]);
  const configuration = child(root, "configuration");
  const unevaluated = [];
  const config = indexConfiguration(configuration?.kind === "object" ? configuration : void 0, check, lines, (notice) => unevaluated.push(notice));
  const rootMatch = sources.rootFor(file, configuration);
  const locate2 = (modules, type, name) => rootMatch.kind === "root" ? sources.locate(rootMatch.dir, configuration, modules, type, name) : void 0;
  const after = { machines: [], vhds: [] };
  const before = { machines: [], vhds: [] };
  const pending = [];
  const machines = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let index = 0;
  if (changesNode?.kind === "array")
    changesNode.forEachOnce((rc) => {
      const path = `resource_changes[${index++}]`;
      if (!check.expect(rc, path, ["object"])) return;
      const other = otherVm(rc, lines);
      if (other) unevaluated.push(other);
      const resource = readResourceHeader(rc, path, check);
      if (!resource) return;
      const { type, address } = resource;
      const rcSpan = lines.span(rc.start, rc.end);
      const change = child(rc, "change");
      if (change === void 0 || !check.expect(change, jsonPath(path, "change"), ["object"])) {
        if (change === void 0) diagnostics.push(missing(rcSpan, address, `${path}.change`, "plan-change-missing"));
        return;
      }
      const actionsNode = child(change, "actions");
      const actions = readActions(actionsNode, `${path}.change.actions`, check);
      if (actions === void 0) {
        if (actionsNode === void 0) diagnostics.push(missing(rcSpan, address, `${path}.change.actions`, "plan-actions-missing"));
        return;
      }
      const action = actionOf(actions);
      if (!action) {
        diagnostics.push({
          at: rcSpan,
          code: "plan-unknown-action",
          message: `${address}: the plan action ${JSON.stringify(actions)} is not one hvgate knows`,
          fix: "Report this plan to the hvgate maintainers; meanwhile the resource is not evaluated."
        });
        return;
      }
      if (member(rc, "deposed") !== void 0) return;
      if (seen.has(address)) {
        diagnostics.push({
          at: rcSpan,
          code: `plan-duplicate-address:${address}`,
          message: `${address} appears twice in resource_changes; Terraform lists every resource instance once, so this plan was not written by it as it is`,
          fix: REWRITE
        });
        return;
      }
      seen.add(address);
      if (type === MACHINE) machines.set(address, rcSpan);
      const changePath = `${path}.change`;
      for (const side of ["before", "after"]) {
        check.attributes(child(change, side), `${changePath}.${side}`, type === MACHINE ? MACHINE_INSTANCE_SCHEMA : VHD_SCHEMA);
      }
      for (const marker of ["after_unknown", "before_sensitive", "after_sensitive"]) check.markers(child(change, marker), `${changePath}.${marker}`);
      const replacePaths = readReplacePaths(child(change, "replace_paths"), `${changePath}.replace_paths`, check);
      const modules = moduleNames(resource.moduleAddress);
      const exprs = config.get(`${modules.join(".")}|${type}.${resource.name}`);
      const block = locate2(modules, type, resource.name);
      const addressMember = member(rc, "address");
      const jsonHeader = addressMember ? lines.span(addressMember.keyStart, addressMember.value.end) : rcSpan;
      const read2 = (side) => {
        const values2 = child(change, side);
        const unknowns = side === "after" ? child(change, "after_unknown") : void 0;
        const positions = block ? new SourcePositions(block) : new JsonPositions(lines, values2?.kind === "object" ? values2 : void 0, unknowns, rcSpan, jsonHeader);
        return new PlanValues({
          values: values2,
          unknowns,
          sensitive: child(change, `${side}_sensitive`),
          exprs,
          positions,
          check,
          ...side === "after" && replacePaths ? { replacePaths } : {}
        });
      };
      const target = (set2, values2) => {
        if (type === MACHINE) set2.machines.push(machineDraft(address, values2, "terraform-plan", rootMatch.kind === "root" ? rootMatch.dir : file));
        else set2.vhds.push(vhdDraft(address, values2));
      };
      const hasAfter = action !== "delete" && action !== "forget" && child(change, "after")?.kind === "object";
      const hasBefore = action !== "create" && child(change, "before")?.kind === "object";
      if (action !== "delete" && action !== "forget" && !hasAfter) diagnostics.push(missing(rcSpan, address, `${changePath}.after`, "plan-after-missing"));
      const afterValues = hasAfter ? read2("after") : void 0;
      const beforeValues = hasBefore ? read2("before") : void 0;
      if (afterValues) target(after, afterValues);
      if (beforeValues) target(before, beforeValues);
      pending.push({
        address,
        action,
        actions,
        at: (afterValues ?? beforeValues)?.positions.resource ?? rcSpan,
        ...replacePaths ? { replacePaths: replacePaths.map((p) => p.map(String)) } : {}
      });
    });
  for (const section of ["planned_values", "prior_state"]) {
    const values2 = section === "prior_state" ? child(child(root, section), "values") : child(root, section);
    const base = section === "prior_state" ? "prior_state.values" : section;
    forEachValuesResource(values2, base, check, (resource, path) => {
      if (resource.type !== MACHINE || resource.mode === "data" || seen.has(resource.address)) return;
      if (resource.provider !== void 0 && !isCompatibleProvider(resource.provider)) return;
      diagnostics.push({
        at: lines.span(resource.node.start, resource.node.end),
        code: `plan-unlisted-vm:${section}:${resource.address}`,
        message: `${path} is the VM ${resource.address}, which resource_changes does not list: Terraform lists every resource instance there, so this plan was edited or is incomplete, and the VM is not evaluated`,
        fix: REWRITE
      });
    });
  }
  const builtAfter = buildMachines(after.machines, after.vhds);
  const builtBefore = buildMachines(before.machines, before.vhds);
  const names = /* @__PURE__ */ new Map();
  for (const vm of [...builtBefore.vms, ...builtAfter.vms]) if (vm.name !== vm.address) names.set(vm.address, vm.name);
  return {
    before: estateOf(builtBefore.vms, builtBefore.diagnostics, [file]),
    after: { ...estateOf(builtAfter.vms, [...diagnostics, ...builtAfter.diagnostics], [file]), unevaluated },
    changes: pending.map((p) => {
      const vmName = names.get(p.address);
      return vmName === void 0 ? p : { ...p, vmName };
    }),
    root: rootMatch,
    machines
  };
}
function readResourceHeader(rc, path, check) {
  const strings2 = ["address", "module_address", "mode", "type", "name", "provider_name", "deposed", "action_reason", "previous_address"];
  for (const key of strings2) check.expect(child(rc, key), lazyPath(path, key), ["string"]);
  check.expect(child(rc, "index"), lazyPath(path, "index"), ["number", "string"]);
  const type = str(child(rc, "type"));
  if (type !== MACHINE && type !== VHD || str(child(rc, "mode")) === "data") return void 0;
  const provider = str(child(rc, "provider_name"));
  if (provider !== void 0 && !isCompatibleProvider(provider)) return void 0;
  return {
    type,
    name: str(child(rc, "name")) ?? "",
    address: str(child(rc, "address")) ?? type,
    moduleAddress: str(child(rc, "module_address")) ?? ""
  };
}
function readActions(node, path, check) {
  if (node === void 0 || !check.expect(node, path, ["array"])) return void 0;
  if (node.kind !== "array") return void 0;
  const actions = [];
  const wellTyped = node.items.map((item, i) => check.expect(item, lazyPath(path, i), ["string"]));
  for (const item of node.items) actions.push(String(scalar(item)));
  return wellTyped.every(Boolean) ? actions : void 0;
}
function readReplacePaths(node, path, check) {
  if (node === void 0 || !check.expect(node, path, ["array", "null"]) || node.kind !== "array") return void 0;
  const paths = [];
  node.items.forEach((item, i) => {
    if (!check.expect(item, jsonPath(path, i), ["array"]) || item.kind !== "array") return;
    const steps = item.items.filter((step2, j) => check.expect(step2, jsonPath(jsonPath(path, i), j), ["string", "number"]));
    paths.push(steps.map((step2) => toPlain(step2)));
  });
  return paths;
}
function missing(at, address, path, code) {
  return {
    at,
    code: `${code}:${address}`,
    message: `${address} has no ${path.slice(path.lastIndexOf(".") + 1)} (${path}), which Terraform always writes: the resource cannot be evaluated`,
    fix: REWRITE
  };
}
function estateOf(vms, diagnostics, files) {
  return { vms, jobs: [], hosts: [], exceptions: [], diagnostics, files };
}
function checkPlanShape(root, lines) {
  const at = lines.span(root.start, root.kind === "object" ? root.start + 1 : root.end);
  const notAPlan = (why) => ({
    at,
    code: "plan-not-terraform",
    message: `the file is JSON but not a Terraform plan: ${why}`,
    fix: "Pass the output of `terraform show -json tfplan`, or leave this file out of the gate."
  });
  if (root.kind !== "object") return notAPlan("it is not a JSON object");
  const version = member(root, "format_version");
  if (!version) return notAPlan('it has no "format_version"');
  const v = scalar(version.value);
  if (typeof v !== "string" || !/^1\.\d+$/.test(v)) {
    return {
      at: lines.span(version.keyStart, version.value.end),
      code: "plan-format-version",
      message: `plan format_version ${JSON.stringify(v)} is not supported: hvgate reads the plan JSON format 1.x (terraform show -json from Terraform 1.1 on, and OpenTofu)`,
      fix: "Produce the plan with a Terraform or OpenTofu version that writes format 1.x, or upgrade hvgate if a newer one reads this format."
    };
  }
  const has = (key) => root.members.has(key);
  if (!has("resource_changes") && !has("planned_values")) {
    if (has("values")) {
      return {
        at,
        code: "plan-is-state",
        message: 'this is `terraform show -json` of a state, not of a plan: it has no "resource_changes"',
        fix: "Run `terraform plan -out tfplan` and pass `terraform show -json tfplan`."
      };
    }
    if (!has("terraform_version")) return notAPlan('it has "format_version" but none of "resource_changes", "planned_values", "terraform_version"');
  }
  return void 0;
}
function actionOf(actions) {
  const key = actions.join(",");
  switch (key) {
    case "create":
    case "update":
    case "delete":
    case "no-op":
    case "read":
    case "forget":
      return key;
    case "delete,create":
    case "create,delete":
      return "replace";
    default:
      return void 0;
  }
}
function planActionOf(action) {
  switch (action) {
    case "no-op":
    case "read":
      return "unchanged";
    case "forget":
      return "delete";
    default:
      return action;
  }
}
function moduleNames(moduleAddress) {
  const names = [];
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.?/gy;
  for (let m = pattern.exec(moduleAddress); m !== null; m = pattern.exec(moduleAddress)) if (m[1] !== void 0) names.push(m[1]);
  return names;
}
function otherVm(rc, lines) {
  const type = str(child(rc, "type"));
  const after = child(child(rc, "change"), "after");
  const kind = type === void 0 || str(child(rc, "mode")) === "data" ? void 0 : otherVmKind(type, str(child(after, "type")));
  if (kind === void 0 || after?.kind !== "object") return void 0;
  return otherVmNotice(lines.span(rc.start, rc.end), str(child(rc, "address")) ?? type ?? "", kind);
}
function scriptedVm(resource, address, lines) {
  const provisioners = child(resource, "provisioners");
  for (const provisioner of provisioners?.kind === "array" ? provisioners.items : []) {
    const cmdlet = hypervCmdlet(JSON.stringify(toPlain(provisioner)));
    if (cmdlet)
      return scriptedVmNotice(lines.span(provisioner.start, provisioner.end), address, `its ${str(child(provisioner, "type")) ?? ""} provisioner runs`, cmdlet);
  }
  const expressions = child(resource, "expressions");
  for (const [name, { value }] of expressions?.kind === "object" ? expressions.members : []) {
    const cmdlet = hypervCmdlet(JSON.stringify(toPlain(value)));
    if (cmdlet) return scriptedVmNotice(lines.span(value.start, value.end), address, attributePlace(name), cmdlet);
  }
  return void 0;
}
function indexConfiguration(configuration, check, lines, notice) {
  const index = /* @__PURE__ */ new Map();
  const visit = (module, path, names, depth) => {
    if (!module || depth > 32 || !check.expect(module, path, ["object"]) || module.kind !== "object") return;
    const resources = child(module, "resources");
    if (check.expect(resources, `${path}.resources`, ["array"]) && resources?.kind === "array")
      resources.items.forEach((r, i) => {
        const at = `${path}.resources[${i}]`;
        if (!check.expect(r, at, ["object"])) return;
        for (const key of ["mode", "type", "name"]) check.expect(child(r, key), jsonPath(at, key), ["string"]);
        const address = [
          ...names.map((n) => `module.${n}`),
          `${str(child(r, "mode")) === "data" ? "data." : ""}${str(child(r, "type"))}.${str(child(r, "name"))}`
        ];
        const scripted = scriptedVm(r, address.join("."), lines);
        if (scripted) notice(scripted);
        if (str(child(r, "mode")) === "data") return;
        const exprs = child(r, "expressions");
        if (!check.expect(exprs, `${at}.expressions`, ["object"])) return;
        index.set(
          `${names.join(".")}|${str(child(r, "type"))}.${str(child(r, "name"))}`,
          exprs ?? { kind: "object", start: r.start, end: r.end, members: /* @__PURE__ */ new Map() }
        );
      });
    const calls = child(module, "module_calls");
    if (check.expect(calls, `${path}.module_calls`, ["object"]) && calls?.kind === "object")
      for (const [name, call] of calls.members) {
        const at = jsonPath(`${path}.module_calls`, name);
        if (check.expect(call.value, at, ["object"])) visit(child(call.value, "module"), `${at}.module`, [...names, name], depth + 1);
      }
  };
  if (configuration !== void 0) visit(child(configuration, "root_module"), "configuration.root_module", [], 0);
  return index;
}
function str(node) {
  const v = scalar(node);
  return typeof v === "string" ? v : void 0;
}

// src/load/terraform-directories.ts
import { existsSync as existsSync2 } from "node:fs";
import { open, readdir, realpath } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join3, relative, resolve, sep } from "node:path";

// src/parsers/terraform/recognize.ts
function terraformJsonKind(text2) {
  let start = 0;
  if (text2.charCodeAt(0) === 65279) start = 1;
  while (start < text2.length && /\s/.test(text2.charAt(start))) start++;
  if (text2[start] !== "{") return void 0;
  if (/"format_version"\s*:/.test(text2)) {
    if (text2.includes('"resource_changes"') || text2.includes('"planned_values"')) return "plan";
    if (text2.includes('"values"')) return "state";
    return text2.includes('"terraform_version"') ? "plan" : void 0;
  }
  if (/"version"\s*:/.test(text2) && text2.includes('"lineage"') && text2.includes('"resources"')) return "state";
  if (text2.includes('"resource_changes"') || text2.includes('"planned_values"')) return "plan";
  return void 0;
}

// src/parsers/terraform/state.ts
var REWRITE2 = "Pass the state as Terraform wrote it: terraform.tfstate, or `terraform show -json` of it.";
function parseTerraformState(input) {
  const { file, text: text2 } = input;
  const lines = new LineIndex(file, text2);
  const diagnostics = [];
  const failed = (diagnostic) => ({ estate: estateOf2([], [diagnostic], file), root: { kind: "none" }, machines: /* @__PURE__ */ new Map() });
  let root;
  try {
    root = parseJsonTree(text2.charCodeAt(0) === 65279 ? ` ${text2.slice(1)}` : text2);
    const instances = readInstances(root, lines, diagnostics);
    if (!Array.isArray(instances)) return failed(instances);
    return build(instances, { file, lines, diagnostics, sources: input.sources ?? PlanSources.empty });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return failed({
      at: lines.span(error.offset),
      code: "state-json-invalid",
      message: `the state is not valid JSON: ${error.message}`,
      fix: REWRITE2
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
  return { at, code: "state-not-terraform", message: `the file is not a Terraform state: ${why}`, fix: REWRITE2 };
}
function showJsonInstances(root, check) {
  const instances = [];
  forEachValuesResource(child(root, "values"), "values", check, (resource, path) => {
    if (resource.type !== MACHINE && resource.type !== VHD || resource.mode === "data") return;
    if (resource.provider !== void 0 && !isCompatibleProvider(resource.provider)) return;
    const values2 = child(resource.node, "values");
    const sensitive = child(resource.node, "sensitive_values");
    check.markers(sensitive, `${path}.sensitive_values`);
    instances.push({
      address: resource.address,
      type: resource.type,
      name: resource.name ?? "",
      module: moduleOf(resource.address),
      node: resource.node,
      values: values2,
      valuesPath: `${path}.values`,
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
    const text2 = (key) => {
      const v = scalar(child(resource, key));
      return typeof v === "string" ? v : void 0;
    };
    const type = text2("type");
    if (type !== MACHINE && type !== VHD || text2("mode") === "data") return;
    const provider = providerSource(text2("provider"));
    if (provider !== void 0 && !isCompatibleProvider(provider)) return;
    const list2 = child(resource, "instances");
    if (!check.expect(list2, `${path}.instances`, ["array"]) || list2?.kind !== "array") return;
    const module = text2("module") ?? "";
    const name = text2("name") ?? "";
    list2.items.forEach((instance, j) => {
      const at = `${path}.instances[${j}]`;
      if (!check.expect(instance, at, ["object"])) return;
      check.expect(child(instance, "index_key"), `${at}.index_key`, ["number", "string"]);
      check.expect(child(instance, "deposed"), `${at}.deposed`, ["string"]);
      if (member(instance, "deposed") !== void 0) return;
      const key = scalar(child(instance, "index_key"));
      const index = typeof key === "number" ? `[${key}]` : typeof key === "string" ? `[${JSON.stringify(key)}]` : "";
      instances.push({
        address: `${module === "" ? "" : `${module}.`}${type}.${name}${index}`,
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
function stepKey(step2) {
  const type = scalar(child(step2, "type"));
  const value = child(step2, "value");
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
  const { file, lines, diagnostics, sources } = context;
  const check = new ShapeCheck(lines, diagnostics, "state");
  const rootMatch = sources.rootFor(file, void 0);
  const machines = [];
  const vhds = [];
  const addresses = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    const span = lines.span(instance.node.start, instance.node.end);
    if (addresses.has(instance.address)) {
      diagnostics.push({
        at: span,
        code: `state-duplicate-address:${instance.address}`,
        message: `${instance.address} appears twice in the state; Terraform keeps one current object per resource instance`,
        fix: REWRITE2
      });
      continue;
    }
    if (instance.values === void 0) {
      diagnostics.push({
        at: span,
        code: `state-values-missing:${instance.address}`,
        message: `${instance.address} has no ${instance.valuesPath.slice(instance.valuesPath.lastIndexOf(".") + 1)} (${instance.valuesPath}), which Terraform always writes: the VM cannot be evaluated`,
        fix: REWRITE2
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
    if (instance.type === MACHINE) machines.push(machineDraft(instance.address, v, "terraform-state", rootMatch.kind === "root" ? rootMatch.dir : file));
    else vhds.push(vhdDraft(instance.address, v));
  }
  const built = buildMachines(machines, vhds);
  return { estate: estateOf2(built.vms, [...diagnostics, ...built.diagnostics], file), root: rootMatch, machines: addresses };
}
function estateOf2(vms, diagnostics, file) {
  return { vms, jobs: [], hosts: [], exceptions: [], diagnostics, files: [file] };
}

// src/parsers/terraform/block-shape.ts
function swappedArgumentsAndBlocks(block, schema, where) {
  const problems = [];
  for (const [name, attribute] of block.body.attributes) {
    const declared2 = schema[name]?.type;
    if (declared2?.kind !== "blocks") continue;
    problems.push({
      at: attribute.lines.span(attribute.start, attribute.end),
      code: `terraform-block-as-argument:${name}`,
      message: `${where}: ${name} is written as an argument (${name} = …), but the hyperv provider takes it as blocks (${name} { … }); Terraform rejects this, so the gate cannot read them`,
      fix: `Write each of them as a block: ${name} { … }, one block per item.`
    });
  }
  for (const nested of block.body.blocks) {
    const declared2 = schema[nested.type]?.type;
    if (declared2 === void 0) continue;
    if (declared2.kind === "blocks") {
      problems.push(...swappedArgumentsAndBlocks(nested, declared2.block, `${where}.${nested.type}`));
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
var list = (items, set2 = false) => ({ kind: "list", items, set: set2 });
var map = (entries, computed) => computed === void 0 ? { kind: "map", entries } : { kind: "map", entries, computed };
function unknownOf(reason, text2) {
  return text2 === void 0 ? { kind: "unknown", reason } : { kind: "unknown", reason, text: text2 };
}
function invalid(reason) {
  return { kind: "unknown", reason, error: true };
}
function unknownExpression(reason, key, text2) {
  return { kind: "unknown", reason, text: { prefix: "", base: { key, text: text2 }, suffix: "" } };
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
  const text2 = asText(value);
  return text2 ?? invalid(`\`${quote(call)}\`: the ${position} of ${call.name}() is a ${typeName(value)}, not text`);
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
  ["join", join2],
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
  const text2 = asText(value);
  return text2 === void 0 ? invalid(`\`${quote(call)}\`: length() of null`) : scalar2(characters(text2).length);
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
  let open2;
  for (const [i, arg] of args.entries()) {
    if (arg.kind === "scalar" && arg.value === null) continue;
    const text2 = call.expand ? quote(call) : quote(call.args[i] ?? call);
    if (arg.kind === "unknown") {
      if (arg.error) return arg;
      open2 = `may be set by \`${text2}\`, which is unknown (${arg.reason})`;
      for (const key of entries.keys()) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open2}`));
      continue;
    }
    if (arg.kind !== "map") return invalid(`\`${quote(call)}\`: merge() takes maps and objects, not a ${typeName(arg)}`);
    if (arg.computed !== void 0) {
      open2 = arg.computed;
      for (const key of entries.keys()) if (!arg.entries.has(key)) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open2}`));
    }
    for (const [k, v] of arg.entries) entries.set(k, v);
  }
  return map(entries, open2);
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
  const text2 = textArgument(value, call, "text");
  return typeof text2 === "string" ? scalar2(change(text2)) : text2;
}
function replace([value, search, replacement], call) {
  const unknown2 = unknownArgument([value ?? NULL, search ?? NULL, replacement ?? NULL]);
  if (unknown2) return unknown2;
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
    const text2 = value.text;
    if (!text2) return unknownOf(value.reason);
    if (text2.prefix.startsWith(p)) return unknownOf(value.reason, { prefix: text2.prefix.slice(p.length), suffix: text2.suffix });
    if (!p.startsWith(text2.prefix)) return value;
    return unknownOf(value.reason, { prefix: "", suffix: text2.suffix });
  }
  const s = textArgument(value, call, "text");
  if (typeof s !== "string") return s;
  return scalar2(s.startsWith(p) ? s.slice(p.length) : s);
}
function trimsuffix([value, suffix], call) {
  const x = textArgument(suffix, call, "suffix");
  if (typeof x !== "string") return x;
  if (value?.kind === "unknown") {
    const text2 = value.text;
    if (!text2) return unknownOf(value.reason);
    if (x === "") return value;
    if (text2.suffix.endsWith(x)) return unknownOf(value.reason, { ...text2, suffix: text2.suffix.slice(0, text2.suffix.length - x.length) });
    if (!x.endsWith(text2.suffix)) return value;
    return unknownOf(value.reason, { ...text2, suffix: "" });
  }
  const s = textArgument(value, call, "text");
  if (typeof s !== "string") return s;
  return scalar2(x !== "" && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
}
function characters(text2) {
  return Array.from(new Intl.Segmenter().segment(text2), (s) => s.segment);
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
  const text2 = String(piece.value);
  const w = Number(width);
  if (text2.length >= w) return piece;
  const fill = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(w - text2.length);
  return scalar2(flags.includes("-") ? text2 + fill : fill + text2);
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
function join2([separator, ...lists], call) {
  const sep2 = textArgument(separator, call, "separator");
  if (typeof sep2 !== "string") return sep2.kind === "unknown" ? unknownOf(sep2.reason) : sep2;
  const pieces = [];
  for (const l of lists) {
    if (l.kind === "unknown") return unknownOf(l.reason);
    if (l.kind !== "list") return invalid(`\`${quote(call)}\`: join() takes lists, not a ${typeName(l)}`);
    for (const item of l.items) {
      if (pieces.length > 0) pieces.push(scalar2(sep2));
      if (item.kind === "list" || item.kind === "map" || item.kind === "scalar" && item.value === null) {
        return invalid(`\`${quote(call)}\`: join() needs text elements, not a ${typeName(item)}`);
      }
      pieces.push(item);
    }
  }
  return concatText(pieces);
}
function split([separator, value], call) {
  const unknown2 = unknownArgument([separator ?? NULL, value ?? NULL]);
  if (unknown2) return unknown2;
  const sep2 = textArgument(separator, call, "separator");
  const s = textArgument(value, call, "text");
  if (typeof sep2 !== "string") return sep2;
  if (typeof s !== "string") return s;
  if (sep2 === "") return list(characters(s).map((c) => scalar2(c)));
  return list(s.split(sep2).map((part) => scalar2(part)));
}
function elementFunction([collection, index], call) {
  const unknown2 = unknownArgument([collection ?? NULL, index ?? NULL]);
  if (unknown2) return unknown2;
  if (collection?.kind !== "list") return invalid(`\`${quote(call)}\`: element() takes a list`);
  const i = index ? toNumber(index) : void 0;
  if (i === void 0 || !Number.isInteger(i) || i < 0) return invalid(`\`${quote(call)}\`: the index of element() must be a whole number`);
  if (collection.items.length === 0) return invalid(`\`${quote(call)}\`: element() of an empty list`);
  return collection.items[i % collection.items.length] ?? NULL;
}
function concat(args, call) {
  const unknown2 = unknownArgument(args);
  if (unknown2) return unknown2;
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
  const unknown2 = visit(value.items);
  return unknown2 ? unknownOf(unknown2.reason) : list(out);
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
  const unknown2 = items.find((i) => i.kind === "unknown");
  if (unknown2) return unknownOf(`an element of the set is unknown (${unknown2.reason})`);
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
  const unknown2 = unknownArgument(args);
  if (unknown2) return unknown2;
  const numbers = args.map(toNumber).filter((n) => n !== void 0);
  if (numbers.length !== args.length || numbers.length === 0 || numbers.length > 3) return invalid(`\`${quote(call)}\`: range() takes one to three numbers`);
  const [first = 0, second, third] = numbers;
  const [start, limit] = second === void 0 ? [0, first] : [first, second];
  const step2 = third ?? (start <= limit ? 1 : -1);
  if (step2 === 0 || step2 > 0 && start > limit || step2 < 0 && start < limit) {
    return start === limit ? list([]) : invalid(`\`${quote(call)}\`: range() cannot reach ${limit} from ${start} in steps of ${step2}`);
  }
  const items = [];
  for (let n = start; step2 > 0 ? n < limit : n > limit; n += step2) {
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
  const text2 = asText(v);
  return text2 === void 0 ? invalid(`\`${quote(key)}\` is not a valid object key (${typeName(v)})`) : scalar2(text2);
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
    const text3 = asText(piece) ?? "";
    if (first) suffix += text3;
    else prefix += text3;
  }
  if (!first) return scalar2(prefix);
  const text2 = base ? { prefix, base, suffix } : { prefix, suffix };
  return unknownOf(first.reason, text2);
}
function traversal(expr, scope) {
  const text2 = quote(expr);
  const [first, ...rest] = expr.steps;
  const bound = scope.names?.get(expr.root);
  if (bound) return navigate(bound, expr.steps, text2, scope);
  const attribute = first && "attr" in first ? first.attr : void 0;
  switch (expr.root) {
    case "var":
    case "local":
      if (attribute === void 0) return invalid(`\`${text2}\` is not a valid reference`);
      return navigate(expr.root === "var" ? scope.variable(attribute) : scope.local(attribute), rest, text2, scope);
    case "each":
      if (!scope.each) return invalid(`\`${text2}\` is used outside a block with for_each`);
      if (attribute === "key") return navigate(scope.each.key, rest, text2, scope);
      if (attribute === "value") return navigate(scope.each.value, rest, text2, scope);
      return invalid(`\`${text2}\`: each has only key and value`);
    case "count":
      if (!scope.count) return invalid(`\`${text2}\` is used outside a block with count`);
      if (attribute === "index") return navigate(scope.count, rest, text2, scope);
      return invalid(`\`${text2}\`: count has only index`);
    case "module": {
      const outputs = attribute === void 0 ? void 0 : scope.module(attribute);
      if (outputs) return navigate(outputs, rest, text2, scope);
      return unknownOf(`\`${text2}\` is an output of a module call that is not evaluated here`);
    }
    case "data":
      return unknownOf(`\`${text2}\` is read from a data source when Terraform runs`);
    case "path":
    case "terraform":
    case "self":
      return unknownOf(`\`${text2}\` is known only when Terraform runs`);
    case "resource": {
      const [nameStep, ...after] = rest;
      if (attribute === void 0 || !nameStep || !("attr" in nameStep)) return invalid(`\`${text2}\` is not a valid resource reference`);
      return resourceReference(attribute, nameStep.attr, after, text2, scope);
    }
    default:
      if (attribute === void 0) return invalid(`\`${text2}\` is not a valid reference`);
      return resourceReference(expr.root, attribute, rest, text2, scope);
  }
}
function resourceReference(type, name, steps, text2, scope) {
  const value = scope.resource(type, name);
  if (value) return navigate(value, steps, text2, scope);
  return unknownOf(`\`${text2}\` refers to a resource that is not declared in this module; known after apply`);
}
function navigate(base, steps, text2, scope) {
  let current = base;
  for (const [i, step2] of steps.entries()) {
    if ("splat" in step2) return splat(current, step2.splat, steps.slice(i + 1), text2, scope);
    let key;
    let keyText;
    if ("attr" in step2) {
      key = scalar2(step2.attr);
      keyText = `.${step2.attr}`;
    } else {
      key = evaluate(step2.index, scope);
      keyText = `[${quote(step2.index)}]`;
    }
    current = element(current, key, keyText, text2);
  }
  return current;
}
function element(value, key, keyText, text2) {
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
    if (value.set) return invalid(`\`${text2}\`: elements of a set cannot be picked by index`);
    if (!Number.isInteger(index)) return invalid(`\`${text2}\`: a list index must be a whole number`);
    return value.items[index] ?? invalid(`\`${text2}\`: the list has ${value.items.length} elements, none at index ${index}`);
  }
  if (value.kind === "map") {
    const name = asText(key);
    if (name === void 0) return invalid(`\`${text2}\`: a map key must be text`);
    const found = value.entries.get(name);
    if (found) return found;
    if (value.computed !== void 0) return unknownOf(`\`${text2}\` ${value.computed}`);
    return invalid(`\`${text2}\`: the value has no attribute or key ${JSON.stringify(name)}`);
  }
  if (value.value === null) return invalid(`\`${text2}\`: the value is null`);
  return invalid(`\`${text2}\`: a ${typeName(value)} has no attributes or elements`);
}
function splat(value, each, after, text2, scope) {
  if (value.kind === "unknown") return unknownOf(value.reason);
  const items = value.kind === "list" ? value.items : value.kind === "scalar" && value.value === null ? [] : [value];
  const result = list(items.map((item) => navigate(item, each, text2, scope)));
  return navigate(result, after, text2, scope);
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
    const unknown2 = firstUnknown(left) ?? firstUnknown(right);
    if (equal === void 0) return unknownOf(unknown2?.reason ?? `\`${quote(expr)}\` cannot be compared`);
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
  const values2 = {};
  const unknown2 = {};
  for (const [name, attribute] of block.body.attributes) {
    if (META.has(name)) continue;
    const plain = plainOf2(evaluate(attribute.expr, scope));
    values2[name] = plain.value;
    if (plain.unknown !== void 0) unknown2[name] = plain.unknown;
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
    if (objects.some((o) => Object.keys(o.unknown).length > 0)) unknown2[type] = objects.map((o) => o.unknown);
  }
  return { values: values2, unknown: unknown2 };
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
      const unknown2 = entries.filter(([, p]) => p.unknown !== void 0);
      return {
        value: Object.fromEntries(entries.map(([k, p]) => [k, p.value])),
        ...unknown2.length > 0 ? { unknown: Object.fromEntries(unknown2.map(([k, p]) => [k, p.unknown])) } : {}
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
function expandCount(value, text2, address) {
  if (value.kind === "unknown") {
    const reason = `count.index of ${address}[*]: its count \`${text2}\` is unknown (${value.reason})`;
    return { ok: true, instances: [{ key: "[*]", count: unknownExpression(reason, `${address}[*]:count.index`, "count.index") }] };
  }
  const n = toNumber(value);
  if (n === void 0 || !Number.isInteger(n) || n < 0) return { ok: false, problem: `the count of ${address} (\`${text2}\`) is not a whole number` };
  if (n > MAX_INSTANCES) return { ok: false, problem: `the count of ${address} is ${n}; hvgate expands at most ${MAX_INSTANCES} instances of one block` };
  return { ok: true, instances: Array.from({ length: n }, (_, i) => ({ key: `[${i}]`, count: scalar2(i) })) };
}
function expandForEach(value, text2, address) {
  const unknown2 = value.kind === "unknown" ? value : value.kind === "list" ? firstUnknown(value) : void 0;
  if (unknown2) {
    const reason = `its for_each \`${text2}\` is unknown (${unknown2.reason})`;
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
    if (keys2.some((k) => k === void 0)) return { ok: false, problem: `the for_each of ${address} (\`${text2}\`) holds values that are not text` };
    pairs = [...new Set(keys2)].sort().map((k) => [k, scalar2(k)]);
  } else if (value.kind === "scalar" && value.value === null) {
    return { ok: false, problem: `the for_each of ${address} (\`${text2}\`) is null` };
  } else return { ok: false, problem: `the for_each of ${address} (\`${text2}\`) is not a map or a set` };
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

// src/parsers/terraform/files.ts
var EXTENSIONS = [
  [".tofu.json", { role: "configuration", syntax: "json", tofu: true }],
  [".tf.json", { role: "configuration", syntax: "json", tofu: false }],
  [".tfvars.json", { role: "variables", syntax: "json", tofu: false }],
  [".tofu", { role: "configuration", syntax: "hcl", tofu: true }],
  [".tf", { role: "configuration", syntax: "hcl", tofu: false }],
  [".tfvars", { role: "variables", syntax: "hcl", tofu: false }]
];
function terraformFileKind(path) {
  const name = baseName(path);
  for (const [extension, kind] of EXTENSIONS) {
    if (!name.endsWith(extension)) continue;
    const stem = name.slice(0, name.length - extension.length);
    return { ...kind, override: kind.role === "configuration" && (stem === "override" || stem.endsWith("_override")) };
  }
  return void 0;
}
function terraformStem(path) {
  const name = baseName(path);
  for (const [extension] of EXTENSIONS) if (name.endsWith(extension)) return name.slice(0, name.length - extension.length);
  return name;
}
function automaticVariablesRank(path) {
  const name = baseName(path);
  if (name === "terraform.tfvars") return "0";
  if (name === "terraform.tfvars.json") return "1";
  if (name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json")) return `2${name}`;
  return void 0;
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
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
async function parseTfJsonFile(path, text2) {
  const lines = new LineIndex(path, text2);
  const empty = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
  let root;
  try {
    root = parseJsonTree(text2.charCodeAt(0) === 65279 ? ` ${text2.slice(1)}` : text2);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { path, text: text2, lines, body: empty, syntaxError: syntaxError(lines, error.offset, `not valid JSON: ${error.message}`) };
  }
  if (root.kind !== "object") {
    return { path, text: text2, lines, body: empty, syntaxError: syntaxError(lines, root.start, "a Terraform JSON file must be one JSON object") };
  }
  const reader = new JsonBodyReader(lines);
  const blocks2 = [];
  for (const [type, member2] of root.members) {
    if (type === "//") continue;
    const labels = TOP_LEVEL_LABELS[type];
    if (labels === void 0) {
      reader.problem(member2.keyStart, `"${type}" is not a block type Terraform knows at the top of a configuration file`);
      continue;
    }
    for (const block of await reader.labelled(type, member2, labels, [], (l) => TOP_LEVEL_SCHEMAS[type]?.(l) ?? {})) blocks2.push(block);
  }
  const problem2 = reader.firstProblem;
  return { path, text: text2, lines, body: { attributes: /* @__PURE__ */ new Map(), blocks: blocks2 }, ...problem2 ? { syntaxError: problem2 } : {} };
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
    const blocks2 = [];
    for (const [name, member2] of node.members) {
      if (name === "//") continue;
      const labels = schema.blocks?.[name];
      if (labels !== void 0) {
        const nested = schema.nested?.[name] ?? {};
        for (const block of await this.labelled(name, member2, labels, [], () => nested)) blocks2.push(block);
        continue;
      }
      const mode = schema.literal?.includes(name) || schema.literal?.includes("*") ? "literal" : schema.expression?.includes(name) ? "expression" : "template";
      const expr = await this.expression(member2.value, mode);
      attributes.set(name, { name, start: member2.keyStart, end: member2.value.end, expr, lines: this.lines });
    }
    return { attributes, blocks: blocks2 };
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
  const blocks2 = base.body.blocks.filter((b) => !replaced.has(generatedType(b)));
  for (const b of override.body.blocks) {
    const baseLifecycle = b.type === "lifecycle" ? base.body.blocks.find((x) => x.type === "lifecycle") : void 0;
    blocks2.push(baseLifecycle ? mergeBlock(baseLifecycle, b) : b);
  }
  return { ...base, body: { attributes, blocks: blocks2 }, broken: base.broken || override.broken };
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
      const text2 = asText(value);
      return text2 === void 0 ? invalid(`${what} must be text, not a ${typeName(value)}`) : convertedScalar(text2, value);
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
    const declared2 = this.module.variables.get(name);
    const value = declared2 ? this.variableValue(name, declared2) : invalid(`var.${name} is not declared in ${this.where()}`);
    this.variables.set(name, value);
    return value;
  }
  variableValue(name, declared2) {
    const body = declared2.node.body;
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
    const read2 = /* @__PURE__ */ new Set([...(this.parsed.get(dir) ?? []).map((f) => f.path), ...(this.variableFiles.get(dir) ?? []).map((f) => f.path)]);
    for (const file of listing.files) {
      if (read2.has(file.path)) continue;
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

// src/parsers/terraform/plan-roots.ts
async function readTerraform(files) {
  const sources = await PlanSources.build(files.configuration);
  const estates = [];
  const standIns = /* @__PURE__ */ new Map();
  const givenPlans = [];
  for (const file of files.givenPlans ?? []) {
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources });
    givenPlans.push({ file: file.path, plan, root: plan.root });
    if (plan.root.kind === "root") standIns.set(plan.root.dir, plan.after.vms);
    estates.push(plan.after);
  }
  for (const { root, estate } of files.before ?? []) {
    if (root !== void 0) standIns.set(root, estate.vms);
    estates.push(estate);
  }
  for (const file of files.states) {
    const state = parseTerraformState({ file: file.path, text: file.text, sources });
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
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources });
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
  const text2 = new TextDecoder("utf-8").decode(head.subarray(0, SNIFF_BYTES));
  return /^\s*\{/.test(text2) && (text2.includes('"format_version"') || /"version"\s*:/.test(text2) && text2.includes('"lineage"'));
}
var DefinitionScanner = class {
  tail = "";
  found = false;
  push(chunk) {
    if (this.found) return;
    const text2 = this.tail + latin1.decode(chunk).replace(/\0/g, "");
    this.found = mayHoldHvgateDefinition(text2);
    this.tail = text2.slice(-32);
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
  for (let dir = resolve(cwd); ; dir = dirname2(dir)) {
    if (existsSync2(join3(dir, ".git"))) return dir;
    if (dirname2(dir) === dir) return resolve(cwd);
  }
}
function workingTreeDirectories(cwd, root = repositoryRoot(cwd)) {
  const locate2 = async (path) => {
    const real = await realpath(path).catch(() => void 0);
    if (real === void 0) return { kind: "missing" };
    const rel = relative(await realpath(root), real);
    const inside = rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return inside ? { kind: "inside", real } : { kind: "outside" };
  };
  return {
    async read(dir) {
      const absolute = resolve(cwd, dir);
      const where = await locate2(absolute);
      if (where.kind !== "inside") return where;
      const entries = await readdir(where.real, { withFileTypes: true }).catch(() => void 0);
      if (!entries) return { kind: "missing" };
      const files = [];
      const diagnostics = [];
      for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
        const path = toPosix(relative(cwd, join3(absolute, entry.name)));
        if (!isModuleFile(path) || !(entry.isFile() || entry.isSymbolicLink())) continue;
        const target = await locate2(join3(absolute, entry.name));
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
  terraformJsonKind,
  LineIndex,
  terraformParser,
  attributesOf,
  sameSourceTexts,
  isComplete,
  isUnknownAttribute,
  planActionOf,
  terraformFileKind,
  automaticVariablesRank,
  emptyEstate,
  mergeEstates,
  readTerraform,
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
