/**
 * GraphQL for the loopback GitHub: every document is parsed and validated against GitHub's own
 * GraphQL schema (`@octokit/graphql-schema`), then executed against that schema with resolvers over
 * the fake's state, so answers have exactly the shape, nullability and error form GitHub's have.
 * A document that does not validate, variables that do not match it, or an answer the schema
 * rejects is a violation. Modelled: `viewer`, a pull request's review threads with their comments,
 * and `resolveReviewThread` (refused as GitHub refuses a token without the permission).
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, execute, GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { FakeUser, RecordedRequest, ReviewComment } from './fake-github.js';

/** What of the fake's state GraphQL reads. */
export interface GraphqlState {
  readonly owner: string;
  readonly repo: string;
  readonly identity: FakeUser;
  readonly readOnly: boolean;
  readonly reviewComments: readonly ReviewComment[];
}

export interface GraphqlAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Review threads by the id of the comment that starts them: every inline comment the fake holds starts one. */
export class FakeGraphql {
  /** Ids of resolved threads. */
  readonly resolvedThreads = new Set<string>();
  /** `resolveReviewThread` is refused as it is for a token that may comment but not resolve. */
  refuseResolve = false;

  constructor(private readonly state: GraphqlState) {}

  /** The id GitHub gives the thread an inline comment starts. */
  static threadId(comment: Pick<ReviewComment, 'id'>): string {
    return `PRRT_${comment.id}`;
  }

  async answer(body: unknown, record: RecordedRequest): Promise<GraphqlAnswer> {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
    let document: DocumentNode;
    try {
      document = parse(typeof query === 'string' ? query : '');
    } catch (error) {
      return refused(record, [`GraphQL document does not parse: ${(error as Error).message}`]);
    }
    const invalid = validate(githubSchema(), document);
    if (invalid.length > 0)
      return refused(
        record,
        invalid.map((e) => `GraphQL document is not valid against GitHub's schema: ${e.message}`),
      );
    Object.assign(record, { operationId: `graphql/${rootFields(document).join('+')}` });

    const result = await execute({
      schema: githubSchema(),
      document,
      rootValue: this.root(),
      variableValues: (variables ?? {}) as Record<string, unknown>,
    });
    const errors = (result.errors ?? []).map((error) => {
      const original = error.originalError;
      if (!(original instanceof RefusedByGitHub)) record.violations.push(`GraphQL: ${error.message}`);
      return { ...(original instanceof RefusedByGitHub ? { type: original.type } : {}), ...error.toJSON() };
    });
    return { status: 200, body: { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors.length > 0 ? { errors } : {}) } };
  }

  /** Resolvers of the root fields; graphql-js calls a property that is a function with the field's arguments. */
  private root() {
    return {
      viewer: () => ({ login: this.state.identity.login }),
      repository: ({ owner, name }: { owner: string; name: string }) =>
        owner.toLowerCase() === this.state.owner.toLowerCase() && name.toLowerCase() === this.state.repo.toLowerCase()
          ? { pullRequest: ({ number }: { number: number }) => this.pullRequest(number) }
          : notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`),
      resolveReviewThread: ({ input }: { input: { threadId: string } }) => this.resolve(input.threadId),
    };
  }

  private pullRequest(number: number) {
    const threads = this.state.reviewComments.filter((c) => c.pull === number).map((c) => this.thread(c));
    return { reviewThreads: (args: ConnectionArgs) => connection(threads, args) };
  }

  private thread(comment: ReviewComment) {
    const id = FakeGraphql.threadId(comment);
    const commentNode = { id: `PRRC_${comment.id}`, databaseId: comment.id, body: comment.body, author: { login: comment.user.login } };
    return {
      id,
      path: comment.path,
      line: comment.line,
      isResolved: this.resolvedThreads.has(id),
      isOutdated: false,
      viewerCanResolve: !this.state.readOnly && !this.refuseResolve,
      comments: (args: ConnectionArgs) => connection([commentNode], args),
    };
  }

  private resolve(threadId: string) {
    const comment = this.state.reviewComments.find((c) => FakeGraphql.threadId(c) === threadId);
    if (comment === undefined) return notFound(`Could not resolve to a node with the global id of '${threadId}'`);
    if (this.state.readOnly || this.refuseResolve) throw new RefusedByGitHub('FORBIDDEN', 'Resource not accessible by integration');
    this.resolvedThreads.add(threadId);
    return { thread: this.thread(comment) };
  }
}

interface ConnectionArgs {
  readonly first?: number;
  readonly after?: string | null;
}

/** A page of a connection; GitHub requires `first` (or `last`) of 1 to 100 and answers an error otherwise. */
function connection<T>(items: readonly T[], args: ConnectionArgs) {
  if (args.first === undefined || args.first < 1 || args.first > 100)
    throw new GraphQLError('You must provide a `first` or `last` value to properly paginate the connection (1 to 100).');
  const start = args.after === undefined || args.after === null ? 0 : Number(Buffer.from(args.after, 'base64').toString('utf8'));
  const nodes = items.slice(start, start + args.first);
  const end = start + nodes.length;
  return {
    nodes,
    totalCount: items.length,
    pageInfo: { hasNextPage: end < items.length, hasPreviousPage: start > 0, startCursor: cursor(start), endCursor: nodes.length > 0 ? cursor(end) : null },
  };
}

function cursor(index: number): string {
  return Buffer.from(String(index)).toString('base64');
}

/** An error GitHub answers for a request it understood and refuses: not a violation of the fake's rules. */
class RefusedByGitHub extends Error {
  constructor(
    readonly type: 'FORBIDDEN' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

function notFound(message: string): never {
  throw new RefusedByGitHub('NOT_FOUND', message);
}

function refused(record: RecordedRequest, problems: string[]): GraphqlAnswer {
  record.violations.push(...problems);
  return { status: 200, body: { errors: problems.map((message) => ({ message })) } };
}

function rootFields(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : [],
  );
}

let schema: GraphQLSchema | undefined;

/** GitHub's public schema from its introspection result (its SDL repeats a few fields, which graphql-js refuses). */
function githubSchema(): GraphQLSchema {
  if (schema) return schema;
  const introspection = new URL('schema.json', import.meta.resolve('@octokit/graphql-schema'));
  schema = buildClientSchema(JSON.parse(readFileSync(introspection, 'utf8')) as IntrospectionQuery);
  return schema;
}
