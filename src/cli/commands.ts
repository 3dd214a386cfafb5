/** Every subcommand, in the order the command list shows them. */
import type { Command } from './command.js';
import { checkCommand } from './check-command.js';
import { explainCommand } from './explain-command.js';
import { fixCommand } from './fix-command.js';
import { helpCommandOver } from './help-command.js';
import { initCommand } from './init-command.js';
import { applyCommand, planCommand } from './plan-commands.js';
import { policiesCommand } from './policies-command.js';
import { schemaCommand } from './schema-command.js';
import { versionCommand } from './version-command.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  fixCommand,
  planCommand,
  applyCommand,
  policiesCommand,
  explainCommand,
  initCommand,
  schemaCommand,
  helpCommandOver(() => COMMANDS),
  versionCommand,
] as readonly Command[];
