/**
 * Worker thread entry: parses `hvgate/v1` files handed over by the parse pool. YAML parsing is the
 * most expensive step for large estates, and files are independent, so it spreads over cores.
 */
import { parentPort } from 'node:worker_threads';
import { parseHvgateSource, type ParseRequest } from './parse-pool.js';

const port = parentPort;
port?.on('message', (request: ParseRequest) => {
  port.postMessage(request.files.map((file) => parseHvgateSource(file, request.options)));
});
