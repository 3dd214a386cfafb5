import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  PLAN_CHANGE_LIMIT,
  planLine,
  planTextReporter,
  renderPlan
} from "./chunk-VGXFW2QN.js";
import "./chunk-SZ6W2D5R.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";
export {
  PLAN_CHANGE_LIMIT,
  planLine,
  planTextReporter,
  renderPlan
};
