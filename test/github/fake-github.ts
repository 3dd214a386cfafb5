/**
 * A loopback stand-in for api.github.com. Every request is routed to an operation of GitHub's own
 * OpenAPI description (the vendored subset) and validated against it — path and query parameters,
 * and the request body with unknown properties rejected — plus the rules the schema cannot express:
 * review comments only on lines inside a hunk of that file's patch, issue comments at most 65,536
 * characters, check-run annotation titles at most 255 characters. It keeps state (pull-request files
 * with patches, comments, reviews, check runs with annotations appended across updates), paginates
 * with real `Link` headers, injects errors on request, and records every request. Its check-run
 * answers are validated against the description's response schema, so the fake cannot drift from
 * what GitHub returns. A request the fake does not model gets 501 and counts as a violation.
 * GraphQL is answered by `fake-graphql.ts`, against GitHub's GraphQL schema.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { commentableLines, isCommentable } from '../../src/github/diff-hunks.js';
import { FakeGraphql } from './fake-graphql.js';

const addFormats = addFormatsModule.default;

const SPEC_PATH = new URL('../fixtures/github/github-openapi-subset.json', import.meta.url);

interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly schema?: Record<string, unknown>;
}

interface Operation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly parameters: readonly OpenApiParameter[];
  readonly validateBody?: ValidateFunction;
  readonly bodyRequired: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly authorization?: string;
  status: number;
  readonly violations: string[];
}

export interface InjectedError {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeFile {
  readonly filename: string;
  readonly status?: 'added' | 'removed' | 'modified' | 'renamed';
  /** Hunks only, as GitHub returns them; absent for binary files and very large diffs. */
  readonly patch?: string;
}

export interface FakePullRequest {
  readonly number: number;
  readonly headSha: string;
  readonly files: readonly FakeFile[];
  readonly baseSha?: string;
  /** Login of the author; default `octocat`. */
  readonly author?: string;
  /** `owner/repo` the head branch lives in; default the repository itself. */
  readonly headRepo?: string;
}

export interface FakeUser {
  readonly login: string;
  readonly type: string;
}

/** A repository role, as GitHub names it in `role_name`; `permission` is the classic level it maps to. */
export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** An entry of an issue's timeline events (`GET /issues/{n}/events`), for `labeled`/`unlabeled`. */
export interface FakeIssueEvent {
  readonly event: 'labeled' | 'unlabeled';
  readonly label: string;
  readonly actor: string;
  readonly createdAt: string;
}

export interface IssueComment {
  readonly id: number;
  body: string;
  readonly user: FakeUser;
  readonly issue: number;
}

export interface Review {
  readonly id: number;
  readonly pull: number;
  readonly body: string;
  readonly event: string;
  readonly commitId: string;
  readonly user: FakeUser;
}

export interface ReviewComment {
  readonly id: number;
  readonly pull: number;
  readonly reviewId: number;
  readonly path: string;
  readonly line: number;
  readonly side: string;
  body: string;
  readonly user: FakeUser;
}

/** A check-run annotation as the request carried it. */
export interface FakeAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: string;
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface CheckRun {
  readonly id: number;
  name: string;
  readonly headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  /** Every annotation, in the order the create and the updates sent them. */
  readonly annotations: FakeAnnotation[];
}

export const READ_ONLY_MESSAGE = 'Resource not accessible by integration';
export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

/** The author of what the workflow's `GITHUB_TOKEN` writes. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
const DOCS = 'https://docs.github.com/rest';

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly reviews: Review[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  /** Every write is refused the way a fork's read-only GITHUB_TOKEN is. */
  readOnly = false;
  /** Whom the token acts as: what GraphQL's `viewer` answers, and the author of everything the token writes. */
  identity: FakeUser = ACTIONS_BOT;
  /** GraphQL (`POST /graphql`), validated against GitHub's GraphQL schema; it holds the review threads' state. */
  readonly graphql = new FakeGraphql(this);
  private readonly pulls = new Map<number, FakePullRequest>();
  private readonly roles = new Map<string, RepositoryRole>();
  private readonly issueEvents = new Map<number, FakeIssueEvent[]>();
  private readonly injected = new Map<string, InjectedError[]>();
  private nextId = 1000;
  private server: Server | undefined;

  private constructor(
    readonly owner: string,
    readonly repo: string,
    private readonly operations: readonly Operation[],
    private readonly responses: ResponseSchemas,
  ) {}

  static async start(owner = 'octo-org', repo = 'hyperv-estate'): Promise<FakeGitHub> {
    const spec = loadSpec();
    const fake = new FakeGitHub(owner, repo, spec.operations, spec.responses);
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const address = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Every problem found in any request so far. Tests assert this is empty. */
  get violations(): string[] {
    return this.requests.flatMap((r) => r.violations.map((v) => `${r.method} ${r.path}: ${v}`));
  }

  /** Requests to one operation, by its GitHub operationId (`pulls/create-review`). */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  addPullRequest(pr: FakePullRequest): void {
    this.pulls.set(pr.number, pr);
  }

  /** A comment someone else wrote, for tests of the sticky search. */
  addIssueComment(issue: number, body: string, user: FakeUser = { login: 'octocat', type: 'User' }): IssueComment {
    const comment = { id: this.nextId++, body, user, issue };
    this.issueComments.push(comment);
    return comment;
  }

  /** An inline review comment someone else wrote (in a review of their own). */
  addReviewComment(pull: number, comment: { path: string; line: number; body: string }, user: FakeUser = { login: 'octocat', type: 'User' }): ReviewComment {
    const review: Review = { id: this.nextId++, pull, body: '', event: 'COMMENT', commitId: this.pulls.get(pull)?.headSha ?? '', user };
    this.reviews.push(review);
    const added = { id: this.nextId++, pull, reviewId: review.id, side: 'RIGHT', ...comment, user };
    this.reviewComments.push(added);
    return added;
  }

  /** The user's role in the repository, as the collaborator permission endpoint reports it; unknown users have none. */
  setRole(login: string, role: RepositoryRole): void {
    this.roles.set(login, role);
  }

  /** Someone added or removed a label on an issue or pull request. */
  addIssueEvent(issue: number, event: FakeIssueEvent): void {
    const events = this.issueEvents.get(issue) ?? [];
    events.push(event);
    this.issueEvents.set(issue, events);
  }

  /** The next `times` requests to `operationId` get this error instead of their answer. */
  inject(operationId: string, error: InjectedError, times = 1): void {
    const queue = this.injected.get(operationId) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.injected.set(operationId, queue);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Request handling
  // -------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(typeof req.headers.authorization === 'string' ? { authorization: req.headers.authorization } : {}),
      status: 0,
      violations: [],
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };

    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        record.violations.push('request body is not JSON');
        send(400, { message: 'Problems parsing JSON', documentation_url: DOCS });
        return;
      }
    }
    Object.assign(record, { body });

    if (record.method === 'POST' && url.pathname === '/graphql') {
      const answer = await this.graphql.answer(body, record);
      send(answer.status, answer.body);
      return;
    }

    const route = this.route(record.method, url.pathname);
    if (!route) {
      record.violations.push('no operation of the vendored OpenAPI subset matches this request (unmodelled: 501)');
      send(501, { message: `Not modelled by the fake: ${record.method} ${url.pathname}` });
      return;
    }
    const { operation, params } = route;
    Object.assign(record, { operationId: operation.id });

    const problems = this.validate(operation, params, record.query, body);
    if (problems.length > 0) {
      record.violations.push(...problems);
      send(422, { message: 'Invalid request.', errors: problems, documentation_url: DOCS, status: '422' });
      return;
    }
    if (req.headers.authorization === undefined) record.violations.push('no Authorization header');

    const injected = this.injected.get(operation.id)?.shift();
    if (injected) {
      send(injected.status, injected.body, { ...injected.headers });
      return;
    }
    if (this.readOnly && record.method !== 'GET') {
      send(403, { message: READ_ONLY_MESSAGE, documentation_url: DOCS, status: '403' });
      return;
    }

    const answer = this.answer(operation.id, params, record.query, body as Record<string, unknown> | undefined, url, record);
    send(answer.status, answer.body, answer.headers);
  }

  private route(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const match = operation.pattern.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(operation.pathNames.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      return { operation, params };
    }
    return undefined;
  }

  private validate(operation: Operation, pathParams: Record<string, string>, query: Record<string, string>, body: unknown): string[] {
    const problems: string[] = [];
    const known = new Set<string>();
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header') continue;
      const value = parameter.in === 'path' ? pathParams[parameter.name] : query[parameter.name];
      if (parameter.in === 'query') known.add(parameter.name);
      if (value === undefined) {
        if (parameter.required) problems.push(`missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      problems.push(...checkParameter(parameter, value));
    }
    for (const name of Object.keys(query)) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
    if (operation.validateBody) {
      if (body === undefined) {
        if (operation.bodyRequired) problems.push('missing request body');
      } else if (!operation.validateBody(body)) {
        for (const error of operation.validateBody.errors ?? []) {
          const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : '';
          problems.push(`body${error.instancePath} ${error.message ?? error.keyword}${extra}`);
        }
      }
    } else if (body !== undefined) {
      problems.push('this operation takes no request body');
    }
    return problems;
  }

  // -------------------------------------------------------------------------------------------
  // Operations
  // -------------------------------------------------------------------------------------------

  private answer(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Record<string, unknown> | undefined,
    url: URL,
    record: RecordedRequest,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    if (params.owner !== this.owner || params.repo !== this.repo)
      return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    const pull = (key: string) => this.pulls.get(Number(params[key]));
    switch (operationId) {
      case 'pulls/list-files': {
        const pr = pull('pull_number');
        if (!pr) return notFound();
        // GitHub lists at most 3000 files.
        const files = pr.files.slice(0, 3000).map((f, i) => ({
          sha: (i + 1).toString(16).padStart(40, '0'),
          filename: f.filename,
          status: f.status ?? 'modified',
          additions: countLines(f.patch, '+'),
          deletions: countLines(f.patch, '-'),
          changes: countLines(f.patch, '+') + countLines(f.patch, '-'),
          blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${pr.headSha}/${f.filename}`,
          raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${pr.headSha}/${f.filename}`,
          contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${f.filename}?ref=${pr.headSha}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
        }));
        return this.page(files, query, url);
      }
      case 'pulls/create-review': {
        const pr = pull('pull_number');
        if (!pr) return notFound();
        return this.createReview(pr, body ?? {}, record);
      }
      case 'pulls/list-reviews': {
        const pr = pull('pull_number');
        if (!pr) return notFound();
        return this.page(
          this.reviews.filter((r) => r.pull === pr.number).map((r) => this.reviewJson(r)),
          query,
          url,
        );
      }
      case 'pulls/list-review-comments': {
        const pr = pull('pull_number');
        if (!pr) return notFound();
        return this.page(
          this.reviewComments.filter((c) => c.pull === pr.number).map((c) => this.reviewCommentJson(c)),
          query,
          url,
        );
      }
      case 'pulls/update-review-comment': {
        const comment = this.reviewComments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound();
        const text = typeof body?.body === 'string' ? body.body : '';
        const tooLong = this.tooLong(text, record);
        if (tooLong) return tooLong;
        comment.body = text;
        return { status: 200, body: this.reviewCommentJson(comment) };
      }
      case 'issues/list-comments': {
        const issue = Number(params.issue_number);
        return this.page(
          this.issueComments.filter((c) => c.issue === issue).map((c) => this.issueCommentJson(c)),
          query,
          url,
        );
      }
      case 'issues/create-comment': {
        const text = typeof body?.body === 'string' ? body.body : '';
        const tooLong = this.tooLong(text, record);
        if (tooLong) return tooLong;
        const comment = { id: this.nextId++, body: text, user: this.identity, issue: Number(params.issue_number) };
        this.issueComments.push(comment);
        return { status: 201, body: this.issueCommentJson(comment) };
      }
      case 'issues/update-comment': {
        const comment = this.issueComments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound();
        const text = typeof body?.body === 'string' ? body.body : '';
        const tooLong = this.tooLong(text, record);
        if (tooLong) return tooLong;
        comment.body = text;
        return { status: 200, body: this.issueCommentJson(comment) };
      }
      case 'pulls/get': {
        const pr = pull('pull_number');
        if (!pr) return notFound();
        return { status: 200, body: this.validated('pulls/get', this.pullJson(pr), record) };
      }
      case 'issues/list-events': {
        const events = (this.issueEvents.get(Number(params.issue_number)) ?? []).map((e, i) => this.issueEventJson(e, i));
        return this.page(this.validated('issues/list-events', events, record), query, url);
      }
      case 'repos/get-collaborator-permission-level': {
        const role = this.roles.get(params.username!);
        // GitHub answers 404 for someone who is not a collaborator.
        if (role === undefined) return notFound();
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        const json = { permission, role_name: role, user: { ...userJson({ login: params.username!, type: 'User' }), role_name: role } };
        return { status: 200, body: this.validated('repos/get-collaborator-permission-level', json, record) };
      }
      case 'checks/create':
        return this.createCheckRun(body ?? {}, record);
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return notFound();
        return this.updateCheckRun(run, body ?? {}, record);
      }
      default:
        record.violations.push(`operation ${operationId} is in the subset but not modelled by the fake`);
        return { status: 501, body: { message: `Not modelled by the fake: ${operationId}` } };
    }
  }

  private createReview(pr: FakePullRequest, body: Record<string, unknown>, record: RecordedRequest) {
    const event = body.event as string | undefined;
    if (event === 'APPROVE') return unprocessable('GitHub Actions is not permitted to approve pull requests.');
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && (typeof body.body !== 'string' || body.body === '')) {
      record.violations.push(`event ${event} without a body`);
      return unprocessable('Unprocessable Entity', ['Body is required for this event']);
    }
    if (event === undefined) record.violations.push('no event: the review would stay PENDING');
    // The review body and every comment body have the comment limit; one over it rejects the whole review.
    const bodies = [body.body, ...((body.comments as Record<string, unknown>[] | undefined) ?? []).map((c) => c.body)];
    for (const text of bodies) {
      const tooLong = typeof text === 'string' ? this.tooLong(text, record) : undefined;
      if (tooLong) return tooLong;
    }
    const commitId = body.commit_id as string | undefined;
    if (commitId !== undefined && commitId !== pr.headSha) {
      record.violations.push(`commit_id ${commitId} is not the pull request head ${pr.headSha}`);
      return unprocessable(`No commit found for SHA: ${commitId}`);
    }
    const comments = (body.comments as Record<string, unknown>[] | undefined) ?? [];
    const files = new Map(pr.files.map((f) => [f.filename, commentableLines(f.patch)] as const));
    const errors: string[] = [];
    for (const [index, comment] of comments.entries()) {
      const path = comment.path as string;
      const lines = files.get(path);
      if (comment.position !== undefined) errors.push(`comments[${index}] uses the deprecated position`);
      if (lines === undefined) {
        errors.push(`comments[${index}]: Path could not be resolved`);
        continue;
      }
      const side = (comment.side as string | undefined) ?? 'RIGHT';
      if (side !== 'RIGHT' && side !== 'LEFT') errors.push(`comments[${index}]: side must be LEFT or RIGHT`);
      const line = comment.line as number | undefined;
      const start = comment.start_line as number | undefined;
      if (line === undefined) errors.push(`comments[${index}]: line is required`);
      else if (!isCommentable(lines, side as 'LEFT' | 'RIGHT', line))
        errors.push(`comments[${index}] (${path}:${line} ${side}): Pull request review thread line must be part of the diff`);
      else if (start !== undefined && !isCommentable(lines, side as 'LEFT' | 'RIGHT', line, start))
        errors.push(`comments[${index}]: Pull request review thread start line must be part of the same hunk as the line.`);
    }
    if (errors.length > 0) {
      // All or nothing: one bad anchor rejects the whole review, and GitHub does not say which.
      record.violations.push(...errors);
      return unprocessable('Unprocessable Entity', ['Pull request review thread line must be part of the diff']);
    }
    const review: Review = {
      id: this.nextId++,
      pull: pr.number,
      body: typeof body.body === 'string' ? body.body : '',
      event: event ?? 'PENDING',
      commitId: commitId ?? pr.headSha,
      user: this.identity,
    };
    this.reviews.push(review);
    for (const comment of comments) {
      this.reviewComments.push({
        id: this.nextId++,
        pull: pr.number,
        reviewId: review.id,
        path: comment.path as string,
        line: comment.line as number,
        side: (comment.side as string | undefined) ?? 'RIGHT',
        body: comment.body as string,
        user: this.identity,
      });
    }
    return { status: 200, body: this.reviewJson(review) };
  }

  private createCheckRun(body: Record<string, unknown>, record: RecordedRequest) {
    const output = body.output as CheckOutput | undefined;
    const problems = checkRunProblems(body, output);
    if (problems.length > 0) {
      record.violations.push(...problems);
      return unprocessable('Validation Failed', problems);
    }
    const conclusion = (body.conclusion as string | undefined) ?? null;
    const run: CheckRun = {
      id: this.nextId++,
      name: String(body.name),
      headSha: String(body.head_sha),
      // Providing a conclusion completes the run.
      status: conclusion !== null ? 'completed' : ((body.status as string | undefined) ?? 'queued'),
      conclusion,
      title: output?.title ?? null,
      summary: output?.summary ?? null,
      text: output?.text ?? null,
      annotations: [...(output?.annotations ?? [])],
    };
    this.checkRuns.push(run);
    return { status: 201, body: this.checkRunJson(run, 'checks/create', record) };
  }

  private updateCheckRun(run: CheckRun, body: Record<string, unknown>, record: RecordedRequest) {
    const output = body.output as CheckOutput | undefined;
    const problems = checkRunProblems(body, output);
    if (problems.length > 0) {
      record.violations.push(...problems);
      return unprocessable('Validation Failed', problems);
    }
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    } else if (typeof body.status === 'string') run.status = body.status;
    if (output) {
      if (output.title !== undefined) run.title = output.title;
      run.summary = output.summary ?? run.summary;
      if (output.text !== undefined) run.text = output.text;
      // Annotations are appended to those the run already has.
      run.annotations.push(...(output.annotations ?? []));
    }
    return { status: 200, body: this.checkRunJson(run, 'checks/update', record) };
  }

  private tooLong(text: string, record: RecordedRequest) {
    if (text.length <= 65536) return undefined;
    record.violations.push(`comment body has ${text.length} characters`);
    return unprocessable('Validation Failed', [
      { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' },
    ]);
  }

  /** One page of a list, with GitHub's `Link` header (`next`, `last`, `first`, `prev`). */
  private page(items: readonly unknown[], query: Record<string, string>, url: URL): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Number(query.per_page ?? 30);
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.pathname, this.url);
      for (const [k, v] of Object.entries(query)) target.searchParams.set(k, v);
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  /** The run as GitHub returns it, checked against the description's `check-run` schema. */
  private checkRunJson(run: CheckRun, operationId: string, record: RecordedRequest) {
    const json = {
      ...this.responses.checkRunExample,
      id: run.id,
      node_id: `CR_${run.id}`,
      head_sha: run.headSha,
      external_id: '',
      url: `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      details_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: '2026-05-01T12:00:00Z',
      completed_at: run.status === 'completed' ? '2026-05-01T12:00:05Z' : null,
      output: {
        title: run.title,
        summary: run.summary,
        text: run.text,
        annotations_count: run.annotations.length,
        annotations_url: `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      pull_requests: [],
    };
    return this.validated(operationId, json, record);
  }

  /** An answer checked against the description's response schema of the operation; a mismatch is the fake's own violation. */
  private validated<T>(operationId: string, json: T, record: RecordedRequest): T {
    const validate = this.responses.byOperation.get(operationId);
    if (validate && !validate(json)) {
      for (const error of validate.errors ?? []) record.violations.push(`fake's response${error.instancePath} ${error.message ?? error.keyword}`);
    }
    return json;
  }

  private pullJson(pr: FakePullRequest) {
    const example = this.responses.examples['pull-request']!;
    const repo = (example.base as { repo: Record<string, unknown> }).repo;
    const author = { ...userJson({ login: pr.author ?? 'octocat', type: 'User' }) };
    const headRepo = pr.headRepo ?? `${this.owner}/${this.repo}`;
    return {
      ...example,
      number: pr.number,
      user: author,
      head: {
        ...(example.head as object),
        sha: pr.headSha,
        user: author,
        repo: { ...repo, full_name: headRepo, name: headRepo.split('/')[1], fork: headRepo !== `${this.owner}/${this.repo}` },
      },
      base: { ...(example.base as object), sha: pr.baseSha ?? '0'.repeat(40), repo: { ...repo, full_name: `${this.owner}/${this.repo}`, name: this.repo } },
      // The example's teams lack fields the schema requires; nobody is requested here.
      requested_reviewers: [],
      requested_teams: [],
      changed_files: pr.files.length,
    };
  }

  private issueEventJson(e: FakeIssueEvent, index: number) {
    return {
      id: index + 1,
      node_id: `LE_${index + 1}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/events/${index + 1}`,
      actor: userJson({ login: e.actor, type: 'User' }),
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.createdAt,
      performed_via_github_app: null,
      label: { name: e.label, color: 'ededed' },
    };
  }

  private issueCommentJson(c: IssueComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      body: c.body,
      user: userJson(c.user),
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      created_at: '2026-05-01T12:00:00Z',
      updated_at: '2026-05-01T12:00:00Z',
    };
  }

  private reviewJson(r: Review) {
    return {
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: userJson(r.user),
      body: r.body,
      state: r.event === 'COMMENT' ? 'COMMENTED' : r.event,
      commit_id: r.commitId,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${r.pull}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${r.pull}`,
      author_association: 'NONE',
      _links: { html: { href: '' }, pull_request: { href: '' } },
    };
  }

  private reviewCommentJson(c: ReviewComment) {
    return {
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.reviewId,
      path: c.path,
      line: c.line,
      side: c.side,
      body: c.body,
      user: userJson(c.user),
      commit_id: this.pulls.get(c.pull)?.headSha ?? '',
      original_commit_id: this.pulls.get(c.pull)?.headSha ?? '',
      diff_hunk: '',
      url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.pull}#discussion_r${c.id}`,
      pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${c.pull}`,
      author_association: 'NONE',
      created_at: '2026-05-01T12:00:00Z',
      updated_at: '2026-05-01T12:00:00Z',
    };
  }
}

/** A user as GitHub's `simple-user` describes one. */
function userJson(user: FakeUser) {
  let id = 1000;
  for (let i = 0; i < user.login.length; i++) id += user.login.charCodeAt(i);
  if (user.login === ACTIONS_BOT.login) id = 41898282;
  const url = `https://api.github.com/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Errors GitHub sends, for injection
// ---------------------------------------------------------------------------------------------

export const errors = {
  readOnly: (): InjectedError => ({ status: 403, body: { message: READ_ONLY_MESSAGE, documentation_url: DOCS, status: '403' } }),
  secondaryRateLimit: (retryAfterSeconds = 1): InjectedError => ({
    status: 403,
    body: { message: SECONDARY_LIMIT_MESSAGE, documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits` },
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  outsideDiff: (): InjectedError => ({
    status: 422,
    body: {
      message: 'Unprocessable Entity',
      errors: [
        "Pull request review thread line must be part of the diff, Pull request review thread start line must be part of the same hunk as the line., and Pull request review thread diff hunk can't be blank",
      ],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422',
    },
  }),
  serverError: (status = 502): InjectedError => ({ status, body: { message: 'Server Error' } }),
};

interface CheckOutput {
  readonly title?: string;
  readonly summary?: string;
  readonly text?: string;
  readonly annotations?: FakeAnnotation[];
}

/** 64 KB, the documented maximum of an annotation's `message` and `raw_details`. */
const ANNOTATION_DETAIL_BYTES = 64 * 1024;

/**
 * What GitHub refuses in a check-run create or update beyond the schema (which already holds
 * `maxItems: 50`, the summary's `maxLength` and, for updates, the status/conclusion `anyOf`): the
 * documented sizes of titles and details, columns only on one line. Stricter than GitHub, which
 * accepts it and shows the annotation nowhere on the files: a path outside the repository root.
 */
function checkRunProblems(body: Record<string, unknown>, output: CheckOutput | undefined): string[] {
  const problems: string[] = [];
  if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined) {
    problems.push('conclusion is required when status is completed or completed_at is given');
  }
  for (const [index, a] of (output?.annotations ?? []).entries()) {
    const where = `output.annotations[${index}]`;
    if ((a.title ?? '').length > 255) problems.push(`${where}: title longer than 255 characters`);
    if (Buffer.byteLength(a.message, 'utf8') > ANNOTATION_DETAIL_BYTES) problems.push(`${where}: message larger than 64 KB`);
    if (a.raw_details !== undefined && Buffer.byteLength(a.raw_details, 'utf8') > ANNOTATION_DETAIL_BYTES)
      problems.push(`${where}: raw_details larger than 64 KB`);
    if (a.start_line < 1 || a.end_line < a.start_line) problems.push(`${where}: lines ${a.start_line}..${a.end_line} are not a range of lines`);
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
      problems.push(`${where}: columns are only allowed when start_line equals end_line`);
    if (a.path === '' || a.path.startsWith('/') || a.path.split('/').includes('..'))
      problems.push(`${where}: path ${a.path} is not relative to the repository root`);
  }
  return problems;
}

function unprocessable(message: string, errorList?: unknown[]) {
  return { status: 422, body: { message, ...(errorList ? { errors: errorList } : {}), documentation_url: DOCS, status: '422' } };
}

function notFound() {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

function countLines(patch: string | undefined, marker: '+' | '-'): number {
  return (patch ?? '').split('\n').filter((line) => line.startsWith(marker)).length;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------------

/** Response schemas of the operations whose answers the fake checks, and the example its check runs start from. */
interface ResponseSchemas {
  readonly byOperation: ReadonlyMap<string, ValidateFunction>;
  readonly checkRunExample: Record<string, unknown>;
  /** The description's examples by name, for answers built from them. */
  readonly examples: Readonly<Record<string, Record<string, unknown>>>;
}

/** Operations whose successful answers are validated against the description. */
const RESPONSE_VALIDATED = new Set(['checks/create', 'checks/update', 'pulls/get', 'issues/list-events', 'repos/get-collaborator-permission-level']);

let cachedSpec: { operations: Operation[]; responses: ResponseSchemas } | undefined;

function loadSpec(): { operations: Operation[]; responses: ResponseSchemas } {
  if (cachedSpec) return cachedSpec;
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
    paths: Record<
      string,
      // Operations by method, beside path-level entries such as `parameters`.
      Record<string, unknown>
    >;
    components: { parameters: Record<string, OpenApiParameter>; examples: Record<string, { value: Record<string, unknown> }> };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', true).addFormat('int64', true);
  // The whole description is one schema document, so `$ref`s into components resolve.
  ajv.addSchema({ $id: 'gh', components: nullableEnums(rewriteRefs(spec.components)) });

  const operations: Operation[] = [];
  const byOperation = new Map<string, ValidateFunction>();
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!isSpecOperation(op)) continue;
      if (RESPONSE_VALIDATED.has(op.operationId)) {
        const success = Object.entries(op.responses ?? {}).find(([status]) => /^2\d\d$/.test(status))?.[1];
        const schema = success?.content?.['application/json']?.schema;
        if (schema) byOperation.set(op.operationId, ajv.compile(rewriteRefs<object>(schema)));
      }
      const parameters = (op.parameters ?? []).map((p) => resolveParameter(p, spec.components.parameters));
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const pathNames = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        pattern,
        pathNames,
        parameters,
        ...(bodySchema ? { validateBody: ajv.compile(strictObjects(rewriteRefs(bodySchema))) } : {}),
        bodyRequired: op.requestBody?.required === true,
      });
    }
  }
  // Most literal template first, so `/issues/comments/{id}` wins over `/issues/{n}/comments`.
  operations.sort((a, b) => literalLength(b.template) - literalLength(a.template));
  const checkRunExample = spec.components.examples['check-run']?.value;
  if (!checkRunExample) throw new Error('the vendored description has no check-run example');
  const examples = Object.fromEntries(Object.entries(spec.components.examples).map(([name, example]) => [name, example.value]));
  cachedSpec = { operations, responses: { byOperation, checkRunExample, examples } };
  return cachedSpec;
}

interface SpecOperation {
  readonly operationId: string;
  readonly parameters?: unknown[];
  readonly requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  readonly responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

function isSpecOperation(value: unknown): value is SpecOperation {
  return typeof value === 'object' && value !== null && typeof (value as { operationId?: unknown }).operationId === 'string';
}

function literalLength(template: string): number {
  return template.replace(/\{\w+\}/g, '').length;
}

function resolveParameter(parameter: unknown, components: Record<string, OpenApiParameter>): OpenApiParameter {
  const ref = (parameter as { $ref?: string }).$ref;
  if (ref === undefined) return parameter as OpenApiParameter;
  const name = ref.replace('#/components/parameters/', '');
  const resolved = components[name];
  if (!resolved) throw new Error(`unresolved parameter ${ref}`);
  return resolved;
}

function checkParameter(parameter: OpenApiParameter, value: string): string[] {
  const schema = parameter.schema ?? {};
  const problems: string[] = [];
  if (schema.type === 'integer') {
    if (!/^-?\d+$/.test(value)) problems.push(`${parameter.in} parameter ${parameter.name} must be an integer, not "${value}"`);
    else if (parameter.name === 'per_page' && (Number(value) < 1 || Number(value) > 100)) problems.push(`per_page must be 1..100, not ${value}`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${parameter.name} must be one of ${schema.enum.join(', ')}`);
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${parameter.name} must be a date-time`);
  return problems;
}

/** `#/components/...` → `gh#/components/...`, everywhere in a schema. */
function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rewriteRefs(v)]),
  ) as T;
}

/**
 * OpenAPI 3.0.3: `nullable: true` admits null even where an `enum` lists only strings (a queued check
 * run's `conclusion`); Ajv reads `nullable` as a type change only, so null joins the enum.
 */
function nullableEnums<T>(value: T): T {
  if (Array.isArray(value)) return value.map(nullableEnums) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nullableEnums(v)])) as Record<string, unknown>;
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  return out as T;
}

/** Request objects reject properties the description does not name, so a misspelt field fails. */
function strictObjects<T>(value: T): T {
  if (Array.isArray(value)) return value.map(strictObjects) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strictObjects(v)])) as Record<string, unknown>;
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out as T;
}
