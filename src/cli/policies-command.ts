/** The `policies` subcommand: the catalogue with the levels and enforcement the configuration gives. */
import { loadConfig } from '../config/load-config.js';
import type { AnyPolicy } from '../core/policy.js';
import { UsageError } from '../errors.js';
import { policyList, policyListText } from '../reporters/policy-list.js';
import type { CliEnvironment } from './environment.js';
import { parse } from './options.js';
import { USAGE } from './usage.js';

export async function policiesCommand(args: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'text' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    environment.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`policies takes no paths, got "${positionals[0]}"`);
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json for policies, not "${format}"`);
  const config = await loadConfig(values.config, environment.cwd, pack);
  const entries = policyList(pack, config.settings);
  environment.stdout(format === 'json' ? `${JSON.stringify({ schemaVersion: 1, policies: entries }, null, 2)}\n` : policyListText(entries));
  return 0;
}
