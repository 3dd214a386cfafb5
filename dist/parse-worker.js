import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  parseHvgateSource
} from "./chunk-BEEAI53D.js";
import "./chunk-3V634YIC.js";
import "./chunk-5PII5KHW.js";
import "./chunk-ARL6IJI7.js";
import "./chunk-7IA6KYUI.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-ZX5WQFCF.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";

// src/load/parse-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port?.on("message", (request) => {
  port.postMessage(request.files.map((file) => parseHvgateSource(file, request.options)));
});
