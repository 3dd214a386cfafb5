// An esbuild plugin that bundles the `yaml` library without its debugging switches. Its parser reads
// process.env.LOG_TOKENS for every token and its composer process.env.LOG_STREAM for every document, to
// print them to stdout; each read is a call into the environment, about a fifth of the time it takes to
// parse a large hvgate/v1 estate. The gate never wants them: a variable set in CI would mix token dumps
// into a JSON or SARIF report written to stdout.
import { readFile } from 'node:fs/promises';

const SWITCHES = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, read: 'node_process.env.LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, read: 'node_process.env.LOG_STREAM' },
];

export const yamlWithoutDebugSwitches = {
  name: 'yaml-without-debug-switches',
  setup(build) {
    for (const { file, read } of SWITCHES) {
      build.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        // A yaml release that reads the switch differently fails the build here rather than getting slower unseen.
        if (!source.includes(read)) throw new Error(`${args.path} no longer reads ${read}: update scripts/yaml-debug-switches.mjs`);
        return { contents: source.replaceAll(read, 'false'), loader: 'js' };
      });
    }
  },
};
