import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  parseHvgateCandidate,
  parseHvgateFile
} from "./chunk-XRDT5XZB.js";

// src/load/parse-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_THRESHOLD_CHARS = 4 * 1024 * 1024;
var MIN_CORES = 4;
function parseHvgateSource(file) {
  return file.explicit ? parseHvgateFile(file.path, file.text) : parseHvgateCandidate(file.path, file.text);
}
async function parseHvgateFiles(files) {
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  const workerScript = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
  const cores = availableParallelism();
  const workers = Math.min(cores, files.length, 8);
  if (total < PARALLEL_THRESHOLD_CHARS || cores < MIN_CORES || workers < 2 || !existsSync(workerScript)) {
    return files.map(parseHvgateSource);
  }
  const batches = Array.from({ length: workers }, () => ({ load: 0, indexes: [], files: [] }));
  const order = files.map((file, index) => ({ file, index })).sort((a, b) => b.file.text.length - a.file.text.length);
  for (const { file, index } of order) {
    const lightest = batches.reduce((min, batch) => batch.load < min.load ? batch : min);
    lightest.load += file.text.length;
    lightest.indexes.push(index);
    lightest.files.push(file);
  }
  const results = new Array(files.length);
  await Promise.all(
    batches.map(async (batch) => {
      const estates = await runWorker(workerScript, batch.files);
      if (estates.length !== batch.files.length) throw new Error("a parse worker answered for fewer files than it was given");
      batch.indexes.forEach((fileIndex, i) => results[fileIndex] = estates[i]);
    })
  );
  return results;
}
function runWorker(script, files) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (estates) => {
      resolve(estates);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage({ files });
  });
}

export {
  parseHvgateSource,
  parseHvgateFiles
};
