import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:HVGATE_POLICY_PAGES>
var init_define_HVGATE_POLICY_PAGES = __esm({
  "<define:HVGATE_POLICY_PAGES>"() {
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/generated/definition-validators.cjs
var require_definition_validators = __commonJS({
  "src/generated/definition-validators.cjs"(exports) {
    "use strict";
    init_define_HVGATE_POLICY_PAGES();
    exports.VirtualMachine = validate13;
    var schema12 = { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "hvgate/v1" }, "kind": { "const": "VirtualMachine" }, "metadata": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f]+$", "description": "Name; for a VirtualMachine, its Hyper-V name." }, "labels": { "type": "object", "description": "Labels that backup job selectors match.", "additionalProperties": { "type": "string", "maxLength": 256 }, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" } } }, "required": ["name"] }, "spec": { "type": "object", "additionalProperties": false, "properties": { "host": { "type": "string", "description": "Name of the HostProfile the VM runs on. Default: the gate's configured default host." }, "generation": { "enum": [1, 2], "description": "VM generation. Default 2." }, "state": { "enum": ["Running", "Off", "Saved", "Paused"], "description": "Intended state. Default Running." }, "configurationVersion": { "type": "string", "description": "VM configuration version (e.g. 5.0, 8.0, 9.0). Default: the host's.", "pattern": "^\\d+\\.\\d+$" }, "configurationPath": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "Folder holding the VM configuration. Default: the host's default VM folder.", "pattern": "^[^\\u0000-\\u001f]+$" }, "checkpoints": { "type": "object", "additionalProperties": false, "properties": { "location": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "Folder for checkpoint (snapshot) files. Default: the configuration path.", "pattern": "^[^\\u0000-\\u001f]+$" }, "type": { "enum": ["Disabled", "Standard", "Production", "ProductionOnly"], "description": "Checkpoint type. Default Production." } } }, "integrationServices": { "type": "object", "description": "Integration services by name (VSS, Backup (volume shadow copy), Backup (volume snapshot)), GUID or localized name, mapped to enabled. A service not listed keeps Hyper-V's default (enabled).", "additionalProperties": { "type": "boolean" } }, "scsiControllers": { "type": "integer", "description": "Number of SCSI controllers. Default: 1 (Hyper-V creates VMs with one), or more when the disks use more.", "minimum": 0, "maximum": 4 }, "disks": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f]+$", "description": "Name that guest volumes, coverage and exceptions refer to." }, "path": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "Virtual disk file (.vhd, .vhdx, .avhdx, or .vhds for a VHD Set) as the host sees it.", "pattern": "^[^\\u0000-\\u001f]+$" }, "passThrough": { "type": "object", "additionalProperties": false, "properties": { "diskNumber": { "type": "integer", "description": "Number of the offline physical disk passed through to the guest.", "minimum": 0 } }, "required": ["diskNumber"], "description": "A physical disk attached directly to the VM: invisible to host-level backup." }, "controller": { "type": "object", "additionalProperties": false, "properties": { "type": { "enum": ["SCSI", "IDE"], "description": "Controller type." }, "number": { "type": "integer", "description": "Controller number.", "minimum": 0, "maximum": 3 }, "location": { "type": "integer", "description": "Location on the controller.", "minimum": 0, "maximum": 63 } }, "required": ["type", "number", "location"] }, "shared": { "type": "boolean", "description": "Shared with other VMs through persistent reservations (shared VHDX, guest clusters)." }, "parentPath": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "Parent of a differencing disk; the whole chain must be backed up with it.", "pattern": "^[^\\u0000-\\u001f]+$" } }, "required": ["name"], "description": "A virtual disk file or a pass-through disk." }, "description": "Disks attached to the VM." }, "guest": { "$ref": "#/definitions/Guest" }, "backup": { "$ref": "#/definitions/Backup" }, "exceptions": { "type": "array", "items": { "$ref": "#/definitions/Exception" }, "description": "Waivers for policies that do not apply to this VM." } }, "description": "The VM's configuration." } }, "required": ["apiVersion", "kind", "metadata", "spec"], "description": "A Hyper-V virtual machine." };
    var schema13 = { "type": "object", "additionalProperties": false, "properties": { "os": { "enum": ["windows", "linux", "freebsd", "other"], "description": "Guest operating system family." }, "integrationServicesInstalled": { "type": "boolean", "description": "Whether the guest runs Hyper-V integration services (Windows: built in; Linux: hv_utils/hyperv-daemons). Default true." }, "volumes": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Drive letter or mount point inside the guest (C:, /var/lib/pgsql).", "minLength": 1 }, "disk": { "type": "string", "description": "Name of the VM disk holding the volume." }, "diskType": { "enum": ["basic", "dynamic"], "description": "Windows disk type; VSS online backup needs basic disks." }, "fileSystem": { "type": "string", "description": "File system (NTFS, ReFS, FAT32, ext4, xfs, vfat …).", "minLength": 1 }, "mounted": { "type": "boolean", "description": "False for volumes the guest does not mount (EFI system or recovery partitions). Default true." } }, "required": ["name"] }, "description": "Volumes inside the guest." }, "iscsiTargets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name used by coverage and exceptions.", "minLength": 1 }, "portal": { "type": "string", "description": "Portal address." }, "iqn": { "type": "string", "description": "Target IQN." } }, "required": ["name"], "description": "An iSCSI target the guest connects to itself: invisible to the host." }, "description": "In-guest iSCSI targets." }, "fibreChannelAdapters": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name used by coverage and exceptions.", "minLength": 1 }, "san": { "type": "string", "description": "Virtual SAN name." } }, "required": ["name"], "description": "A virtual Fibre Channel adapter: its LUNs are invisible to the host." }, "description": "Virtual Fibre Channel adapters." } } };
    var schema14 = { "type": "object", "additionalProperties": false, "properties": { "protection": { "enum": ["host", "guest", "both"], "description": "host: the host backs up the whole VM; guest: only an agent inside the VM; both. Default host." }, "inGuestCoverage": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Disks, iSCSI targets and Fibre Channel adapters (by name) that an in-guest backup covers." } } };
    var schema15 = { "type": "object", "additionalProperties": false, "properties": { "policy": { "type": "string", "description": "Policy id (HVB001) or name (whole-vm-backup) the exception waives." }, "disk": { "type": "string", "description": "Limit the exception to one disk, iSCSI target or Fibre Channel adapter, by its exact name." }, "volume": { "type": "string", "description": "Limit the exception to one guest volume, by its exact name." }, "reason": { "type": "string", "description": "Why the policy does not apply: reviewed by people, so be specific.", "minLength": 1 }, "owner": { "type": "string", "description": "Who answers for the exception (person or team).", "minLength": 1 }, "expires": { "type": "string", "format": "date", "description": "Last day the exception is valid (YYYY-MM-DD); at most exceptions.maxDays (default 90) days from today." } }, "required": ["policy", "reason", "owner", "expires"], "dependencies": { "disk": { "properties": { "volume": false } } }, "description": "A justified, owned, expiring waiver of one policy for this VM, or for one of its disks or guest volumes (not both)." };
    var func2 = require_ucs2length().default;
    var func5 = Object.prototype.hasOwnProperty;
    var pattern0 = new RegExp("^[^\\u0000-\\u001f]+$", "u");
    var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$", "u");
    var pattern2 = new RegExp("^\\d+\\.\\d+$", "u");
    var formats0 = require_formats().fullFormats.date;
    function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema12.required, parentSchema: schema12, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.kind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.metadata === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema12.required, parentSchema: schema12, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.spec === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema12.required, parentSchema: schema12, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.apiVersion !== void 0) {
          let data0 = data.apiVersion;
          if ("hvgate/v1" !== data0) {
            const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "hvgate/v1" }, message: "must be equal to constant", schema: "hvgate/v1", parentSchema: schema12.properties.apiVersion, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          let data1 = data.kind;
          if ("VirtualMachine" !== data1) {
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VirtualMachine" }, message: "must be equal to constant", schema: "VirtualMachine", parentSchema: schema12.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.metadata !== void 0) {
          let data2 = data.metadata;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.metadata.required, parentSchema: schema12.properties.metadata, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "labels")) {
                const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.metadata, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) > 256) {
                  const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema12.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (!pattern0.test(data3)) {
                  const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.name.type, parentSchema: schema12.properties.metadata.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.labels !== void 0) {
              let data4 = data2.labels;
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key2 in data4) {
                  const _errs11 = errors;
                  if (typeof key2 === "string") {
                    if (!pattern1.test(key2)) {
                      const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$", parentSchema: schema12.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  var valid2 = _errs11 === errors;
                  if (!valid2) {
                    const err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema12.properties.metadata.properties.labels.propertyNames, parentSchema: schema12.properties.metadata.properties.labels, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                for (const key3 in data4) {
                  let data5 = data4[key3];
                  if (typeof data5 === "string") {
                    if (func2(data5) > 256) {
                      const err15 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema12.properties.metadata.properties.labels.additionalProperties, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema12.properties.metadata.properties.labels.additionalProperties, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.properties.labels.type, parentSchema: schema12.properties.metadata.properties.labels, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.type, parentSchema: schema12.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.spec !== void 0) {
          let data6 = data.spec;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key4 in data6) {
              if (!func5.call(schema12.properties.spec.properties, key4)) {
                const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.host !== void 0) {
              let data7 = data6.host;
              if (typeof data7 !== "string") {
                const err20 = { instancePath: instancePath + "/spec/host", schemaPath: "#/properties/spec/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.host.type, parentSchema: schema12.properties.spec.properties.host, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.generation !== void 0) {
              let data8 = data6.generation;
              if (!(data8 === 1 || data8 === 2)) {
                const err21 = { instancePath: instancePath + "/spec/generation", schemaPath: "#/properties/spec/properties/generation/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.generation.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.generation.enum, parentSchema: schema12.properties.spec.properties.generation, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.state !== void 0) {
              let data9 = data6.state;
              if (!(data9 === "Running" || data9 === "Off" || data9 === "Saved" || data9 === "Paused")) {
                const err22 = { instancePath: instancePath + "/spec/state", schemaPath: "#/properties/spec/properties/state/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.state.enum, parentSchema: schema12.properties.spec.properties.state, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.configurationVersion !== void 0) {
              let data10 = data6.configurationVersion;
              if (typeof data10 === "string") {
                if (!pattern2.test(data10)) {
                  const err23 = { instancePath: instancePath + "/spec/configurationVersion", schemaPath: "#/properties/spec/properties/configurationVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"', schema: "^\\d+\\.\\d+$", parentSchema: schema12.properties.spec.properties.configurationVersion, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/spec/configurationVersion", schemaPath: "#/properties/spec/properties/configurationVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.configurationVersion.type, parentSchema: schema12.properties.spec.properties.configurationVersion, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.configurationPath !== void 0) {
              let data11 = data6.configurationPath;
              if (typeof data11 === "string") {
                if (func2(data11) > 4096) {
                  const err25 = { instancePath: instancePath + "/spec/configurationPath", schemaPath: "#/properties/spec/properties/configurationPath/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.spec.properties.configurationPath, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (func2(data11) < 1) {
                  const err26 = { instancePath: instancePath + "/spec/configurationPath", schemaPath: "#/properties/spec/properties/configurationPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.spec.properties.configurationPath, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (!pattern0.test(data11)) {
                  const err27 = { instancePath: instancePath + "/spec/configurationPath", schemaPath: "#/properties/spec/properties/configurationPath/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.spec.properties.configurationPath, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/spec/configurationPath", schemaPath: "#/properties/spec/properties/configurationPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.configurationPath.type, parentSchema: schema12.properties.spec.properties.configurationPath, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data6.checkpoints !== void 0) {
              let data12 = data6.checkpoints;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key5 in data12) {
                  if (!(key5 === "location" || key5 === "type")) {
                    const err29 = { instancePath: instancePath + "/spec/checkpoints", schemaPath: "#/properties/spec/properties/checkpoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.checkpoints, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data12.location !== void 0) {
                  let data13 = data12.location;
                  if (typeof data13 === "string") {
                    if (func2(data13) > 4096) {
                      const err30 = { instancePath: instancePath + "/spec/checkpoints/location", schemaPath: "#/properties/spec/properties/checkpoints/properties/location/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.spec.properties.checkpoints.properties.location, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (func2(data13) < 1) {
                      const err31 = { instancePath: instancePath + "/spec/checkpoints/location", schemaPath: "#/properties/spec/properties/checkpoints/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.spec.properties.checkpoints.properties.location, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data13)) {
                      const err32 = { instancePath: instancePath + "/spec/checkpoints/location", schemaPath: "#/properties/spec/properties/checkpoints/properties/location/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.spec.properties.checkpoints.properties.location, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/spec/checkpoints/location", schemaPath: "#/properties/spec/properties/checkpoints/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.checkpoints.properties.location.type, parentSchema: schema12.properties.spec.properties.checkpoints.properties.location, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data12.type !== void 0) {
                  let data14 = data12.type;
                  if (!(data14 === "Disabled" || data14 === "Standard" || data14 === "Production" || data14 === "ProductionOnly")) {
                    const err34 = { instancePath: instancePath + "/spec/checkpoints/type", schemaPath: "#/properties/spec/properties/checkpoints/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.checkpoints.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.checkpoints.properties.type.enum, parentSchema: schema12.properties.spec.properties.checkpoints.properties.type, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/spec/checkpoints", schemaPath: "#/properties/spec/properties/checkpoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.checkpoints.type, parentSchema: schema12.properties.spec.properties.checkpoints, data: data12 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data6.integrationServices !== void 0) {
              let data15 = data6.integrationServices;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key6 in data15) {
                  let data16 = data15[key6];
                  if (typeof data16 !== "boolean") {
                    const err36 = { instancePath: instancePath + "/spec/integrationServices/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/integrationServices/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.integrationServices.additionalProperties.type, parentSchema: schema12.properties.spec.properties.integrationServices.additionalProperties, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/spec/integrationServices", schemaPath: "#/properties/spec/properties/integrationServices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.integrationServices.type, parentSchema: schema12.properties.spec.properties.integrationServices, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data6.scsiControllers !== void 0) {
              let data17 = data6.scsiControllers;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err38 = { instancePath: instancePath + "/spec/scsiControllers", schemaPath: "#/properties/spec/properties/scsiControllers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.scsiControllers.type, parentSchema: schema12.properties.spec.properties.scsiControllers, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 > 4 || isNaN(data17)) {
                  const err39 = { instancePath: instancePath + "/spec/scsiControllers", schemaPath: "#/properties/spec/properties/scsiControllers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema12.properties.spec.properties.scsiControllers, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data17 < 0 || isNaN(data17)) {
                  const err40 = { instancePath: instancePath + "/spec/scsiControllers", schemaPath: "#/properties/spec/properties/scsiControllers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.spec.properties.scsiControllers, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data6.disks !== void 0) {
              let data18 = data6.disks;
              if (Array.isArray(data18)) {
                const len0 = data18.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data19 = data18[i0];
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.name === void 0) {
                      const err41 = { instancePath: instancePath + "/spec/disks/" + i0, schemaPath: "#/properties/spec/properties/disks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.spec.properties.disks.items.required, parentSchema: schema12.properties.spec.properties.disks.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    for (const key7 in data19) {
                      if (!(key7 === "name" || key7 === "path" || key7 === "passThrough" || key7 === "controller" || key7 === "shared" || key7 === "parentPath")) {
                        const err42 = { instancePath: instancePath + "/spec/disks/" + i0, schemaPath: "#/properties/spec/properties/disks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.disks.items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data19.name !== void 0) {
                      let data20 = data19.name;
                      if (typeof data20 === "string") {
                        if (func2(data20) > 256) {
                          const err43 = { instancePath: instancePath + "/spec/disks/" + i0 + "/name", schemaPath: "#/properties/spec/properties/disks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema12.properties.spec.properties.disks.items.properties.name, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                        if (func2(data20) < 1) {
                          const err44 = { instancePath: instancePath + "/spec/disks/" + i0 + "/name", schemaPath: "#/properties/spec/properties/disks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.spec.properties.disks.items.properties.name, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data20)) {
                          const err45 = { instancePath: instancePath + "/spec/disks/" + i0 + "/name", schemaPath: "#/properties/spec/properties/disks/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.spec.properties.disks.items.properties.name, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                      } else {
                        const err46 = { instancePath: instancePath + "/spec/disks/" + i0 + "/name", schemaPath: "#/properties/spec/properties/disks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.disks.items.properties.name.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.name, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data19.path !== void 0) {
                      let data21 = data19.path;
                      if (typeof data21 === "string") {
                        if (func2(data21) > 4096) {
                          const err47 = { instancePath: instancePath + "/spec/disks/" + i0 + "/path", schemaPath: "#/properties/spec/properties/disks/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.spec.properties.disks.items.properties.path, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                        if (func2(data21) < 1) {
                          const err48 = { instancePath: instancePath + "/spec/disks/" + i0 + "/path", schemaPath: "#/properties/spec/properties/disks/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.spec.properties.disks.items.properties.path, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data21)) {
                          const err49 = { instancePath: instancePath + "/spec/disks/" + i0 + "/path", schemaPath: "#/properties/spec/properties/disks/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.spec.properties.disks.items.properties.path, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                      } else {
                        const err50 = { instancePath: instancePath + "/spec/disks/" + i0 + "/path", schemaPath: "#/properties/spec/properties/disks/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.disks.items.properties.path.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.path, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    }
                    if (data19.passThrough !== void 0) {
                      let data22 = data19.passThrough;
                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.diskNumber === void 0) {
                          const err51 = { instancePath: instancePath + "/spec/disks/" + i0 + "/passThrough", schemaPath: "#/properties/spec/properties/disks/items/properties/passThrough/required", keyword: "required", params: { missingProperty: "diskNumber" }, message: "must have required property 'diskNumber'", schema: schema12.properties.spec.properties.disks.items.properties.passThrough.required, parentSchema: schema12.properties.spec.properties.disks.items.properties.passThrough, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                        for (const key8 in data22) {
                          if (!(key8 === "diskNumber")) {
                            const err52 = { instancePath: instancePath + "/spec/disks/" + i0 + "/passThrough", schemaPath: "#/properties/spec/properties/disks/items/properties/passThrough/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.disks.items.properties.passThrough, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err52];
                            } else {
                              vErrors.push(err52);
                            }
                            errors++;
                          }
                        }
                        if (data22.diskNumber !== void 0) {
                          let data23 = data22.diskNumber;
                          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                            const err53 = { instancePath: instancePath + "/spec/disks/" + i0 + "/passThrough/diskNumber", schemaPath: "#/properties/spec/properties/disks/items/properties/passThrough/properties/diskNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.disks.items.properties.passThrough.properties.diskNumber.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.passThrough.properties.diskNumber, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                          if (typeof data23 == "number") {
                            if (data23 < 0 || isNaN(data23)) {
                              const err54 = { instancePath: instancePath + "/spec/disks/" + i0 + "/passThrough/diskNumber", schemaPath: "#/properties/spec/properties/disks/items/properties/passThrough/properties/diskNumber/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.spec.properties.disks.items.properties.passThrough.properties.diskNumber, data: data23 };
                              if (vErrors === null) {
                                vErrors = [err54];
                              } else {
                                vErrors.push(err54);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err55 = { instancePath: instancePath + "/spec/disks/" + i0 + "/passThrough", schemaPath: "#/properties/spec/properties/disks/items/properties/passThrough/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.disks.items.properties.passThrough.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.passThrough, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data19.controller !== void 0) {
                      let data24 = data19.controller;
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.type === void 0) {
                          const err56 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema12.properties.spec.properties.disks.items.properties.controller.required, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                        if (data24.number === void 0) {
                          const err57 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema12.properties.spec.properties.disks.items.properties.controller.required, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                        if (data24.location === void 0) {
                          const err58 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema12.properties.spec.properties.disks.items.properties.controller.required, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                        for (const key9 in data24) {
                          if (!(key9 === "type" || key9 === "number" || key9 === "location")) {
                            const err59 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                        if (data24.type !== void 0) {
                          let data25 = data24.type;
                          if (!(data25 === "SCSI" || data25 === "IDE")) {
                            const err60 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/type", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.disks.items.properties.controller.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.disks.items.properties.controller.properties.type.enum, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.type, data: data25 };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data24.number !== void 0) {
                          let data26 = data24.number;
                          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                            const err61 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/number", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.disks.items.properties.controller.properties.number.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.number, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                          if (typeof data26 == "number") {
                            if (data26 > 3 || isNaN(data26)) {
                              const err62 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/number", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.number, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err62];
                              } else {
                                vErrors.push(err62);
                              }
                              errors++;
                            }
                            if (data26 < 0 || isNaN(data26)) {
                              const err63 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/number", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.number, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err63];
                              } else {
                                vErrors.push(err63);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data24.location !== void 0) {
                          let data27 = data24.location;
                          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                            const err64 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/location", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/location/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.disks.items.properties.controller.properties.location.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.location, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                          if (typeof data27 == "number") {
                            if (data27 > 63 || isNaN(data27)) {
                              const err65 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/location", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/location/maximum", keyword: "maximum", params: { comparison: "<=", limit: 63 }, message: "must be <= 63", schema: 63, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.location, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err65];
                              } else {
                                vErrors.push(err65);
                              }
                              errors++;
                            }
                            if (data27 < 0 || isNaN(data27)) {
                              const err66 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller/location", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/properties/location/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller.properties.location, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err66];
                              } else {
                                vErrors.push(err66);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err67 = { instancePath: instancePath + "/spec/disks/" + i0 + "/controller", schemaPath: "#/properties/spec/properties/disks/items/properties/controller/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.disks.items.properties.controller.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.controller, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data19.shared !== void 0) {
                      let data28 = data19.shared;
                      if (typeof data28 !== "boolean") {
                        const err68 = { instancePath: instancePath + "/spec/disks/" + i0 + "/shared", schemaPath: "#/properties/spec/properties/disks/items/properties/shared/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.disks.items.properties.shared.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.shared, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                    if (data19.parentPath !== void 0) {
                      let data29 = data19.parentPath;
                      if (typeof data29 === "string") {
                        if (func2(data29) > 4096) {
                          const err69 = { instancePath: instancePath + "/spec/disks/" + i0 + "/parentPath", schemaPath: "#/properties/spec/properties/disks/items/properties/parentPath/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema12.properties.spec.properties.disks.items.properties.parentPath, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                        if (func2(data29) < 1) {
                          const err70 = { instancePath: instancePath + "/spec/disks/" + i0 + "/parentPath", schemaPath: "#/properties/spec/properties/disks/items/properties/parentPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.spec.properties.disks.items.properties.parentPath, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err70];
                          } else {
                            vErrors.push(err70);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data29)) {
                          const err71 = { instancePath: instancePath + "/spec/disks/" + i0 + "/parentPath", schemaPath: "#/properties/spec/properties/disks/items/properties/parentPath/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema12.properties.spec.properties.disks.items.properties.parentPath, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/spec/disks/" + i0 + "/parentPath", schemaPath: "#/properties/spec/properties/disks/items/properties/parentPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.disks.items.properties.parentPath.type, parentSchema: schema12.properties.spec.properties.disks.items.properties.parentPath, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/spec/disks/" + i0, schemaPath: "#/properties/spec/properties/disks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.disks.items.type, parentSchema: schema12.properties.spec.properties.disks.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/spec/disks", schemaPath: "#/properties/spec/properties/disks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.disks.type, parentSchema: schema12.properties.spec.properties.disks, data: data18 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data6.guest !== void 0) {
              let data30 = data6.guest;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (const key10 in data30) {
                  if (!(key10 === "os" || key10 === "integrationServicesInstalled" || key10 === "volumes" || key10 === "iscsiTargets" || key10 === "fibreChannelAdapters")) {
                    const err75 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/definitions/Guest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data30.os !== void 0) {
                  let data31 = data30.os;
                  if (!(data31 === "windows" || data31 === "linux" || data31 === "freebsd" || data31 === "other")) {
                    const err76 = { instancePath: instancePath + "/spec/guest/os", schemaPath: "#/definitions/Guest/properties/os/enum", keyword: "enum", params: { allowedValues: schema13.properties.os.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.os.enum, parentSchema: schema13.properties.os, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data30.integrationServicesInstalled !== void 0) {
                  let data32 = data30.integrationServicesInstalled;
                  if (typeof data32 !== "boolean") {
                    const err77 = { instancePath: instancePath + "/spec/guest/integrationServicesInstalled", schemaPath: "#/definitions/Guest/properties/integrationServicesInstalled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.integrationServicesInstalled.type, parentSchema: schema13.properties.integrationServicesInstalled, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data30.volumes !== void 0) {
                  let data33 = data30.volumes;
                  if (Array.isArray(data33)) {
                    const len1 = data33.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data34 = data33[i1];
                      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        if (data34.name === void 0) {
                          const err78 = { instancePath: instancePath + "/spec/guest/volumes/" + i1, schemaPath: "#/definitions/Guest/properties/volumes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.volumes.items.required, parentSchema: schema13.properties.volumes.items, data: data34 };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                        for (const key11 in data34) {
                          if (!(key11 === "name" || key11 === "disk" || key11 === "diskType" || key11 === "fileSystem" || key11 === "mounted")) {
                            const err79 = { instancePath: instancePath + "/spec/guest/volumes/" + i1, schemaPath: "#/definitions/Guest/properties/volumes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.volumes.items, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data34.name !== void 0) {
                          let data35 = data34.name;
                          if (typeof data35 === "string") {
                            if (func2(data35) < 1) {
                              const err80 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/name", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.volumes.items.properties.name, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          } else {
                            const err81 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/name", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.name.type, parentSchema: schema13.properties.volumes.items.properties.name, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        if (data34.disk !== void 0) {
                          let data36 = data34.disk;
                          if (typeof data36 !== "string") {
                            const err82 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/disk", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/disk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.disk.type, parentSchema: schema13.properties.volumes.items.properties.disk, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                        if (data34.diskType !== void 0) {
                          let data37 = data34.diskType;
                          if (!(data37 === "basic" || data37 === "dynamic")) {
                            const err83 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/diskType", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/diskType/enum", keyword: "enum", params: { allowedValues: schema13.properties.volumes.items.properties.diskType.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.volumes.items.properties.diskType.enum, parentSchema: schema13.properties.volumes.items.properties.diskType, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data34.fileSystem !== void 0) {
                          let data38 = data34.fileSystem;
                          if (typeof data38 === "string") {
                            if (func2(data38) < 1) {
                              const err84 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/fileSystem", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/fileSystem/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.volumes.items.properties.fileSystem, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                            }
                          } else {
                            const err85 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/fileSystem", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/fileSystem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.fileSystem.type, parentSchema: schema13.properties.volumes.items.properties.fileSystem, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                        if (data34.mounted !== void 0) {
                          let data39 = data34.mounted;
                          if (typeof data39 !== "boolean") {
                            const err86 = { instancePath: instancePath + "/spec/guest/volumes/" + i1 + "/mounted", schemaPath: "#/definitions/Guest/properties/volumes/items/properties/mounted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.volumes.items.properties.mounted.type, parentSchema: schema13.properties.volumes.items.properties.mounted, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err87 = { instancePath: instancePath + "/spec/guest/volumes/" + i1, schemaPath: "#/definitions/Guest/properties/volumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.volumes.items.type, parentSchema: schema13.properties.volumes.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/spec/guest/volumes", schemaPath: "#/definitions/Guest/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.volumes.type, parentSchema: schema13.properties.volumes, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data30.iscsiTargets !== void 0) {
                  let data40 = data30.iscsiTargets;
                  if (Array.isArray(data40)) {
                    const len2 = data40.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data41 = data40[i2];
                      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                        if (data41.name === void 0) {
                          const err89 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2, schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.iscsiTargets.items.required, parentSchema: schema13.properties.iscsiTargets.items, data: data41 };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                        for (const key12 in data41) {
                          if (!(key12 === "name" || key12 === "portal" || key12 === "iqn")) {
                            const err90 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2, schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.iscsiTargets.items, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                        if (data41.name !== void 0) {
                          let data42 = data41.name;
                          if (typeof data42 === "string") {
                            if (func2(data42) < 1) {
                              const err91 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2 + "/name", schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.iscsiTargets.items.properties.name, data: data42 };
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                            }
                          } else {
                            const err92 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2 + "/name", schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.name.type, parentSchema: schema13.properties.iscsiTargets.items.properties.name, data: data42 };
                            if (vErrors === null) {
                              vErrors = [err92];
                            } else {
                              vErrors.push(err92);
                            }
                            errors++;
                          }
                        }
                        if (data41.portal !== void 0) {
                          let data43 = data41.portal;
                          if (typeof data43 !== "string") {
                            const err93 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2 + "/portal", schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/properties/portal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.portal.type, parentSchema: schema13.properties.iscsiTargets.items.properties.portal, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err93];
                            } else {
                              vErrors.push(err93);
                            }
                            errors++;
                          }
                        }
                        if (data41.iqn !== void 0) {
                          let data44 = data41.iqn;
                          if (typeof data44 !== "string") {
                            const err94 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2 + "/iqn", schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/properties/iqn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.iqn.type, parentSchema: schema13.properties.iscsiTargets.items.properties.iqn, data: data44 };
                            if (vErrors === null) {
                              vErrors = [err94];
                            } else {
                              vErrors.push(err94);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err95 = { instancePath: instancePath + "/spec/guest/iscsiTargets/" + i2, schemaPath: "#/definitions/Guest/properties/iscsiTargets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.iscsiTargets.items.type, parentSchema: schema13.properties.iscsiTargets.items, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/spec/guest/iscsiTargets", schemaPath: "#/definitions/Guest/properties/iscsiTargets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.iscsiTargets.type, parentSchema: schema13.properties.iscsiTargets, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data30.fibreChannelAdapters !== void 0) {
                  let data45 = data30.fibreChannelAdapters;
                  if (Array.isArray(data45)) {
                    const len3 = data45.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data46 = data45[i3];
                      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                        if (data46.name === void 0) {
                          const err97 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3, schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.fibreChannelAdapters.items.required, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                        for (const key13 in data46) {
                          if (!(key13 === "name" || key13 === "san")) {
                            const err98 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3, schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                        }
                        if (data46.name !== void 0) {
                          let data47 = data46.name;
                          if (typeof data47 === "string") {
                            if (func2(data47) < 1) {
                              const err99 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3 + "/name", schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.name, data: data47 };
                              if (vErrors === null) {
                                vErrors = [err99];
                              } else {
                                vErrors.push(err99);
                              }
                              errors++;
                            }
                          } else {
                            const err100 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3 + "/name", schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fibreChannelAdapters.items.properties.name.type, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.name, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                        }
                        if (data46.san !== void 0) {
                          let data48 = data46.san;
                          if (typeof data48 !== "string") {
                            const err101 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3 + "/san", schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/properties/san/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fibreChannelAdapters.items.properties.san.type, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.san, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err101];
                            } else {
                              vErrors.push(err101);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err102 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters/" + i3, schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.fibreChannelAdapters.items.type, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/spec/guest/fibreChannelAdapters", schemaPath: "#/definitions/Guest/properties/fibreChannelAdapters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.fibreChannelAdapters.type, parentSchema: schema13.properties.fibreChannelAdapters, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/definitions/Guest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data30 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data6.backup !== void 0) {
              let data49 = data6.backup;
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                for (const key14 in data49) {
                  if (!(key14 === "protection" || key14 === "inGuestCoverage")) {
                    const err105 = { instancePath: instancePath + "/spec/backup", schemaPath: "#/definitions/Backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data49.protection !== void 0) {
                  let data50 = data49.protection;
                  if (!(data50 === "host" || data50 === "guest" || data50 === "both")) {
                    const err106 = { instancePath: instancePath + "/spec/backup/protection", schemaPath: "#/definitions/Backup/properties/protection/enum", keyword: "enum", params: { allowedValues: schema14.properties.protection.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.protection.enum, parentSchema: schema14.properties.protection, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data49.inGuestCoverage !== void 0) {
                  let data51 = data49.inGuestCoverage;
                  if (Array.isArray(data51)) {
                    const len4 = data51.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data52 = data51[i4];
                      if (typeof data52 === "string") {
                        if (func2(data52) < 1) {
                          const err107 = { instancePath: instancePath + "/spec/backup/inGuestCoverage/" + i4, schemaPath: "#/definitions/Backup/properties/inGuestCoverage/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.inGuestCoverage.items, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/spec/backup/inGuestCoverage/" + i4, schemaPath: "#/definitions/Backup/properties/inGuestCoverage/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.inGuestCoverage.items.type, parentSchema: schema14.properties.inGuestCoverage.items, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/spec/backup/inGuestCoverage", schemaPath: "#/definitions/Backup/properties/inGuestCoverage/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.inGuestCoverage.type, parentSchema: schema14.properties.inGuestCoverage, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/spec/backup", schemaPath: "#/definitions/Backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data49 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data6.exceptions !== void 0) {
              let data53 = data6.exceptions;
              if (Array.isArray(data53)) {
                const len5 = data53.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data54 = data53[i5];
                  if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                    if (data54.policy === void 0) {
                      const err111 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema15.required, parentSchema: schema15, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data54.reason === void 0) {
                      const err112 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema15.required, parentSchema: schema15, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (data54.owner === void 0) {
                      const err113 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema15.required, parentSchema: schema15, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    if (data54.expires === void 0) {
                      const err114 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema15.required, parentSchema: schema15, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                    for (const key15 in data54) {
                      if (!(key15 === "policy" || key15 === "disk" || key15 === "volume" || key15 === "reason" || key15 === "owner" || key15 === "expires")) {
                        const err115 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                    if (data54.disk !== void 0) {
                      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                        if (data54.volume !== void 0) {
                          const err116 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/volume", schemaPath: "#/definitions/Exception/dependencies/disk/properties/volume/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema15.dependencies.disk.properties.volume, data: data54.volume };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data54.policy !== void 0) {
                      let data56 = data54.policy;
                      if (typeof data56 !== "string") {
                        const err117 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/policy", schemaPath: "#/definitions/Exception/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.policy.type, parentSchema: schema15.properties.policy, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                    if (data54.disk !== void 0) {
                      let data57 = data54.disk;
                      if (typeof data57 !== "string") {
                        const err118 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/disk", schemaPath: "#/definitions/Exception/properties/disk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.disk.type, parentSchema: schema15.properties.disk, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    if (data54.volume !== void 0) {
                      let data58 = data54.volume;
                      if (typeof data58 !== "string") {
                        const err119 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/volume", schemaPath: "#/definitions/Exception/properties/volume/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.volume.type, parentSchema: schema15.properties.volume, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                    if (data54.reason !== void 0) {
                      let data59 = data54.reason;
                      if (typeof data59 === "string") {
                        if (func2(data59) < 1) {
                          const err120 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/reason", schemaPath: "#/definitions/Exception/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.reason, data: data59 };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                      } else {
                        const err121 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/reason", schemaPath: "#/definitions/Exception/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.reason.type, parentSchema: schema15.properties.reason, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data54.owner !== void 0) {
                      let data60 = data54.owner;
                      if (typeof data60 === "string") {
                        if (func2(data60) < 1) {
                          const err122 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/owner", schemaPath: "#/definitions/Exception/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.owner, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      } else {
                        const err123 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/owner", schemaPath: "#/definitions/Exception/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.owner.type, parentSchema: schema15.properties.owner, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                    if (data54.expires !== void 0) {
                      let data61 = data54.expires;
                      if (typeof data61 === "string") {
                        if (!formats0.validate(data61)) {
                          const err124 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/expires", schemaPath: "#/definitions/Exception/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema15.properties.expires, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                      } else {
                        const err125 = { instancePath: instancePath + "/spec/exceptions/" + i5 + "/expires", schemaPath: "#/definitions/Exception/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.expires.type, parentSchema: schema15.properties.expires, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/spec/exceptions/" + i5, schemaPath: "#/definitions/Exception/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = { instancePath: instancePath + "/spec/exceptions", schemaPath: "#/properties/spec/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.exceptions.type, parentSchema: schema12.properties.spec.properties.exceptions, data: data53 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.type, parentSchema: schema12.properties.spec, data: data6 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
      } else {
        const err129 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
      validate13.errors = vErrors;
      return errors === 0;
    }
    exports.BackupJob = validate14;
    var schema16 = { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "hvgate/v1" }, "kind": { "const": "BackupJob" }, "metadata": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f]+$", "description": "Name; for a VirtualMachine, its Hyper-V name." }, "labels": { "type": "object", "description": "Labels that backup job selectors match.", "additionalProperties": { "type": "string", "maxLength": 256 }, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" } } }, "required": ["name"] }, "spec": { "type": "object", "additionalProperties": false, "properties": { "members": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "VM names in the job." }, "selector": { "type": "object", "additionalProperties": false, "properties": { "matchLabels": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Every VM carrying all of these labels is a member." } }, "required": ["matchLabels"] } }, "description": "Which VMs the job backs up. One VM that fails its snapshot fails the whole job." } }, "required": ["apiVersion", "kind", "metadata", "spec"], "description": "A host-level backup job." };
    function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema16.required, parentSchema: schema16, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.kind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema16.required, parentSchema: schema16, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.metadata === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema16.required, parentSchema: schema16, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.spec === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema16.required, parentSchema: schema16, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.apiVersion !== void 0) {
          let data0 = data.apiVersion;
          if ("hvgate/v1" !== data0) {
            const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "hvgate/v1" }, message: "must be equal to constant", schema: "hvgate/v1", parentSchema: schema16.properties.apiVersion, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          let data1 = data.kind;
          if ("BackupJob" !== data1) {
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "BackupJob" }, message: "must be equal to constant", schema: "BackupJob", parentSchema: schema16.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.metadata !== void 0) {
          let data2 = data.metadata;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.metadata.required, parentSchema: schema16.properties.metadata, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "labels")) {
                const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.metadata, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) > 256) {
                  const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema16.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (!pattern0.test(data3)) {
                  const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema16.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.name.type, parentSchema: schema16.properties.metadata.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.labels !== void 0) {
              let data4 = data2.labels;
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key2 in data4) {
                  const _errs11 = errors;
                  if (typeof key2 === "string") {
                    if (!pattern1.test(key2)) {
                      const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$", parentSchema: schema16.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  var valid2 = _errs11 === errors;
                  if (!valid2) {
                    const err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema16.properties.metadata.properties.labels.propertyNames, parentSchema: schema16.properties.metadata.properties.labels, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                for (const key3 in data4) {
                  let data5 = data4[key3];
                  if (typeof data5 === "string") {
                    if (func2(data5) > 256) {
                      const err15 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema16.properties.metadata.properties.labels.additionalProperties, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema16.properties.metadata.properties.labels.additionalProperties, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.properties.labels.type, parentSchema: schema16.properties.metadata.properties.labels, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.type, parentSchema: schema16.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.spec !== void 0) {
          let data6 = data.spec;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key4 in data6) {
              if (!(key4 === "members" || key4 === "selector")) {
                const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.members !== void 0) {
              let data7 = data6.members;
              if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data8 = data7[i0];
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err20 = { instancePath: instancePath + "/spec/members/" + i0, schemaPath: "#/properties/spec/properties/members/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.spec.properties.members.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/spec/members/" + i0, schemaPath: "#/properties/spec/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.members.items.type, parentSchema: schema16.properties.spec.properties.members.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/spec/members", schemaPath: "#/properties/spec/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.members.type, parentSchema: schema16.properties.spec.properties.members, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.selector !== void 0) {
              let data9 = data6.selector;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.matchLabels === void 0) {
                  const err23 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/required", keyword: "required", params: { missingProperty: "matchLabels" }, message: "must have required property 'matchLabels'", schema: schema16.properties.spec.properties.selector.required, parentSchema: schema16.properties.spec.properties.selector, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key5 in data9) {
                  if (!(key5 === "matchLabels")) {
                    const err24 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.selector, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.matchLabels !== void 0) {
                  let data10 = data9.matchLabels;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key6 in data10) {
                      let data11 = data10[key6];
                      if (typeof data11 !== "string") {
                        const err25 = { instancePath: instancePath + "/spec/selector/matchLabels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.selector.properties.matchLabels.additionalProperties.type, parentSchema: schema16.properties.spec.properties.selector.properties.matchLabels.additionalProperties, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/spec/selector/matchLabels", schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.selector.properties.matchLabels.type, parentSchema: schema16.properties.spec.properties.selector.properties.matchLabels, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.selector.type, parentSchema: schema16.properties.spec.properties.selector, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.type, parentSchema: schema16.properties.spec, data: data6 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      validate14.errors = vErrors;
      return errors === 0;
    }
    exports.HostProfile = validate15;
    var schema17 = { "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "hvgate/v1" }, "kind": { "const": "HostProfile" }, "metadata": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f]+$", "description": "Name; for a VirtualMachine, its Hyper-V name." }, "labels": { "type": "object", "description": "Labels that backup job selectors match.", "additionalProperties": { "type": "string", "maxLength": 256 }, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" } } }, "required": ["name"] }, "spec": { "type": "object", "additionalProperties": false, "properties": { "windowsServer": { "enum": ["2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025", 2012, 2016, 2019, 2022, 2025], "description": "Windows Server release of the Hyper-V host; decides whether a failed online criterion pauses the VM (2012 R2 and earlier) or makes the backup crash-consistent (2016+)." }, "defaultConfigurationVersion": { "type": "string", "description": "Configuration version of VMs on this host that do not state their own.", "pattern": "^\\d+\\.\\d+$" }, "language": { "type": "string", "description": "Host UI language (e.g. de-DE): integration service names are localized to it." } }, "required": ["windowsServer"], "description": "Facts about a Hyper-V host that change backup consequences." } }, "required": ["apiVersion", "kind", "metadata", "spec"], "description": "A Hyper-V host or host group." };
    function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema17.required, parentSchema: schema17, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.kind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.required, parentSchema: schema17, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.metadata === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema17.required, parentSchema: schema17, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.spec === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema17.required, parentSchema: schema17, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.apiVersion !== void 0) {
          let data0 = data.apiVersion;
          if ("hvgate/v1" !== data0) {
            const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "hvgate/v1" }, message: "must be equal to constant", schema: "hvgate/v1", parentSchema: schema17.properties.apiVersion, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          let data1 = data.kind;
          if ("HostProfile" !== data1) {
            const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "HostProfile" }, message: "must be equal to constant", schema: "HostProfile", parentSchema: schema17.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.metadata !== void 0) {
          let data2 = data.metadata;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.metadata.required, parentSchema: schema17.properties.metadata, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "labels")) {
                const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.metadata, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) > 256) {
                  const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema17.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (func2(data3) < 1) {
                  const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (!pattern0.test(data3)) {
                  const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f]+$"', schema: "^[^\\u0000-\\u001f]+$", parentSchema: schema17.properties.metadata.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.name.type, parentSchema: schema17.properties.metadata.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.labels !== void 0) {
              let data4 = data2.labels;
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key2 in data4) {
                  const _errs11 = errors;
                  if (typeof key2 === "string") {
                    if (!pattern1.test(key2)) {
                      const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$", parentSchema: schema17.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  var valid2 = _errs11 === errors;
                  if (!valid2) {
                    const err14 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema17.properties.metadata.properties.labels.propertyNames, parentSchema: schema17.properties.metadata.properties.labels, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                for (const key3 in data4) {
                  let data5 = data4[key3];
                  if (typeof data5 === "string") {
                    if (func2(data5) > 256) {
                      const err15 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema17.properties.metadata.properties.labels.additionalProperties, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema17.properties.metadata.properties.labels.additionalProperties, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.properties.labels.type, parentSchema: schema17.properties.metadata.properties.labels, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.type, parentSchema: schema17.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.spec !== void 0) {
          let data6 = data.spec;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.windowsServer === void 0) {
              const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "windowsServer" }, message: "must have required property 'windowsServer'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key4 in data6) {
              if (!(key4 === "windowsServer" || key4 === "defaultConfigurationVersion" || key4 === "language")) {
                const err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.windowsServer !== void 0) {
              let data7 = data6.windowsServer;
              if (!(data7 === "2008 R2" || data7 === "2012" || data7 === "2012 R2" || data7 === "2016" || data7 === "2019" || data7 === "2022" || data7 === "2025" || data7 === 2012 || data7 === 2016 || data7 === 2019 || data7 === 2022 || data7 === 2025)) {
                const err21 = { instancePath: instancePath + "/spec/windowsServer", schemaPath: "#/properties/spec/properties/windowsServer/enum", keyword: "enum", params: { allowedValues: schema17.properties.spec.properties.windowsServer.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.spec.properties.windowsServer.enum, parentSchema: schema17.properties.spec.properties.windowsServer, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.defaultConfigurationVersion !== void 0) {
              let data8 = data6.defaultConfigurationVersion;
              if (typeof data8 === "string") {
                if (!pattern2.test(data8)) {
                  const err22 = { instancePath: instancePath + "/spec/defaultConfigurationVersion", schemaPath: "#/properties/spec/properties/defaultConfigurationVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"', schema: "^\\d+\\.\\d+$", parentSchema: schema17.properties.spec.properties.defaultConfigurationVersion, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/spec/defaultConfigurationVersion", schemaPath: "#/properties/spec/properties/defaultConfigurationVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.defaultConfigurationVersion.type, parentSchema: schema17.properties.spec.properties.defaultConfigurationVersion, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.language !== void 0) {
              let data9 = data6.language;
              if (typeof data9 !== "string") {
                const err24 = { instancePath: instancePath + "/spec/language", schemaPath: "#/properties/spec/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.language.type, parentSchema: schema17.properties.spec.properties.language, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.type, parentSchema: schema17.properties.spec, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      validate15.errors = vErrors;
      return errors === 0;
    }
    exports.validateConfig = validate16;
    var schema24 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-config.schema.json", "title": "hvgate configuration (.hvgate.yml)", "type": "object", "additionalProperties": false, "properties": { "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs (relative to this file) of files to evaluate. Default: every YAML, JSON, .tf and .tfvars file." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files to leave out." }, "scope": { "enum": ["introduced", "all"], "description": "introduced (default): only findings a change introduces block it; all: every error blocks." }, "unknown": { "enum": ["note", "fail"], "description": "What a value unknown until apply becomes: a note (default) or an HVB000 error." }, "defaultEnforcement": { "enum": ["advisory", "soft-mandatory", "hard-mandatory"], "description": "Enforcement of policies that set none. Default soft-mandatory." }, "hostDefaults": { "type": "object", "additionalProperties": false, "description": "Host facts assumed for VMs that name no HostProfile.", "properties": { "windowsServer": { "enum": ["2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025", 2012, 2016, 2019, 2022, 2025] }, "configurationVersion": { "type": "string", "pattern": "^\\d+\\.\\d+$" } } }, "policies": { "type": "object", "description": "Per-policy settings by id (HVB003) or name.", "additionalProperties": { "oneOf": [{ "enum": ["error", "warning", "note", "off"], "description": "Shorthand for { level }." }, { "type": "object", "additionalProperties": false, "properties": { "level": { "enum": ["error", "warning", "note", "off"] }, "enforcement": { "enum": ["advisory", "soft-mandatory", "hard-mandatory"], "description": "advisory never blocks; soft-mandatory blocks unless overridden; hard-mandatory cannot be overridden or waived." }, "options": { "type": "object" } } }] } }, "exceptions": { "type": "object", "additionalProperties": false, "properties": { "fromBaseOnly": { "type": "boolean", "description": "Honour only exceptions that already exist on the base branch, unchanged (same scope and expiry), so a change cannot approve its own violation. Default true; applies to plans, which have a base." }, "maxDays": { "type": "integer", "minimum": 1, "description": "Longest allowed lifetime of an exception, in days from today. Default 90." }, "entries": { "type": "array", "description": "Exceptions that name their VMs: one VM by name or resource address (vm), or the VMs a glob matches (vmPattern).", "items": { "type": "object", "additionalProperties": false, "required": ["policy", "reason", "owner", "expires"], "properties": { "policy": { "type": "string", "description": "Policy id (HVB001) or name (whole-vm-backup) the exception waives." }, "vm": { "type": "string", "minLength": 1, "description": "The VM's name or resource address, taken literally (a * in it is just a character)." }, "vmPattern": { "type": "string", "minLength": 1, "maxLength": 256, "description": "A glob over VM names and addresses: * is any run of characters, ? one character. Every VM it waives is listed in the reports." }, "disk": { "type": "string", "description": "Limit the exception to one disk, iSCSI target or Fibre Channel adapter, by its exact name." }, "volume": { "type": "string", "description": "Limit the exception to one guest volume, by its exact name." }, "reason": { "type": "string", "minLength": 1, "description": "Why the policy does not apply: reviewed by people, so be specific." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for the exception (person or team)." }, "expires": { "type": "string", "format": "date", "description": "Last day the exception is valid (YYYY-MM-DD); at most maxDays (default 90) days from today." } }, "dependencies": { "disk": { "properties": { "volume": false } }, "vm": { "properties": { "vmPattern": false } } } } } } }, "overlays": { "type": "array", "description": "Facts a format cannot express (Terraform: guest volumes, iSCSI, jobs, exceptions, host), added to matching VMs.", "items": { "type": "object", "additionalProperties": false, "required": ["match"], "properties": { "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "name": { "type": "string", "minLength": 1, "description": "VM name or glob (web-*)." }, "address": { "type": "string", "minLength": 1, "description": "Resource address or glob (module.web.hyperv_machine_instance.this[*])." } } }, "host": { "type": "string", "description": "HostProfile name." }, "configurationVersion": { "type": "string", "pattern": "^\\d+\\.\\d+$" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "guest": { "$ref": "hvgate-v1.schema.json#/definitions/Guest" }, "backup": { "$ref": "hvgate-v1.schema.json#/definitions/Backup" }, "exceptions": { "type": "array", "items": { "$ref": "hvgate-v1.schema.json#/definitions/Exception" } } } } } } };
    function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func5.call(schema24.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.include !== void 0) {
          let data0 = data.include;
          if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                  const err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.include.items, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              } else {
                const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.include.items.type, parentSchema: schema24.properties.include.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.include.type, parentSchema: schema24.properties.include, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.exclude !== void 0) {
          let data2 = data.exclude;
          if (Array.isArray(data2)) {
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data3 = data2[i1];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.exclude.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exclude.items.type, parentSchema: schema24.properties.exclude.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.exclude.type, parentSchema: schema24.properties.exclude, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.scope !== void 0) {
          let data4 = data.scope;
          if (!(data4 === "introduced" || data4 === "all")) {
            const err7 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema24.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.scope.enum, parentSchema: schema24.properties.scope, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.unknown !== void 0) {
          let data5 = data.unknown;
          if (!(data5 === "note" || data5 === "fail")) {
            const err8 = { instancePath: instancePath + "/unknown", schemaPath: "#/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema24.properties.unknown.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.unknown.enum, parentSchema: schema24.properties.unknown, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.defaultEnforcement !== void 0) {
          let data6 = data.defaultEnforcement;
          if (!(data6 === "advisory" || data6 === "soft-mandatory" || data6 === "hard-mandatory")) {
            const err9 = { instancePath: instancePath + "/defaultEnforcement", schemaPath: "#/properties/defaultEnforcement/enum", keyword: "enum", params: { allowedValues: schema24.properties.defaultEnforcement.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.defaultEnforcement.enum, parentSchema: schema24.properties.defaultEnforcement, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.hostDefaults !== void 0) {
          let data7 = data.hostDefaults;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!(key1 === "windowsServer" || key1 === "configurationVersion")) {
                const err10 = { instancePath: instancePath + "/hostDefaults", schemaPath: "#/properties/hostDefaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.hostDefaults, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data7.windowsServer !== void 0) {
              let data8 = data7.windowsServer;
              if (!(data8 === "2008 R2" || data8 === "2012" || data8 === "2012 R2" || data8 === "2016" || data8 === "2019" || data8 === "2022" || data8 === "2025" || data8 === 2012 || data8 === 2016 || data8 === 2019 || data8 === 2022 || data8 === 2025)) {
                const err11 = { instancePath: instancePath + "/hostDefaults/windowsServer", schemaPath: "#/properties/hostDefaults/properties/windowsServer/enum", keyword: "enum", params: { allowedValues: schema24.properties.hostDefaults.properties.windowsServer.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.hostDefaults.properties.windowsServer.enum, parentSchema: schema24.properties.hostDefaults.properties.windowsServer, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.configurationVersion !== void 0) {
              let data9 = data7.configurationVersion;
              if (typeof data9 === "string") {
                if (!pattern2.test(data9)) {
                  const err12 = { instancePath: instancePath + "/hostDefaults/configurationVersion", schemaPath: "#/properties/hostDefaults/properties/configurationVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"', schema: "^\\d+\\.\\d+$", parentSchema: schema24.properties.hostDefaults.properties.configurationVersion, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/hostDefaults/configurationVersion", schemaPath: "#/properties/hostDefaults/properties/configurationVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.hostDefaults.properties.configurationVersion.type, parentSchema: schema24.properties.hostDefaults.properties.configurationVersion, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/hostDefaults", schemaPath: "#/properties/hostDefaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.hostDefaults.type, parentSchema: schema24.properties.hostDefaults, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.policies !== void 0) {
          let data10 = data.policies;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
              let data11 = data10[key2];
              const _errs23 = errors;
              let valid7 = false;
              let passing0 = null;
              const _errs24 = errors;
              if (!(data11 === "error" || data11 === "warning" || data11 === "note" || data11 === "off")) {
                const err15 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema24.properties.policies.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.policies.additionalProperties.oneOf[0].enum, parentSchema: schema24.properties.policies.additionalProperties.oneOf[0], data: data11 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var _valid0 = _errs24 === errors;
              if (_valid0) {
                valid7 = true;
                passing0 = 0;
              }
              const _errs25 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key3 in data11) {
                  if (!(key3 === "level" || key3 === "enforcement" || key3 === "options")) {
                    const err16 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.policies.additionalProperties.oneOf[1], data: data11 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data11.level !== void 0) {
                  let data12 = data11.level;
                  if (!(data12 === "error" || data12 === "warning" || data12 === "note" || data12 === "off")) {
                    const err17 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/level", schemaPath: "#/properties/policies/additionalProperties/oneOf/1/properties/level/enum", keyword: "enum", params: { allowedValues: schema24.properties.policies.additionalProperties.oneOf[1].properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.policies.additionalProperties.oneOf[1].properties.level.enum, parentSchema: schema24.properties.policies.additionalProperties.oneOf[1].properties.level, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data11.enforcement !== void 0) {
                  let data13 = data11.enforcement;
                  if (!(data13 === "advisory" || data13 === "soft-mandatory" || data13 === "hard-mandatory")) {
                    const err18 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/enforcement", schemaPath: "#/properties/policies/additionalProperties/oneOf/1/properties/enforcement/enum", keyword: "enum", params: { allowedValues: schema24.properties.policies.additionalProperties.oneOf[1].properties.enforcement.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.policies.additionalProperties.oneOf[1].properties.enforcement.enum, parentSchema: schema24.properties.policies.additionalProperties.oneOf[1].properties.enforcement, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data11.options !== void 0) {
                  let data14 = data11.options;
                  if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                    const err19 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/policies/additionalProperties/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.policies.additionalProperties.oneOf[1].properties.options.type, parentSchema: schema24.properties.policies.additionalProperties.oneOf[1].properties.options, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.policies.additionalProperties.oneOf[1].type, parentSchema: schema24.properties.policies.additionalProperties.oneOf[1], data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var _valid0 = _errs25 === errors;
              if (_valid0 && valid7) {
                valid7 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid7 = true;
                  passing0 = 1;
                }
              }
              if (!valid7) {
                const err21 = { instancePath: instancePath + "/policies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema24.properties.policies.additionalProperties.oneOf, parentSchema: schema24.properties.policies.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              } else {
                errors = _errs23;
                if (vErrors !== null) {
                  if (_errs23) {
                    vErrors.length = _errs23;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.policies.type, parentSchema: schema24.properties.policies, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data.exceptions !== void 0) {
          let data15 = data.exceptions;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key4 in data15) {
              if (!(key4 === "fromBaseOnly" || key4 === "maxDays" || key4 === "entries")) {
                const err23 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.exceptions, data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data15.fromBaseOnly !== void 0) {
              let data16 = data15.fromBaseOnly;
              if (typeof data16 !== "boolean") {
                const err24 = { instancePath: instancePath + "/exceptions/fromBaseOnly", schemaPath: "#/properties/exceptions/properties/fromBaseOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.exceptions.properties.fromBaseOnly.type, parentSchema: schema24.properties.exceptions.properties.fromBaseOnly, data: data16 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data15.maxDays !== void 0) {
              let data17 = data15.maxDays;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err25 = { instancePath: instancePath + "/exceptions/maxDays", schemaPath: "#/properties/exceptions/properties/maxDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.exceptions.properties.maxDays.type, parentSchema: schema24.properties.exceptions.properties.maxDays, data: data17 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < 1 || isNaN(data17)) {
                  const err26 = { instancePath: instancePath + "/exceptions/maxDays", schemaPath: "#/properties/exceptions/properties/maxDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.exceptions.properties.maxDays, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data15.entries !== void 0) {
              let data18 = data15.entries;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.policy === void 0) {
                      const err27 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema24.properties.exceptions.properties.entries.items.required, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (data19.reason === void 0) {
                      const err28 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema24.properties.exceptions.properties.entries.items.required, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (data19.owner === void 0) {
                      const err29 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema24.properties.exceptions.properties.entries.items.required, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (data19.expires === void 0) {
                      const err30 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema24.properties.exceptions.properties.entries.items.required, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    for (const key5 in data19) {
                      if (!(key5 === "policy" || key5 === "vm" || key5 === "vmPattern" || key5 === "disk" || key5 === "volume" || key5 === "reason" || key5 === "owner" || key5 === "expires")) {
                        const err31 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                    if (data19.disk !== void 0) {
                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.volume !== void 0) {
                          const err32 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/volume", schemaPath: "#/properties/exceptions/properties/entries/items/dependencies/disk/properties/volume/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema24.properties.exceptions.properties.entries.items.dependencies.disk.properties.volume, data: data19.volume };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data19.vm !== void 0) {
                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.vmPattern !== void 0) {
                          const err33 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vmPattern", schemaPath: "#/properties/exceptions/properties/entries/items/dependencies/vm/properties/vmPattern/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema24.properties.exceptions.properties.entries.items.dependencies.vm.properties.vmPattern, data: data19.vmPattern };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data19.policy !== void 0) {
                      let data22 = data19.policy;
                      if (typeof data22 !== "string") {
                        const err34 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/policy", schemaPath: "#/properties/exceptions/properties/entries/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.policy.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.policy, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data19.vm !== void 0) {
                      let data23 = data19.vm;
                      if (typeof data23 === "string") {
                        if (func2(data23) < 1) {
                          const err35 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vm", schemaPath: "#/properties/exceptions/properties/entries/items/properties/vm/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.vm, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                      } else {
                        const err36 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vm", schemaPath: "#/properties/exceptions/properties/entries/items/properties/vm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.vm.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.vm, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data19.vmPattern !== void 0) {
                      let data24 = data19.vmPattern;
                      if (typeof data24 === "string") {
                        if (func2(data24) > 256) {
                          const err37 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vmPattern", schemaPath: "#/properties/exceptions/properties/entries/items/properties/vmPattern/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.vmPattern, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                        }
                        if (func2(data24) < 1) {
                          const err38 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vmPattern", schemaPath: "#/properties/exceptions/properties/entries/items/properties/vmPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.vmPattern, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                      } else {
                        const err39 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/vmPattern", schemaPath: "#/properties/exceptions/properties/entries/items/properties/vmPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.vmPattern.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.vmPattern, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                    if (data19.disk !== void 0) {
                      let data25 = data19.disk;
                      if (typeof data25 !== "string") {
                        const err40 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/disk", schemaPath: "#/properties/exceptions/properties/entries/items/properties/disk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.disk.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.disk, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data19.volume !== void 0) {
                      let data26 = data19.volume;
                      if (typeof data26 !== "string") {
                        const err41 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/volume", schemaPath: "#/properties/exceptions/properties/entries/items/properties/volume/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.volume.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.volume, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data19.reason !== void 0) {
                      let data27 = data19.reason;
                      if (typeof data27 === "string") {
                        if (func2(data27) < 1) {
                          const err42 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/reason", schemaPath: "#/properties/exceptions/properties/entries/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.reason, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/reason", schemaPath: "#/properties/exceptions/properties/entries/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.reason.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.reason, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data19.owner !== void 0) {
                      let data28 = data19.owner;
                      if (typeof data28 === "string") {
                        if (func2(data28) < 1) {
                          const err44 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/owner", schemaPath: "#/properties/exceptions/properties/entries/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.owner, data: data28 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      } else {
                        const err45 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/owner", schemaPath: "#/properties/exceptions/properties/entries/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.owner.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.owner, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data19.expires !== void 0) {
                      let data29 = data19.expires;
                      if (typeof data29 === "string") {
                        if (!formats0.validate(data29)) {
                          const err46 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/expires", schemaPath: "#/properties/exceptions/properties/entries/items/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema24.properties.exceptions.properties.entries.items.properties.expires, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      } else {
                        const err47 = { instancePath: instancePath + "/exceptions/entries/" + i2 + "/expires", schemaPath: "#/properties/exceptions/properties/entries/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.exceptions.properties.entries.items.properties.expires.type, parentSchema: schema24.properties.exceptions.properties.entries.items.properties.expires, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/exceptions/entries/" + i2, schemaPath: "#/properties/exceptions/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.exceptions.properties.entries.items.type, parentSchema: schema24.properties.exceptions.properties.entries.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/exceptions/entries", schemaPath: "#/properties/exceptions/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.exceptions.properties.entries.type, parentSchema: schema24.properties.exceptions.properties.entries, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.exceptions.type, parentSchema: schema24.properties.exceptions, data: data15 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data.overlays !== void 0) {
          let data30 = data.overlays;
          if (Array.isArray(data30)) {
            const len3 = data30.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data31 = data30[i3];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.match === void 0) {
                  const err51 = { instancePath: instancePath + "/overlays/" + i3, schemaPath: "#/properties/overlays/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema24.properties.overlays.items.required, parentSchema: schema24.properties.overlays.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                for (const key6 in data31) {
                  if (!(key6 === "match" || key6 === "host" || key6 === "configurationVersion" || key6 === "labels" || key6 === "guest" || key6 === "backup" || key6 === "exceptions")) {
                    const err52 = { instancePath: instancePath + "/overlays/" + i3, schemaPath: "#/properties/overlays/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.overlays.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data31.match !== void 0) {
                  let data32 = data31.match;
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (Object.keys(data32).length < 1) {
                      const err53 = { instancePath: instancePath + "/overlays/" + i3 + "/match", schemaPath: "#/properties/overlays/items/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema24.properties.overlays.items.properties.match, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    for (const key7 in data32) {
                      if (!(key7 === "name" || key7 === "address")) {
                        const err54 = { instancePath: instancePath + "/overlays/" + i3 + "/match", schemaPath: "#/properties/overlays/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.overlays.items.properties.match, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data32.name !== void 0) {
                      let data33 = data32.name;
                      if (typeof data33 === "string") {
                        if (func2(data33) < 1) {
                          const err55 = { instancePath: instancePath + "/overlays/" + i3 + "/match/name", schemaPath: "#/properties/overlays/items/properties/match/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.overlays.items.properties.match.properties.name, data: data33 };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                      } else {
                        const err56 = { instancePath: instancePath + "/overlays/" + i3 + "/match/name", schemaPath: "#/properties/overlays/items/properties/match/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.overlays.items.properties.match.properties.name.type, parentSchema: schema24.properties.overlays.items.properties.match.properties.name, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    if (data32.address !== void 0) {
                      let data34 = data32.address;
                      if (typeof data34 === "string") {
                        if (func2(data34) < 1) {
                          const err57 = { instancePath: instancePath + "/overlays/" + i3 + "/match/address", schemaPath: "#/properties/overlays/items/properties/match/properties/address/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.overlays.items.properties.match.properties.address, data: data34 };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                      } else {
                        const err58 = { instancePath: instancePath + "/overlays/" + i3 + "/match/address", schemaPath: "#/properties/overlays/items/properties/match/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.overlays.items.properties.match.properties.address.type, parentSchema: schema24.properties.overlays.items.properties.match.properties.address, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/overlays/" + i3 + "/match", schemaPath: "#/properties/overlays/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.overlays.items.properties.match.type, parentSchema: schema24.properties.overlays.items.properties.match, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data31.host !== void 0) {
                  let data35 = data31.host;
                  if (typeof data35 !== "string") {
                    const err60 = { instancePath: instancePath + "/overlays/" + i3 + "/host", schemaPath: "#/properties/overlays/items/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.overlays.items.properties.host.type, parentSchema: schema24.properties.overlays.items.properties.host, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data31.configurationVersion !== void 0) {
                  let data36 = data31.configurationVersion;
                  if (typeof data36 === "string") {
                    if (!pattern2.test(data36)) {
                      const err61 = { instancePath: instancePath + "/overlays/" + i3 + "/configurationVersion", schemaPath: "#/properties/overlays/items/properties/configurationVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"', schema: "^\\d+\\.\\d+$", parentSchema: schema24.properties.overlays.items.properties.configurationVersion, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/overlays/" + i3 + "/configurationVersion", schemaPath: "#/properties/overlays/items/properties/configurationVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.overlays.items.properties.configurationVersion.type, parentSchema: schema24.properties.overlays.items.properties.configurationVersion, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data31.labels !== void 0) {
                  let data37 = data31.labels;
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    for (const key8 in data37) {
                      let data38 = data37[key8];
                      if (typeof data38 !== "string") {
                        const err63 = { instancePath: instancePath + "/overlays/" + i3 + "/labels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overlays/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.overlays.items.properties.labels.additionalProperties.type, parentSchema: schema24.properties.overlays.items.properties.labels.additionalProperties, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/overlays/" + i3 + "/labels", schemaPath: "#/properties/overlays/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.overlays.items.properties.labels.type, parentSchema: schema24.properties.overlays.items.properties.labels, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data31.guest !== void 0) {
                  let data39 = data31.guest;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    for (const key9 in data39) {
                      if (!(key9 === "os" || key9 === "integrationServicesInstalled" || key9 === "volumes" || key9 === "iscsiTargets" || key9 === "fibreChannelAdapters")) {
                        const err65 = { instancePath: instancePath + "/overlays/" + i3 + "/guest", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data39.os !== void 0) {
                      let data40 = data39.os;
                      if (!(data40 === "windows" || data40 === "linux" || data40 === "freebsd" || data40 === "other")) {
                        const err66 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/os", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/os/enum", keyword: "enum", params: { allowedValues: schema13.properties.os.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.os.enum, parentSchema: schema13.properties.os, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data39.integrationServicesInstalled !== void 0) {
                      let data41 = data39.integrationServicesInstalled;
                      if (typeof data41 !== "boolean") {
                        const err67 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/integrationServicesInstalled", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/integrationServicesInstalled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.integrationServicesInstalled.type, parentSchema: schema13.properties.integrationServicesInstalled, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data39.volumes !== void 0) {
                      let data42 = data39.volumes;
                      if (Array.isArray(data42)) {
                        const len4 = data42.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data43 = data42[i4];
                          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                            if (data43.name === void 0) {
                              const err68 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.volumes.items.required, parentSchema: schema13.properties.volumes.items, data: data43 };
                              if (vErrors === null) {
                                vErrors = [err68];
                              } else {
                                vErrors.push(err68);
                              }
                              errors++;
                            }
                            for (const key10 in data43) {
                              if (!(key10 === "name" || key10 === "disk" || key10 === "diskType" || key10 === "fileSystem" || key10 === "mounted")) {
                                const err69 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.volumes.items, data: data43 };
                                if (vErrors === null) {
                                  vErrors = [err69];
                                } else {
                                  vErrors.push(err69);
                                }
                                errors++;
                              }
                            }
                            if (data43.name !== void 0) {
                              let data44 = data43.name;
                              if (typeof data44 === "string") {
                                if (func2(data44) < 1) {
                                  const err70 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.volumes.items.properties.name, data: data44 };
                                  if (vErrors === null) {
                                    vErrors = [err70];
                                  } else {
                                    vErrors.push(err70);
                                  }
                                  errors++;
                                }
                              } else {
                                const err71 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.name.type, parentSchema: schema13.properties.volumes.items.properties.name, data: data44 };
                                if (vErrors === null) {
                                  vErrors = [err71];
                                } else {
                                  vErrors.push(err71);
                                }
                                errors++;
                              }
                            }
                            if (data43.disk !== void 0) {
                              let data45 = data43.disk;
                              if (typeof data45 !== "string") {
                                const err72 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/disk", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/disk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.disk.type, parentSchema: schema13.properties.volumes.items.properties.disk, data: data45 };
                                if (vErrors === null) {
                                  vErrors = [err72];
                                } else {
                                  vErrors.push(err72);
                                }
                                errors++;
                              }
                            }
                            if (data43.diskType !== void 0) {
                              let data46 = data43.diskType;
                              if (!(data46 === "basic" || data46 === "dynamic")) {
                                const err73 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/diskType", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/diskType/enum", keyword: "enum", params: { allowedValues: schema13.properties.volumes.items.properties.diskType.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.volumes.items.properties.diskType.enum, parentSchema: schema13.properties.volumes.items.properties.diskType, data: data46 };
                                if (vErrors === null) {
                                  vErrors = [err73];
                                } else {
                                  vErrors.push(err73);
                                }
                                errors++;
                              }
                            }
                            if (data43.fileSystem !== void 0) {
                              let data47 = data43.fileSystem;
                              if (typeof data47 === "string") {
                                if (func2(data47) < 1) {
                                  const err74 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/fileSystem", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/fileSystem/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.volumes.items.properties.fileSystem, data: data47 };
                                  if (vErrors === null) {
                                    vErrors = [err74];
                                  } else {
                                    vErrors.push(err74);
                                  }
                                  errors++;
                                }
                              } else {
                                const err75 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/fileSystem", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/fileSystem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.volumes.items.properties.fileSystem.type, parentSchema: schema13.properties.volumes.items.properties.fileSystem, data: data47 };
                                if (vErrors === null) {
                                  vErrors = [err75];
                                } else {
                                  vErrors.push(err75);
                                }
                                errors++;
                              }
                            }
                            if (data43.mounted !== void 0) {
                              let data48 = data43.mounted;
                              if (typeof data48 !== "boolean") {
                                const err76 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4 + "/mounted", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/properties/mounted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.volumes.items.properties.mounted.type, parentSchema: schema13.properties.volumes.items.properties.mounted, data: data48 };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err77 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes/" + i4, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.volumes.items.type, parentSchema: schema13.properties.volumes.items, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err78 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/volumes", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.volumes.type, parentSchema: schema13.properties.volumes, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data39.iscsiTargets !== void 0) {
                      let data49 = data39.iscsiTargets;
                      if (Array.isArray(data49)) {
                        const len5 = data49.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data50 = data49[i5];
                          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                            if (data50.name === void 0) {
                              const err79 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.iscsiTargets.items.required, parentSchema: schema13.properties.iscsiTargets.items, data: data50 };
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                            for (const key11 in data50) {
                              if (!(key11 === "name" || key11 === "portal" || key11 === "iqn")) {
                                const err80 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.iscsiTargets.items, data: data50 };
                                if (vErrors === null) {
                                  vErrors = [err80];
                                } else {
                                  vErrors.push(err80);
                                }
                                errors++;
                              }
                            }
                            if (data50.name !== void 0) {
                              let data51 = data50.name;
                              if (typeof data51 === "string") {
                                if (func2(data51) < 1) {
                                  const err81 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.iscsiTargets.items.properties.name, data: data51 };
                                  if (vErrors === null) {
                                    vErrors = [err81];
                                  } else {
                                    vErrors.push(err81);
                                  }
                                  errors++;
                                }
                              } else {
                                const err82 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.name.type, parentSchema: schema13.properties.iscsiTargets.items.properties.name, data: data51 };
                                if (vErrors === null) {
                                  vErrors = [err82];
                                } else {
                                  vErrors.push(err82);
                                }
                                errors++;
                              }
                            }
                            if (data50.portal !== void 0) {
                              let data52 = data50.portal;
                              if (typeof data52 !== "string") {
                                const err83 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5 + "/portal", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/properties/portal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.portal.type, parentSchema: schema13.properties.iscsiTargets.items.properties.portal, data: data52 };
                                if (vErrors === null) {
                                  vErrors = [err83];
                                } else {
                                  vErrors.push(err83);
                                }
                                errors++;
                              }
                            }
                            if (data50.iqn !== void 0) {
                              let data53 = data50.iqn;
                              if (typeof data53 !== "string") {
                                const err84 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5 + "/iqn", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/properties/iqn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.iscsiTargets.items.properties.iqn.type, parentSchema: schema13.properties.iscsiTargets.items.properties.iqn, data: data53 };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err85 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets/" + i5, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.iscsiTargets.items.type, parentSchema: schema13.properties.iscsiTargets.items, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/iscsiTargets", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/iscsiTargets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.iscsiTargets.type, parentSchema: schema13.properties.iscsiTargets, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data39.fibreChannelAdapters !== void 0) {
                      let data54 = data39.fibreChannelAdapters;
                      if (Array.isArray(data54)) {
                        const len6 = data54.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data55 = data54[i6];
                          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                            if (data55.name === void 0) {
                              const err87 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.properties.fibreChannelAdapters.items.required, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                            for (const key12 in data55) {
                              if (!(key12 === "name" || key12 === "san")) {
                                const err88 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data55 };
                                if (vErrors === null) {
                                  vErrors = [err88];
                                } else {
                                  vErrors.push(err88);
                                }
                                errors++;
                              }
                            }
                            if (data55.name !== void 0) {
                              let data56 = data55.name;
                              if (typeof data56 === "string") {
                                if (func2(data56) < 1) {
                                  const err89 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.name, data: data56 };
                                  if (vErrors === null) {
                                    vErrors = [err89];
                                  } else {
                                    vErrors.push(err89);
                                  }
                                  errors++;
                                }
                              } else {
                                const err90 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6 + "/name", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fibreChannelAdapters.items.properties.name.type, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.name, data: data56 };
                                if (vErrors === null) {
                                  vErrors = [err90];
                                } else {
                                  vErrors.push(err90);
                                }
                                errors++;
                              }
                            }
                            if (data55.san !== void 0) {
                              let data57 = data55.san;
                              if (typeof data57 !== "string") {
                                const err91 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6 + "/san", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/properties/san/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fibreChannelAdapters.items.properties.san.type, parentSchema: schema13.properties.fibreChannelAdapters.items.properties.san, data: data57 };
                                if (vErrors === null) {
                                  vErrors = [err91];
                                } else {
                                  vErrors.push(err91);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err92 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters/" + i6, schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.fibreChannelAdapters.items.type, parentSchema: schema13.properties.fibreChannelAdapters.items, data: data55 };
                            if (vErrors === null) {
                              vErrors = [err92];
                            } else {
                              vErrors.push(err92);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/overlays/" + i3 + "/guest/fibreChannelAdapters", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/properties/fibreChannelAdapters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.fibreChannelAdapters.type, parentSchema: schema13.properties.fibreChannelAdapters, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/overlays/" + i3 + "/guest", schemaPath: "hvgate-v1.schema.json#/definitions/Guest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data31.backup !== void 0) {
                  let data58 = data31.backup;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    for (const key13 in data58) {
                      if (!(key13 === "protection" || key13 === "inGuestCoverage")) {
                        const err95 = { instancePath: instancePath + "/overlays/" + i3 + "/backup", schemaPath: "hvgate-v1.schema.json#/definitions/Backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    if (data58.protection !== void 0) {
                      let data59 = data58.protection;
                      if (!(data59 === "host" || data59 === "guest" || data59 === "both")) {
                        const err96 = { instancePath: instancePath + "/overlays/" + i3 + "/backup/protection", schemaPath: "hvgate-v1.schema.json#/definitions/Backup/properties/protection/enum", keyword: "enum", params: { allowedValues: schema14.properties.protection.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.protection.enum, parentSchema: schema14.properties.protection, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data58.inGuestCoverage !== void 0) {
                      let data60 = data58.inGuestCoverage;
                      if (Array.isArray(data60)) {
                        const len7 = data60.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          let data61 = data60[i7];
                          if (typeof data61 === "string") {
                            if (func2(data61) < 1) {
                              const err97 = { instancePath: instancePath + "/overlays/" + i3 + "/backup/inGuestCoverage/" + i7, schemaPath: "hvgate-v1.schema.json#/definitions/Backup/properties/inGuestCoverage/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.inGuestCoverage.items, data: data61 };
                              if (vErrors === null) {
                                vErrors = [err97];
                              } else {
                                vErrors.push(err97);
                              }
                              errors++;
                            }
                          } else {
                            const err98 = { instancePath: instancePath + "/overlays/" + i3 + "/backup/inGuestCoverage/" + i7, schemaPath: "hvgate-v1.schema.json#/definitions/Backup/properties/inGuestCoverage/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.inGuestCoverage.items.type, parentSchema: schema14.properties.inGuestCoverage.items, data: data61 };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err99 = { instancePath: instancePath + "/overlays/" + i3 + "/backup/inGuestCoverage", schemaPath: "hvgate-v1.schema.json#/definitions/Backup/properties/inGuestCoverage/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.inGuestCoverage.type, parentSchema: schema14.properties.inGuestCoverage, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/overlays/" + i3 + "/backup", schemaPath: "hvgate-v1.schema.json#/definitions/Backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data31.exceptions !== void 0) {
                  let data62 = data31.exceptions;
                  if (Array.isArray(data62)) {
                    const len8 = data62.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data63 = data62[i8];
                      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                        if (data63.policy === void 0) {
                          const err101 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema15.required, parentSchema: schema15, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (data63.reason === void 0) {
                          const err102 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema15.required, parentSchema: schema15, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                        if (data63.owner === void 0) {
                          const err103 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema15.required, parentSchema: schema15, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                        if (data63.expires === void 0) {
                          const err104 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema15.required, parentSchema: schema15, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                        for (const key14 in data63) {
                          if (!(key14 === "policy" || key14 === "disk" || key14 === "volume" || key14 === "reason" || key14 === "owner" || key14 === "expires")) {
                            const err105 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data63.disk !== void 0) {
                          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                            if (data63.volume !== void 0) {
                              const err106 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/volume", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/dependencies/disk/properties/volume/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema15.dependencies.disk.properties.volume, data: data63.volume };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data63.policy !== void 0) {
                          let data65 = data63.policy;
                          if (typeof data65 !== "string") {
                            const err107 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/policy", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.policy.type, parentSchema: schema15.properties.policy, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                        if (data63.disk !== void 0) {
                          let data66 = data63.disk;
                          if (typeof data66 !== "string") {
                            const err108 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/disk", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/disk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.disk.type, parentSchema: schema15.properties.disk, data: data66 };
                            if (vErrors === null) {
                              vErrors = [err108];
                            } else {
                              vErrors.push(err108);
                            }
                            errors++;
                          }
                        }
                        if (data63.volume !== void 0) {
                          let data67 = data63.volume;
                          if (typeof data67 !== "string") {
                            const err109 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/volume", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/volume/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.volume.type, parentSchema: schema15.properties.volume, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                        if (data63.reason !== void 0) {
                          let data68 = data63.reason;
                          if (typeof data68 === "string") {
                            if (func2(data68) < 1) {
                              const err110 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/reason", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.reason, data: data68 };
                              if (vErrors === null) {
                                vErrors = [err110];
                              } else {
                                vErrors.push(err110);
                              }
                              errors++;
                            }
                          } else {
                            const err111 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/reason", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.reason.type, parentSchema: schema15.properties.reason, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err111];
                            } else {
                              vErrors.push(err111);
                            }
                            errors++;
                          }
                        }
                        if (data63.owner !== void 0) {
                          let data69 = data63.owner;
                          if (typeof data69 === "string") {
                            if (func2(data69) < 1) {
                              const err112 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/owner", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.owner, data: data69 };
                              if (vErrors === null) {
                                vErrors = [err112];
                              } else {
                                vErrors.push(err112);
                              }
                              errors++;
                            }
                          } else {
                            const err113 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/owner", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.owner.type, parentSchema: schema15.properties.owner, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err113];
                            } else {
                              vErrors.push(err113);
                            }
                            errors++;
                          }
                        }
                        if (data63.expires !== void 0) {
                          let data70 = data63.expires;
                          if (typeof data70 === "string") {
                            if (!formats0.validate(data70)) {
                              const err114 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/expires", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema15.properties.expires, data: data70 };
                              if (vErrors === null) {
                                vErrors = [err114];
                              } else {
                                vErrors.push(err114);
                              }
                              errors++;
                            }
                          } else {
                            const err115 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8 + "/expires", schemaPath: "hvgate-v1.schema.json#/definitions/Exception/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.expires.type, parentSchema: schema15.properties.expires, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err116 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions/" + i8, schemaPath: "hvgate-v1.schema.json#/definitions/Exception/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/overlays/" + i3 + "/exceptions", schemaPath: "#/properties/overlays/items/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.overlays.items.properties.exceptions.type, parentSchema: schema24.properties.overlays.items.properties.exceptions, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
              } else {
                const err118 = { instancePath: instancePath + "/overlays/" + i3, schemaPath: "#/properties/overlays/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.overlays.items.type, parentSchema: schema24.properties.overlays.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
          } else {
            const err119 = { instancePath: instancePath + "/overlays", schemaPath: "#/properties/overlays/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.overlays.type, parentSchema: schema24.properties.overlays, data: data30 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
      } else {
        const err120 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
      validate16.errors = vErrors;
      return errors === 0;
    }
  }
});

// src/load/parse-worker.ts
init_define_HVGATE_POLICY_PAGES();
import { parentPort } from "node:worker_threads";

// src/load/parse-pool.ts
init_define_HVGATE_POLICY_PAGES();

// src/parsers/hvgate/index.ts
init_define_HVGATE_POLICY_PAGES();

// src/parsers/hvgate/parse.ts
init_define_HVGATE_POLICY_PAGES();
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/source.ts
init_define_HVGATE_POLICY_PAGES();
function set(value, at) {
  return { known: true, value, at, origin: "set" };
}
function byDefault(value, at, note) {
  return { known: true, value, at, origin: "default", note };
}
function unknown(at, reason, partial) {
  return partial === void 0 ? { known: false, at, reason } : { known: false, at, reason, partial };
}
function fileStart(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

// src/parsers/hvgate/build.ts
init_define_HVGATE_POLICY_PAGES();

// src/core/integration-services.ts
init_define_HVGATE_POLICY_PAGES();
var ALIASES = [
  ["backup", ["VSS", "Backup (volume shadow copy)", "Backup (volume snapshot)", "5CED1297-4598-4915-A5FC-AD21BB4D02A4"]],
  ["heartbeat", ["Heartbeat", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47"]],
  ["shutdown", ["Shutdown", "Operating system shutdown", "9F8233AC-BE49-4C79-8EE3-E7E1985B2077"]],
  ["time-synchronization", ["Time Synchronization", "2497F4DE-E9FA-4204-80E4-4B75C46419C0"]],
  ["key-value-pair-exchange", ["Key-Value Pair Exchange", "Data Exchange", "2A34B1C2-FD73-4043-8A5B-DD2159BC743F"]],
  ["guest-service-interface", ["Guest Service Interface", "Guest services", "6C09BB55-D683-4DA0-8931-C9BF705F6480"]]
];
var BY_KEY = /* @__PURE__ */ new Map();
for (const [id, names] of ALIASES) for (const name of names) BY_KEY.set(normalizeKey(name), id);
function identifyService(key) {
  return BY_KEY.get(normalizeKey(key));
}
function normalizeKey(key) {
  const withoutPrefix = key.includes("\\") ? key.slice(key.lastIndexOf("\\") + 1) : key;
  return withoutPrefix.trim().replace(/^\{(.*)\}$/, "$1").replace(/\s+/g, " ").toLowerCase();
}

// src/core/suggest.ts
init_define_HVGATE_POLICY_PAGES();
function closest(word, candidates) {
  const wanted = normalize(word);
  let best;
  for (const candidate of candidates) {
    const other = normalize(candidate);
    const distance = editDistance(wanted, other, allowedEdits(wanted));
    if (distance > allowedEdits(wanted)) continue;
    const rank = [distance, -commonPrefix(wanted, other), Math.abs(wanted.length - other.length)];
    if (!best || isBetter(rank, best.rank)) best = { candidate, rank };
  }
  return best?.candidate;
}
function didYouMean(word, candidates) {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}
function normalize(word) {
  return word.toLowerCase().replace(/[-_\s]/g, "");
}
function allowedEdits(word) {
  if (word.length <= 3) return 1;
  if (word.length <= 6) return 2;
  return Math.max(2, Math.floor(word.length / 3));
}
function isBetter(rank, than) {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== than[i]) return (rank[i] ?? 0) < (than[i] ?? 0);
  return false;
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      current[j] = distance;
    }
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
function quote(value, max = 80) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// src/parsers/hvgate/validate.ts
init_define_HVGATE_POLICY_PAGES();
var validators = __toESM(require_definition_validators(), 1);
var KINDS = ["VirtualMachine", "BackupJob", "HostProfile"];
function validateDocument(kind, value) {
  const validate = validators[kind];
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map((error) => describeAjvError(error, value));
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.path.join("/")}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeAjvError(error, root) {
  const path = error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  const where = path.length === 0 ? "the document" : dotted(path);
  const actual = valueAt(root, path);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(propertiesAt(error.parentSchema));
      const meant = closest(key, allowed);
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown key ${quote(key)} in ${where}${didYouMean(key, allowed)}`,
        // What the author meant to write is unknown, unless it is written as well.
        ...meant !== void 0 && valueAt(root, [...path, meant]) === void 0 ? { unreadable: [...path, meant] } : {}
      };
    }
    case "required": {
      const missing = String(params.missingProperty);
      return { path, atKey: false, message: `${where} is missing the required key "${missing}"`, unreadable: [...path, missing] };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return {
        path,
        atKey: false,
        unreadable: path,
        message: `${where} must be one of ${allowed.join(", ")}, not ${quote(actual)}${didYouMean(String(actual), allowed)}`
      };
    }
    case "const":
      return { path, atKey: false, unreadable: path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(actual)}` };
    case "type":
      return { path, atKey: false, unreadable: path, message: `${where} must be ${articled(String(params.type))}, not ${typeName(actual)}` };
    case "format":
      return { path, atKey: false, unreadable: path, message: `${where} must be a ${String(params.format)} (YYYY-MM-DD), not ${quote(actual)}` };
    case "pattern":
      return { path, atKey: false, unreadable: path, message: `${where} has an invalid value ${quote(actual)}${controlCharacterHint(actual)}` };
    case "false schema":
      return { path, atKey: true, unreadable: path, message: `${where} is not allowed here` };
    case "propertyNames":
      return { path, atKey: false, unreadable: [...path, String(params.propertyName)], message: `${where} has an invalid key ${quote(params.propertyName)}` };
    default:
      return { path, atKey: false, unreadable: path, message: `${where} ${error.message ?? "is invalid"}` };
  }
}
function controlCharacterHint(value) {
  if (typeof value !== "string" || !/[\u0000-\u001f]/.test(value)) return "";
  return `: it contains a control character. In double quotes a backslash starts an escape ("\\n" is a line break), so write Windows paths in single quotes: 'D:\\VMs\\new.vhdx'`;
}
function propertiesAt(parentSchema) {
  const properties = parentSchema?.properties;
  return properties ?? {};
}
function valueAt(root, path) {
  let current = root;
  for (const segment of path) current = current?.[segment];
  return current;
}
function dotted(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function articled(type) {
  return type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${quote(value)}`;
}

// src/parsers/hvgate/build.ts
var HYPERV_DEFAULT_VM_PATH = "C:\\ProgramData\\Microsoft\\Windows\\Hyper-V";
function buildVirtualMachine(doc, diagnostics) {
  const name = doc.text(["metadata", "name"]) ?? "";
  const value = (path, fallback) => doc.read(["spec", ...path], fallback);
  const omitted = (path) => doc.at(["spec", ...path]);
  const generation = value(["generation"], () => byDefault(2, omitted(["generation"]), "not set: new VMs are generation 2"));
  const configurationPath = value(
    ["configurationPath"],
    () => byDefault(HYPERV_DEFAULT_VM_PATH, omitted(["configurationPath"]), `not set: Hyper-V keeps the configuration in ${HYPERV_DEFAULT_VM_PATH}`)
  );
  const checkpointLocation = value(
    ["checkpoints", "location"],
    () => configurationPath.known ? byDefault(
      configurationPath.value,
      omitted(["checkpoints", "location"]),
      `not set: Hyper-V keeps checkpoints with the configuration in ${configurationPath.value}`
    ) : unknown(omitted(["checkpoints", "location"]), "not set, and the configuration path is unknown")
  );
  const disks = doc.list(["spec", "disks"]).map((_, index) => buildDisk(doc, index));
  const guestSection = buildGuestSection(doc, ["spec"], name);
  diagnostics.push(...checkGuestReferences(name, disks, guestSection));
  const scsiFromDisks = new Set(disks.flatMap((d) => d.controller?.type === "scsi" ? [d.controller.number] : [])).size;
  const host = doc.readWritten(["spec", "host"]);
  const configurationVersion = doc.readWritten(["spec", "configurationVersion"]);
  return {
    name,
    address: `VirtualMachine/${name}`,
    format: "hvgate",
    at: doc.at(["spec"]),
    nameAt: doc.at(["metadata", "name"]),
    labels: readableLabels(doc, ["metadata", "labels"]),
    ...host ? { host } : {},
    generation,
    state: value(["state"], () => byDefault("Running", omitted(["state"]), "not set: the VM is meant to run")),
    ...configurationVersion ? { configurationVersion } : {},
    configurationPath,
    checkpointLocation,
    checkpointType: value(
      ["checkpoints", "type"],
      () => byDefault("Production", omitted(["checkpoints", "type"]), "not set: Hyper-V uses production checkpoints")
    ),
    integrationServices: {
      installed: value(
        ["guest", "integrationServicesInstalled"],
        () => byDefault(true, omitted(["guest", "integrationServicesInstalled"]), "not set: the guest runs integration services")
      ),
      ...readIntegrationServices(doc)
    },
    scsiControllers: value(
      ["scsiControllers"],
      () => (
        // Hyper-V creates every VM with a SCSI controller; only removing it by hand leaves none.
        byDefault(Math.max(1, scsiFromDisks), omitted(["scsiControllers"]), "not set: Hyper-V creates VMs with a SCSI controller")
      )
    ),
    disks,
    guest: guestSection.guest ?? {
      os: unknown(omitted(["guest", "os"]), "guest.os is not declared"),
      volumes: [],
      iscsiTargets: [],
      fibreChannelAdapters: []
    },
    protection: guestSection.protection ?? byDefault("host", omitted(["backup", "protection"]), "not set: the host backs up the whole VM"),
    guestCoverage: guestSection.guestCoverage ?? [],
    exceptions: guestSection.exceptions,
    // What the document says, in its own words, for the plan's attribute diff.
    attributes: { kind: "document", value: { metadata: { labels: doc.get(["metadata", "labels"]) ?? {} }, spec: doc.get(["spec"]) ?? {} } }
  };
}
function readIntegrationServices(doc) {
  const base = ["spec", "integrationServices"];
  const invalid = doc.invalidAt(base);
  let backup = invalid ? unknown(invalid.at, invalid.reason) : void 0;
  let backupKey;
  const unrecognized = [];
  for (const key of Object.keys(doc.mapping(base) ?? {})) {
    const id = identifyService(key);
    if (id === void 0) {
      const enabled = doc.get([...base, key]);
      unrecognized.push({ name: key, at: doc.keyAt([...base, key]), ...typeof enabled === "boolean" && !doc.invalidAt([...base, key]) ? { enabled } : {} });
      continue;
    }
    if (id !== "backup") continue;
    const written = doc.read([...base, key], () => unknown(doc.at([...base, key]), "no value"));
    if (backup === void 0 || backup.known && (!written.known || backup.value && !written.value)) {
      backup = written;
      backupKey = key;
    }
  }
  return {
    backup: backup ?? byDefault(true, doc.at(base), "not listed: Hyper-V enables the Backup (volume shadow copy) service by default"),
    ...backupKey !== void 0 ? { backupKey } : {},
    unrecognized
  };
}
function readableLabels(doc, path) {
  const labels = {};
  for (const [key, raw] of Object.entries(doc.mapping(path) ?? {})) {
    if (doc.invalidAt([...path, key]) && typeof raw !== "number" && typeof raw !== "boolean") continue;
    if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") labels[key] = String(raw);
  }
  return labels;
}
function buildGuestSection(doc, base, vmName) {
  const guestPath = [...base, "guest"];
  const guestWritten = doc.get(guestPath) !== void 0;
  const protection = doc.readWritten([...base, "backup", "protection"]);
  const coveragePath = [...base, "backup", "inGuestCoverage"];
  const coverage = doc.list(coveragePath).flatMap((name, index) => typeof name === "string" ? [{ name, at: doc.at([...coveragePath, index]) }] : []);
  return {
    ...guestWritten ? {
      guest: {
        os: doc.read([...guestPath, "os"], () => unknown(doc.at([...guestPath, "os"]), "guest.os is not declared")),
        volumes: doc.list([...guestPath, "volumes"]).map((_, index) => buildVolume(doc, [...guestPath, "volumes", index])),
        iscsiTargets: namedList(doc, [...guestPath, "iscsiTargets"]),
        fibreChannelAdapters: namedList(doc, [...guestPath, "fibreChannelAdapters"])
      }
    } : {},
    ...protection ? { protection } : {},
    ...doc.get(coveragePath) !== void 0 ? { guestCoverage: coverage } : {},
    exceptions: buildExceptions(doc, [...base, "exceptions"], vmName)
  };
}
function checkGuestReferences(vmName, disks, section) {
  const diagnostics = [];
  const coverage = section.guestCoverage ?? [];
  const volumes = section.guest?.volumes ?? [];
  if (coverage.length === 0 && volumes.length === 0) return diagnostics;
  const diskNames = disks.map((d) => d.name);
  if (coverage.length > 0) {
    const coverable = [
      ...diskNames,
      ...(section.guest?.iscsiTargets ?? []).map((t) => t.name),
      ...(section.guest?.fibreChannelAdapters ?? []).map((a) => a.name)
    ];
    const isCoverable = new Set(coverable);
    for (const target of coverage) {
      if (isCoverable.has(target.name)) continue;
      diagnostics.push({
        at: target.at,
        code: `unknown-coverage-target:${target.name}`,
        message: `backup.inGuestCoverage names "${target.name}", which is no disk, iSCSI target or Fibre Channel adapter of VM "${vmName}"${didYouMean(target.name, coverable)}`,
        fix: "Name a disk from spec.disks, a target from guest.iscsiTargets or an adapter from guest.fibreChannelAdapters."
      });
    }
  }
  const isDisk = new Set(diskNames);
  for (const volume of volumes) {
    if (volume.disk === void 0 || isDisk.has(volume.disk)) continue;
    diagnostics.push({
      at: volume.at,
      code: `unknown-volume-disk:${volume.name}`,
      message: `guest volume "${volume.name}" is on disk "${volume.disk}", which VM "${vmName}" does not have${didYouMean(volume.disk, diskNames)}`,
      fix: "Name a disk from spec.disks."
    });
  }
  return diagnostics;
}
function buildVolume(doc, path) {
  const disk = doc.text([...path, "disk"]);
  return {
    name: doc.text([...path, "name"]) ?? dotted(path.slice(-3)),
    at: doc.at(path),
    ...disk !== void 0 ? { disk } : {},
    diskType: doc.read(
      [...path, "diskType"],
      () => byDefault("basic", doc.at([...path, "diskType"]), "not set: Windows creates basic disks unless converted")
    ),
    fileSystem: doc.read([...path, "fileSystem"], () => unknown(doc.at([...path, "fileSystem"]), "guest.volumes[].fileSystem is not declared")),
    // Only a volume said to be unmounted is left out: an unreadable answer counts as mounted.
    mounted: doc.get([...path, "mounted"]) !== false || doc.invalidAt([...path, "mounted"]) !== void 0
  };
}
function buildDisk(doc, index) {
  const path = ["spec", "disks", index];
  const controller = readController(doc, [...path, "controller"]);
  const name = doc.text([...path, "name"]) ?? `disks[${index}]`;
  const at = doc.at(path);
  const passThrough = [...path, "passThrough"];
  if (doc.written(passThrough)) {
    return {
      name,
      at,
      ...controller ? { controller } : {},
      kind: "passthrough",
      diskNumber: doc.read([...passThrough, "diskNumber"], () => unknown(doc.at(passThrough), "passThrough has no diskNumber")),
      shared: byDefault(false, doc.at([...path, "shared"]), "pass-through disks are not shared")
    };
  }
  const filePath = doc.read([...path, "path"], () => unknown(doc.at([...path, "path"]), "the disk has neither path nor passThrough"));
  const isVhdSet = filePath.known && filePath.value.toLowerCase().endsWith(".vhds");
  const parentPath = doc.readWritten([...path, "parentPath"]);
  return {
    name,
    at,
    ...controller ? { controller } : {},
    kind: "virtual",
    path: filePath,
    shared: doc.read(
      [...path, "shared"],
      () => byDefault(isVhdSet, doc.at([...path, "path"]), isVhdSet ? "a .vhds file is a VHD Set, shared by design" : "not set: the disk is not shared")
    ),
    ...parentPath ? { parentPath } : {}
  };
}
function readController(doc, path) {
  const raw = doc.mapping(path);
  const type = doc.text([...path, "type"]);
  const number = doc.get([...path, "number"]);
  const location = doc.get([...path, "location"]);
  if (!raw || type === void 0 || typeof number !== "number" || typeof location !== "number") return void 0;
  if (doc.invalidAt([...path, "number"]) || doc.invalidAt([...path, "location"])) return void 0;
  return { type: type.toLowerCase(), number, location };
}
function namedList(doc, path) {
  return doc.list(path).map((_, index) => ({ name: doc.text([...path, index, "name"]) ?? dotted(path.slice(-2).concat(index)), at: doc.at([...path, index]) }));
}
function buildExceptions(doc, path, vmName) {
  return doc.list(path).flatMap((_, index) => {
    const item = [...path, index];
    const raw = doc.mapping(item);
    if (!raw || doc.invalidAt(item) || Object.keys(raw).some((key) => doc.invalidAt([...item, key]))) return [];
    const disk = doc.text([...item, "disk"]);
    const subject = disk ?? doc.text([...item, "volume"]);
    const reason = doc.text([...item, "reason"]);
    const owner = doc.text([...item, "owner"]);
    const expires = raw.expires;
    return [
      {
        policy: doc.text([...item, "policy"]) ?? "",
        vm: vmName,
        ...subject !== void 0 ? { subject, subjectKind: disk !== void 0 ? "disk" : "volume" } : {},
        ...reason !== void 0 ? { reason } : {},
        ...owner !== void 0 ? { owner } : {},
        ...expires !== void 0 ? { expires: typeof expires === "string" ? expires : JSON.stringify(expires) } : {},
        at: doc.at(item),
        fieldsAt: fieldsAt(doc, item, raw)
      }
    ];
  });
}
function fieldsAt(doc, path, raw) {
  const fields = ["policy", "reason", "owner", "expires"].filter((field) => raw[field] !== void 0);
  return Object.fromEntries(fields.map((field) => [field, doc.at([...path, field])]));
}
function buildBackupJob(doc) {
  const name = doc.text(["metadata", "name"]) ?? "";
  const selectorPath = ["spec", "selector", "matchLabels"];
  const selector = doc.mapping(selectorPath) ? readableLabels(doc, selectorPath) : void 0;
  const membersPath = ["spec", "members"];
  return {
    name,
    address: `BackupJob/${name}`,
    at: doc.at(["spec"]),
    nameAt: doc.at(["metadata", "name"]),
    format: "hvgate",
    members: doc.list(membersPath).flatMap(
      (member, index) => typeof member === "string" && member !== "" || typeof member === "number" ? [{ name: String(member), at: doc.at([...membersPath, index]) }] : []
    ),
    ...selector ? { selector: { matchLabels: selector, at: doc.at(["spec", "selector"]) } } : {}
  };
}
function buildHostProfile(doc) {
  const version = doc.readWritten(["spec", "defaultConfigurationVersion"]);
  const language = doc.text(["spec", "language"]);
  return {
    name: doc.text(["metadata", "name"]) ?? "",
    at: doc.at(["metadata", "name"]),
    // Written as a number (2019) or text ("2012 R2"); unknown, not assumed, when it cannot be read.
    os: doc.read(
      ["spec", "windowsServer"],
      () => unknown(doc.at(["spec"]), "spec.windowsServer is not declared"),
      (raw) => typeof raw === "number" ? String(raw) : raw
    ),
    ...version ? { defaultConfigurationVersion: version } : {},
    ...language !== void 0 ? { language } : {}
  };
}

// src/parsers/hvgate/positions.ts
init_define_HVGATE_POLICY_PAGES();
var import_yaml = __toESM(require_dist(), 1);
var SpanFinder = class {
  constructor(file) {
    this.file = file;
  }
  file;
  lineCounter = new import_yaml.LineCounter();
  /**
   * One span per node: a value and the defaults that point at it (or at its key) share the span
   * instead of each holding a copy, which is much of the model's memory in a large estate.
   */
  nodeSpans = /* @__PURE__ */ new Map();
  /** Span from offset `start` to offset `end` (exclusive). */
  span(start, end) {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
  /** Span of a node's value (without trailing comments). */
  of(node, fallback) {
    const range = node?.range;
    if (!node || !range) return fallback;
    let span = this.nodeSpans.get(node);
    if (span === void 0) {
      span = this.span(range[0], range[1]);
      this.nodeSpans.set(node, span);
    }
    return span;
  }
};

// src/parsers/hvgate/reader.ts
init_define_HVGATE_POLICY_PAGES();
var import_yaml2 = __toESM(require_dist(), 1);
var DocumentReader = class {
  constructor(document, spans, value, documentSpan, invalid = []) {
    this.document = document;
    this.spans = spans;
    this.value = value;
    this.documentSpan = documentSpan;
    this.invalid = new Map(invalid.map((part) => [pathKey(part.path), part]));
  }
  document;
  spans;
  value;
  documentSpan;
  invalid;
  /** Why the value at `path` cannot be read, when it or what holds it was rejected by the schema. */
  invalidAt(path) {
    if (this.invalid.size === 0) return void 0;
    for (let depth = 1; depth <= path.length; depth++) {
      const part = this.invalid.get(pathKey(path.slice(0, depth)));
      if (part) return part;
    }
    return void 0;
  }
  /** The value at `path`: unknown when it cannot be read, `fallback()` when it is not written. */
  read(path, fallback, convert = (raw) => raw) {
    const invalid = this.invalidAt(path);
    if (invalid) return unknown(invalid.at, invalid.reason);
    const raw = this.get(path);
    return raw === void 0 ? fallback() : set(convert(raw), this.at(path));
  }
  /** Whether the author wrote a value at `path`, rightly or wrongly (a misspelt key counts for what it meant). */
  written(path) {
    return this.get(path) !== void 0 || this.invalid.size > 0 && this.invalid.has(pathKey(path));
  }
  /** The value at `path` when it is written (or written wrongly); undefined when it is not written at all. */
  readWritten(path, convert) {
    if (!this.written(path)) return void 0;
    return this.read(path, () => unknown(this.at(path), "not written"), convert);
  }
  /** The value at `path` if it can be read and is a mapping. */
  mapping(path) {
    const raw = this.get(path);
    return this.invalidAt(path) === void 0 && raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : void 0;
  }
  /** The value at `path` if it can be read and is a list; else an empty list. */
  list(path) {
    const raw = this.get(path);
    return this.invalidAt(path) === void 0 && Array.isArray(raw) ? raw : [];
  }
  /** The string at `path` if it can be read. */
  text(path) {
    const raw = this.get(path);
    return this.invalidAt(path) === void 0 && typeof raw === "string" ? raw : void 0;
  }
  get file() {
    return this.spans.file;
  }
  get(path) {
    let current = this.value;
    for (const segment of path) {
      if (current === null || typeof current !== "object") return void 0;
      current = current[segment];
    }
    return current;
  }
  /** Where the value at `path` is written; for a missing value, the key of its nearest written ancestor. */
  at(path) {
    const { node, key, nearest } = this.locate(path);
    if (node) return this.spans.of((0, import_yaml2.isScalar)(node) ? node : key ?? node, this.documentSpan);
    return nearest ? this.spans.of(nearest, this.documentSpan) : this.documentSpan;
  }
  /** Span of a key, for problems with the key itself (unknown keys). */
  keyAt(path) {
    const { key } = this.locate(path);
    return key ? this.spans.of(key, this.documentSpan) : this.at(path);
  }
  /**
   * Walks `path` through the node tree once: the node written there, the key it is written under (in a
   * mapping), and for a path that is not written, the nearest place a reviewer can see: the deepest
   * written ancestor's list item, or else its key.
   */
  locate(path) {
    let parent = this.document.contents;
    if (path.length === 0) return { node: asNode(parent) };
    let nearest;
    for (const [depth, segment] of path.entries()) {
      let node;
      let key;
      if ((0, import_yaml2.isMap)(parent)) {
        const pair = pairOf(parent, segment);
        node = asNode(pair?.value);
        key = pair?.key;
      } else if ((0, import_yaml2.isSeq)(parent)) {
        node = asNode(parent.get(segment, true));
      }
      if (depth === path.length - 1) return { node, key, nearest };
      if (!node) return { nearest };
      const anchor = typeof segment === "number" ? node : key;
      if (anchor) nearest = anchor;
      parent = node;
    }
    return { nearest };
  }
};
function pairOf(map, segment) {
  for (const item of map.items) if ((0, import_yaml2.isScalar)(item.key) && item.key.value === segment) return item;
  return void 0;
}
function asNode(value) {
  return value !== null && typeof value === "object" && "range" in value ? value : void 0;
}
function pathKey(path) {
  return JSON.stringify(path);
}

// src/parsers/hvgate/recognize.ts
init_define_HVGATE_POLICY_PAGES();
var API_VERSION = "hvgate/v1";
var MENTION = /hvgate/i;
function mentionsHvgate(text) {
  return MENTION.test(text);
}
function isDefinitionDocument(value) {
  if (!isPlainObject(value)) return false;
  if (hasHvgateVersion(value)) return true;
  const unversioned = !Object.keys(value).some(isVersionKey);
  return unversioned && typeof value.kind === "string" && KINDS.includes(value.kind);
}
function hasHvgateVersion(value) {
  return Object.keys(value).some((key) => isVersionKey(key) && namesHvgate(value[key]));
}
function isVersionKey(key) {
  return key.toLowerCase() === "apiversion";
}
function findNestedDefinition(value) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ value, path: [] }];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { value: current, path } = next;
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (path.length > 0 && isPlainObject(current) && hasHvgateVersion(current)) return { path };
    const entries = Array.isArray(current) ? current.map((item, index) => [index, item]) : isPlainObject(current) ? Object.entries(current) : [];
    for (const [key, item] of entries.reverse()) stack.push({ value: item, path: [...path, key] });
  }
  return void 0;
}
function namesHvgate(value) {
  if (typeof value === "string") return mentionsHvgate(value.normalize("NFKC"));
  if (value instanceof Uint8Array) return mentionsHvgate(new TextDecoder("utf-8").decode(value));
  return false;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Map);
}

// src/parsers/hvgate/parse.ts
var MAX_ALIAS_COUNT = 100;
function parseHvgateFile(file, text) {
  return readDocuments(file, text, true).estate;
}
function parseHvgateCandidate(file, text) {
  const { estate, recognized } = readDocuments(file, text, false);
  return recognized ? estate : void 0;
}
function readDocuments(file, text, explicit) {
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
    if (kind === "VirtualMachine") estate.vms.push(buildVirtualMachine(built, diagnostics));
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
  const parser = new import_yaml3.Parser(spans.lineCounter.addNewLine);
  return new import_yaml3.Composer(options).compose(parser.parse(text));
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
  const source = text.slice(document.range[0], document.range[2]);
  const ours = isDefinitionDocument(value) || broken && mentionsHvgate(source);
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
  (0, import_yaml3.visit)(document, {
    Pair(_, pair) {
      if (!(0, import_yaml3.isCollection)(pair.key)) return void 0;
      let key;
      try {
        key = pair.key.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        return void 0;
      }
      if (!isDefinitionDocument(key) && findNestedDefinition(key) === void 0) return void 0;
      found = pair.key.range?.[0] ?? 0;
      return import_yaml3.visit.BREAK;
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
function parseHvgateSource(file) {
  return file.explicit ? parseHvgateFile(file.path, file.text) : parseHvgateCandidate(file.path, file.text);
}

// src/load/parse-worker.ts
var port = parentPort;
port?.on("message", (request) => {
  port.postMessage(request.files.map(parseHvgateSource));
});
