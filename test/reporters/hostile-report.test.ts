/**
 * A report whose VM, job, disk and file names are all hostile, in every output: golden files show
 * each as a reader sees it, and each output's invariant is asserted on the whole text.
 */
import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/github/annotations.js';
import { planCheckAnnotations } from '../../src/github/check-annotations.js';
import { reporters } from '../../src/reporters/index.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { ANSI_COLOUR, ANY_CONTROL, CONTROL, hostileReport, INVISIBLE, outsideCodeSpans, XML_FORBIDDEN } from './hostile-names.js';

const report = hostileReport();

describe('hostile names in every report', () => {
  it('the text report: no workflow command, escape sequence or bidirectional control on any line', async () => {
    const text = reporters.text(report, { color: false });
    await expect(text).toMatchFileSnapshot('./__golden__/hostile.txt');
    for (const line of text.split('\n')) {
      expect(line).not.toMatch(/^[\s\u0085]*::/);
      expect(line).not.toContain('##[');
    }
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toMatch(INVISIBLE);
    expect(reporters.text(report, { color: true }).replace(ANSI_COLOUR, '')).toBe(text);
  });

  it('the Markdown summary: no HTML, marker, mention, link or bare URL from a name', async () => {
    const markdown = renderMarkdown(report, { marker: '<!-- hvgate:summary -->' });
    await expect(markdown).toMatchFileSnapshot('./__golden__/hostile.md');
    const interpreted = outsideCodeSpans(markdown);
    expect(markdown.match(/<!-- hvgate:summary -->/g)).toHaveLength(1);
    expect(interpreted).not.toMatch(/(?<!\\)<(?!!-- hvgate:summary -->|\/?details>|\/?summary>)/);
    expect(interpreted).not.toMatch(/@(?!&#8203;)/);
    expect(interpreted.replace(/\]\((https:\/\/github\.com\/hyperv-backup-gate\/[^)\s]+)\)/g, '')).not.toMatch(/https?:|www\./);
  });

  it('SARIF: square brackets in messages escaped (validity: sarif.test.ts)', async () => {
    const sarif = reporters.sarif(report, {});
    await expect(sarif).toMatchFileSnapshot('./__golden__/hostile.sarif');
    const log = JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] };
    for (const result of log.runs[0]!.results) expect(result.message.text.replace(/\\[[\]]/g, '')).not.toMatch(/[[\]]/);
  });

  it('JUnit XML: well-formed, every name escaped', async () => {
    const xml = reporters.junit(report, {});
    await expect(xml).toMatchFileSnapshot('./__golden__/hostile.junit.xml');
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toContain('<img');
  });

  it('annotations: no control or bidirectional character in a message, title or file', async () => {
    const workflow = selectAnnotations(report.findings, (file) => file);
    const check = planCheckAnnotations(report.findings, { repoPath: (file) => file }).batches.flat();
    await expect(JSON.stringify({ workflow, check }, null, 2) + '\n').toMatchFileSnapshot('./__golden__/hostile.annotations.json');
    for (const a of workflow) {
      expect(a.message).not.toMatch(CONTROL);
      expect(`${a.title ?? ''}${a.file ?? ''}`).not.toMatch(ANY_CONTROL);
      expect(`${a.message}${a.title ?? ''}${a.file ?? ''}`).not.toMatch(INVISIBLE);
    }
    for (const a of check) {
      expect(`${a.title}${a.message}${a.raw_details ?? ''}`).not.toMatch(CONTROL);
      expect(`${a.title}${a.message}${a.raw_details ?? ''}`).not.toMatch(INVISIBLE);
    }
  });
});
