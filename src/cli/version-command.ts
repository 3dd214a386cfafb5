/** `hvgate version` and `--version`: the tool's name and version, nothing else, for scripts to read. */
import { TOOL } from '../app/tool.js';
import { UsageError } from '../errors.js';
import { command } from './command.js';

export function versionLine(): string {
  return `${TOOL.name} ${TOOL.version}\n`;
}

export const versionCommand = command({
  name: 'version',
  synopsis: '',
  summary: 'Show the version (also -v, --version)',
  description: 'Prints the name and version of hvgate, as `hvgate 1.2.3`.',
  options: {},
  run({ positionals }, environment) {
    if (positionals.length > 0) throw new UsageError('version takes no arguments');
    environment.stdout(versionLine());
    return Promise.resolve(0);
  },
});
