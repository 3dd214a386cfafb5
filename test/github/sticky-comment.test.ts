/** The sticky summary comment through the real client against the GitHub stand-in: found across pages, updated in place, not rewritten when unchanged. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/octokit.js';
import { SUMMARY_MARKER, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { silentLogger } from '../../src/github/logger.js';
import { ACTIONS_BOT, errors, FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const pr = () => ({ owner: fake.owner, repo: fake.repo, number: 5 });
const BOT = ACTIONS_BOT.login;
const client = () => createClient({ token: 'ghs_test', baseUrl: fake.url, logger: silentLogger, userAgent: 'hvgate-test' });

describe('upsertStickyComment', () => {
  it('finds its comment on the third page of 250 and updates it in place', async () => {
    for (let i = 0; i < 230; i++) fake.addIssueComment(5, `discussion ${i}`);
    const ours = fake.addIssueComment(5, `${SUMMARY_MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    for (let i = 0; i < 19; i++) fake.addIssueComment(5, `more ${i}`);
    const result = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nnew`, BOT);
    expect(result).toEqual({ id: ours.id, action: 'updated' });
    expect(fake.calls('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(fake.issueComments.find((c) => c.id === ours.id)!.body).toBe(`${SUMMARY_MARKER}\nnew`);
    expect(fake.calls('issues/create-comment')).toHaveLength(0);
  });

  it('creates the comment when none carries the marker, then leaves an unchanged body alone', async () => {
    fake.addIssueComment(5, `quoting: ${SUMMARY_MARKER}`);
    const first = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nbody`, BOT);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nbody`, BOT);
    expect(second).toEqual({ id: first.id, action: 'unchanged' });
    expect(fake.calls('issues/update-comment')).toHaveLength(0);
  });

  it("adopts only its own identity's comment: anyone else's with the marker is ignored and never edited", async () => {
    const person = fake.addIssueComment(5, `${SUMMARY_MARKER}\ncopied by hand`);
    const otherBot = fake.addIssueComment(5, `${SUMMARY_MARKER}\nfrom another app`, { login: 'other-app[bot]', type: 'Bot' });
    const created = await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nnew`, BOT);
    expect(created.action).toBe('created');
    expect(fake.calls('issues/update-comment')).toHaveLength(0);
    expect([person.body, otherBot.body]).toEqual([`${SUMMARY_MARKER}\ncopied by hand`, `${SUMMARY_MARKER}\nfrom another app`]);
    // An app token acts as its own bot, and finds the comment it wrote.
    fake.identity = { login: 'hvgate-app[bot]', type: 'Bot' };
    const app = fake.addIssueComment(5, `${SUMMARY_MARKER}\nold`, fake.identity);
    expect(await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nnewer`, 'HVGATE-APP[bot]')).toEqual({ id: app.id, action: 'updated' });
  });

  it('refuses a body over 65,536 characters before sending it', async () => {
    await expect(upsertStickyComment(client(), pr(), 'x'.repeat(65537), BOT)).rejects.toThrow(/65537 characters/);
    expect(fake.requests).toHaveLength(0);
  });

  it('retries a 502 and reports a read-only token as a 403', async () => {
    fake.inject('issues/list-comments', errors.serverError(502));
    expect((await upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\nx`, BOT)).action).toBe('created');
    expect(fake.calls('issues/list-comments').map((r) => r.status)).toEqual([502, 200]);
    fake.readOnly = true;
    await expect(upsertStickyComment(client(), pr(), `${SUMMARY_MARKER}\ny`, BOT)).rejects.toMatchObject({ status: 403 });
  });
});
