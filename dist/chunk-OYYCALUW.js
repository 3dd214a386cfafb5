import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  batched,
  renderChunks,
  reporters
} from "./chunk-3MH7EIEP.js";
import "./chunk-SZ6W2D5R.js";
import {
  writeReportFile
} from "./chunk-S73URZOK.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import "./chunk-IQFO5BKM.js";
import "./chunk-D2A6HSPT.js";
import "./chunk-36VZIVIE.js";
import "./chunk-U2XKFNE5.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";

// src/app/output.ts
async function emitReports(report, target, write, views = {}) {
  const fileText = views.file ?? reporters.text;
  const render = (format, options2, text) => batched(renderChunks(format, report, options2, format === "text" ? text : void 0));
  const files = [...target.output !== void 0 ? [{ format: target.format, path: target.output }] : [], ...target.reports ?? []];
  for (const file of files) await writeOutput(target.cwd, file.path, render(file.format, {}, fileText));
  const terminal = target.output !== void 0 ? "text" : target.format;
  const whole = files.find((file) => file.format !== "text") ?? files[0];
  const options = {
    color: target.color && terminal === "text",
    // With the whole report in a file, the terminal's text lists are shortened and point at it.
    ...terminal === "text" && whole !== void 0 ? { shorten: { limit: TERMINAL_LIST_LIMIT, file: whole.path } } : {}
  };
  for (const piece of render(terminal, options, views.terminal ?? fileText)) write(piece);
}
var TERMINAL_LIST_LIMIT = 100;
async function writeOutput(cwd, file, text) {
  await writeReportFile(file, text, { cwd });
}
export {
  TERMINAL_LIST_LIMIT,
  emitReports,
  writeOutput
};
