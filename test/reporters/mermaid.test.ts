/**
 * The blast-radius diagram, read back by Mermaid's own parser (the one GitHub renders with): every
 * name, however hostile, stays inside its label, so the diagram has exactly the nodes, edges, classes
 * and configuration the gate wrote, no click handler, and each label shows the name as written.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobResult } from '../../src/core/policy.js';
import { LABEL_CHARACTERS, mermaidLabel } from '../../src/reporters/escape/mermaid.js';
import { blastGraph, GRAPH_MEMBER_LIMIT } from '../../src/reporters/markdown/blast-graph.js';
import { HOSTILE_NAMES } from './hostile-names.js';
import { job } from './fixture.js';

interface Vertex {
  readonly text: string;
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getEdges(): { start: string; end: string; text: string }[];
  getClasses(): Map<string, unknown>;
  getTooltip(id: string): string | undefined;
  funs: unknown[];
}
interface Mermaid {
  initialize(config: object): void;
  parse(text: string): Promise<{ diagramType: string; config: object }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
}

let mermaid: Mermaid;
beforeAll(async () => {
  // Mermaid sanitizes labels with DOMPurify, which needs a DOM; the parser itself needs nothing else.
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

/** What Mermaid shows for a label: its entity codes (`#34;`, kept as placeholders by the parser) decoded, the ends trimmed. */
function shown(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).trim();
}

/** What a label shows of a name: control characters as spaces, layout controls dropped, long names cut. */
function expectedLabel(name: string): string {
  const chars = Array.from(name.replace(/\p{Cc}/gu, ' ').replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, ''));
  return chars.length > LABEL_CHARACTERS ? `${chars.slice(0, LABEL_CHARACTERS - 1).join('')}…` : chars.join('');
}

function trimmed(text: string): string {
  return text.trim();
}

function failingJob(name: string, failing: string[], lost: string[], missing: string[]): JobResult {
  const backupJob = job(name, 'defs/jobs.yaml', 1, [...failing, ...lost, ...missing]);
  return {
    job: backupJob,
    members: [...failing, ...lost],
    failing,
    missing: missing.map((m) => ({ name: m, at: backupJob.at })),
    fails: true,
  };
}

async function parsed(result: JobResult, cause: string | undefined) {
  const lines = blastGraph(result, 0, () => cause)!;
  expect(lines[0]).toBe('```mermaid');
  expect(lines.at(-1)).toBe('```');
  const text = lines.slice(1, -1).join('\n');
  const { diagramType, config } = await mermaid.parse(text);
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  return { diagramType, config, db };
}

describe('the blast-radius diagram in Mermaid', () => {
  // What Mermaid registers for a diagram without any click statement, to compare against.
  let baselineFunctions = 0;
  beforeAll(async () => {
    baselineFunctions = (await parsed(failingJob('plain', ['a'], ['b'], []), undefined)).db.funs.length;
  });

  it.each(HOSTILE_NAMES.map((name) => [JSON.stringify(name), name] as const))(
    'holds %s as a job, a failing VM, a cause, a member and a missing VM',
    async (_, name) => {
      const result = failingJob(name, [`${name} fails`], [name, 'plain-member'], [`${name} missing`]);
      const { diagramType, config, db } = await parsed(result, name);
      expect(diagramType).toBe('flowchart-v2');
      expect(config).toEqual({});
      const vertices = db.getVertices();
      expect([...vertices.keys()].sort()).toEqual(['j0', 'j0f0', 'j0m0', 'j0m1', 'j0x0']);
      expect(shown(vertices.get('j0')!.text)).toBe(trimmed(expectedLabel(`backup job ${name} fails`)));
      expect(shown(vertices.get('j0f0')!.text)).toBe(trimmed(`${expectedLabel(`${name} fails`)}: ${expectedLabel(name)}`));
      expect(shown(vertices.get('j0m0')!.text)).toBe(trimmed(expectedLabel(name)));
      expect(shown(vertices.get('j0m1')!.text)).toBe('plain-member');
      expect(shown(vertices.get('j0x0')!.text)).toBe(trimmed(`${expectedLabel(`${name} missing`)}: not defined`));
      expect(db.getEdges().map((e) => [e.start, e.end, e.text])).toEqual([
        ['j0f0', 'j0', 'cannot be snapshotted'],
        ['j0x0', 'j0', 'listed'],
        ['j0', 'j0m0', 'no backup'],
        ['j0', 'j0m1', 'no backup'],
      ]);
      expect([...db.getClasses().keys()].sort()).toEqual(['cause', 'default', 'job', 'lost'].filter((c) => db.getClasses().has(c)).sort());
      expect(db.funs).toHaveLength(baselineFunctions);
      for (const id of vertices.keys()) expect(db.getTooltip(id)).toBeUndefined();
    },
  );

  it('keeps labels to letters, digits, spaces and plain punctuation, everything else as entity codes', () => {
    expect(mermaidLabel('web-01 "]; click')).toBe('web-01 #34;#93;#59; click');
    expect(mermaidLabel('%%{init}%%')).toBe('#37;#37;#123;init#125;#37;#37;');
    expect(mermaidLabel('Zürich 数据库_1.2,3')).toBe('Zürich 数据库_1.2,3');
    expect(mermaidLabel('x'.repeat(100))).toBe(`${'x'.repeat(LABEL_CHARACTERS - 1)}#8230;`);
  });

  it('draws no job with more members than the limit; the table lists it instead', () => {
    const members = Array.from({ length: GRAPH_MEMBER_LIMIT }, (_, i) => `vm-${i}`);
    expect(blastGraph(failingJob('big', members.slice(0, 1), members.slice(1), []), 0, () => undefined)).toBeDefined();
    expect(blastGraph(failingJob('bigger', members.slice(0, 1), [...members.slice(1), 'one-more'], []), 0, () => undefined)).toBeUndefined();
  });
});
