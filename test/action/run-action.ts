/**
 * Runs the bundled Action (`dist/index.js`) as a child process the way the runner does: inputs as
 * `INPUT_<NAME>` variables, the event payload in a file, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * files, and the GitHub API at the loopback fake.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));
const EVENT_TEMPLATE = fileURLToPath(new URL('../fixtures/github/pull_request.synchronize.json', import.meta.url));

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** Exactly what the step wrote to `GITHUB_OUTPUT`. */
  readonly outputFile: string;
  /** Exactly what the step wrote to `GITHUB_STEP_SUMMARY`. */
  readonly summary: string;
}

export interface ActionInvocation {
  readonly cwd: string;
  readonly apiUrl: string;
  readonly eventName: string;
  /** The event payload, written to the file `GITHUB_EVENT_PATH` names. */
  readonly event: unknown;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly sha?: string;
}

/** The pull_request.synchronize fixture with the commits of a test repository filled in. */
export function pullRequestEvent(shas: { base: string; head: string }, headRepo = 'octo-org/hyperv-estate'): unknown {
  const text = readFileSync(EVENT_TEMPLATE, 'utf8')
    .replaceAll('__BASE_SHA__', shas.base)
    .replaceAll('__BEFORE_SHA__', shas.base)
    .replaceAll('__HEAD_SHA__', shas.head)
    .replaceAll('__HEAD_REPO__', headRepo);
  return JSON.parse(text);
}

/** The defaults `action.yml` declares; the runner passes them as inputs when the workflow does not. */
const DEFAULT_INPUTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries((parse(readFileSync(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([name, input]) => [
    name,
    // `${{ github.token }}` is the runner's to expand; the tests' token stands in for it.
    name === 'github-token' ? 'ghs_fake_token_for_tests' : (input.default ?? ''),
  ]),
);

export function runAction(invocation: ActionInvocation): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'hvgate-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const outputPath = join(runnerTemp, 'output');
  const summaryPath = join(runnerTemp, 'step_summary');
  writeFileSync(eventPath, JSON.stringify(invocation.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...DEFAULT_INPUTS, ...invocation.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: invocation.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/hyperv-estate',
    GITHUB_API_URL: invocation.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: invocation.sha ?? '0'.repeat(40),
    GITHUB_WORKSPACE: invocation.cwd,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
  };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [ACTION], { cwd: invocation.cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        rmSync(runnerTemp, { recursive: true, force: true });
        reject(error instanceof Error ? error : new Error(error.message));
        return;
      }
      const run: ActionRun = {
        code: typeof error?.code === 'number' ? error.code : 0,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        outputFile: readFileSync(outputPath, 'utf8'),
        summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
      };
      rmSync(runnerTemp, { recursive: true, force: true });
      resolve(run);
    });
  });
}

/** `name<<DELIMITER\nvalue\nDELIMITER\n`, as `core.setOutput` writes it. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Workflow commands on stdout, outside `stop-commands` blocks: `{ command, properties, message }`. */
export function workflowCommands(stdout: string): { command: string; properties: Record<string, string>; message: string }[] {
  const out: { command: string; properties: Record<string, string>; message: string }[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    if (match[1] === 'stop-commands') {
      stopToken = match[3];
      continue;
    }
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [key, ...rest] = pair.split('=');
          return [key!, unescapeProperty(rest.join('='))];
        }),
    );
    out.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return out;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}
