/**
 * What a subcommand is: its options (with the words its help page shows), its help page, and what it
 * runs. Arguments are parsed by Node's own `util.parseArgs`; this module adds what users of other CLIs
 * expect around it: "did you mean" for a misspelt option, and `--help` on every command.
 */
import { parseArgs } from 'node:util';
import { closest } from '../core/suggest.js';
import type { AnyPolicy } from '../core/policy.js';
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import type { CliEnvironment } from './environment.js';

/** One option: what `parseArgs` needs, and the placeholder and sentence its help line shows. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in help (`<file>`); string options only. */
  readonly value?: string;
  /** What the option does; wrapped under it in the help page. */
  readonly help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** What parsing gives a command: the option values by long name, and the positionals. */
export interface ParsedArgs<O extends OptionTable> {
  readonly values: { readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string } & {
    readonly help?: boolean;
  };
  readonly positionals: readonly string[];
}

export interface Command<O extends OptionTable = OptionTable> {
  readonly name: string;
  /** What follows `hvgate <name>` in the usage line: `[options] [paths...]`. */
  readonly synopsis: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The command's page, between the usage line and the options. */
  readonly description: string;
  readonly options: O;
  /** Said after the options: defaults, exit codes, examples. */
  readonly epilogue?: string;
  readonly run: (args: ParsedArgs<O>, environment: CliEnvironment, pack: readonly AnyPolicy[]) => Promise<number>;
}

/** Declares a command; the option table's literal types flow into `run`'s values. */
export function command<const O extends OptionTable>(definition: Command<O>): Command<O> {
  return definition;
}

/** `-h, --help`, which every command takes. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'Show this help' } } as const satisfies OptionTable;

/**
 * Parses a command's arguments. An option the command does not take is a usage error that names
 * the closest one it does take; so is a missing or surplus value.
 */
export function parseCommandArgs<O extends OptionTable>(name: string, args: readonly string[], options: O): ParsedArgs<O> {
  const config = { args: [...args], options: { ...options, ...HELP_OPTION }, allowPositionals: true } as const;
  // A lenient pass first, to name an unknown option with a suggestion before the strict pass can only call it unknown.
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option' || Object.hasOwn(config.options, token.name)) continue;
    throw new UsageError(`${name}: unknown option ${clean(token.rawName)}${suggestedOption(token.rawName, config.options)}`);
  }
  try {
    const { values, positionals } = parseArgs({ ...config, strict: true });
    return { values, positionals };
  } catch (error) {
    // Node's own message, without its advice on positionals that start with "-", which does not apply here.
    throw new UsageError(`${name}: ${clean((error as Error).message.replace(/\. To specify a positional.*$/s, ''))}`);
  }
}

/** The nearest long option; a one-letter option gets none, as every other letter is one edit away. */
function suggestedOption(raw: string, options: OptionTable): string {
  if (!raw.startsWith('--')) return '';
  const match = closest(raw.slice(2), Object.keys(options));
  return match === undefined ? '' : `; did you mean --${match}?`;
}
