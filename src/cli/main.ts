/**
 * The command line. Returns an exit code and never calls process.exit, so it can be run in-process
 * by tests and by other programs: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or
 * internal error.
 */
import { TOOL } from '../app/tool.js';
import type { AnyPolicy } from '../core/policy.js';
import { isUserError, UsageError } from '../errors.js';
import { checkCommand } from './check-command.js';
import type { CliEnvironment } from './environment.js';
import { applyCommand, planCommand } from './plan-commands.js';
import { policiesCommand } from './policies-command.js';
import { USAGE } from './usage.js';

export type { CliEnvironment } from './environment.js';

export async function main(argv: readonly string[], environment: CliEnvironment, pack: readonly AnyPolicy[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      environment.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      environment.stdout(`${TOOL.name} ${TOOL.version}\n`);
      return 0;
    }
    if (command === 'check') return await checkCommand(rest, environment, pack);
    if (command === 'plan') return await planCommand(rest, environment, pack);
    if (command === 'apply') return await applyCommand(rest, environment);
    if (command === 'policies') return await policiesCommand(rest, environment, pack);
    throw new UsageError(`unknown command "${command}"; commands: check, plan, apply, policies`);
  } catch (error) {
    if (isUserError(error)) {
      environment.stderr(`hvgate: ${error.message}\n${error instanceof UsageError ? "Run 'hvgate --help' for usage.\n" : ''}`);
      return 2;
    }
    environment.stderr(`hvgate: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    return 2;
  }
}
