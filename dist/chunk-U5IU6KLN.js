import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  runPlan
} from "./chunk-ZYCASIZS.js";
import "./chunk-WTYT5LEM.js";
import "./chunk-MO4SUWJO.js";
import "./chunk-ATUUX5XT.js";
import "./chunk-A3OBTB3H.js";
import "./chunk-BEEAI53D.js";
import "./chunk-H5VBT3D6.js";
import "./chunk-S73URZOK.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-HGN72SCY.js";
import "./chunk-ZJICGQT6.js";
import "./chunk-3V634YIC.js";
import "./chunk-PJVW5NQJ.js";
import "./chunk-PVSY6H5J.js";
import "./chunk-5PII5KHW.js";
import "./chunk-ARL6IJI7.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-7IA6KYUI.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-ZFONXLCE.js";
import "./chunk-JNCJZHWS.js";
import "./chunk-3PTL7UPO.js";
import "./chunk-45OJP4QH.js";
import "./chunk-MESW2INQ.js";
import "./chunk-ZX5WQFCF.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";
export {
  runPlan
};
