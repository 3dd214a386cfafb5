/**
 * The hostile corpus's `output` class through every output format of the CLI (`check` and `plan`):
 * whatever a case names, no report line is a workflow command or carries a control character, no
 * Markdown from a name becomes a tag, mention or link, and no SARIF message gains an embedded link.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { policies } from '../../policies/index.js';
import { main } from '../../src/cli/main.js';
import { CaseRepository, loadCorpus, TODAY } from '../hostile/corpus.js';
import { CONTROL, INVISIBLE, outsideCodeSpans } from './hostile-names.js';

const cases = loadCorpus().filter((c) => c.id.startsWith('output/'));
const repositories: CaseRepository[] = [];
afterAll(() => {
  for (const repository of repositories) repository.dispose();
});

async function run(repository: CaseRepository, argv: readonly string[]): Promise<string> {
  let stdout = '';
  await main(
    [...argv, '--no-color', '--today', TODAY],
    { cwd: repository.dir, env: process.env, stdout: (t) => (stdout += t), stderr: () => undefined, stdoutIsTTY: false, today: TODAY },
    policies,
  );
  expect(stdout.length).toBeGreaterThan(0);
  return stdout;
}

function expectInertLog(text: string): void {
  for (const line of text.split(/\r\n|\r|\n/)) {
    expect(line).not.toMatch(/^[\s\u0085]*::/);
    expect(line).not.toContain('##[');
  }
  expect(text).not.toMatch(CONTROL);
  expect(text).not.toMatch(INVISIBLE);
}

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, hostileCase) => {
  const repository = new CaseRepository(hostileCase);
  repositories.push(repository);

  it('text, from check and from plan', async () => {
    expectInertLog(await run(repository, ['check', '--format', 'text']));
    expectInertLog(await run(repository, ['plan', '--base', 'main~1', '--head', 'main', '--format', 'text']));
  });

  it('Markdown', async () => {
    const markdown = outsideCodeSpans(await run(repository, ['check', '--format', 'markdown']));
    expect(markdown).not.toMatch(/(?<!\\)<(?!\/?details>|\/?summary>)/);
    expect(markdown).not.toMatch(/@(?!&#8203;)/);
    expect(markdown).not.toMatch(/(?<![&\\])#\d/);
    expect(markdown.replace(/\]\((https:\/\/github\.com\/hyperv-backup-gate\/[^)\s]+)\)/g, '')).not.toMatch(/https?:|www\./);
  });

  it('SARIF and JUnit', async () => {
    const sarif = JSON.parse(await run(repository, ['check', '--format', 'sarif'])) as { runs: { results: { message: { text: string } }[] }[] };
    for (const result of sarif.runs[0]!.results) expect(result.message.text.replace(/\\[[\]]/g, '')).not.toMatch(/[[\]]/);
    const junit = await run(repository, ['check', '--format', 'junit']);
    expect(junit).not.toMatch(/<(?!\/?(?:testsuites|testsuite|testcase|failure|skipped|properties|property|system-out)[\s>/]|\?xml)/);
  });
});
