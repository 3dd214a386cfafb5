/**
 * `hvgate init`: a commented starter `.hvgate.yml` from flags. The file is checked by the same parser
 * that reads it, so what init writes is always a valid configuration, and an existing file is never
 * replaced without `--force`.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import configSchema from '../../schema/hvgate-config.schema.json' with { type: 'json' };
import { ConfigurationError, UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { command } from './command.js';
import { starterConfig, type StarterChoices } from './starter-config.js';

export const initCommand = command({
  name: 'init',
  synopsis: '[options]',
  summary: 'Write a commented starter .hvgate.yml (never overwrites one without --force)',
  description: `Writes a starter configuration: every setting with a comment that says what it does, the choices
the flags make filled in, the rest at their defaults. An existing file is left alone unless --force.`,
  options: {
    output: { type: 'string', short: 'o', value: '<file>', help: 'Where to write it (default: .hvgate.yml)' },
    include: { type: 'string', multiple: true, value: '<glob>', help: 'Files to evaluate (repeatable; default: every YAML, JSON and Terraform file)' },
    exclude: { type: 'string', multiple: true, value: '<glob>', help: 'Files to leave out (repeatable)' },
    scope: { type: 'string', value: '<scope>', help: 'introduced (default: only what a change introduces blocks) or all' },
    'windows-server': { type: 'string', value: '<version>', help: 'Host generation assumed for VMs without a HostProfile: 2012 R2, 2016, 2019, 2022, 2025' },
    'configuration-version': { type: 'string', value: '<x.y>', help: 'VM configuration version assumed with it, e.g. 9.0' },
    unknown: { type: 'string', value: '<note|fail>', help: 'Values unknown until apply: a note (default) or fail (an HVB000 error)' },
    force: { type: 'boolean', help: 'Replace an existing file' },
  },
  epilogue: "Then run 'hvgate check' to see what the gate makes of the repository.",
  async run({ values, positionals }, environment, pack) {
    if (positionals.length > 0) throw new UsageError(`init takes no paths, got "${clean(positionals[0] ?? '')}"; use --include <glob>`);
    const file = values.output ?? '.hvgate.yml';
    const choices: StarterChoices = {
      include: values.include ?? [],
      exclude: values.exclude ?? [],
      ...(values.scope !== undefined ? { scope: values.scope } : {}),
      ...(values['windows-server'] !== undefined ? { windowsServer: values['windows-server'] } : {}),
      ...(values['configuration-version'] !== undefined ? { configurationVersion: values['configuration-version'] } : {}),
      ...(values.unknown !== undefined ? { unknown: values.unknown } : {}),
    };
    checkChoices(choices);
    const text = starterConfig(choices);
    // The flags are checked above; this proves the file reads back as the configuration it claims to be.
    const { parseConfig } = await import('../config/config.js');
    parseConfig(file, text, pack);
    await writeNew(resolve(environment.cwd, file), text, values.force === true, file);
    environment.stderr(`hvgate: wrote ${clean(file)}\n`);
    return 0;
  },
});

const WINDOWS_SERVERS = configSchema.properties.hostDefaults.properties.windowsServer.enum.filter((v) => typeof v === 'string');

function checkChoices(choices: StarterChoices): void {
  oneOf('--scope', choices.scope, ['introduced', 'all']);
  oneOf('--unknown', choices.unknown, ['note', 'fail']);
  oneOf('--windows-server', choices.windowsServer, WINDOWS_SERVERS);
  const version = choices.configurationVersion;
  if (version !== undefined && !/^\d+\.\d+$/.test(version)) throw new UsageError(`--configuration-version must be like 9.0, not "${clean(version)}"`);
  for (const glob of [...choices.include, ...choices.exclude]) if (glob.trim() === '') throw new UsageError('--include and --exclude need a glob');
}

function oneOf(flag: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value))
    throw new UsageError(`${flag} must be ${allowed.map((a) => `"${a}"`).join(', ')}, not "${clean(value)}"`);
}

/** Creates the file; an existing one (or a link in its place) is replaced only with `force`, and never followed. */
async function writeNew(path: string, text: string, force: boolean, shown: string): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (force ? constants.O_TRUNC : constants.O_EXCL);
  const handle = await open(path, flags, 0o644).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConfigurationError(`${clean(shown)} exists; hvgate init never replaces it unless you pass --force`);
    if (code === 'ELOOP') throw new ConfigurationError(`${clean(shown)} is a symbolic link; hvgate init never writes through one`);
    throw new ConfigurationError(`${clean(shown)}: cannot be written (${code ?? String(error)})`);
  });
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
