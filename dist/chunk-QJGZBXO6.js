import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  editFor,
  fixable,
  planFixes,
  suggestionFor,
  writerFor
} from "./chunk-UFLIPLMG.js";
import "./chunk-QGZNVXMI.js";
import "./chunk-ARL6IJI7.js";
import "./chunk-ORKAOT74.js";
export {
  editFor,
  fixable,
  planFixes,
  suggestionFor,
  writerFor
};
