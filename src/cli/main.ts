/**
 * The command line. Returns an exit code and never calls process.exit, so it can be run in-process
 * by tests and by other programs: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or
 * internal error.
 */
import type { AnyPolicy } from '../core/policy.js';
import { closest } from '../core/suggest.js';
import { isUserError, UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { parseCommandArgs, type Command } from './command.js';
import type { CliEnvironment } from './environment.js';
import { inertText } from './inert-text.js';
import { commandHelp, globalHelp } from './usage.js';
import { versionLine } from './version-command.js';

export type { CliEnvironment } from './environment.js';

/** The policies, or how to load them when a command needs them (the executable loads them lazily). */
export type PolicyPack = readonly AnyPolicy[] | (() => Promise<readonly AnyPolicy[]>);

export async function main(argv: readonly string[], environment: CliEnvironment, pack: PolicyPack): Promise<number> {
  let helpHint = "Run 'hvgate --help' for usage.";
  try {
    const [name, ...rest] = argv;
    if (name === '-v' || name === '--version') {
      environment.stdout(versionLine());
      return 0;
    }
    // The commands, and all they import, are read only when a command is asked for: not for --version.
    const { COMMANDS } = await import('./commands.js');
    if (name === undefined) {
      environment.stderr(globalHelp(COMMANDS));
      return 2;
    }
    if (name === '-h' || name === '--help') {
      environment.stdout(globalHelp(COMMANDS));
      return 0;
    }
    const found = commandNamed(name, COMMANDS);
    if (found.name !== 'help') helpHint = `Run 'hvgate ${found.name} --help' for usage.`;
    const args = parseCommandArgs(found.name, rest, found.options);
    if (args.values.help === true) {
      environment.stdout(commandHelp(found));
      return 0;
    }
    return await found.run(args, environment, typeof pack === 'function' ? await pack() : pack);
  } catch (error) {
    if (isUserError(error)) {
      const hint = error instanceof UsageError ? `${helpHint}\n` : '';
      environment.stderr(`${inertText(`hvgate: ${error.message}`)}\n${hint}`);
      return 2;
    }
    environment.stderr(
      `${inertText(`hvgate: internal error: ${(error as Error).stack ?? String(error)}`)}\nPlease report this with the input that caused it.\n`,
    );
    return 2;
  }
}

function commandNamed(name: string, commands: readonly Command[]): Command {
  const found = commands.find((c) => c.name === name);
  if (found !== undefined) return found;
  if (name.startsWith('-')) throw new UsageError(`${clean(name)}: options come after the command, e.g. hvgate check ${clean(name)}`);
  const suggestion = closest(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError(
    `unknown command "${clean(name)}"${suggestion !== undefined ? `; did you mean "${suggestion}"?` : '.'} Commands: ${commands.map((c) => c.name).join(', ')}`,
  );
}
