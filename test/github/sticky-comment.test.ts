/** The sticky summary comment through the real client against the GitHub stand-in: found across pages, updated in place, not rewritten when unchanged. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/octokit.js';
import { SUMMARY_MARKER, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { silentLogger } from '../../src/github/logger.js';
import { errors, FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const pr = () => ({ owner: fake.owner, repo: fake.repo, number: 5 });
const client = () => createClient({ token: 'ghs_test', baseUrl: fake.url, logger: silentLogger, userAgent: 'hvgate-test' });

describe('upsertStickyComment', () => {
  it('finds its comment on the third page of 250 and updates it in place', async () => {
    for (let i = 0; i < 230; i++) fake.addIssueComment(5, `discussion ${i}`);
    const ours = fake.addIssueComment(5, `${SUMMARY_MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    for (let i = 0; i < 19; i++) fake.addIssueComment(5, `more ${i}`);
    const result = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nnew`);
    expect(result).toEqual({ id: ours.id, action: 'updated' });
    expect(fake.calls('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(fake.issueComments.find((c) => c.id === ours.id)!.body).toBe(`${SUMMARY_MARKER}\nnew`);
    expect(fake.calls('issues/create-comment')).toHaveLength(0);
  });

  it('creates the comment when none carries the marker, then leaves an unchanged body alone', async () => {
    fake.addIssueComment(5, `quoting: ${SUMMARY_MARKER}`);
    const first = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nbody`);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nbody`);
    expect(second).toEqual({ id: first.id, action: 'unchanged' });
    expect(fake.calls('issues/update-comment')).toHaveLength(0);
  });

  it("prefers the bot's comment over a person's that starts with the marker", async () => {
    fake.addIssueComment(5, `${SUMMARY_MARKER}\ncopied by hand`);
    const bot = fake.addIssueComment(5, `${SUMMARY_MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    expect((await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nnew`)).id).toBe(bot.id);
  });

  it('refuses a body over 65,536 characters before sending it', async () => {
    await expect(upsertStickyComment(client(), pr(), 'x'.repeat(65537))).rejects.toThrow(/65537 characters/);
    expect(fake.requests).toHaveLength(0);
  });

  it('retries a 502 and reports a read-only token as a 403', async () => {
    fake.inject('issues/list-comments', errors.serverError(502));
    expect((await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nx`)).action).toBe('created');
    expect(fake.calls('issues/list-comments').map((r) => r.status)).toEqual([502, 200]);
    fake.readOnly = true;
    await expect(upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\ny`)).rejects.toMatchObject({ status: 403 });
  });
});
