import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-I7BMZWQY.js";
import "./chunk-HYUDW6JI.js";
import "./chunk-5FLKGUPJ.js";
import "./chunk-A3OBTB3H.js";
import "./chunk-4WFYBDY5.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-EOE5N3L7.js";
import "./chunk-T5K3V3BX.js";
import "./chunk-II3GANPC.js";
import "./chunk-OMZJ65L2.js";
import "./chunk-RWWGEQIQ.js";
import "./chunk-PVSY6H5J.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-7YUWVCOR.js";
import "./chunk-L4HU4RAA.js";
import "./chunk-556DK7J4.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-ORKAOT74.js";
export {
  runCheck
};
