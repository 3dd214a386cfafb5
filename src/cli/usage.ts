/**
 * The help pages: the command list, and each command's page, rendered from the same option tables the
 * parser reads, so what help says is what the command accepts.
 */
import { HELP_OPTION, type Command, type OptionSpec } from './command.js';

const WIDTH = 100;
const HELP_COLUMN = 24;

export const EXIT_CODES = 'Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or internal error.';

/** The page `hvgate`, `hvgate help` and `hvgate --help` print. */
export function globalHelp(commands: readonly Command[]): string {
  const lines = ['Usage: hvgate <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(...entry(c.name, c.summary));
  lines.push(
    '',
    'Options:',
    ...entry('-h, --help', 'Show this help'),
    ...entry('-v, --version', 'Show the version'),
    '',
    "Run 'hvgate help <command>' or 'hvgate <command> --help' for a command's options.",
    EXIT_CODES,
  );
  return `${lines.join('\n')}\n`;
}

/** A command's page: usage line, description, options, epilogue. */
export function commandHelp(c: Command): string {
  const lines = [`Usage: hvgate ${c.name} ${c.synopsis}`, '', c.description, '', 'Options:'];
  for (const [name, spec] of Object.entries({ ...c.options, ...HELP_OPTION })) lines.push(...entry(optionLabel(name, spec), spec.help));
  if (c.epilogue !== undefined) lines.push('', c.epilogue);
  if (c.name !== 'version' && c.name !== 'help') lines.push('', EXIT_CODES);
  return `${lines.join('\n')}\n`;
}

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.value !== undefined ? ` ${spec.value}` : ''}`;
  return spec.short !== undefined ? `-${spec.short}, ${long}` : `    ${long}`;
}

/** `  label   text`, the text wrapped in its column; a label too long for the column gets a line of its own. */
function entry(label: string, text: string): string[] {
  const words = wrap(text, WIDTH - HELP_COLUMN);
  const head = `  ${label}`;
  const indent = ' '.repeat(HELP_COLUMN);
  if (head.length >= HELP_COLUMN - 1) return [head, ...words.map((line) => indent + line)];
  return [head.padEnd(HELP_COLUMN) + (words[0] ?? ''), ...words.slice(1).map((line) => indent + line)];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
