/**
 * Parses many `hvgate/v1` files, on several cores when it pays (four or more). Worker threads need the bundled
 * worker script next to the bundle; without it (running from sources) everything runs in this thread
 * with identical results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Estate } from '../core/model.js';
import { parseHvgateCandidate, parseHvgateFile, type HvgateReadOptions } from '../parsers/hvgate/index.js';

/** Below this much text, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD_CHARS = 4 * 1024 * 1024;
/**
 * On fewer cores the pool does not pay: copying every estate back to the main thread and starting a
 * module graph per worker cost more CPU than the parallel parse saves (measured on 2 cores: a fifth
 * more CPU time and half again the memory, for about the same wall time).
 */
const MIN_CORES = 4;

/** What the main thread asks of a parse worker. */
export interface ParseRequest {
  readonly files: readonly TextSource[];
  readonly options: HvgateReadOptions;
}

export interface TextSource {
  readonly path: string;
  readonly text: string;
  /** Named on the command line: must hold definitions. Otherwise a file that holds none is someone else's. */
  readonly explicit: boolean;
}

/** Parses one file: its estate, or undefined when it is not an hvgate file at all. */
export function parseHvgateSource(file: TextSource, options: HvgateReadOptions = {}): Estate | undefined {
  return file.explicit ? parseHvgateFile(file.path, file.text, options) : parseHvgateCandidate(file.path, file.text, options);
}

export async function parseHvgateFiles(files: readonly TextSource[], options: HvgateReadOptions = {}): Promise<(Estate | undefined)[]> {
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  const workerScript = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  const cores = availableParallelism();
  const workers = Math.min(cores, files.length, 8);
  if (total < PARALLEL_THRESHOLD_CHARS || cores < MIN_CORES || workers < 2 || !existsSync(workerScript)) {
    return files.map((file) => parseHvgateSource(file, options));
  }
  // Balance by size: largest files first, each to the least loaded worker.
  const batches = Array.from({ length: workers }, () => ({ load: 0, indexes: [] as number[], files: [] as TextSource[] }));
  const order = files.map((file, index) => ({ file, index })).sort((a, b) => b.file.text.length - a.file.text.length);
  for (const { file, index } of order) {
    const lightest = batches.reduce((min, batch) => (batch.load < min.load ? batch : min));
    lightest.load += file.text.length;
    lightest.indexes.push(index);
    lightest.files.push(file);
  }
  const results: (Estate | undefined)[] = new Array<Estate | undefined>(files.length);
  await Promise.all(
    batches.map(async (batch) => {
      const estates = await runWorker(workerScript, { files: batch.files, options });
      if (estates.length !== batch.files.length) throw new Error('a parse worker answered for fewer files than it was given');
      batch.indexes.forEach((fileIndex, i) => (results[fileIndex] = estates[i]));
    }),
  );
  return results;
}

function runWorker(script: string, request: ParseRequest): Promise<(Estate | undefined)[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (estates: (Estate | undefined)[]) => {
      resolve(estates);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(request);
  });
}
