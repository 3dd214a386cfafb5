/**
 * The CI recipes under examples/ci/: each test takes the commands a recipe contains, exactly as
 * written, and runs them in a git repository with that CI's variables set, then checks the files the
 * recipe hands to the CI (reports, artifacts). The package is not published from here, so `npx` is a
 * stand-in that checks the package the recipe names and runs this checkout's dist/cli.js.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseSarif } from '../support/reports.js';
import { CLI, ROOT } from './run-cli.js';

const RECIPES = join(ROOT, 'examples/ci');
const recipe = (name: string) => readFile(join(RECIPES, name), 'utf8');

const cleanVm = `apiVersion: hvgate/v1
kind: VirtualMachine
metadata: { name: ok-01 }
spec:
  configurationPath: D:\\VMs
  disks:
    - { name: os, path: D:\\VMs\\ok-01.vhdx }
`;
const passThroughVm = `apiVersion: hvgate/v1
kind: VirtualMachine
metadata: { name: file-09 }
spec:
  configurationPath: D:\\VMs
  disks:
    - { name: os, path: D:\\VMs\\file-09.vhdx }
    - { name: archive, passThrough: { diskNumber: 3 } }
`;

interface Fixture {
  /** The repository, checked out on the change (branch `change`, one commit ahead of `main`). */
  readonly dir: string;
  /** The commit `main` is at: the change's base. */
  readonly baseSha: string;
  readonly bin: string;
  readonly npxLog: string;
}

let version = '';

beforeAll(async () => {
  version = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
});

/** A repository whose `main` passes and whose `change` branch adds a VM with a pass-through disk; npx and hvgate on PATH. */
async function fixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'hvgate-recipe-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  await mkdir(join(dir, 'infra'), { recursive: true });
  await writeFile(join(dir, 'infra/ok-01.yaml'), cleanVm);
  git('add', '.');
  git('commit', '-q', '-m', 'estate');
  const baseSha = git('rev-parse', 'HEAD');
  git('update-ref', 'refs/remotes/origin/main', baseSha);
  git('checkout', '-q', '-b', 'change');
  await writeFile(join(dir, 'infra/file-09.yaml'), passThroughVm);
  git('add', '.');
  git('commit', '-q', '-m', 'file server');

  const bin = await mkdtemp(join(tmpdir(), 'hvgate-recipe-bin-'));
  const npxLog = join(bin, 'npx.log');
  await writeFile(
    join(bin, 'npx'),
    `#!/bin/sh
# npx stand-in: the recipe's package, run from this checkout.
if [ "$1" != "--yes" ]; then echo "npx stand-in: expected --yes first, got $1" >&2; exit 99; fi
echo "$2" >> "${npxLog}"
case "$2" in hyperv-backup-gate@*) ;; *) echo "npx stand-in: unexpected package $2" >&2; exit 99;; esac
shift 2
exec "${process.execPath}" "${CLI}" "$@"
`,
  );
  await writeFile(join(bin, 'hvgate'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  await chmod(join(bin, 'npx'), 0o755);
  await chmod(join(bin, 'hvgate'), 0o755);
  return { dir, baseSha, bin, npxLog };
}

/** Runs one recipe command as the CI's shell would, with only the CI's variables set. */
function run(f: Fixture, command: string, variables: Record<string, string>, branch: 'change' | 'main' = 'change') {
  execFileSync('git', ['checkout', '-q', branch], { cwd: f.dir });
  return spawnSync('bash', ['-eo', 'pipefail', '-c', command], {
    cwd: f.dir,
    encoding: 'utf8',
    env: { PATH: `${f.bin}:${process.env.PATH ?? ''}`, HOME: f.dir, ...variables },
  });
}

/** The package every npx call named pins this release line (`@0.1` for 0.1.x). */
async function expectPinnedToThisRelease(f: Fixture, calls: number) {
  const specs = (await readFile(f.npxLog, 'utf8')).trim().split('\n');
  expect(specs).toHaveLength(calls);
  for (const spec of specs) {
    const range = spec.slice('hyperv-backup-gate@'.length);
    expect(`${version}.`.startsWith(`${range}.`), `${spec} for version ${version}`).toBe(true);
  }
}

async function expectReports(f: Fixture, files: { junit?: string; sarif?: string; gitlab?: string }) {
  if (files.junit !== undefined) {
    const junit = await readFile(join(f.dir, files.junit), 'utf8');
    expect(junit).toMatch(/^<\?xml[^>]*\?>\s*<testsuites\b/);
  }
  if (files.sarif !== undefined) expect(parseSarif(await readFile(join(f.dir, files.sarif), 'utf8')).version).toBe('2.1.0');
  if (files.gitlab !== undefined) expect(Array.isArray(JSON.parse(await readFile(join(f.dir, files.gitlab), 'utf8')))).toBe(true);
}

/** The pull request is blocked for the pass-through disk it adds; the branch build of main passes. */
function expectVerdicts(change: ReturnType<typeof run>, main: ReturnType<typeof run>) {
  expect(change.stderr).toBe('');
  expect(change.status, change.stdout).toBe(1);
  expect(change.stdout).toMatch(/HVB007/);
  expect(main.stderr).toBe('');
  expect(main.status, main.stdout).toBe(0);
}

async function clearReports(f: Fixture, ...files: string[]) {
  for (const file of files) await rm(join(f.dir, file), { force: true });
}

describe('examples/ci', () => {
  test('GitLab CI: merge request pipelines plan with Code Quality and JUnit reports; the default branch checks', async () => {
    const f = await fixture();
    const config = parse(await recipe('gitlab-ci.yml')) as Record<
      string,
      { extends?: string; rules?: { if: string }[]; script?: string[]; artifacts?: { reports: { codequality: string; junit: string }; paths: string[] } }
    >;
    const artifacts = config['.hvgate']?.artifacts;
    expect(artifacts).toBeDefined();
    const plan = config['hvgate-plan'];
    const check = config['hvgate-check'];
    expect(plan?.rules?.[0]?.if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(check?.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    const files = { junit: artifacts?.reports.junit ?? '', gitlab: artifacts?.reports.codequality ?? '', sarif: artifacts?.paths[0] ?? '' };

    const mr = {
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: f.baseSha,
      CI_DEFAULT_BRANCH: 'main',
    };
    const change = run(f, (plan?.script ?? []).join('\n'), mr);
    await expectReports(f, files);
    const codeQuality = JSON.parse(await readFile(join(f.dir, files.gitlab), 'utf8')) as { check_name: string; location: { path: string } }[];
    expect(codeQuality.some((issue) => issue.check_name.startsWith('HVB007') && issue.location.path === 'infra/file-09.yaml')).toBe(true);
    await clearReports(f, files.junit, files.gitlab, files.sarif);
    const main = run(
      f,
      (check?.script ?? []).join('\n'),
      { GITLAB_CI: 'true', CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
      'main',
    );
    await expectReports(f, files);
    expectVerdicts(change, main);
    await expectPinnedToThisRelease(f, 2);
  });

  test('Azure Pipelines: pull request builds plan, JUnit to PublishTestResults, SARIF as the CodeAnalysisLogs artifact', async () => {
    const f = await fixture();
    const pipeline = parse(await recipe('azure-pipelines.yml')) as {
      steps: { bash?: string; condition?: string; task?: string; inputs?: Record<string, string> }[];
    };
    const scripts = pipeline.steps.filter((s) => s.bash !== undefined);
    const forPr = scripts.find((s) => s.condition === "eq(variables['Build.Reason'], 'PullRequest')");
    const otherwise = scripts.find((s) => s.condition === "ne(variables['Build.Reason'], 'PullRequest')");
    const junit = pipeline.steps.find((s) => s.task === 'PublishTestResults@2')?.inputs;
    const sarif = pipeline.steps.find((s) => s.task === 'PublishBuildArtifacts@1')?.inputs;
    expect(junit?.testResultsFormat).toBe('JUnit');
    expect(sarif?.ArtifactName).toBe('CodeAnalysisLogs');
    const files = { junit: junit?.testResultsFiles ?? '', sarif: sarif?.PathtoPublish ?? '' };

    const pr = { TF_BUILD: 'True', BUILD_REASON: 'PullRequest', SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main', BUILD_SOURCEBRANCH: 'refs/pull/7/merge' };
    const change = run(f, forPr?.bash ?? 'false', pr);
    await expectReports(f, files);
    await clearReports(f, files.junit, files.sarif);
    const main = run(f, otherwise?.bash ?? 'false', { TF_BUILD: 'True', BUILD_REASON: 'IndividualCI', BUILD_SOURCEBRANCH: 'refs/heads/main' }, 'main');
    await expectReports(f, files);
    expectVerdicts(change, main);
    // A GitHub repository's pull requests name the target branch without refs/heads/.
    expect(run(f, forPr?.bash ?? 'false', { ...pr, SYSTEM_PULLREQUEST_TARGETBRANCH: 'main' }).status).toBe(1);
    await expectPinnedToThisRelease(f, 3);
  });

  test('Jenkins: change requests plan against CHANGE_TARGET; junit and recordIssues get the files', async () => {
    const f = await fixture();
    const jenkinsfile = await recipe('Jenkinsfile');
    const commands = [...jenkinsfile.matchAll(/\bsh '([^']*)'/g)].map((m) => m[1] ?? '');
    expect(commands).toHaveLength(2);
    expect(jenkinsfile).toMatch(/if \(env\.CHANGE_TARGET\) \{\s*sh '[^']*plan /);
    const junit = /junit testResults: '([^']+)'/.exec(jenkinsfile)?.[1] ?? '';
    const sarif = /recordIssues tool: sarif\(pattern: '([^']+)'/.exec(jenkinsfile)?.[1] ?? '';

    const change = run(f, commands[0] ?? 'false', { JENKINS_URL: 'https://ci.example.com/', CHANGE_ID: '7', CHANGE_TARGET: 'main', BRANCH_NAME: 'PR-7' });
    await expectReports(f, { junit, sarif });
    await clearReports(f, junit, sarif);
    const main = run(f, commands[1] ?? 'false', { JENKINS_URL: 'https://ci.example.com/', BRANCH_NAME: 'main' }, 'main');
    await expectReports(f, { junit, sarif });
    expectVerdicts(change, main);
    await expectPinnedToThisRelease(f, 2);
  });

  test('Bitbucket Pipelines: pull requests plan against the destination branch; JUnit under test-results/', async () => {
    const f = await fixture();
    const pipelines = parse(await recipe('bitbucket-pipelines.yml'), { merge: true }) as {
      pipelines: { 'pull-requests': Record<string, { step: { script: string[] } }[]>; branches: Record<string, { step: { script: string[] } }[]> };
    };
    const prScript = pipelines.pipelines['pull-requests']['**']?.[0]?.step.script ?? [];
    const mainScript = pipelines.pipelines.branches.main?.[0]?.step.script ?? [];
    const junit = 'test-results/hvgate.xml';

    const change = run(f, prScript.join('\n'), {
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '7',
      BITBUCKET_PR_ID: '7',
      BITBUCKET_PR_DESTINATION_BRANCH: 'main',
      BITBUCKET_BRANCH: 'change',
    });
    await expectReports(f, { junit });
    await clearReports(f, junit);
    const main = run(f, mainScript.join('\n'), { CI: 'true', BITBUCKET_BUILD_NUMBER: '8', BITBUCKET_BRANCH: 'main' }, 'main');
    await expectReports(f, { junit });
    expectVerdicts(change, main);
    await expectPinnedToThisRelease(f, 2);
  });

  test('pre-commit: the configuration names this repository, a tag of this version and the hook; the hook blocks the change', async () => {
    const f = await fixture();
    const config = parse(await recipe('pre-commit-config.yaml')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const [entry] = config.repos;
    expect(entry?.repo).toBe('https://github.com/hyperv-backup-gate/hyperv-backup-gate');
    expect(entry?.rev).toBe(`v${version}`);
    const hooks = parse(await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; pass_filenames: boolean }[];
    const hook = hooks.find((h) => h.id === entry?.hooks[0]?.id);
    expect(hook?.pass_filenames).toBe(false);
    // pre-commit runs the entry with the hook's bin on PATH, in the repository's root.
    const change = run(f, hook?.entry ?? 'false', { PRE_COMMIT: '1' });
    const main = run(f, hook?.entry ?? 'false', { PRE_COMMIT: '1' }, 'main');
    expectVerdicts(change, main);
  });

  test('GitHub workflow: pull requests plan into code scanning; upload-sarif has security-events: write and actions: read', async () => {
    const f = await fixture();
    const workflow = parse(await recipe('github-workflow.yml')) as {
      permissions: Record<string, string>;
      jobs: { hvgate: { steps: { if?: string; run?: string; uses?: string; with?: Record<string, string | number> }[] } };
    };
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const steps = workflow.jobs.hvgate.steps;
    const forPr = steps.find((s) => s.run !== undefined && s.if === "github.event_name == 'pull_request'");
    const otherwise = steps.find((s) => s.run !== undefined && s.if === "github.event_name != 'pull_request'");
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toBe('always()');
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const sarif = String(upload?.with?.sarif_file);

    const actions = { GITHUB_ACTIONS: 'true', CI: 'true' };
    const change = run(f, forPr?.run ?? 'false', { ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'change' });
    const log = parseSarif(await readFile(join(f.dir, sarif), 'utf8'));
    expect(log.runs[0]?.results?.map((r) => r.ruleId)).toContain('HVB007');
    await clearReports(f, sarif);
    const main = run(f, otherwise?.run ?? 'false', { ...actions, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, 'main');
    await expectReports(f, { sarif });
    expectVerdicts(change, main);
    await expectPinnedToThisRelease(f, 2);
  });

  test('every recipe has its test: the folder holds exactly these files', async () => {
    expect((await readdir(RECIPES)).sort()).toEqual(
      ['Jenkinsfile', 'README.md', 'azure-pipelines.yml', 'bitbucket-pipelines.yml', 'github-workflow.yml', 'gitlab-ci.yml', 'pre-commit-config.yaml'].sort(),
    );
  });
});
