import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  policies
} from "./chunk-77UUS7IX.js";
import "./chunk-QGZNVXMI.js";
import "./chunk-FKHUETK3.js";
import "./chunk-PVSY6H5J.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-JNCJZHWS.js";
import "./chunk-3PTL7UPO.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";
export {
  policies
};
