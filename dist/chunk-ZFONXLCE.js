import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  normalizePath
} from "./chunk-JNCJZHWS.js";
import {
  BoundedCache
} from "./chunk-3PTL7UPO.js";
import {
  LineIndex,
  terraformParser
} from "./chunk-45OJP4QH.js";
import {
  identifyService
} from "./chunk-ZX5WQFCF.js";
import {
  byDefault,
  set,
  unknown
} from "./chunk-556DK7J4.js";

// src/parsers/terraform/detached-text.ts
function detachedText(slice) {
  const joined = ` ${slice}`;
  joined.charCodeAt(1);
  return joined.slice(1);
}
var SHORTEST_SLICE = 13;
function keptText(text2) {
  return text2.length < SHORTEST_SLICE ? text2 : detachedText(text2);
}

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
var NOTED_DEPTH = 5;
function parseJsonTree(text2) {
  const reader = new Reader(text2, new ContainerEnds(), 0, "members");
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
function keptValue(node) {
  const value = node.value;
  return typeof value === "string" && value.length === node.end - node.start - 2 ? keptText(value) : value;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object":
      return Object.fromEntries([...node.members].map(([key, m]) => [key, toPlain(m.value)]));
  }
}
function detachedSourceText(node) {
  if (node === void 0) return "";
  return isReadContainer(node) ? detachedText(node.text.slice(node.start, node.end)) : JSON.stringify(toPlain(node));
}
function plainOf(text2) {
  if (text2 === "") return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return toPlain(parseJsonTree(text2));
  }
}
function isReadContainer(node) {
  return node instanceof ObjectNode || node instanceof ArrayNode;
}
var ObjectNode = class {
  constructor(text2, ends, start, end, depth, parsed) {
    this.text = text2;
    this.ends = ends;
    this.start = start;
    this.end = end;
    this.depth = depth;
    this.parsed = parsed;
  }
  text;
  ends;
  start;
  end;
  depth;
  parsed;
  kind = "object";
  get members() {
    this.parsed ??= new Reader(this.text, this.ends, this.start).objectMembers(this.depth);
    return this.parsed;
  }
};
var ArrayNode = class {
  constructor(text2, ends, start, end, depth, parsed) {
    this.text = text2;
    this.ends = ends;
    this.start = start;
    this.end = end;
    this.depth = depth;
    this.parsed = parsed;
  }
  text;
  ends;
  start;
  end;
  depth;
  parsed;
  kind = "array";
  get items() {
    this.parsed ??= new Reader(this.text, this.ends, this.start, "item-members").arrayItems(this.depth);
    return this.parsed;
  }
  forEachOnce(visit, parse = "whole") {
    if (this.parsed)
      this.parsed.forEach((item) => {
        visit(item);
      });
    else new Reader(this.text, this.ends, this.start, parse === "whole" ? "whole" : "item-members").arrayItems(this.depth, visit);
  }
};
var ContainerEnds = class {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  count = 0;
  /** Whether a container opening at `start` may be noted: it lies past everything noted so far. */
  fresh(start) {
    return this.count === 0 || start > (this.starts[this.count - 1] ?? 0);
  }
  /** Notes a container opening at `start`; its end follows through `close` with the slot returned. */
  open(start) {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = -1;
    return this.count++;
  }
  close(slot, end) {
    this.ends[slot] = end;
  }
  /** Offset after the container opening at `start`, when a scan noted it. */
  endOf(start) {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const at = this.starts[mid] ?? 0;
      if (at < start) low = mid + 1;
      else if (at > start) high = mid - 1;
      else {
        const end = this.ends[mid] ?? -1;
        return end === -1 ? void 0 : end;
      }
    }
    return void 0;
  }
};
function grown(array) {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
var Reader = class {
  constructor(text2, ends, at = 0, parse = "skip") {
    this.text = text2;
    this.ends = ends;
    this.at = at;
    this.parse = parse;
  }
  text;
  ends;
  at;
  parse;
  /**
   * Offset of the next backslash at or after the last string read (2^32 - 1 when there is none):
   * looked up again only once passed, so strings without escapes never search the text ahead.
   */
  backslash = -1;
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
      return c === 123 ? new ObjectNode(this.text, this.ends, start, this.at, depth + 1) : new ArrayNode(this.text, this.ends, start, this.at, depth + 1);
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
  /**
   * The container at the cursor with its members or items; theirs in turn parsed only when `whole`.
   * Items visited once are read whole: skipping them first would scan them twice.
   */
  parsedObject(depth, parse) {
    const start = this.at;
    const members = this.objectMembers(depth, parse === "whole" ? "whole" : "skip");
    this.at++;
    return new ObjectNode(this.text, this.ends, start, this.at, depth, members);
  }
  parsedArray(depth, parse) {
    const start = this.at;
    const items = this.arrayItems(depth, void 0, parse === "whole" ? "whole" : "skip");
    this.at++;
    return new ArrayNode(this.text, this.ends, start, this.at, depth, items);
  }
  /**
   * Moves past a balanced object or array; checks bracket pairing, not the grammar inside. A
   * container an earlier scan passed is jumped over; on new ground the ends near the top are noted.
   */
  skipContainer() {
    const known = this.ends.endOf(this.at);
    if (known !== void 0) {
      this.at = known;
      return;
    }
    const text2 = this.text;
    const ends = this.ends;
    const note = ends.fresh(this.at);
    const closers = [];
    const slots = [];
    let at = this.at;
    for (; ; ) {
      const c = text2.charCodeAt(at);
      if (Number.isNaN(c)) throw new JsonSyntaxError("the JSON text ends inside an object or array (is the file truncated?)", at);
      if (c === 34) {
        at = this.skipString(at);
        continue;
      }
      if (c === 123 || c === 91) {
        if (note && closers.length < NOTED_DEPTH) slots.push(ends.open(at));
        closers.push(c === 123 ? 125 : 93);
      } else if (c === 125 || c === 93) {
        if (closers.pop() !== c) throw new JsonSyntaxError(`unexpected ${JSON.stringify(text2[at])}`, at);
        if (note && closers.length < NOTED_DEPTH) ends.close(slots.pop() ?? 0, at + 1);
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
      const quote = text2.indexOf('"', from);
      if (quote === -1) throw new JsonSyntaxError("unterminated string (is the file truncated?)", start);
      let backslashes = 0;
      while (text2.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }
  word(value, length) {
    const start = this.at;
    this.at += length;
    return { kind: "scalar", start, end: this.at, value };
  }
  number() {
    const text2 = this.text;
    const start = this.at;
    let at = start;
    let value = 0;
    for (let c = text2.charCodeAt(at); c >= 48 && c <= 57 && at - start < 15; c = text2.charCodeAt(++at)) value = value * 10 + (c - 48);
    const next = text2.charCodeAt(at);
    if (at > start && !(at - start > 1 && text2.charCodeAt(start) === 48) && !(next >= 48 && next <= 57) && next !== 46 && next !== 101 && next !== 69) {
      this.at = at;
      return { kind: "scalar", start, end: at, value };
    }
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(text2);
    if (!match) throw new JsonSyntaxError("malformed number", start);
    this.at = start + match[0].length;
    return { kind: "scalar", start, end: this.at, value: Number(match[0]) };
  }
  string() {
    const text2 = this.text;
    const start = this.at;
    const close = text2.indexOf('"', start + 1);
    if (close === -1) throw new JsonSyntaxError("unterminated string (is the file truncated?)", start);
    if (this.backslash <= start) this.backslash = text2.indexOf("\\", start + 1) >>> 0;
    if (this.backslash > close) {
      this.at = close + 1;
      return text2.slice(start + 1, close);
    }
    let at = this.backslash;
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
function attributeSchema(schema, name) {
  return Object.hasOwn(schema, name) ? schema[name] : void 0;
}
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
var MARKERS = "true, false, or an object or list of them";
var OBJECT = ["object"];
var STRING = ["string"];
var NUMBER_OR_STRING = ["number", "string"];
var BOOLEAN_OR_NULL = ["boolean", "null"];
var STRING_OR_NULL = ["string", "null"];
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
  /**
   * `expect` for the member `key` of the value at `parent`: the member's path is spelled only for a
   * diagnostic, so the many well-typed members of a large plan cost no path each.
   */
  expectChild(node, parent, key, kinds) {
    if (node === void 0 || kinds.includes(kindOf(node))) return true;
    this.report(node, lazyPath(parent, key), kinds.map((k) => ARTICLE[k]).join(" or "));
    return false;
  }
  /** A resource's attribute values (`after`, `values`, `attributes`) against the provider schema. */
  attributes(node, path, schema) {
    if (node === void 0 || !this.expect(node, path, ["object", "null"])) return;
    if (node.kind !== "object") return;
    for (const [key, member2] of node.members) {
      const attribute = attributeSchema(schema, key);
      if (attribute) this.attribute(member2.value, path, key, attribute);
    }
  }
  /** `after_unknown`, `after_sensitive`: the value's shape with `true` (or `false`) at the leaves. */
  markers(node, path, depth = 0) {
    if (node === void 0 || depth > 64) return;
    if (!this.expect(node, path, ["object", "array", "boolean"], MARKERS)) return;
    if (node.kind === "object") for (const [key, m] of node.members) this.marker(m.value, path, key, depth + 1);
    else if (node.kind === "array")
      node.items.forEach((item, i) => {
        this.marker(item, path, i, depth + 1);
      });
  }
  /** A member of a marker tree: a leaf is checked in place, a subtree with its path. */
  marker(node, parent, key, depth) {
    if (kindOf(node) === "boolean") return;
    this.markers(node, lazyPath(parent, key), depth);
  }
  isBad(node) {
    return node !== void 0 && this.bad.size > 0 && this.bad.has(node);
  }
  attribute(node, parent, key, schema) {
    if (kindOf(node) === "null") return;
    const type = schema.type;
    if (!this.matches(node, type)) {
      this.report(node, lazyPath(parent, key), describeType(type));
      return;
    }
    if (type.kind === "string" || type.kind === "number" || type.kind === "bool") return;
    const path = lazyPath(parent, key);
    if (type.kind === "blocks" && node.kind === "array") {
      node.items.forEach((item, i) => {
        this.attributes(item, lazyPath(path, i), type.block);
      });
    } else if (type.kind === "map" && node.kind === "object") {
      const want = type.of === "bool" ? BOOLEAN_OR_NULL : STRING_OR_NULL;
      for (const [k, m] of node.members) this.expectChild(m.value, path, k, want);
    } else if (type.kind === "list" && node.kind === "array") {
      node.items.forEach((item, i) => this.expectChild(item, path, i, STRING_OR_NULL));
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
    const syntaxError = root.hasError ? describeSyntaxError(root, lines, text2) : describeSplitHeader(root, lines);
    return { path, text: text2, lines, body, ...syntaxError ? { syntaxError } : {} };
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
  for (const piece of node.type === "quoted_template" ? quotedPieces(node) : heredocPieces(node)) {
    if (typeof piece === "string") parts.push({ literal: piece });
    else if (piece.type === "template_interpolation") {
      const e = namedChildrenOf(piece).find((n) => n.type === "expression");
      if (e) parts.push({ expr: readExpr(e, text2) });
    } else if (piece.type === "template_directive") directive = true;
  }
  return { kind: "template", parts, directive, start: node.startIndex, end: node.endIndex };
}
function heredocPieces(node) {
  return namedChildrenOf(node).map((c) => c.type === "template_literal" ? unescapeHeredoc(c.text) : c);
}
function quotedPieces(node) {
  const pieces = [];
  let from = -1;
  for (const c of childrenOf(node)) {
    if (c.type === "quoted_template_start") from = c.endIndex;
    else if (c.type === "template_interpolation" || c.type === "template_directive" || c.type === "quoted_template_end") {
      if (from >= 0 && c.startIndex > from) pieces.push(unescape(node.text.slice(from - node.startIndex, c.startIndex - node.startIndex)));
      if (c.type !== "quoted_template_end") pieces.push(c);
      from = c.endIndex;
    }
  }
  return pieces;
}
function stringLiteral(node) {
  return quotedPieces(node).filter((piece) => typeof piece === "string").join("");
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
function joinPath(dir, relative) {
  const out = [];
  for (const segment of `${dir}/${relative}`.replace(/\\/g, "/").split("/")) {
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
      const rest = isNamed(item) ? Object.entries(item).filter(([field]) => field !== "name") : void 0;
      if (rest === void 0) walkDocument(itemPath, item, out);
      else if (rest.length === 0) out.set(itemPath, documentAttribute(itemPath, item));
      else for (const [field, inner] of rest) walkDocument(`${itemPath}${memberSegment(field)}`, inner, out);
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

// src/parsers/terraform/plain-json.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ownMember(value, key) {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : void 0;
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
  block(path, text2, values, unknown2, sensitive, schema, inherited) {
    const keys = /* @__PURE__ */ new Set([...keysOf(values), ...keysOf(unknown2)]);
    if (this.object.withDefaults && schema) {
      for (const [key, attribute] of Object.entries(schema)) if (attribute.default !== void 0) keys.add(key);
    }
    for (const key of [...keys].sort()) {
      const attribute = schema && attributeSchema(schema, key);
      const flags = flagsOf(attribute, inherited);
      const childPath = [...path, key];
      const childText = text2 === "" ? key : `${text2}.${key}`;
      const value = ownMember(values, key);
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
      const length = Math.max(value.length, Array.isArray(unknown2) ? unknown2.length : 0);
      for (let i = 0; i < length; i++) {
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
      const keys = /* @__PURE__ */ new Set([...keysOf(value), ...keysOf(unknown2)]);
      if (keys.size === 0) {
        this.out.set(text2, knownAttribute({}, written, extras(flags)));
        return;
      }
      for (const key of [...keys].sort()) {
        this.value(
          [...path, key],
          `${text2}[${JSON.stringify(key)}]`,
          ownMember(value, key),
          markerOf(unknown2, key),
          markerOf(sensitive, key),
          void 0,
          flags
        );
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
function keysOf(value) {
  return isPlainObject(value) ? Object.keys(value) : [];
}
function markerOf(marker, key) {
  if (marker === true) return true;
  if (typeof key === "number") return Array.isArray(marker) ? marker[key] : void 0;
  return ownMember(marker, key);
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
function read(field, spec, diagnostics) {
  if (field.kind === "unknown") {
    if (field.mistyped) diagnostics.push(mistyped(field.at, spec.attribute, field.reason, spec.expected));
    return unknown(field.at, field.reason, field.partial);
  }
  if (field.kind === "absent" || field.value === null) {
    return spec.fallback ? byDefault(spec.fallback.value, field.at, spec.fallback.note) : unknown(field.at, `${spec.attribute} is not set`);
  }
  const value = spec.convert(field.value);
  if (value === void 0) {
    diagnostics.push({
      at: field.at,
      code: "terraform-invalid-value",
      message: `${spec.attribute} = ${JSON.stringify(field.value)} is not a value the hyperv provider accepts (expected ${spec.expected})`,
      fix: `Set ${spec.attribute} to ${spec.expected}.`
    });
    return unknown(field.at, `${spec.attribute} = ${JSON.stringify(field.value)} is not a valid value`);
  }
  if (field.written) return set(value, field.at);
  return byDefault(value, field.at, spec.fallback?.note ?? `not set: the provider fills in ${JSON.stringify(value)}`);
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
function backupServiceSpec(key) {
  return backupServiceSpecs.get(key, newBackupServiceSpec);
}
var backupServiceSpecs = new BoundedCache(64, detachedText);
function newBackupServiceSpec(key) {
  return { attribute: `integration_services["${key}"]`, convert: bool2, expected: "true or false", fallback: { value: true, note: BACKUP_DEFAULT_NOTE } };
}
function buildMachines(machines, vhds) {
  const builder = new MachineBuilder();
  for (const vhd of vhds) builder.addVhd(vhd);
  for (const machine of machines) builder.addMachine(machine);
  return builder.finish();
}
var MachineBuilder = class {
  vms = [];
  vhds = [];
  diagnostics = [];
  /** Virtual disks that may be the child of a differencing `hyperv_vhd`, as pairs of VM index and disk index. */
  children = [];
  /** The `hyperv_vhd` address a child's path refers to (`.tf` only), by its pair's index in `children`. */
  vhdAddresses = /* @__PURE__ */ new Map();
  addMachine(draft) {
    const vm = buildMachine(draft, this.diagnostics);
    draft.disks.forEach((disk, i) => {
      const path = vm.disks[i]?.path;
      if (path === void 0 || disk.vhdAddress === void 0 && !(path.known && path.value !== "")) return;
      if (disk.vhdAddress !== void 0) this.vhdAddresses.set(this.children.length, disk.vhdAddress);
      this.children.push(this.vms.length, i);
    });
    this.vms.push(vm);
  }
  addVhd(draft) {
    this.vhds.push(draft);
  }
  finish() {
    const parents = new ParentIndex(this.vhds, this.diagnostics);
    if (parents.empty) return { vms: this.vms, diagnostics: this.diagnostics };
    for (let c = 0; c < this.children.length; c += 2) {
      const [vmIndex, diskIndex] = [this.children[c] ?? 0, this.children[c + 1] ?? 0];
      const vm = this.vms[vmIndex];
      const disk = vm?.disks[diskIndex];
      if (vm === void 0 || disk?.path === void 0) continue;
      const parentPath = parents.parentOf(this.vhdAddresses.get(c), disk.path);
      if (parentPath === void 0) continue;
      this.vms[vmIndex] = { ...vm, disks: vm.disks.map((d, i) => i === diskIndex ? { ...d, parentPath } : d) };
    }
    return { vms: this.vms, diagnostics: this.diagnostics };
  }
};
function buildMachine(draft, diagnostics) {
  let name = draft.address;
  const nameField = draft.name;
  if (nameField.kind === "known" && typeof nameField.value === "string") {
    if (nameField.value.trim() === "") {
      diagnostics.push({
        at: nameField.at,
        code: "terraform-empty-name",
        message: `${draft.address} has an empty name; Hyper-V needs a VM name`,
        fix: "Set name to the VM name."
      });
    } else name = nameField.value;
  }
  const generation = read(draft.generation, GENERATION, diagnostics);
  const disks = uniqueNames(draft.disks.map((d, i) => buildDisk(d, i, diagnostics)));
  const configurationPath = draft.path.kind === "absent" ? unknown(draft.path.at, PATH_NOT_SET_REASON) : read(draft.path, { attribute: "path", convert: text, expected: "a folder path" }, diagnostics);
  return {
    name,
    address: draft.address,
    ...draft.configuration !== void 0 ? { configuration: draft.configuration } : {},
    format: draft.format,
    at: draft.at,
    nameAt: nameField.at,
    labels: NO_LABELS,
    generation,
    state: read(draft.state, STATE, diagnostics),
    configurationPath,
    checkpointLocation: read(draft.snapshotFileLocation, SNAPSHOT_LOCATION, diagnostics),
    checkpointType: read(draft.checkpointType, CHECKPOINT_TYPE, diagnostics),
    integrationServices: integrationServices(draft.integrationServices, draft.at, diagnostics),
    scsiControllers: scsiControllers(generation, disks, draft),
    disks: disks.map((d) => d.disk),
    guest: { os: unknown(draft.at, GUEST_OS_REASON), volumes: NONE, iscsiTargets: NONE, fibreChannelAdapters: NONE },
    protection: byDefault("host", draft.at, PROTECTION_NOTE),
    guestCoverage: NONE,
    exceptions: NONE,
    ...draft.attributes ? { attributes: draft.attributes } : {}
  };
}
var NONE = Object.freeze([]);
var NO_LABELS = Object.freeze({});
function integrationServices(draft, vmAt, diagnostics) {
  const installed = byDefault(true, vmAt, INSTALLED_NOTE);
  if (draft.kind === "unknown" && !draft.mistyped) return { installed, backup: unknown(draft.at, draft.reason), unrecognized: NONE };
  if (draft.kind === "absent" || draft.kind === "known" && draft.value === null) {
    return { installed, backup: byDefault(true, draft.at, BACKUP_DEFAULT_NOTE), unrecognized: NONE };
  }
  if (draft.kind === "known" || draft.kind === "unknown") {
    const reason = draft.kind === "known" ? `the value is ${JSON.stringify(draft.value)}, not a map` : draft.reason;
    diagnostics.push(mistyped(draft.at, "integration_services", reason, "a map of service names to true/false"));
    return { installed, backup: unknown(draft.at, "integration_services is not a map of service names to true/false"), unrecognized: NONE };
  }
  const unrecognized = [];
  const backups = [];
  for (const entry of draft.entries) {
    const service = identifyService(entry.key);
    if (service === void 0) {
      const enabled = entry.value.kind === "known" ? bool2(entry.value.value) : void 0;
      unrecognized.push({ name: entry.key, at: entry.at, ...enabled !== void 0 ? { enabled } : {} });
    } else if (service === "backup") {
      backups.push({ key: entry.key, value: read(entry.value, backupServiceSpec(entry.key), diagnostics) });
    }
  }
  const chosen = backups.find((b) => b.value.known && !b.value.value) ?? backups.find((b) => !b.value.known) ?? backups[0];
  const others = unrecognized.length === 0 ? NONE : unrecognized;
  if (!chosen) return { installed, backup: byDefault(true, draft.at, BACKUP_KEY_MISSING_NOTE), unrecognized: others };
  return { installed, backup: chosen.value, backupKey: chosen.key, unrecognized: others };
}
function buildDisk(draft, index, diagnostics) {
  const type = read(draft.controllerType, CONTROLLER_TYPE, diagnostics);
  const number2 = read(draft.controllerNumber, counter("controller_number"), diagnostics);
  const location = read(draft.controllerLocation, counter("controller_location"), diagnostics);
  const controller = type.known && number2.known && location.known ? { type: type.value, number: number2.value, location: location.value } : void 0;
  const diskNumber = read(draft.diskNumber, DISK_NUMBER, diagnostics);
  const passthrough = diskNumber.known && diskNumber.value !== NO_PHYSICAL_DISK;
  const path = read(draft.path, DISK_PATH, diagnostics);
  const shared = sharedDisk(draft, path, read(draft.supportPersistentReservations, PERSISTENT_RESERVATIONS, diagnostics));
  const disk = {
    name: controller ? `${controller.type}${controller.number}:${controller.location}` : `disk${index + 1}`,
    at: draft.at
  };
  if (controller) disk.controller = controller;
  disk.kind = passthrough ? "passthrough" : "virtual";
  if (!passthrough) disk.path = path;
  if (passthrough || !diskNumber.known) disk.diskNumber = diskNumber;
  disk.shared = shared;
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
var isVhdSet = (path) => path.trimEnd().slice(-5).toLowerCase() === ".vhds";
function uniqueNames(disks) {
  const seen = /* @__PURE__ */ new Map();
  return disks.map((d) => {
    const count = (seen.get(d.disk.name) ?? 0) + 1;
    seen.set(d.disk.name, count);
    return count === 1 ? d : { ...d, disk: { ...d.disk, name: `${d.disk.name}#${count}` } };
  });
}
function scsiControllers(generation, disks, draft) {
  const numbers = /* @__PURE__ */ new Set();
  let firstScsi;
  for (const d of disks) {
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
  get empty() {
    return this.byAddress.size === 0;
  }
  parentOf(vhdAddress, path) {
    const vhd = (vhdAddress ? this.byAddress.get(vhdAddress) : void 0) ?? (path.known && path.value !== "" ? this.byPath.get(normalizePath(path.value)) : void 0);
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
  return providerAnswers.get(source, compatibleSource);
}
var providerAnswers = new BoundedCache(256, detachedText);
function compatibleSource(source) {
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
  constructor(lines, values, unknowns, resource, header) {
    this.lines = lines;
    this.values = values;
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
    return { kind: "known", value: keptValue(node), at, written: this.written(key) };
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
    const keys = /* @__PURE__ */ new Set([...node.members.keys(), ...unknownKeys?.kind === "object" ? unknownKeys.members.keys() : []]);
    for (const k of keys) {
      const entryAt = this.positions.mapKey(key, k) ?? at;
      const value = child(node, k);
      let field;
      if (scalar(child(unknownKeys, k)) === true) field = { kind: "unknown", at: entryAt, reason: KNOWN_AFTER_APPLY };
      else if (value?.kind === "scalar" && !this.object.check.isBad(value))
        field = { kind: "known", value: keptValue(value), at: entryAt, written: keyWritten(k) };
      else field = { kind: "unknown", at: entryAt, reason: WRONG_TYPE };
      entries.push({ key: keptText(k), at: entryAt, value: field });
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
    const { values, unknowns, sensitive, exprs, replacePaths } = this.object;
    return new ListedAttributes(
      [
        detachedSourceText(values),
        detachedSourceText(unknowns),
        detachedSourceText(sensitive),
        detachedSourceText(exprs),
        JSON.stringify(replacePaths ?? null)
      ],
      replacePaths
    );
  }
};
var ListedAttributes = class {
  constructor(sourceTexts, replacePaths) {
    this.sourceTexts = sourceTexts;
    this.replacePaths = replacePaths;
  }
  sourceTexts;
  replacePaths;
  kind = "listed";
  complete = true;
  listed;
  list() {
    this.listed ??= this.decode();
    return this.listed;
  }
  decode() {
    const [valuesText, unknownText, sensitiveText, exprsText] = this.sourceTexts;
    const plainValues = plainOf(valuesText);
    const plainExprs = plainOf(exprsText);
    return terraformAttributes(
      {
        values: plainValues,
        unknown: plainOf(unknownText),
        sensitive: plainOf(sensitiveText),
        written: (path) => writtenAt(plainExprs, plainValues, path),
        ...this.replacePaths ? { replacePaths: this.replacePaths } : {}
      },
      MACHINE_INSTANCE_SCHEMA
    );
  }
};
function writtenAt(exprs, values, path) {
  if (exprs === void 0) return true;
  const [top, second, third] = path;
  const expr = ownMember(exprs, String(top));
  if (expr === void 0) return false;
  if (second === void 0) return true;
  if (typeof second === "number") {
    const list = ownMember(values, String(top));
    if (!Array.isArray(expr) || !Array.isArray(list) || expr.length !== list.length) return true;
    return third === void 0 || ownMember(expr[second], String(third)) !== void 0;
  }
  const constant = ownMember(expr, "constant_value");
  return !isPlainObject(constant) || Object.hasOwn(constant, second);
}
function machineDraft(address, v, format, configuration, attributes) {
  const list = v.list("hard_disk_drives");
  const disks = "unknown" in list ? [unknownDisk(v.positions.attr("hard_disk_drives") ?? v.positions.header, list.unknown)] : list.map((d) => ({
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
    format,
    at: v.positions.resource,
    name: v.field("name"),
    path: v.field("path"),
    generation: v.field("generation"),
    state: v.field("state"),
    checkpointType: v.field("checkpoint_type"),
    snapshotFileLocation: v.field("snapshot_file_location"),
    integrationServices: v.map("integration_services"),
    disks,
    ...attributes ? { attributes: v.attributes() } : {}
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
var HEADER_KEYS = ["address", "mode", "type", "name", "provider_name"];
function forEachValuesResource(values, path, check, visit) {
  if (values === void 0 || !check.expect(values, path, ["object", "null"]) || values.kind !== "object") return;
  const walk = (module, at, depth) => {
    if (module === void 0 || depth > 32 || !check.expect(module, at, ["object"]) || module.kind !== "object") return;
    check.expect(child(module, "address"), `${at}.address`, ["string"]);
    const resources = child(module, "resources");
    let i = 0;
    if (check.expect(resources, `${at}.resources`, ["array", "null"]) && resources?.kind === "array")
      resources.forEachOnce((r) => {
        const rAt = lazyPath(`${at}.resources`, i++);
        if (!check.expect(r, rAt, OBJECT)) return;
        for (const key of HEADER_KEYS) check.expectChild(child(r, key), rAt, key, STRING);
        const text2 = (key) => {
          const v = scalar(child(r, key));
          return typeof v === "string" ? v : void 0;
        };
        const type = text2("type");
        visit(
          { node: r, address: text2("address") ?? `${type}.${text2("name")}`, type, name: text2("name"), mode: text2("mode"), provider: text2("provider_name") },
          rAt
        );
      }, "members");
    const children = child(module, "child_modules");
    if (check.expect(children, `${at}.child_modules`, ["array", "null"]) && children?.kind === "array")
      children.items.forEach((c, i2) => {
        walk(c, `${at}.child_modules[${i2}]`, depth + 1);
      });
  };
  walk(child(values, "root_module"), `${path}.root_module`, 0);
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
    const problem = checkPlanShape(root, lines);
    if (problem) return failed(problem);
    const sources = input.sources === void 0 ? PlanSources.empty : Array.isArray(input.sources) ? await PlanSources.build(input.sources) : input.sources;
    return readPlan(root, file, sources, lines, { attributes: input.attributes ?? true, before: input.before ?? true });
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
function readPlan(root, file, sources, lines, build) {
  const diagnostics = [];
  const check = new ShapeCheck(lines, diagnostics, "plan");
  for (const key of ["configuration", "planned_values", "prior_state"]) check.expect(child(root, key), key, ["object", "null"]);
  const changesNode = child(root, "resource_changes");
  check.expect(changesNode, "resource_changes", ["array", "null"]);
  const configuration = child(root, "configuration");
  const unevaluated = [];
  const config = indexConfiguration(configuration?.kind === "object" ? configuration : void 0, check, lines, (notice) => unevaluated.push(notice));
  const rootMatch = sources.rootFor(file, configuration);
  const locate = (modules, type, name) => rootMatch.kind === "root" ? sources.locate(rootMatch.dir, configuration, modules, type, name) : void 0;
  const after = new MachineBuilder();
  const before = new MachineBuilder();
  const pending = [];
  const machines = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let index = 0;
  if (changesNode?.kind === "array")
    changesNode.forEachOnce((rc) => {
      const path = lazyPath("resource_changes", index++);
      if (!check.expect(rc, path, OBJECT)) return;
      const other = otherVm(rc, lines);
      if (other) unevaluated.push(other);
      const resource = readResourceHeader(rc, path, check);
      if (!resource) return;
      const { type, address } = resource;
      const rcSpan = lines.span(rc.start, rc.end);
      const change = child(rc, "change");
      const changePath = lazyPath(path, "change");
      if (change === void 0 || !check.expect(change, changePath, OBJECT)) {
        if (change === void 0) diagnostics.push(missing(rcSpan, address, changePath, "plan-change-missing"));
        return;
      }
      const actionsNode = child(change, "actions");
      const actionsPath = lazyPath(changePath, "actions");
      const actions = readActions(actionsNode, actionsPath, check);
      if (actions === void 0) {
        if (actionsNode === void 0) diagnostics.push(missing(rcSpan, address, actionsPath, "plan-actions-missing"));
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
      for (const side of ["before", "after"]) {
        check.attributes(child(change, side), lazyPath(changePath, side), type === MACHINE ? MACHINE_INSTANCE_SCHEMA : VHD_SCHEMA);
      }
      for (const marker of ["after_unknown", "before_sensitive", "after_sensitive"]) check.markers(child(change, marker), lazyPath(changePath, marker));
      const replacePaths = readReplacePaths(child(change, "replace_paths"), lazyPath(changePath, "replace_paths"), check);
      const modules = moduleNames(resource.moduleAddress);
      const exprs = config.size === 0 ? void 0 : config.get(`${modules.join(".")}|${type}.${resource.name}`);
      const block = locate(modules, type, resource.name);
      const addressMember = member(rc, "address");
      const jsonHeader = addressMember ? lines.span(addressMember.keyStart, addressMember.value.end) : rcSpan;
      const read2 = (side) => {
        const values = child(change, side);
        const unknowns = side === "after" ? child(change, "after_unknown") : void 0;
        const positions = block ? new SourcePositions(block) : new JsonPositions(lines, values?.kind === "object" ? values : void 0, unknowns, rcSpan, jsonHeader);
        return new PlanValues({
          values,
          unknowns,
          sensitive: child(change, `${side}_sensitive`),
          exprs,
          positions,
          check,
          ...side === "after" && replacePaths ? { replacePaths } : {}
        });
      };
      const target = (side, values) => {
        if (type === MACHINE)
          side.addMachine(machineDraft(address, values, "terraform-plan", rootMatch.kind === "root" ? rootMatch.dir : file, build.attributes));
        else side.addVhd(vhdDraft(address, values));
      };
      const hasAfter = action !== "delete" && action !== "forget" && child(change, "after")?.kind === "object";
      const hasBefore = action !== "create" && child(change, "before")?.kind === "object";
      if (action !== "delete" && action !== "forget" && !hasAfter)
        diagnostics.push(missing(rcSpan, address, lazyPath(changePath, "after"), "plan-after-missing"));
      const afterValues = hasAfter ? read2("after") : void 0;
      const beforeValues = hasBefore ? read2("before") : void 0;
      if (afterValues) target(after, afterValues);
      if (beforeValues && build.before) target(before, beforeValues);
      pending.push({
        address,
        action,
        actions,
        at: (afterValues ?? beforeValues)?.positions.resource ?? rcSpan,
        ...replacePaths ? { replacePaths: replacePaths.map((p) => p.map(String)) } : {}
      });
    });
  for (const section of ["planned_values", "prior_state"]) {
    const values = section === "prior_state" ? child(child(root, section), "values") : child(root, section);
    const base = section === "prior_state" ? "prior_state.values" : section;
    forEachValuesResource(values, base, check, (resource, path) => {
      if (resource.type !== MACHINE || resource.mode === "data" || seen.has(resource.address)) return;
      if (resource.provider !== void 0 && !isCompatibleProvider(resource.provider)) return;
      diagnostics.push({
        at: lines.span(resource.node.start, resource.node.end),
        code: `plan-unlisted-vm:${section}:${resource.address}`,
        message: `${path()} is the VM ${resource.address}, which resource_changes does not list: Terraform lists every resource instance there, so this plan was edited or is incomplete, and the VM is not evaluated`,
        fix: REWRITE
      });
    });
  }
  const builtAfter = after.finish();
  const builtBefore = before.finish();
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
var HEADER_STRINGS = ["address", "module_address", "mode", "type", "name", "provider_name", "deposed", "action_reason", "previous_address"];
function readResourceHeader(rc, path, check) {
  for (const key of HEADER_STRINGS) check.expectChild(child(rc, key), path, key, STRING);
  check.expectChild(child(rc, "index"), path, "index", NUMBER_OR_STRING);
  const type = str(child(rc, "type"));
  if (type !== MACHINE && type !== VHD || str(child(rc, "mode")) === "data") return void 0;
  const provider = str(child(rc, "provider_name"));
  if (provider !== void 0 && !isCompatibleProvider(provider)) return void 0;
  return {
    type,
    name: keptStr(child(rc, "name")) ?? "",
    address: keptStr(child(rc, "address")) ?? type,
    moduleAddress: str(child(rc, "module_address")) ?? ""
  };
}
function readActions(node, path, check) {
  if (node === void 0 || !check.expect(node, path, ["array"])) return void 0;
  if (node.kind !== "array") return void 0;
  const actions = [];
  const wellTyped = node.items.map((item, i) => check.expectChild(item, path, i, STRING));
  for (const item of node.items) actions.push(String(scalar(item)));
  return wellTyped.every(Boolean) ? actions : void 0;
}
function readReplacePaths(node, path, check) {
  if (node === void 0 || !check.expect(node, path, ["array", "null"]) || node.kind !== "array") return void 0;
  const paths = [];
  node.items.forEach((item, i) => {
    const itemPath = lazyPath(path, i);
    if (!check.expect(item, itemPath, ["array"]) || item.kind !== "array") return;
    const steps = item.items.filter((step2, j) => check.expectChild(step2, itemPath, j, ["string", "number"]));
    paths.push(steps.map((step2) => step2.kind === "scalar" ? keptValue(step2) : toPlain(step2)));
  });
  return paths;
}
function missing(at, address, pathOf, code) {
  const path = spelled(pathOf);
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
function keptStr(node) {
  const v = node?.kind === "scalar" ? keptValue(node) : void 0;
  return typeof v === "string" ? v : void 0;
}

export {
  detachedText,
  JsonSyntaxError,
  parseJsonTree,
  member,
  child,
  scalar,
  MACHINE_INSTANCE_SCHEMA,
  VHD_SCHEMA,
  attributeSchema,
  jsonPath,
  lazyPath,
  ShapeCheck,
  objectKeyText,
  BlockPositions,
  parseHclFile,
  parseExpressionText,
  dirnameOf,
  joinPath,
  PlanSources,
  flattenSource,
  sameSourceTexts,
  isComplete,
  unknownAttribute,
  isUnknownAttribute,
  terraformAttributes,
  absent,
  buildMachines,
  MachineBuilder,
  isCompatibleProvider,
  SourcePositions,
  JsonPositions,
  PlanValues,
  machineDraft,
  vhdDraft,
  forEachValuesResource,
  remoteModule,
  otherVmResource,
  scriptedVms,
  MACHINE,
  VHD,
  parseTerraformPlan,
  planActionOf,
  moduleNames
};
