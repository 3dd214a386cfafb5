/** `hvgate explain`, `hvgate init` and `hvgate schema` on the bundled CLI. */
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { ROOT, runCli } from './run-cli.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'hvgate-init-'));

describe('hvgate explain', () => {
  test("prints the policy's page, by id in any case or by name", async () => {
    const page = await runCli(['explain', 'HVB007']);
    expect(page).toMatchObject({ code: 0, stderr: '' });
    await expect(page.stdout).toMatchFileSnapshot('__golden__/explain-HVB007.txt');
    expect(await runCli(['explain', 'hvb007'])).toEqual(page);
    expect(await runCli(['explain', 'passthrough-disk'])).toEqual(page);
  });

  test('every policy of the pack has its page, ending with where it is online', async () => {
    for (const policy of policies) {
      const run = await runCli(['explain', policy.id]);
      expect(run.code, policy.id).toBe(0);
      const file = (await readdir(join(ROOT, 'policies'))).find((name) => name.startsWith(`${policy.id}-`)) ?? '';
      expect(run.stdout).toBe(`${(await readFile(join(ROOT, 'policies', file, 'README.md'), 'utf8')).trimEnd()}\n\nOnline: ${policy.docsUrl}\n`);
    }
  });

  test('an unknown policy exits 2 with the nearest one', async () => {
    expect(await runCli(['explain', 'HVB07'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "hvgate: explain \"HVB07\": no such policy; did you mean HVB007? ('hvgate policies' lists them)\nRun 'hvgate explain --help' for usage.\n",
    });
    expect((await runCli(['explain'])).code).toBe(2);
  });
});

describe('hvgate init', () => {
  test('writes a commented starter that the gate reads back; the flags fill in their settings', async () => {
    const dir = await tempDir();
    const run = await runCli(['init', '--include', 'infra/**/*.yaml', '--include', 'terraform/**', '--windows-server', '2022', '--scope', 'all'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'hvgate: wrote .hvgate.yml\n' });
    const text = await readFile(join(dir, '.hvgate.yml'), 'utf8');
    await expect(text).toMatchFileSnapshot('__golden__/init-flags.hvgate.yml');
    const listed = await runCli(['policies'], { cwd: dir });
    expect(listed.code).toBe(0);
  });

  test('without flags every setting is a comment, and the file is valid', async () => {
    const dir = await tempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const text = await readFile(join(dir, '.hvgate.yml'), 'utf8');
    await expect(text).toMatchFileSnapshot('__golden__/init-defaults.hvgate.yml');
    expect(text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))).toEqual([]);
  });

  test('never replaces a file, or writes through a link, unless --force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.hvgate.yml'), 'scope: all\n');
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'hvgate: .hvgate.yml exists; hvgate init never replaces it unless you pass --force\n' });
    expect(await readFile(join(dir, '.hvgate.yml'), 'utf8')).toBe('scope: all\n');
    expect((await runCli(['init', '--force'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, '.hvgate.yml'), 'utf8')).toMatch(/^# yaml-language-server/);

    await writeFile(join(dir, 'target'), 'kept\n');
    await symlink(join(dir, 'target'), join(dir, 'linked.yml'));
    expect((await runCli(['init', '-o', 'linked.yml'], { cwd: dir })).code).toBe(2);
    const forced = await runCli(['init', '-o', 'linked.yml', '--force'], { cwd: dir });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/linked\.yml is a symbolic link; hvgate init never writes through one/);
    expect(await readFile(join(dir, 'target'), 'utf8')).toBe('kept\n');
  });

  test("a flag's value the configuration does not accept is a usage error, and nothing is written", async () => {
    const dir = await tempDir();
    for (const [args, message] of [
      [['--scope', 'everything'], '--scope must be "introduced", "all", not "everything"'],
      [['--windows-server', '2030'], '--windows-server must be "2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025", not "2030"'],
      [['--configuration-version', 'nine'], '--configuration-version must be like 9.0, not "nine"'],
      [['--unknown', 'ignore'], '--unknown must be "note", "fail", not "ignore"'],
    ] as const) {
      const run = await runCli(['init', ...args], { cwd: dir });
      expect(run, args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `hvgate: ${message}\nRun 'hvgate init --help' for usage.\n` });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  test('globs with quotes and colons are written as YAML that reads back exactly', async () => {
    const dir = await tempDir();
    const glob = 'a "b": #c/**/*.yaml';
    expect((await runCli(['init', '--include', glob], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, '.hvgate.yml'), 'utf8')).toContain(`include: [${JSON.stringify(glob)}]`);
    expect((await runCli(['policies'], { cwd: dir })).code).toBe(0);
  });
});

describe('hvgate schema', () => {
  const RAW = 'https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/';

  test('lists the schemas with their URLs, and prints each one as the file holds it', async () => {
    const list = await runCli(['schema']);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    await expect(list.stdout).toMatchFileSnapshot('__golden__/schema-list.txt');
    for (const name of ['hvgate-v1', 'hvgate-config', 'hvgate-plan', 'hvgate-baseline']) {
      const run = await runCli(['schema', name]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(await readFile(join(ROOT, 'schema', `${name}.schema.json`), 'utf8')));
    }
    const typo = await runCli(['schema', 'hvgate-confg']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^hvgate: schema: no schema "hvgate-confg"; did you mean hvgate-config\?/);
  });

  test("every schema's $id is the raw URL of its file, and the SchemaStore catalog entries point at them", async () => {
    const files = (await readdir(join(ROOT, 'schema'))).filter((name) => name.endsWith('.schema.json'));
    expect(files.length).toBe(4);
    for (const file of files) {
      const schema = JSON.parse(await readFile(join(ROOT, 'schema', file), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`${RAW}${file}`);
    }
    const catalog = JSON.parse(await readFile(join(ROOT, 'schema/schemastore-catalog.json'), 'utf8')) as {
      $schema: string;
      version: number;
      schemas: { name: string; description: string; fileMatch: string[]; url: string }[];
    };
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json');
    expect(catalog.version).toBe(1);
    for (const entry of catalog.schemas) {
      expect(entry.url.startsWith(RAW), entry.name).toBe(true);
      expect(files).toContain(entry.url.slice(RAW.length));
      expect(entry.name.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
      expect(entry.fileMatch.length).toBeGreaterThan(0);
    }
    expect(catalog.schemas.find((entry) => entry.fileMatch.includes('.hvgate.yml'))?.url).toBe(`${RAW}hvgate-config.schema.json`);
  });
});
