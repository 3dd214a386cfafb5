import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  editFor,
  fixable,
  planFixes,
  suggestionFor,
  writerFor
} from "./chunk-IG7NILZF.js";
import "./chunk-L4HU4RAA.js";
import "./chunk-ORKAOT74.js";
export {
  editFor,
  fixable,
  planFixes,
  suggestionFor,
  writerFor
};
