import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  parseHvgateSource
} from "./chunk-2JH3XHR7.js";
import "./chunk-XRDT5XZB.js";
import "./chunk-JN2B4UTF.js";
import "./chunk-L4HU4RAA.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-ZX5WQFCF.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";

// src/load/parse-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port?.on("message", (request) => {
  port.postMessage(request.files.map(parseHvgateSource));
});
