import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  BASELINE_KIND,
  baselineDocument,
  baselineUse,
  proposedBaselineChanges,
  readBaseline,
  readCommitBaseline,
  readPlanBaseline,
  writeBaseline
} from "./chunk-H5VBT3D6.js";
import "./chunk-S73URZOK.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-ZJICGQT6.js";
import "./chunk-3V634YIC.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-7IA6KYUI.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-MESW2INQ.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";
export {
  BASELINE_KIND,
  baselineDocument,
  baselineUse,
  proposedBaselineChanges,
  readBaseline,
  readCommitBaseline,
  readPlanBaseline,
  writeBaseline
};
