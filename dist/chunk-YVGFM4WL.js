import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  runPlan
} from "./chunk-LCE6JZBX.js";
import "./chunk-TVP3KCWE.js";
import "./chunk-MO4SUWJO.js";
import "./chunk-EERYJQUL.js";
import "./chunk-A3OBTB3H.js";
import "./chunk-ZQCANDCF.js";
import "./chunk-GZ7HC7FU.js";
import "./chunk-UCFIZLHY.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-5TMHMPYW.js";
import "./chunk-KJVFNOQS.js";
import "./chunk-UXPD6XIU.js";
import "./chunk-AXAT3NB3.js";
import "./chunk-PVSY6H5J.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-HHCMMKTI.js";
import "./chunk-L4HU4RAA.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-WTAYJ5PK.js";
import "./chunk-II3GANPC.js";
import "./chunk-KS36PDJ6.js";
import "./chunk-MESW2INQ.js";
import "./chunk-ZX5WQFCF.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";
export {
  runPlan
};
