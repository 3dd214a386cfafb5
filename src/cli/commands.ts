/** Every subcommand, in the order the command list shows them. */
import type { Command } from './command.js';
import { checkCommand } from './check-command.js';
import { helpCommandOver } from './help-command.js';
import { applyCommand, planCommand } from './plan-commands.js';
import { policiesCommand } from './policies-command.js';
import { versionCommand } from './version-command.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  planCommand,
  applyCommand,
  policiesCommand,
  helpCommandOver(() => COMMANDS),
  versionCommand,
] as readonly Command[];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
