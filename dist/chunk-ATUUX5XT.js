import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  parseHvgateFiles
} from "./chunk-BEEAI53D.js";
import {
  DefinitionScanner,
  MAX_DEFINITION_BYTES,
  MAX_PLAN_BYTES,
  SNIFF_BYTES,
  decodeDefinition,
  looksLikePlanHead,
  repositoryRoot
} from "./chunk-ZJICGQT6.js";
import {
  mayHoldHvgateDefinition
} from "./chunk-3V634YIC.js";
import {
  require_dist
} from "./chunk-ARL6IJI7.js";
import {
  ConfigurationError,
  describeReadError
} from "./chunk-36VZIVIE.js";
import {
  LineIndex,
  emptyEstate,
  mergeEstates,
  terraformJsonKind,
  terraformParser
} from "./chunk-45OJP4QH.js";
import {
  automaticVariablesRank,
  terraformFileKind
} from "./chunk-MESW2INQ.js";
import {
  fileStart
} from "./chunk-556DK7J4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ORKAOT74.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/load/filesystem.ts
import { execFile } from "node:child_process";
import { lstat, open, readdir, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/load/links.ts
import { posix } from "node:path";
var MAX_LINK_HOPS = 40;
function linkProblem(problem2, target) {
  const shown = JSON.stringify(target.length <= 200 ? target : `${target.slice(0, 199)}…`);
  switch (problem2) {
    case "outside":
      return {
        code: "link-outside-repository",
        message: `the file is a symbolic link to ${shown}, outside the repository; it is not read`,
        fix: "Commit the definition itself, or a link to a file inside the repository."
      };
    case "dangling":
      return {
        code: "link-dangling",
        message: `the file is a symbolic link to ${shown}, which does not exist`,
        fix: "Point the link at a file in the repository, or remove it."
      };
    case "loop":
      return {
        code: "link-loop",
        message: `the file is a symbolic link to ${shown} that never reaches a file (a loop, or more than ${MAX_LINK_HOPS} links in a row)`,
        fix: "Point the link at a file in the repository."
      };
  }
}
function resolveLinkTarget(linkPath, target) {
  if (target === "" || target.startsWith("/") || target.startsWith("\\") || /^[A-Za-z]:/.test(target)) return void 0;
  const joined = posix.normalize(posix.join(posix.dirname(linkPath), target));
  if (joined === ".." || joined.startsWith("../")) return void 0;
  return joined === "." ? "" : joined.replace(/\/$/, "");
}

// src/load/selection.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { posix as posix2 } from "node:path";
var TOOL_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".terraform"]);
function definitionSelector(selection) {
  const included = (0, import_picomatch.default)([...selection.include], { dot: true, nocase: true });
  const excluded = (0, import_picomatch.default)([...selection.exclude], { dot: true });
  const base = selection.globBase ?? "";
  return (path) => {
    if (isTerraformInToolFolder(path)) return false;
    const name = matchable(base === "" ? path : posix2.join(base, path));
    return (included(name) || included(windowsName(name))) && !excluded(name);
  };
}
function isGitInternal(path) {
  return path.split("/").includes(".git");
}
function readsWhole(size, head) {
  if (size <= MAX_DEFINITION_BYTES) return true;
  return size <= MAX_PLAN_BYTES && head !== void 0 && looksLikePlanHead(head);
}
function matchable(path) {
  return path.replace(/[\n\r\u2028\u2029]/g, "�");
}
function windowsName(path) {
  return path.split("/").map((segment) => segment.replace(/[. ]+$/, "") || segment).join("/");
}
function isTerraformInToolFolder(path) {
  if (!/\.(tf|tofu|tfvars)(\.json)?$/i.test(path)) return false;
  return path.split("/").some((segment) => TOOL_FOLDERS.has(segment));
}

// src/load/filesystem.ts
var READ_CONCURRENCY = 32;
async function discoverFiles(paths, selection, cwd) {
  const selected = definitionSelector(selection);
  const chosen = [];
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, given);
    await lstat(absolute).catch(() => {
      throw new ConfigurationError(`${given}: no such file or directory`);
    });
    const walker = new Walker(repositoryRoot((await stat(absolute).catch(() => void 0))?.isDirectory() === true ? absolute : dirname(absolute)));
    const folder = await walker.folderToWalk(absolute);
    if (folder === void 0) {
      for await (const reached of walker.entry(absolute)) chosen.push({ reached, path: toPosix(relative(cwd, reached.logical)), explicit: true });
      continue;
    }
    for await (const reached of walker.directory(folder, absolute)) {
      const path = toPosix(relative(cwd, reached.logical));
      const matched = path.startsWith("../") ? toPosix(relative(absolute, reached.logical)) : path;
      if (reached.always === true || selected(matched)) chosen.push({ reached, path, explicit: false });
    }
  }
  return onePathPerFile(chosen);
}
async function readFiles(files, cwd) {
  const result = new Array(files.length);
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    await Promise.all(
      files.slice(start, start + READ_CONCURRENCY).map(async (file, offset) => {
        result[start + offset] = file.unreadable ? unreadableSource(file, file.unreadable) : await readSource(file.source ?? join(cwd, file.path), file);
      })
    );
  }
  return result;
}
function unreadableSource(file, unreadable) {
  const bytes = new TextEncoder().encode(file.linkText ?? "");
  return { path: file.path, bytes, size: bytes.length, truncated: false, explicit: file.explicit, unreadable };
}
async function readSource(absolute, file) {
  const { path, explicit } = file;
  const handle = await open(absolute, "r").catch((error) => {
    throw new ConfigurationError(`${path}: cannot be read (${describeReadError(error)})`);
  });
  try {
    const { size } = await handle.stat();
    if (size <= MAX_DEFINITION_BYTES) return { path, bytes: await handle.readFile(), size, truncated: false, explicit };
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (readsWhole(size, head)) return { path, bytes: await handle.readFile(), size, truncated: false, explicit };
    return { path, bytes: head, size, truncated: true, mayDefine: await scanWhole(handle), explicit };
  } finally {
    await handle.close();
  }
}
async function scanWhole(handle) {
  const scanner = new DefinitionScanner();
  const buffer = Buffer.alloc(SNIFF_BYTES * 16);
  for (let position = 0; !scanner.mayDefine; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    scanner.push(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return scanner.mayDefine;
}
function onePathPerFile(chosen) {
  const ordered = [...chosen].sort((a, b) => Number(b.explicit) - Number(a.explicit) || a.reached.hops - b.reached.hops || compare(a.path, b.path));
  const seen = /* @__PURE__ */ new Set();
  const listed = [];
  for (const { reached, path, explicit } of ordered) {
    if (seen.has(reached.identity)) continue;
    seen.add(reached.identity);
    listed.push({
      path,
      explicit,
      ...reached.real !== void 0 ? { source: reached.real } : {},
      ...reached.unreadable ? { unreadable: reached.unreadable } : {},
      ...reached.linkText !== void 0 ? { linkText: reached.linkText } : {}
    });
  }
  return listed.sort((a, b) => compare(a.path, b.path));
}
var Walker = class {
  constructor(root) {
    this.root = root;
    this.realRoot = realpath(root).catch(() => root);
  }
  root;
  realRoot;
  /** Every file below a folder; `real` is where it is, `logical` the path it is reported under. */
  async *directory(real, logical, visiting = /* @__PURE__ */ new Set(), hops = 0) {
    if (visiting.has(real)) return;
    const inside = /* @__PURE__ */ new Set([...visiting, real]);
    const entries = await readdir(real, { withFileTypes: true }).catch((error) => {
      throw new ConfigurationError(`${toPosix(logical)}: the folder cannot be read (${describeReadError(error)})`);
    });
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) yield* this.dirent(entry, join(real, entry.name), join(logical, entry.name), inside, hops);
  }
  /** The real folder to walk for a path given on the command line: a folder, or a link to one inside the repository. */
  async folderToWalk(absolute) {
    const target = await realpath(absolute).catch(() => void 0);
    if (target === void 0 || !(await stat(target)).isDirectory()) return void 0;
    return isInside(await this.realRoot, target) ? target : void 0;
  }
  /** A file or link named directly. */
  async *entry(absolute) {
    const info = await lstat(absolute);
    if (info.isSymbolicLink()) {
      yield* this.link(absolute, absolute, /* @__PURE__ */ new Set(), 1);
    } else if (info.isFile()) {
      const real = await realpath(absolute);
      yield { logical: absolute, real, hops: 0, identity: real };
    }
  }
  async *dirent(entry, real, logical, visiting, hops) {
    if (entry.isDirectory()) {
      if (entry.name === ".git") return;
      if (TOOL_FOLDERS.has(entry.name)) yield* this.tracked(real, logical, visiting, hops);
      else yield* this.directory(real, logical, visiting, hops);
    } else if (entry.isFile()) {
      yield { logical, real, hops, identity: real };
    } else if (entry.isSymbolicLink()) {
      yield* this.link(real, logical, visiting, hops + 1);
    }
  }
  /** Follows a link: into the repository it is read under its own path; out of it, it is reported unread. */
  async *link(real, logical, visiting, hops) {
    const text = await readlink(real).catch(() => "");
    const at = join(await realpath(dirname(real)).catch(() => dirname(real)), basename(real));
    const problem2 = (kind) => ({
      logical,
      hops,
      identity: at,
      unreadable: linkProblem(kind, text),
      linkText: text,
      // The gate cannot see what a link out of the repository points at, so its name does not matter.
      always: kind === "outside"
    });
    const root = await this.realRoot;
    if (resolveLinkTarget(toPosix(relative(root, at)), text.split(sep).join("/")) === void 0) {
      yield problem2("outside");
      return;
    }
    let target;
    try {
      target = await realpath(real);
    } catch (error) {
      yield problem2(error.code === "ELOOP" ? "loop" : "dangling");
      return;
    }
    if (!isInside(root, target)) {
      yield problem2("outside");
      return;
    }
    const info = await stat(target);
    if (info.isDirectory()) {
      yield* this.directory(target, logical, visiting, hops);
    } else if (info.isFile()) {
      yield { logical, real: target, hops, identity: target };
    }
  }
  /** The files git tracks in a tool folder; none outside a repository or without git. */
  async *tracked(real, logical, visiting, hops) {
    for (const path of (await trackedFiles(real)).sort(compare)) {
      const file = join(real, ...path.split("/"));
      const info = await lstat(file).catch(() => void 0);
      const at = join(logical, ...path.split("/"));
      if (info?.isSymbolicLink() === true) yield* this.link(file, at, visiting, hops + 1);
      else if (info?.isFile() === true) yield { logical: at, real: file, hops, identity: file };
    }
  }
};
function trackedFiles(directory) {
  return new Promise((resolveFiles) => {
    execFile(
      "git",
      ["ls-files", "-z", "--", "."],
      { cwd: directory, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout) => {
        resolveFiles(error ? [] : stdout.split("\0").filter((path) => path !== "" && !isGitInternal(path)));
      }
    );
  });
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toPosix(path) {
  return (path === "" ? "." : path).split(sep).join("/");
}

// src/core/inline-waivers.ts
var DIRECTIVE = "hvgate:ignore";
var KEYS = ["reason", "owner", "expires", "disk", "volume"];
function mayHoldInlineWaiver(text) {
  return text.includes(DIRECTIVE);
}
function attachInlineWaivers(estate, comments) {
  if (comments.length === 0) return estate;
  const diagnostics = [];
  const waivers = readWaivers(comments, diagnostics);
  const added = /* @__PURE__ */ new Map();
  const files = new Set(waivers.map((waiver) => waiver.at.file));
  const extents = estate.vms.filter((vm) => files.has(vm.at.file)).map((vm) => ({ vm, lines: definitionLines(vm) }));
  for (const waiver of waivers) {
    const vms = extents.filter(({ vm, lines }) => vm.at.file === waiver.at.file && lines.first <= waiver.line && waiver.line <= lines.last).map(({ vm }) => vm);
    if (vms.length === 0) {
      diagnostics.push(problem(waiver.comment, "it is next to no VM definition, so it waives nothing"));
      continue;
    }
    for (const vm of vms) added.set(vm, [...added.get(vm) ?? [], exceptionFor(vm, waiver)]);
  }
  if (added.size === 0 && diagnostics.length === 0) return estate;
  return {
    ...estate,
    vms: estate.vms.map((vm) => {
      const more = added.get(vm);
      return more ? { ...vm, exceptions: [...vm.exceptions, ...more] } : vm;
    }),
    diagnostics: [...estate.diagnostics, ...diagnostics]
  };
}
function readWaivers(comments, diagnostics) {
  const commentLines = /* @__PURE__ */ new Map();
  for (const comment of comments) {
    if (!comment.ownLine) continue;
    const lines = commentLines.get(comment.at.file) ?? /* @__PURE__ */ new Set();
    for (let line = comment.at.line; line <= comment.at.endLine; line++) lines.add(line);
    commentLines.set(comment.at.file, lines);
  }
  const waivers = [];
  for (const comment of comments) {
    const body = commentBody(comment.text);
    if (!body?.text.startsWith(DIRECTIVE)) continue;
    if (body.block) {
      diagnostics.push(problem(comment, "a block comment cannot carry a waiver; write it as a line comment (# or //)"));
      continue;
    }
    const parsed = parseDirective(body.text.slice(DIRECTIVE.length));
    if ("problem" in parsed) {
      diagnostics.push(problem(comment, parsed.problem));
      continue;
    }
    const line = comment.ownLine ? lineAfter(comment.at.endLine, commentLines.get(comment.at.file)) : comment.at.line;
    waivers.push({ comment, at: comment.at, policy: parsed.policy, fields: parsed.fields, line });
  }
  return waivers;
}
function commentBody(text) {
  if (text.startsWith("#")) return { text: text.slice(1).trim(), block: false };
  if (text.startsWith("//")) return { text: text.slice(2).trim(), block: false };
  if (text.startsWith("/*")) return { text: text.slice(2, text.endsWith("*/") ? -2 : void 0).trim(), block: true };
  return void 0;
}
function lineAfter(line, commentLines) {
  let next = line + 1;
  while (commentLines?.has(next) === true) next++;
  return next;
}
function parseDirective(rest) {
  if (rest !== "" && !/^\s/.test(rest)) return { problem: `"${DIRECTIVE}" must be followed by a space and the policy it waives` };
  const tokens = tokenize(rest);
  if ("problem" in tokens) return tokens;
  const [policy, ...pairs] = tokens.tokens;
  if (policy === void 0 || policy.includes("=")) return { problem: "it names no policy; write the policy id or name right after hvgate:ignore" };
  const fields = {};
  for (const pair of pairs) {
    const split = pair.indexOf("=");
    const key = split < 0 ? pair : pair.slice(0, split);
    if (!isKey(key)) return { problem: `"${key}" is not a waiver field; the fields are ${KEYS.join(", ")}` };
    if (split < 0) return { problem: `${key} has no value; write ${key}=…` };
    if (fields[key] !== void 0) return { problem: `${key} is given twice` };
    fields[key] = pair.slice(split + 1);
  }
  if (fields.disk !== void 0 && fields.volume !== void 0) return { problem: "it names a disk and a volume; a waiver is about one of them" };
  return { policy, fields };
}
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text.charAt(i))) {
      i++;
      continue;
    }
    let token = "";
    while (i < text.length && !/\s/.test(text.charAt(i))) {
      if (text.charAt(i) !== '"') {
        token += text.charAt(i++);
        continue;
      }
      i++;
      while (i < text.length && text.charAt(i) !== '"') {
        if (text.charAt(i) === "\\" && (text.charAt(i + 1) === '"' || text.charAt(i + 1) === "\\")) i++;
        token += text.charAt(i++);
      }
      if (i >= text.length) return { problem: "a quoted value is not closed" };
      i++;
    }
    tokens.push(token);
  }
  return { tokens };
}
function isKey(key) {
  return KEYS.includes(key);
}
function definitionLines(vm) {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const pending = [vm];
  for (let item = pending.pop(); item !== void 0; item = pending.pop()) {
    if (typeof item !== "object" || item === null) continue;
    if (isSpan(item)) {
      if (item.file === vm.at.file) {
        first = Math.min(first, item.line);
        last = Math.max(last, lastLine(item));
      }
      continue;
    }
    pending.push(...Object.values(item));
  }
  return { first, last };
}
function isSpan(value) {
  const span = value;
  return typeof span.file === "string" && typeof span.line === "number" && typeof span.endLine === "number";
}
function lastLine(span) {
  return span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
}
function contains(span, file, line) {
  return span.file === file && span.line <= line && line <= lastLine(span);
}
function exceptionFor(vm, waiver) {
  const { fields } = waiver;
  const scope = explicitScope(fields) ?? scopeAt(vm, waiver.at.file, waiver.line);
  return {
    policy: waiver.policy,
    vm: vm.name,
    vmAddress: vm.address,
    ...scope ? { subject: scope.name, subjectKind: scope.kind } : {},
    ...fields.reason !== void 0 ? { reason: fields.reason } : {},
    ...fields.owner !== void 0 ? { owner: fields.owner } : {},
    ...fields.expires !== void 0 ? { expires: fields.expires } : {},
    at: waiver.at
  };
}
function explicitScope(fields) {
  if (fields.disk !== void 0) return { kind: "disk", name: fields.disk };
  if (fields.volume !== void 0) return { kind: "volume", name: fields.volume };
  return void 0;
}
function scopeAt(vm, file, line) {
  const disk = vm.disks.find((d) => contains(d.at, file, line));
  if (disk) return { kind: "disk", name: disk.name };
  const volume = vm.guest.volumes.find((v) => contains(v.at, file, line));
  return volume ? { kind: "volume", name: volume.name } : void 0;
}
function problem(comment, what) {
  return {
    at: comment.at,
    code: `inline-waiver:${comment.text.slice(0, 200)}`,
    message: `this hvgate:ignore comment is not a waiver: ${what}`,
    fix: 'Write it as # hvgate:ignore HVB003 reason="…" owner=… expires=YYYY-MM-DD at the end of the line it is about, or on the line above it.'
  };
}

// src/parsers/hvgate/comments.ts
var import_yaml = __toESM(require_dist(), 1);
var CONTROL_TOKENS = /* @__PURE__ */ new Set(["doc-mode", "flow-error-end", "scalar"]);
function yamlComments(file, text) {
  const comments = [];
  let line = 1;
  let column = 1;
  let contentOnLine = false;
  for (const token of new import_yaml.Lexer().lex(text)) {
    const type = import_yaml.CST.tokenType(token);
    if (type !== null && CONTROL_TOKENS.has(type) && token.length === 1) continue;
    if (type === "comment") {
      comments.push({ at: { file, line, column, endLine: line, endColumn: column + token.length }, text: token, ownLine: !contentOnLine });
    } else if (type !== "space" && type !== "newline") {
      contentOnLine = true;
    }
    const lastBreak = token.lastIndexOf("\n");
    if (lastBreak < 0) {
      column += token.length;
    } else {
      line += countBreaks(token);
      column = token.length - lastBreak;
      contentOnLine = type !== "newline" && token.slice(lastBreak + 1).trim() !== "";
    }
  }
  return comments;
}
function countBreaks(token) {
  let breaks = 0;
  for (let at = token.indexOf("\n"); at >= 0; at = token.indexOf("\n", at + 1)) breaks++;
  return breaks;
}

// src/parsers/terraform/comments.ts
async function hclComments(file, text) {
  const tree = (await terraformParser()).parse(text);
  if (!tree) return [];
  try {
    const lines = new LineIndex(file, text);
    const comments = [];
    const pending = [tree.rootNode];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === "comment") {
        const lineStart = text.lastIndexOf("\n", node.startIndex - 1) + 1;
        comments.push({ at: lines.span(node.startIndex, node.endIndex), text: node.text, ownLine: text.slice(lineStart, node.startIndex).trim() === "" });
        continue;
      }
      for (let i = node.childCount - 1; i >= 0; i--) {
        const child = node.child(i);
        if (child) pending.push(child);
      }
    }
    return comments;
  } finally {
    tree.delete();
  }
}

// src/load/inline-waivers.ts
async function withInlineWaivers(estate, files) {
  const comments = [];
  for (const file of files.yaml) if (mayHoldInlineWaiver(file.text)) comments.push(...yamlComments(file.path, file.text));
  for (const file of files.hcl) if (mayHoldInlineWaiver(file.text) && isHcl(file.path)) comments.push(...await hclComments(file.path, file.text));
  return attachInlineWaivers(estate, comments);
}
function isHcl(path) {
  return !path.toLowerCase().endsWith(".json");
}

// src/load/parse-sources.ts
var HVGATE_EXTENSIONS = /* @__PURE__ */ new Set(["yaml", "yml", "json"]);
async function parseSources(files, options = {}) {
  return parseDecoded(decodeSources(files, options.terraformPlans), options);
}
function decodeSources(files, terraformPlans = []) {
  const diagnostics = [];
  const ignored = [];
  const byRole = /* @__PURE__ */ new Map();
  for (const file of files) {
    const read = readText(file);
    if (read.kind === "diagnostic") diagnostics.push(read.diagnostic);
    else if (read.kind === "ignored") ignored.push(file.path);
    else {
      const role = roleOf(file, read.text);
      if (role === "ignored") ignored.push(file.path);
      else {
        const sameRole = byRole.get(role) ?? [];
        sameRole.push({ path: file.path, text: read.text, explicit: file.explicit });
        byRole.set(role, sameRole);
      }
    }
  }
  const paths = [...files, ...terraformPlans].map((f) => f.path);
  return { byRole, given: terraformPlans.map(decodeGivenPlan), diagnostics, ignored, paths };
}
async function parseDecoded(decoded, options = {}) {
  const { byRole, given } = decoded;
  const diagnostics = [...decoded.diagnostics];
  const ignored = [...decoded.ignored];
  const parts = [];
  const hvgateFiles = byRole.get("hvgate") ?? [];
  const hvgateEstates = await parseHvgateFiles(hvgateFiles, options.attributes === false ? { attributes: false } : {});
  hvgateFiles.forEach((file, index) => {
    const estate2 = hvgateEstates[index];
    if (estate2) parts.push(estate2);
    else ignored.push(file.path);
  });
  const terraform = await readTerraformFiles({
    configuration: byRole.get("terraform") ?? [],
    tfvars: byRole.get("tfvars") ?? [],
    plans: byRole.get("plan") ?? [],
    states: byRole.get("state") ?? [],
    givenPlans: given.flatMap((g) => "diagnostic" in g ? [] : [g]),
    ...options.terraformDirectories ? { directories: options.terraformDirectories } : {},
    ...options.before ? { before: options.before } : {},
    ...options.attributes === false ? { attributes: false } : {},
    ...options.givenPlansBefore === true ? { givenPlansBefore: true } : {}
  });
  for (const estate2 of terraform.estates) parts.push(estate2);
  for (const g of given) if ("diagnostic" in g) diagnostics.push(g.diagnostic);
  const merged = mergeEstates([...parts, { ...emptyEstate, diagnostics }]);
  const definitions = hvgateFiles.filter((_, index) => hvgateEstates[index] !== void 0);
  const estate = await withInlineWaivers(merged, { yaml: definitions, hcl: byRole.get("terraform") ?? [] });
  const ignoredSet = new Set(ignored);
  const read = /* @__PURE__ */ new Set([...decoded.paths.filter((path) => !ignoredSet.has(path)), ...estate.files]);
  return { estate: { ...estate, files: [...read] }, plans: terraform.givenPlans, ignored };
}
async function readTerraformFiles(files) {
  const none = [files.configuration, files.tfvars, files.plans, files.states, files.givenPlans ?? []].every((list) => list.length === 0);
  if (none && files.before === void 0) return { estates: [], givenPlans: [] };
  const { readTerraform } = await import("./chunk-L4RVPZFW.js");
  return readTerraform(files);
}
function readText(file) {
  if (file.unreadable) return { kind: "diagnostic", diagnostic: { at: fileStart(file.path), ...file.unreadable } };
  const extension = extensionOf(file.path);
  const terraform = terraformFileKind(file.path) !== void 0 || extension === "tfstate";
  if (file.truncated) {
    if (!file.explicit && !terraform && !(HVGATE_EXTENSIONS.has(extension) && file.mayDefine === true)) return { kind: "ignored" };
    return {
      kind: "diagnostic",
      diagnostic: {
        at: fileStart(file.path),
        code: "file-too-large",
        message: `the file is ${megabytes(file.size)} MiB, far larger than any definition (limit ${megabytes(MAX_DEFINITION_BYTES)} MiB); it is not evaluated`,
        fix: "Split the definitions into smaller files, or exclude the file in .hvgate.yml if it is not a definition."
      }
    };
  }
  if (!terraform && !HVGATE_EXTENSIONS.has(extension)) return file.explicit ? { kind: "diagnostic", diagnostic: unsupported(file.path) } : { kind: "ignored" };
  const decoded = decodeDefinition(file.path, file.bytes);
  if (decoded.ok) return { kind: "text", text: decoded.text };
  if (file.explicit || terraform || mayHoldHvgateDefinition(undecodableText(file.bytes))) return { kind: "diagnostic", diagnostic: decoded.diagnostic };
  return { kind: "ignored" };
}
function roleOf(file, text) {
  const terraform = terraformFileKind(file.path);
  if (terraform?.role === "configuration") return "terraform";
  if (terraform?.role === "variables") return file.explicit || automaticVariablesRank(file.path) !== void 0 ? "tfvars" : "ignored";
  if (extensionOf(file.path) === "tfstate") return "state";
  const json = extensionOf(file.path) === "json" ? terraformJsonKind(text) : void 0;
  if (json !== void 0) return json;
  return file.explicit || mayHoldHvgateDefinition(text) ? "hvgate" : "ignored";
}
function decodeGivenPlan(file) {
  const decoded = decodeDefinition(file.path, file.bytes);
  return decoded.ok ? { path: file.path, text: decoded.text } : { diagnostic: decoded.diagnostic };
}
function unsupported(path) {
  return {
    at: fileStart(path),
    code: "unsupported-file",
    message: "the file is not a definition hvgate reads (hvgate/v1 YAML or JSON, Terraform plan or state JSON, .tf, .tf.json, .tofu, .tfvars, .tfstate)",
    fix: "Name definition files only, or a folder that contains them."
  };
}
function extensionOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/[. ]+$/, "");
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}
function megabytes(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}
function undecodableText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("latin1").decode(bytes).replace(/\0/g, "");
}

// src/load/digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { join as join2 } from "node:path";
async function digestFiles(files, cwd) {
  const digests = /* @__PURE__ */ new Map();
  for (const file of files) {
    digests.set(file.path, file.truncated ? await digestOnDisk(join2(cwd, file.path), file.path) : sha256(file.bytes));
  }
  return digests;
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function digestOnDisk(absolute, path) {
  return new Promise((resolve2, reject) => {
    const hash = createHash("sha256");
    createReadStream(absolute).on("data", (chunk) => hash.update(chunk)).on("error", (error) => {
      reject(new ConfigurationError(`${path}: cannot be read (${error.code ?? error.message})`));
    }).on("end", () => {
      resolve2(hash.digest("hex"));
    });
  });
}

export {
  MAX_LINK_HOPS,
  linkProblem,
  resolveLinkTarget,
  definitionSelector,
  readsWhole,
  discoverFiles,
  readFiles,
  parseSources,
  decodeSources,
  parseDecoded,
  digestFiles
};
