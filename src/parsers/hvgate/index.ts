/** The project's own definition format, `hvgate/v1`. */
export { parseHvgateCandidate, parseHvgateFile, type HvgateReadOptions } from './parse.js';
export { API_VERSION, mayHoldHvgateDefinition } from './recognize.js';
