/** The command layer of the bundled CLI: help pages, suggestions for misspelt commands and options, the version. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('help', () => {
  test('the command list: hvgate --help, hvgate help, and bare hvgate (on stderr, exit 2)', async () => {
    const help = await runCli(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    await expect(help.stdout).toMatchFileSnapshot('__golden__/help.txt');
    expect(await runCli(['help'])).toEqual(help);
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: help.stdout });
  });

  test.each(['check', 'plan', 'apply', 'policies', 'explain', 'init', 'schema', 'version'])('hvgate help %s is the page of --help', async (name) => {
    const page = await runCli(['help', name]);
    expect(page).toMatchObject({ code: 0, stderr: '' });
    expect(page.stdout).toMatch(new RegExp(`^Usage: hvgate ${name}\\b`));
    expect(await runCli([name, '--help'])).toEqual(page);
    await expect(page.stdout).toMatchFileSnapshot(`__golden__/help-${name}.txt`);
  });

  test('every option a page lists is one the command accepts, and no line is wider than 100 columns', async () => {
    for (const name of ['check', 'plan']) {
      const page = (await runCli(['help', name])).stdout;
      for (const line of page.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
      const options = [...page.matchAll(/^ {2}(?:-\w, )?(?: {4})?--([\w-]+)/gm)].map((m) => m[1] ?? '');
      expect(options.length).toBeGreaterThan(10);
      for (const option of options) {
        const run = await runCli([name, `--${option}`, '--help']);
        expect(run.stderr, `${name} --${option}`).not.toContain('unknown option');
      }
    }
  });

  test('help for a command that does not exist suggests the nearest one', async () => {
    expect(await runCli(['help', 'chek'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hvgate: help: no command "chek"; did you mean "check"?\nRun \'hvgate --help\' for usage.\n',
    });
  });
});

describe('did you mean', () => {
  test('a misspelt command exits 2 with the nearest command and the list', async () => {
    expect(await runCli(['chek', '.'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'hvgate: unknown command "chek"; did you mean "check"? Commands: check, fix, plan, apply, policies, explain, init, schema, help, version\nRun \'hvgate --help\' for usage.\n',
    });
    const far = await runCli(['deploy']);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/^hvgate: unknown command "deploy"\. Commands: /);
  });

  test('a misspelt option exits 2 with the nearest option of that command', async () => {
    const cases: (readonly [readonly string[], string])[] = [
      [['check', '--formt', 'json'], 'hvgate: check: unknown option --formt; did you mean --format?'],
      [['plan', '--bsae', 'main'], 'hvgate: plan: unknown option --bsae; did you mean --base?'],
      [['check', '--skip-polciy', 'HVB003'], 'hvgate: check: unknown option --skip-polciy; did you mean --skip-policy?'],
      [['policies', '--formt', 'json'], 'hvgate: policies: unknown option --formt; did you mean --format?'],
      [['check', '-x'], 'hvgate: check: unknown option -x'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run, args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `${message}\nRun 'hvgate ${args[0] ?? ''} --help' for usage.\n` });
    }
  });

  test('an option before the command says where options go', async () => {
    const run = await runCli(['--format', 'json', 'check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^hvgate: --format: options come after the command, e.g. hvgate check --format\n/);
  });

  test('what a message repeats of the command line is made inert for the terminal and for workflow commands', async () => {
    const run = await runCli(['\u001b[31m::error::forged', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).not.toMatch(/^::/m);
    const option = await runCli(['check', '--\u001b]8;;https://evil.example\u0007x']);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toContain('\u001b');
  });
});

describe('version', () => {
  test('--version, -v and version print the name and the version of package.json', async () => {
    for (const args of [['--version'], ['-v'], ['version']]) {
      expect(await runCli(args), args.join(' ')).toEqual({ code: 0, stdout: `hvgate ${VERSION}\n`, stderr: '' });
    }
    expect((await runCli(['version', 'extra'])).code).toBe(2);
  });

  test('the bundle carries the version, not package.json', () => {
    const bundle = readFileSync(new URL('../../dist/cli.js', import.meta.url), 'utf8');
    expect(bundle).not.toContain('"devDependencies"');
    expect(bundle).not.toContain('"scripts"');
  });
});
