/** The project's own definition format, `hvgate/v1`. */
export { parseHvgateFile, API_VERSION } from './parse.js';
export { looksLikeHvgateDefinition } from './recognize.js';
