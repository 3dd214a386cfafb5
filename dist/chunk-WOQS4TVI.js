import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  configCandidates,
  loadConfig,
  withGlobBase
} from "./chunk-SNSYXMSM.js";
import "./chunk-OFLZRYGL.js";
import "./chunk-II3GANPC.js";
import "./chunk-CT2C7XV5.js";
import "./chunk-QCBH7PLO.js";
import "./chunk-PVSY6H5J.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-7RSSOGN2.js";
import "./chunk-L4HU4RAA.js";
import "./chunk-556DK7J4.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-ORKAOT74.js";
export {
  configCandidates,
  loadConfig,
  withGlobBase
};
