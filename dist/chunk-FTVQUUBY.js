import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  runPlan
} from "./chunk-NUE7Q5MP.js";
import "./chunk-MO4SUWJO.js";
import "./chunk-HTOIQ2NR.js";
import "./chunk-UCFIZLHY.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-SOXKGFWQ.js";
import "./chunk-ZVQS4HIM.js";
import "./chunk-A3OBTB3H.js";
import "./chunk-LWRRSGXG.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-SNSYXMSM.js";
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
  runPlan
};
