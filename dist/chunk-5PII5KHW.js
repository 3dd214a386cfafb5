import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ARL6IJI7.js";
import {
  closest,
  didYouMean,
  quote
} from "./chunk-U2XKFNE5.js";
import {
  identifyService
} from "./chunk-ZX5WQFCF.js";
import {
  byDefault,
  set,
  unknown
} from "./chunk-556DK7J4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ORKAOT74.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
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

// src/parsers/hvgate/validate.ts
var validators = __toESM(require_definition_validators(), 1);
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
var NONE = Object.freeze([]);
function orNone(list) {
  return list.length === 0 ? NONE : list;
}
function buildVirtualMachine(doc, diagnostics, attributes = true) {
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
      volumes: NONE,
      iscsiTargets: NONE,
      fibreChannelAdapters: NONE
    },
    protection: guestSection.protection ?? byDefault("host", omitted(["backup", "protection"]), "not set: the host backs up the whole VM"),
    guestCoverage: guestSection.guestCoverage ?? NONE,
    exceptions: guestSection.exceptions,
    // What the document says, in its own words, for the plan's attribute diff; kept only for a plan, since it keeps
    // the document's whole plain value alive.
    ...attributes ? { attributes: documentAttributes(doc) } : {}
  };
}
function documentAttributes(doc) {
  return { kind: "document", value: { metadata: { labels: doc.get(["metadata", "labels"]) ?? {} }, spec: doc.get(["spec"]) ?? {} } };
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
    unrecognized: orNone(unrecognized)
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
    exceptions: orNone(buildExceptions(doc, [...base, "exceptions"], vmName))
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
  return orNone(
    doc.list(path).map((_, index) => ({ name: doc.text([...path, index, "name"]) ?? dotted(path.slice(-2).concat(index)), at: doc.at([...path, index]) }))
  );
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
  /**
   * The line found last. The positions asked for are those of one document at a time, close to each
   * other, so a search that starts here and widens is shorter than one over the whole file.
   */
  lineHint = 0;
  /** Lets go of the previous document's nodes: a file's documents are read one at a time, and no node is in two. */
  startDocument() {
    this.nodeSpans.clear();
  }
  /** Span from offset `start` to offset `end` (exclusive), in 1-based lines and columns as LineCounter.linePos counts them. */
  span(start, end) {
    const starts = this.lineCounter.lineStarts;
    const from = this.lineAt(start);
    const until = Math.max(start, end);
    const to = this.lineAt(until);
    return {
      file: this.file,
      line: lineNumber(starts, from, start),
      column: column(starts, from, start),
      endLine: lineNumber(starts, to, until),
      endColumn: column(starts, to, until)
    };
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
  /**
   * The index of the first line that starts at or after `offset` (the line count when none does), as
   * LineCounter.linePos finds it: by galloping from the line found last, then halving.
   */
  lineAt(offset) {
    const starts = this.lineCounter.lineStarts;
    const hint = Math.min(this.lineHint, starts.length);
    let low;
    let high;
    let step = 1;
    if (lineStart(starts, hint) < offset) {
      low = hint + 1;
      while (hint + step < starts.length && lineStart(starts, hint + step) < offset) {
        low = hint + step + 1;
        step *= 2;
      }
      high = Math.min(hint + step, starts.length);
    } else {
      high = hint;
      while (hint - step >= 0 && lineStart(starts, hint - step) >= offset) {
        high = hint - step;
        step *= 2;
      }
      low = Math.max(hint - step + 1, 0);
    }
    while (low < high) {
      const mid = low + high >> 1;
      if (lineStart(starts, mid) < offset) low = mid + 1;
      else high = mid;
    }
    this.lineHint = low;
    return low;
  }
};
function lineStart(starts, index) {
  return starts[index] ?? Number.POSITIVE_INFINITY;
}
function lineNumber(starts, index, offset) {
  return starts[index] === offset ? index + 1 : index;
}
function column(starts, index, offset) {
  if (starts[index] === offset) return 1;
  return index === 0 ? offset : offset - lineStart(starts, index - 1) + 1;
}

// src/parsers/hvgate/reader.ts
var import_yaml2 = __toESM(require_dist(), 1);
var Scalar = import_yaml2.Scalar;
var YAMLMap = import_yaml2.YAMLMap;
var YAMLSeq = import_yaml2.YAMLSeq;
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
    if (node) return this.spans.of(node instanceof Scalar ? node : key ?? node, this.documentSpan);
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
    let depth = 0;
    for (const segment of path) {
      let node;
      let key;
      if (parent instanceof YAMLMap) {
        const pair = pairOf(parent, segment);
        node = asNode(pair?.value);
        key = pair?.key;
      } else if (parent instanceof YAMLSeq) {
        node = asNode(parent.get(segment, true));
      }
      if (++depth === path.length) return { node, key, nearest };
      if (!node) return { nearest };
      const anchor = typeof segment === "number" ? node : key;
      if (anchor) nearest = anchor;
      parent = node;
    }
    return { nearest };
  }
};
function pairOf(map, segment) {
  for (const item of map.items) if (item.key instanceof Scalar && item.key.value === segment) return item;
  return void 0;
}
function asNode(value) {
  return value !== null && typeof value === "object" && "range" in value ? value : void 0;
}
function pathKey(path) {
  return JSON.stringify(path);
}

export {
  require_ucs2length,
  require_definition_validators,
  validateDocument,
  describeAjvError,
  dotted,
  buildVirtualMachine,
  buildGuestSection,
  checkGuestReferences,
  buildBackupJob,
  buildHostProfile,
  SpanFinder,
  DocumentReader
};
