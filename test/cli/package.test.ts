/**
 * The npm package and the container image: what a user installs is dist/ and nothing it bundles, it
 * runs under the lowest Node.js that `engines` allows, and the Dockerfile builds an image of dist/ alone
 * that runs the CLI as an unprivileged user. (No container runtime is at hand in the test, so the
 * Dockerfile is read, and dist/ is run from a folder that holds only what the image copies.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './run-cli.js';

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  engines: { node: string };
  files: string[];
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const packageJson = async () => JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/**
 * Every module a bundle imports or requires by name. A `require("…")` inside a string is code that a
 * library generates (ajv's standalone mode), not a call, so a quote or backtick before it is skipped.
 */
function importedModules(code: string): string[] {
  const names = [
    ...code.matchAll(/^\s*(?:import|export)\b[^\n;]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/(?<![\w.`'"])require\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
  ].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

describe('the npm package', () => {
  test('installs nothing: every library is bundled into dist/, so none is a runtime dependency', async () => {
    const pkg = await packageJson();
    expect(pkg.dependencies ?? {}).toEqual({});
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    for (const file of (await readdir(join(ROOT, 'dist'))).filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(ROOT, 'dist', file), 'utf8');
      const external = importedModules(code).filter((name) => !builtins.has(name) && !name.startsWith('.'));
      expect(external, file).toEqual([]);
    }
  });

  test('bin hvgate, and the package name for npx hyperv-backup-gate, run dist/cli.js', async () => {
    const pkg = await packageJson();
    expect(pkg.name).toBe('hyperv-backup-gate');
    expect(pkg.bin).toEqual({ hvgate: 'dist/cli.js', 'hyperv-backup-gate': 'dist/cli.js' });
    expect((await readFile(join(ROOT, 'dist/cli.js'), 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('the packed tarball installs offline and runs as hvgate and as npx hyperv-backup-gate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hvgate-pack-'));
    const npm = (args: string[], cwd: string) => execFileSync('npm', ['--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd, encoding: 'utf8' });
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as { filename: string; files: { path: string }[] }[];
    const paths = (packed?.files ?? []).map((f) => f.path);
    for (const needed of [
      'dist/cli.js',
      'dist/parse-worker.js',
      'dist/tree-sitter-terraform.wasm',
      'dist/web-tree-sitter.wasm',
      'schema/hvgate-v1.schema.json',
    ])
      expect(paths).toContain(needed);
    expect(paths.filter((path) => path.startsWith('src/') || path.startsWith('test/') || path.startsWith('node_modules/'))).toEqual([]);

    const app = join(dir, 'app');
    npm(['install', '--offline', '--prefix', app, join(dir, packed?.filename ?? '')], dir);
    const installed = await readdir(join(app, 'node_modules'));
    expect(installed.filter((name) => !name.startsWith('.'))).toEqual(['hyperv-backup-gate']);
    const { version } = await packageJson();
    expect(execFileSync(join(app, 'node_modules/.bin/hvgate'), ['--version'], { encoding: 'utf8' })).toBe(`hvgate ${version}\n`);
    expect(execFileSync('npx', ['--offline', 'hyperv-backup-gate', 'version'], { cwd: app, encoding: 'utf8' })).toBe(`hvgate ${version}\n`);
    const check = spawnSync(join(app, 'node_modules/.bin/hvgate'), ['check', join(ROOT, 'examples/estate'), '--compact', '--today', '2026-11-24'], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/Gate: BLOCKED — 8 blocking/);
  }, 120_000);

  test('engines names the lowest Node.js that CI runs the bundled CLI under', async () => {
    const { engines } = await packageJson();
    const lowest = /^>=(\d+)$/.exec(engines.node)?.[1];
    expect(lowest, engines.node).toBeDefined();
    const ci = await readFile(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toContain(`NODE_LOWEST_VERSION=${lowest ?? ''}.0.0`);
    expect(ci).toMatch(/"\$node_lowest" dist\/cli\.js check examples\/estate/);
  });
});

describe('the container image', () => {
  const dockerfile = async () => (await readFile(join(ROOT, 'Dockerfile'), 'utf8')).replace(/\\\n(\s*#.*\n)*/g, ' ');
  const instructions = async () =>
    (await dockerfile())
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const [keyword = '', ...rest] = line.split(/\s+/);
        return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
      });

  test('a small Node.js base that engines allows, git for plan, dist/ alone, an unprivileged user, the CLI as entrypoint', async () => {
    const steps = await instructions();
    const from = steps.filter((s) => s.keyword === 'FROM');
    expect(from).toHaveLength(1);
    const [, major] = /^node:(\d+)-alpine$/.exec(from[0]?.args ?? '') ?? [];
    const { engines } = await packageJson();
    expect(Number(major)).toBeGreaterThanOrEqual(Number(/\d+/.exec(engines.node)?.[0]));
    expect(steps.find((s) => s.keyword === 'RUN')?.args).toMatch(/^apk add --no-cache git /);
    expect(steps.filter((s) => s.keyword === 'COPY').map((s) => s.args)).toEqual(['dist/ /opt/hvgate/']);
    const user = steps.findIndex((s) => s.keyword === 'USER');
    expect(steps[user]?.args).toBe('node');
    const entrypoint = steps.findIndex((s) => s.keyword === 'ENTRYPOINT');
    expect(user).toBeLessThan(entrypoint);
    expect(JSON.parse(steps[entrypoint]?.args ?? '')).toEqual(['node', '/opt/hvgate/cli.js']);
    expect(await readFile(join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^\*\n!dist\/\n$/m);
  });

  test('what the image copies runs on its own: no package.json, no node_modules, no policies folder beside it', async () => {
    const image = await mkdtemp(join(tmpdir(), 'hvgate-image-'));
    await cp(join(ROOT, 'dist'), join(image, 'opt/hvgate'), { recursive: true });
    const repo = await mkdtemp(join(tmpdir(), 'hvgate-repo-'));
    await cp(join(ROOT, 'examples/terraform'), repo, { recursive: true });
    const node = (...args: string[]) =>
      spawnSync(process.execPath, [join(image, 'opt/hvgate/cli.js'), ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(node('check', '--config', 'hvgate.yml', '--compact').stdout).toMatch(/Gate: PASSED/);
    expect(node('explain', 'HVB007').stdout).toMatch(/^# HVB007 passthrough-disk/);
    expect(node('--help').status).toBe(0);
  });
});

describe('the pre-commit hook', () => {
  test('.pre-commit-hooks.yaml runs hvgate check over the whole estate when a definition changes', async () => {
    const { parse } = await import('yaml');
    const hooks = parse(await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
      pass_filenames: boolean;
    }[];
    expect(hooks.map((h) => h.id)).toEqual(['hvgate']);
    const [hook] = hooks;
    expect(hook).toMatchObject({ entry: 'hvgate check --compact', language: 'node', pass_filenames: false });
    const files = new RegExp(hook?.files ?? '');
    for (const name of ['vms/a.yaml', 'vms/a.yml', 'jobs.json', 'main.tf', 'prod.tfvars', 'main.tofu']) expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'script.ps1']) expect(files.test(name), name).toBe(false);
  });
});
