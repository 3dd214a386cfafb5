/**
 * The fake's GraphQL must be able to fail the way GitHub does: a document GitHub's schema rejects,
 * wrong variables, or a connection without `first` are refused and recorded as violations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { FakeGraphql } from './fake-graphql.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addPullRequest({ number: 7, headSha: 'b'.repeat(40), files: [{ filename: 'vms/a.yaml', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }] });
});
afterEach(() => fake.close());

async function graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: { message: string; type?: string }[] }> {
  const response = await fetch(`${fake.url}/graphql`, {
    method: 'POST',
    headers: { authorization: 'token test', 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: unknown; errors?: { message: string; type?: string }[] };
}

const THREADS = `query ($number: Int!) { repository(owner: "octo-org", name: "hyperv-estate") { pullRequest(number: $number) {
  reviewThreads(first: 100) { nodes { id isResolved comments(first: 1) { nodes { databaseId } } } } } } }`;
const RESOLVE = 'mutation ($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }';

describe('fake GitHub: GraphQL against GitHub’s schema', () => {
  it('lists the review threads of a pull request and resolves one', async () => {
    const comment = fake.addReviewComment(7, { path: 'vms/a.yaml', line: 2, body: 'x' });
    const threads = await graphql(THREADS, { number: 7 });
    expect(threads).toEqual({
      data: {
        repository: {
          pullRequest: {
            reviewThreads: { nodes: [{ id: FakeGraphql.threadId(comment), isResolved: false, comments: { nodes: [{ databaseId: comment.id }] } }] },
          },
        },
      },
    });
    const resolved = await graphql(RESOLVE, { id: FakeGraphql.threadId(comment) });
    expect(resolved).toEqual({ data: { resolveReviewThread: { thread: { id: FakeGraphql.threadId(comment), isResolved: true } } } });
    expect(fake.calls('graphql/resolveReviewThread')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('refuses the mutation as GitHub does for a token without the permission, which is not a violation', async () => {
    const comment = fake.addReviewComment(7, { path: 'vms/a.yaml', line: 2, body: 'x' });
    fake.graphql.refuseResolve = true;
    const answer = await graphql(RESOLVE, { id: FakeGraphql.threadId(comment) });
    expect(answer.data).toEqual({ resolveReviewThread: null });
    expect(answer.errors?.map((e) => `${e.type}: ${e.message}`)).toEqual(['FORBIDDEN: Resource not accessible by integration']);
    expect(fake.graphql.resolvedThreads.size).toBe(0);
    expect(fake.violations).toEqual([]);
  });

  it('records a field GitHub’s schema does not have, a wrong argument and a document that does not parse', async () => {
    await graphql('query { viewer { login nickname } }');
    await graphql('mutation { resolveReviewThread(input: { id: "x" }) { thread { id } } }');
    await graphql('query { viewer { login }');
    expect(fake.violations).toEqual([
      expect.stringMatching(/Cannot query field "nickname" on type "User"/),
      expect.stringMatching(/Field "ResolveReviewThreadInput.threadId" of required type "ID!" was not provided/),
      expect.stringMatching(/Field "id" is not defined by type "ResolveReviewThreadInput"/),
      expect.stringMatching(/does not parse/),
    ]);
  });

  it('records variables that do not match the document, and a connection read without first', async () => {
    await graphql(THREADS, { number: 'seven' });
    await graphql('query { repository(owner: "octo-org", name: "hyperv-estate") { pullRequest(number: 7) { reviewThreads { nodes { id } } } } }');
    expect(fake.violations).toEqual([expect.stringMatching(/Variable "\$number" got invalid value "seven"/), expect.stringMatching(/provide a `first`/)]);
  });
});
