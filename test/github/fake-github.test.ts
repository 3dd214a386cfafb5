/**
 * The fake must be able to fail: requests GitHub would reject are rejected and recorded as
 * violations, so a passing Action test means GitHub would have accepted what the Action sent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPullRequest({ number: 7, headSha: 'b'.repeat(40), files: [{ filename: 'vms/a.yaml', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }] });
});
afterEach(() => fake.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; data: unknown; link: string | null }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: 'token test', 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, data: await response.json().catch(() => undefined), link: response.headers.get('link') };
}

const REPO = '/repos/octo-org/hyperv-estate';

describe('fake GitHub: schema validation', () => {
  it('accepts a valid review and records it', async () => {
    const r = await call('POST', `${REPO}/pulls/7/reviews`, {
      commit_id: 'b'.repeat(40),
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'vms/a.yaml', line: 2, side: 'RIGHT', body: 'y' }],
    });
    expect(r.status).toBe(200);
    expect(fake.violations).toEqual([]);
    expect(fake.reviewComments).toHaveLength(1);
  });

  it('rejects an unknown body property, a wrong enum and a wrong type', async () => {
    const r = await call('POST', `${REPO}/pulls/7/reviews`, { event: 'LGTM', body: 1, comments: [{ path: 'vms/a.yaml', line: 2, sid: 'RIGHT', body: 'y' }] });
    expect(r.status).toBe(422);
    expect(fake.violations.join('\n')).toMatch(/event must be equal to one of the allowed values/);
    expect(fake.violations.join('\n')).toMatch(/body\/body must be string/);
    expect(fake.violations.join('\n')).toMatch(/additional properties \(sid\)/);
  });

  it('rejects per_page above 100, a non-integer path parameter and unknown query parameters', async () => {
    await call('GET', `${REPO}/pulls/7/files?per_page=101`);
    await call('GET', `${REPO}/pulls/seven/files`);
    await call('GET', `${REPO}/issues/7/comments?perpage=100`);
    expect(fake.violations).toHaveLength(3);
  });

  it('answers 501 for an operation it does not model, and counts it as a violation', async () => {
    const r = await call('GET', `${REPO}/contents/README.md`);
    expect(r.status).toBe(501);
    expect(fake.violations).toHaveLength(1);
  });
});

describe('fake GitHub: rules the schema cannot express', () => {
  it('rejects a review comment outside every hunk, or on a file the pull request does not change', async () => {
    const outside = await call('POST', `${REPO}/pulls/7/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'vms/a.yaml', line: 9, side: 'RIGHT', body: 'y' }],
    });
    expect(outside.status).toBe(422);
    expect(JSON.stringify(outside.data)).toContain('must be part of the diff');
    const otherFile = await call('POST', `${REPO}/pulls/7/reviews`, { event: 'COMMENT', body: 'x', comments: [{ path: 'vms/b.yaml', line: 1, body: 'y' }] });
    expect(otherFile.status).toBe(422);
    expect(fake.reviews).toHaveLength(0);
    expect(fake.violations.join('\n')).toMatch(/Path could not be resolved/);
  });

  it("rejects an issue comment over 65,536 characters with GitHub's message, accepts one at the limit", async () => {
    const tooLong = await call('POST', `${REPO}/issues/7/comments`, { body: 'x'.repeat(65537) });
    expect(tooLong.status).toBe(422);
    expect(JSON.stringify(tooLong.data)).toContain('Body is too long (maximum is 65536 characters)');
    const atLimit = await call('POST', `${REPO}/issues/7/comments`, { body: 'x'.repeat(65536) });
    expect(atLimit.status).toBe(201);
  });

  it('rejects more than 50 check-run annotations per request', async () => {
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
    await call('POST', `${REPO}/check-runs`, {
      name: 'hvgate',
      head_sha: 'b'.repeat(40),
      output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
    });
    expect(fake.violations.join('\n')).toMatch(/annotations/);
  });

  it('paginates with Link headers', async () => {
    for (let i = 0; i < 5; i++) fake.addIssueComment(7, `c${i}`);
    const first = await call('GET', `${REPO}/issues/7/comments?per_page=2`);
    expect((first.data as unknown[]).length).toBe(2);
    expect(first.link).toMatch(/page=2>; rel="next"/);
    expect(first.link).toMatch(/page=3>; rel="last"/);
    const last = await call('GET', `${REPO}/issues/7/comments?per_page=2&page=3`);
    expect((last.data as unknown[]).length).toBe(1);
    expect(last.link).not.toMatch(/rel="next"/);
    expect(fake.violations).toEqual([]);
  });
});

describe('fake GitHub: check runs', () => {
  const annotation = (line: number) => ({
    path: 'vms/a.yaml',
    start_line: line,
    end_line: line,
    start_column: 1,
    end_column: 4,
    annotation_level: 'failure',
    message: `m${line}`,
    title: 'HVB007 passthrough-disk',
  });
  const create = (extra: Record<string, unknown> = {}) =>
    call('POST', `${REPO}/check-runs`, {
      name: 'hvgate',
      head_sha: 'b'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
      output: { title: 't', summary: 's' },
      ...extra,
    });

  it('creates a run, returns its id, and appends the annotations of every update', async () => {
    const created = await create({ output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)) } });
    expect(created.status).toBe(201);
    const id = (created.data as { id: number }).id;
    expect(created.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 50 } });
    const updated = await call('PATCH', `${REPO}/check-runs/${id}`, { output: { title: 't', summary: 's', annotations: [annotation(51), annotation(52)] } });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id, status: 'completed', conclusion: 'failure', output: { annotations_count: 52 } });
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]!.annotations.map((a) => a.message)).toEqual(Array.from({ length: 52 }, (_, i) => `m${i + 1}`));
    expect(fake.violations).toEqual([]);
  });

  it("rejects a completed status without a conclusion, on create (semantic rule) and update (the schema's anyOf)", async () => {
    const created = await create({ conclusion: undefined });
    expect(created.status).toBe(422);
    const ok = await create();
    const id = (ok.data as { id: number }).id;
    const updated = await call('PATCH', `${REPO}/check-runs/${id}`, { status: 'completed' });
    expect(updated.status).toBe(422);
    expect(fake.violations.join('\n')).toMatch(/conclusion is required/);
    expect(fake.violations.join('\n')).toMatch(/must match a schema in anyOf/);
  });

  it('rejects a wrong level, a summary over 65,535 characters, a title over 255, columns across lines and an unknown run', async () => {
    expect((await create({ output: { title: 't', summary: 's', annotations: [{ ...annotation(1), annotation_level: 'error' }] } })).status).toBe(422);
    expect((await create({ output: { title: 't', summary: 'x'.repeat(65536) } })).status).toBe(422);
    expect((await create({ output: { title: 't', summary: 's', annotations: [{ ...annotation(1), title: 'x'.repeat(256) }] } })).status).toBe(422);
    expect((await create({ output: { title: 't', summary: 's', annotations: [{ ...annotation(1), end_line: 2 }] } })).status).toBe(422);
    expect((await call('PATCH', `${REPO}/check-runs/999999`, { output: { summary: 's' } })).status).toBe(404);
    const text = fake.violations.join('\n');
    expect(text).toMatch(/annotation_level must be equal to one of the allowed values/);
    expect(text).toMatch(/summary must NOT have more than 65535 characters/);
    expect(text).toMatch(/title longer than 255 characters/);
    expect(text).toMatch(/columns are only allowed when start_line equals end_line/);
    expect(fake.checkRuns).toHaveLength(0);
  });
});

describe('fake GitHub: its own answers', () => {
  it('validates a check-run answer against the response schema, so a drifting fake fails its tests', async () => {
    const created = await call('POST', `${REPO}/check-runs`, {
      name: 'hvgate',
      head_sha: 'b'.repeat(40),
      status: 'in_progress',
      output: { title: 't', summary: 's' },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ conclusion: null, status: 'in_progress' });
    expect(fake.violations).toEqual([]);
    fake.checkRuns[0]!.status = 'finished';
    await call('PATCH', `${REPO}/check-runs/${fake.checkRuns[0]!.id}`, { output: { summary: 's' } });
    expect(fake.violations).toEqual([`PATCH ${REPO}/check-runs/${fake.checkRuns[0]!.id}: fake's response/status must be equal to one of the allowed values`]);
  });
});
