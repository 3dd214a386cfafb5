/**
 * Review bodies stay below GitHub's comment limit whatever a finding names, so one long name never
 * loses a review: the inline comment, the review body GitHub gets when it refuses the anchors, and
 * the file names in it are escaped like every other output.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GatedFinding } from '../../src/core/gate.js';
import { silentLogger } from '../../src/github/logger.js';
import { createClient } from '../../src/github/octokit.js';
import { planReview, postedFingerprints, reviewCandidates, reviewCommentBody, reviewListing } from '../../src/github/review-plan.js';
import { postReview } from '../../src/github/review.js';
import { commentableLines } from '../../src/github/diff-hunks.js';
import { errors, FakeGitHub } from './fake-github.js';

const LIMIT = 65_536;
const huge = (what: string, n: number) => `${what} ${'@octo <b> https://evil.example '.repeat(Math.ceil(n / 32))}`.slice(0, n);

function finding(i: number, extra: Partial<GatedFinding> = {}): GatedFinding {
  return {
    policyId: 'HVB007',
    policyName: 'passthrough-disk',
    level: 'error',
    messageId: 'm',
    message: huge(`VM ${i} has a pass-through disk`, 200_000),
    fix: huge('Replace it', 50_000),
    docsUrl: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate/blob/main/policies/HVB007-passthrough-disk/README.md',
    at: { file: 'vms/a.yaml', line: 2, column: 3, endLine: 2, endColumn: 9 },
    related: [],
    address: `vm.v${i}`,
    effect: 'incomplete',
    fingerprint: i.toString(16).padStart(24, '0'),
    status: 'introduced',
    enforcement: 'hard-mandatory',
    blocking: true,
    overridden: false,
    blastRadius: Array.from({ length: 40 }, (_, j) => huge(`member-${j}`, 20_000)),
    ...extra,
  };
}

describe('review comment bodies', () => {
  it('an inline comment stays far below the limit, keeps its marker and says it was shortened', () => {
    const body = reviewCommentBody(finding(1));
    expect(body.length).toBeLessThan(LIMIT / 2);
    expect(body).toContain('(shortened; the job summary has it in full)');
    expect(postedFingerprints([body])).toEqual(new Set([finding(1).fingerprint]));
    expect(body).not.toMatch(/@(?!&#8203;)/);
  });

  it('a listing shows the file name as code, whatever it holds', () => {
    const listing = reviewListing(finding(2, { at: { file: 'a`b\n<img>|c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 } }));
    expect(listing).toMatch(/^- \*\*HVB007\*\* ``a`b <img>\\\|c\.yaml:1:1``: /);
    expect(listing.length).toBeLessThan(2_000);
  });
});

describe('the review body when GitHub refuses the anchors', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await FakeGitHub.start();
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  it('lists what fits, names the rest, and keeps every marker, all within the limit', async () => {
    fake.addPullRequest({ number: 7, headSha: 'a'.repeat(40), files: [{ filename: 'vms/a.yaml', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }] });
    const findings = Array.from({ length: 100 }, (_, i) => finding(i + 1, { message: huge(`VM ${i}`, 2_000), blastRadius: undefined }));
    const candidates = reviewCandidates(findings, (file) => file);
    const plan = planReview(candidates, new Map([['vms/a.yaml', commentableLines('@@ -1,2 +1,3 @@\n a\n+b\n c')]]), { maxComments: 100, posted: new Set() });
    expect(plan.comments).toHaveLength(100);
    fake.inject('pulls/create-review', errors.outsideDiff());
    const client = createClient({ token: 'ghs_test', baseUrl: fake.url, logger: silentLogger, userAgent: 'hvgate-test' });
    const result = await postReview(client, { owner: fake.owner, repo: fake.repo, number: 7 }, 'a'.repeat(40), plan.comments, plan.anchored, silentLogger);
    expect(result.form).toBe('body');
    const body = fake.reviews.at(-1)!.body;
    expect(body.length).toBeLessThanOrEqual(LIMIT);
    expect(postedFingerprints([body])).toEqual(new Set(findings.map((f) => f.fingerprint)));
  });
});
