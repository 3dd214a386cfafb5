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
import { COMMANDS, findCommand } from './commands.js';
import type { CliEnvironment } from './environment.js';
import { inertText } from './inert-text.js';
import { commandHelp, globalHelp } from './usage.js';
import { versionLine } from './version-command.js';

export type { CliEnvironment } from './environment.js';

export async function main(argv: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  let helpHint = "Run 'hvgate --help' for usage.";
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      environment.stderr(globalHelp(COMMANDS));
      return 2;
    }
    if (name === '-h' || name === '--help') {
      environment.stdout(globalHelp(COMMANDS));
      return 0;
    }
    if (name === '-v' || name === '--version') {
      environment.stdout(versionLine());
      return 0;
    }
    const found = commandNamed(name);
    if (found.name !== 'help') helpHint = `Run 'hvgate ${found.name} --help' for usage.`;
    const args = parseCommandArgs(found.name, rest, found.options);
    if (args.values.help === true) {
      environment.stdout(commandHelp(found));
      return 0;
    }
    return await found.run(args, environment, pack);
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

function commandNamed(name: string): Command {
  const found = findCommand(name);
  if (found !== undefined) return found;
  if (name.startsWith('-')) throw new UsageError(`${clean(name)}: options come after the command, e.g. hvgate check ${clean(name)}`);
  const suggestion = closest(
    name,
    COMMANDS.map((c) => c.name),
  );
  throw new UsageError(
    `unknown command "${clean(name)}"${suggestion !== undefined ? `; did you mean "${suggestion}"?` : '.'} Commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
  );
}
