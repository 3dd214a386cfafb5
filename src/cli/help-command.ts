/** `hvgate help [command]`: the command list, or one command's page. */
import { closest } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { command, type Command } from './command.js';
import { commandHelp, globalHelp } from './usage.js';

/** The help command over a command list (given lazily: the list includes this command). */
export const helpCommandOver = (list: () => readonly Command[]) =>
  command({
    name: 'help',
    synopsis: '[command]',
    summary: "Show the command list, or a command's options",
    description: "Shows the command list, or with a command's name that command's page (as 'hvgate <command> --help').",
    options: {},
    run({ positionals }, environment) {
      const commands = list();
      const [topic, ...more] = positionals;
      if (more.length > 0) throw new UsageError('help takes one command name');
      if (topic === undefined) {
        environment.stdout(globalHelp(commands));
        return Promise.resolve(0);
      }
      const found = commands.find((c) => c.name === topic);
      if (found === undefined) {
        const suggestion = closest(
          topic,
          commands.map((c) => c.name),
        );
        throw new UsageError(`help: no command "${clean(topic)}"${suggestion !== undefined ? `; did you mean "${suggestion}"?` : ''}`);
      }
      environment.stdout(commandHelp(found));
      return Promise.resolve(0);
    },
  });
