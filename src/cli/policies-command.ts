/** The `policies` subcommand: the catalogue with the levels and enforcement the configuration gives. */
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { policyList, policyListText } from '../reporters/policy-list.js';
import { command } from './command.js';

export const policiesCommand = command({
  name: 'policies',
  synopsis: '[options]',
  summary: 'List the policies with the level and enforcement the configuration gives them, and whether they block',
  description: `Lists the policy pack: each policy's id, name, principle, the level and enforcement the configuration
gives it, and whether its findings block. 'hvgate explain <id>' shows a policy's page.`,
  options: {
    format: { type: 'string', short: 'f', value: '<fmt>', help: 'text (default) or json' },
    config: { type: 'string', short: 'c', value: '<file>', help: 'Configuration file (default: the nearest .hvgate.yml up to the repository root)' },
  },
  async run({ values, positionals }, environment, pack) {
    if (positionals.length > 0) throw new UsageError(`policies takes no paths, got "${clean(positionals[0] ?? '')}"`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json for policies, not "${clean(format)}"`);
    const { loadConfig } = await import('../config/load-config.js');
    const config = await loadConfig(values.config, environment.cwd, pack);
    const entries = policyList(pack, config.settings);
    environment.stdout(format === 'json' ? `${JSON.stringify({ schemaVersion: 1, policies: entries }, null, 2)}\n` : policyListText(entries));
    return 0;
  },
});
