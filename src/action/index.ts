/** Entry point of the GitHub Action bundle (`dist/index.js`): runs the Action. */
import { run } from './main.js';

await run();
