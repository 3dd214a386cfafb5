/**
 * The escaping modules, one per kind of output, on every hostile name: a golden file shows what each
 * name becomes, and each kind's invariant is asserted on all of them (and on generated strings).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationLine, annotationMessage } from '../../src/reporters/escape/annotation.js';
import { code, inline, inlineWithin } from '../../src/reporters/escape/markdown.js';
import { sarifText } from '../../src/reporters/escape/sarif.js';
import { clean, inertLog } from '../../src/reporters/escape/terminal.js';
import { xmlAttribute, xmlText } from '../../src/reporters/escape/xml.js';
import { ANY_CONTROL, CONTROL, HOSTILE_NAMES, INVISIBLE, outsideCodeSpans } from './hostile-names.js';

/** `input → output`, one line each, both JSON-quoted so that every character is visible. */
function golden(escape: (text: string) => string): string {
  return HOSTILE_NAMES.map((name) => `${JSON.stringify(name)}\n  → ${JSON.stringify(escape(name))}`).join('\n') + '\n';
}

// A fixed seed keeps CI reproducible; a failure prints the counterexample to add to HOSTILE_NAMES.
fc.configureGlobal({ seed: 20261201, numRuns: 300 });

const arbitrary = fc.string({ unit: 'binary', maxLength: 60 });
const hostileMix = fc.array(fc.constantFrom(...HOSTILE_NAMES, ':', '#', '[', '@', ' ', '\n', '\u3000', 'x'), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(arbitrary, hostileMix);

describe('terminal and CI log', () => {
  it('shows control and layout characters as code points (golden)', async () => {
    await expect(golden(clean)).toMatchFileSnapshot('./__golden__/escape/terminal.txt');
  });

  it('leaves no line a workflow command, wherever an untrusted value lands on it', async () => {
    await expect(golden((name) => inertLog(`  ${clean(name)}`))).toMatchFileSnapshot('./__golden__/escape/log.txt');
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        for (const text of [inertLog(clean(a)), inertLog(`${clean(a)}\n${clean(b)}`), inertLog(`${a}\n  ${b}`)]) {
          for (const line of text.split(/\r\n|\r|\n/)) {
            expect(line).not.toMatch(/^[\s\u0085]*::/);
            expect(line).not.toContain('##[');
          }
        }
        const escaped = clean(a);
        expect(escaped).not.toMatch(ANY_CONTROL);
        expect(escaped).not.toMatch(INVISIBLE);
        expect(inertLog(inertLog(`${a}\n${b}`))).toBe(inertLog(`${a}\n${b}`));
      }),
    );
  });

  it('changes nothing in ordinary text', () => {
    const text = '  web-01  hv-prod-01 (2019)  online  nightly-prod\nC:\\VMs\\web-01: 3 warnings # a note [x]\n';
    expect(inertLog(text)).toBe(text);
    expect(clean('Zürich-db-ß 数据库-01')).toBe('Zürich-db-ß 数据库-01');
  });
});

describe('Markdown', () => {
  it('escapes inline text and code spans (golden)', async () => {
    await expect(golden(inline)).toMatchFileSnapshot('./__golden__/escape/markdown-inline.txt');
    await expect(golden(code)).toMatchFileSnapshot('./__golden__/escape/markdown-code.txt');
  });

  it('leaves no tag, link, image, mention, issue reference, bare URL or table column in inline text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = outsideCodeSpans(inline(text));
        expect(out).not.toMatch(/(?<!\\)[<>[\]|`*_~$]/);
        expect(out).not.toMatch(/@(?!&#8203;)/);
        expect(out).not.toMatch(/(?<!&)#(?=\d)/);
        expect(out).not.toMatch(/&(?!amp;|#8203;)/);
        expect(out).not.toMatch(/:\/\/|www\./i);
        expect(out).not.toMatch(/\n/);
        expect(out).not.toMatch(CONTROL);
        expect(out).not.toMatch(INVISIBLE);
      }),
    );
  });

  it('keeps a code span closed whatever it holds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const span = code(text);
        const fence = /^`+/.exec(span)![0];
        expect(span.endsWith(fence)).toBe(true);
        expect(span.slice(fence.length, -fence.length)).not.toContain(fence);
        expect(span).not.toMatch(/(?<!\\)\|/);
        expect(span).not.toMatch(/[\n\r]/);
      }),
    );
  });

  it('cuts long text to a limit before escaping it, so no escape is split', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 20, max: 200 }), (text, limit) => {
        const out = inlineWithin(text.repeat(20), limit);
        expect(out.length).toBeLessThanOrEqual(limit);
        expect(out).not.toMatch(/&#?\w*$/);
      }),
    );
    expect(inlineWithin('short', 100)).toBe('short');
  });
});

describe('annotations', () => {
  it('strip control and layout characters (golden)', async () => {
    await expect(golden((name) => `${annotationMessage(name)} | ${annotationLine(name)}`)).toMatchFileSnapshot('./__golden__/escape/annotation.txt');
    fc.assert(
      fc.property(anyText, (text) => {
        expect(annotationMessage(text)).not.toMatch(CONTROL);
        expect(annotationLine(text)).not.toMatch(ANY_CONTROL);
        expect(annotationLine(text)).not.toMatch(INVISIBLE);
      }),
    );
  });
});

describe('SARIF', () => {
  it('escapes square brackets in messages, so nothing reads as an embedded link (golden)', async () => {
    await expect(golden(sarifText)).toMatchFileSnapshot('./__golden__/escape/sarif.txt');
    fc.assert(
      fc.property(anyText, (text) => {
        expect(sarifText(text).replace(/\\[[\]]/g, '')).not.toMatch(/[[\]]/);
      }),
    );
  });

  it('shows bidirectional controls and line separators as their code point', () => {
    expect(sarifText('vm-\u202eexe.gpj')).toBe('vm-\\u202eexe.gpj');
    fc.assert(
      fc.property(anyText, (text) => {
        expect(sarifText(text)).not.toMatch(INVISIBLE);
      }),
    );
  });
});

describe('XML', () => {
  it('escapes text and attributes (golden)', async () => {
    await expect(golden((name) => `${xmlText(name)} | ${xmlAttribute(name)}`)).toMatchFileSnapshot('./__golden__/escape/xml.txt');
  });
});
