import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Ajv, type ValidateFunction } from 'ajv';

interface Operation {
  method: string;
  path: string;
  requestBody: Record<string, unknown> | null;
  status: number;
}

export interface Recorded {
  readonly operation: string;
  readonly params: Record<string, string>;
  readonly body: Record<string, unknown>;
  /** Problems of the body against GitHub's published OpenAPI description, if any. */
  readonly invalid: string[];
  /** The id the stand-in gave what the request created (every request gets a fresh one). */
  readonly id: number;
  /** Answered with the failWith() status instead of being carried out. */
  readonly failed?: boolean;
}

export interface PullRequestState {
  state: 'open' | 'closed';
  merged?: boolean;
  headSha: string;
  /** owner/name; defaults to the repository asked about (a fork's differs). */
  headRepo?: string;
  /** owner/name; defaults to the repository asked about. */
  baseRepo?: string;
}

export interface GitHubStandin {
  readonly url: string;
  readonly requests: Recorded[];
  /** Requests to paths the stand-in does not know: wharf called something unexpected. */
  readonly unknown: string[];
  /** What pulls/get answers for pull request `number` from now on. */
  setPullRequest(number: number, pr: PullRequestState): void;
  /** Answers every request with `status` (GitHub down or refusing) until called with null. */
  failWith(status: number | null): void;
  /** The comments on an issue or pull request, in creation order. */
  comments(issueNumber: number): { id: number; body: string }[];
  /** The states posted for a deployment, in order. */
  deploymentStatuses(deploymentId: number): string[];
  close(): Promise<void>;
}

const fixture = JSON.parse(readFileSync('test/fixtures/github-openapi-subset.json', 'utf8')) as {
  operations: Record<string, Operation>;
};

/** The user GitHub shows as author of what a GitHub App token creates. */
const BOT = { login: 'wharf[bot]', type: 'Bot' };

interface Comment {
  id: number;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: typeof BOT;
  created_at: string;
  updated_at: string;
}

interface Deployment {
  id: number;
  url: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  [field: string]: unknown;
}

interface Store {
  // By id alone, because update-comment's path names no issue.
  comments: Map<number, { issue: number; comment: Comment }>;
  pulls: Map<number, PullRequestState>;
  deployments: Map<number, { deployment: Deployment; statuses: { state: string }[] }>;
}

/** One request as the handlers see it, already validated. */
interface Call {
  /** The full URL asked for, so Link headers can point back at the stand-in. */
  readonly url: URL;
  readonly params: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly id: number;
}

interface Reply {
  /** Defaults to the operation's success status from the OpenAPI description. */
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

type Handler = (store: Store, call: Call) => Reply;

const notFound: Reply = { status: 404, body: { message: 'Not Found' } };

// GitHub's timestamps carry no milliseconds.
function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function param(call: Call, name: string): string {
  return call.params[name] ?? '';
}

function repoApi(call: Call): string {
  return `${call.url.origin}/repos/${param(call, 'owner')}/${param(call, 'repo')}`;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** GitHub's Link header: next/last while pages remain, first/prev past the first page. */
function linkHeader(url: URL, page: number, last: number): string | null {
  const to = (n: number, rel: string): string => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page < last ? [to(page + 1, 'next'), to(last, 'last')] : []),
    ...(page > 1 ? [to(1, 'first'), to(Math.min(page - 1, last), 'prev')] : []),
  ];
  return links.length > 0 ? links.join(', ') : null;
}

/** One page of `items` as `per_page` (default 30, at most 100) and `page` ask. */
function paged(items: unknown[], url: URL): Reply {
  const perPage = Math.min(positive(url.searchParams.get('per_page'), 30), 100);
  const page = positive(url.searchParams.get('page'), 1);
  const link = linkHeader(url, page, Math.max(1, Math.ceil(items.length / perPage)));
  return {
    body: items.slice((page - 1) * perPage, page * perPage),
    ...(link ? { headers: { link } } : {}),
  };
}

const createComment: Handler = (store, call) => {
  const issue = Number(param(call, 'issue_number'));
  const at = now();
  const comment: Comment = {
    id: call.id,
    url: `${repoApi(call)}/issues/comments/${call.id}`,
    html_url: `https://github.com/${param(call, 'owner')}/${param(call, 'repo')}/issues/${issue}#issuecomment-${call.id}`,
    issue_url: `${repoApi(call)}/issues/${issue}`,
    body: text(call.body['body'], ''),
    user: BOT,
    created_at: at,
    updated_at: at,
  };
  store.comments.set(comment.id, { issue, comment });
  return { body: comment };
};

const listComments: Handler = (store, call) => {
  const issue = Number(param(call, 'issue_number'));
  const found = [...store.comments.values()].filter((c) => c.issue === issue);
  return paged(
    found.map((c) => c.comment),
    call.url,
  );
};

const updateComment: Handler = (store, call) => {
  const stored = store.comments.get(Number(param(call, 'comment_id')));
  if (!stored) return notFound;
  stored.comment.body = text(call.body['body'], '');
  stored.comment.updated_at = now();
  return { body: stored.comment };
};

const getPull: Handler = (store, call) => {
  const number = Number(param(call, 'pull_number'));
  const pr = store.pulls.get(number);
  if (!pr) return notFound;
  const asked = `${param(call, 'owner')}/${param(call, 'repo')}`;
  return {
    body: {
      number,
      state: pr.state,
      merged: pr.merged ?? false,
      head: { sha: pr.headSha, repo: { full_name: pr.headRepo ?? asked } },
      base: { repo: { full_name: pr.baseRepo ?? asked } },
    },
  };
};

const createDeployment: Handler = (store, call) => {
  const ref = text(call.body['ref'], '');
  const environment = text(call.body['environment'], 'production');
  const at = now();
  const deployment: Deployment = {
    id: call.id,
    url: `${repoApi(call)}/deployments/${call.id}`,
    statuses_url: `${repoApi(call)}/deployments/${call.id}/statuses`,
    repository_url: repoApi(call),
    // The stand-in has no git to resolve a branch with; wharf deploys commits by sha anyway.
    sha: ref,
    ref,
    task: text(call.body['task'], 'deploy'),
    payload: call.body['payload'] ?? {},
    environment,
    original_environment: environment,
    description: text(call.body['description'], ''),
    creator: BOT,
    created_at: at,
    updated_at: at,
    transient_environment: call.body['transient_environment'] ?? false,
    production_environment: call.body['production_environment'] ?? environment === 'production',
  };
  store.deployments.set(deployment.id, { deployment, statuses: [] });
  return { body: deployment };
};

const listDeployments: Handler = (store, call) => {
  const filters = (['sha', 'ref', 'task', 'environment'] as const).flatMap((name) => {
    const value = call.url.searchParams.get(name);
    return value === null ? [] : [[name, value] as const];
  });
  const found = [...store.deployments.values()]
    .map((d) => d.deployment)
    .filter((d) => filters.every(([name, value]) => d[name] === value))
    .reverse(); // newest first, as GitHub lists them
  return paged(found, call.url);
};

const createDeploymentStatus: Handler = (store, call) => {
  const stored = store.deployments.get(Number(param(call, 'deployment_id')));
  if (!stored) return notFound;
  const at = now();
  const status = {
    id: call.id,
    url: `${stored.deployment.url}/statuses/${call.id}`,
    state: text(call.body['state'], ''),
    description: text(call.body['description'], ''),
    environment: text(call.body['environment'], stored.deployment.environment),
    environment_url: text(call.body['environment_url'], ''),
    log_url: text(call.body['log_url'], ''),
    deployment_url: stored.deployment.url,
    repository_url: repoApi(call),
    creator: BOT,
    created_at: at,
    updated_at: at,
  };
  stored.statuses.push(status);
  return { body: status };
};

/** Operations with no state of their own (commit statuses): echo what was sent. */
const echo: Handler = (_store, call) => ({
  body: { id: call.id, url: `${repoApi(call)}/${call.id}`, ...call.body, ...call.params },
});

const handlers: Record<string, Handler> = {
  'issues/create-comment': createComment,
  'issues/list-comments': listComments,
  'issues/update-comment': updateComment,
  'pulls/get': getPull,
  'repos/create-deployment': createDeployment,
  'repos/list-deployments': listDeployments,
  'repos/create-deployment-status': createDeploymentStatus,
};

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

function send(response: ServerResponse, reply: Reply, status: number): void {
  response
    .writeHead(reply.status ?? status, {
      'content-type': 'application/json; charset=utf-8',
      ...reply.headers,
    })
    .end(JSON.stringify(reply.body));
}

/** Each operation of the fixture as a path pattern, with its body validator. */
function compileRoutes() {
  // OpenAPI 3.0 schemas: draft-07 with `nullable`, which Ajv understands.
  const ajv = new Ajv({ strict: false, allErrors: true });
  return Object.entries(fixture.operations).map(([id, op]) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
    );
    const validate: ValidateFunction | null = op.requestBody ? ajv.compile(op.requestBody) : null;
    return { id, op, pattern, names, validate };
  });
}

function problems(validate: ValidateFunction | null, body: Record<string, unknown>): string[] {
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/**
 * GitHub's API as wharf uses it, on 127.0.0.1, keeping what is created (comments, deployments
 * and their statuses) so later reads answer as GitHub would. Each request body is validated
 * against the operation's schema from GitHub's own OpenAPI description (test/fixtures,
 * extracted by scripts/extract-github-openapi.mjs): a body GitHub would refuse is refused
 * here too (422).
 */
export async function startGitHubStandin(): Promise<GitHubStandin> {
  const routes = compileRoutes();
  const store: Store = { comments: new Map(), pulls: new Map(), deployments: new Map() };
  const requests: Recorded[] = [];
  const unknown: string[] = [];
  let outage: number | null = null;
  // One counter for everything, so an id never names two things.
  let nextId = 1000;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const route = routes.find(
      (r) => r.op.method === request.method && r.pattern.test(url.pathname),
    );
    const raw = await read(request);
    const failure =
      outage === null ? null : { status: outage, body: { message: 'stand-in outage' } };
    if (!route) {
      unknown.push(`${request.method ?? ''} ${url.pathname}`);
      send(response, failure ?? notFound, 404);
      return;
    }
    const match = route.pattern.exec(url.pathname) ?? [];
    const params = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
    );
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const invalid = problems(route.validate, body);
    const call: Call = { url, params, body, id: nextId++ };
    requests.push({
      operation: route.id,
      params,
      body,
      invalid,
      id: call.id,
      ...(failure ? { failed: true } : {}),
    });
    const reply =
      failure ??
      (invalid.length > 0
        ? { status: 422, body: { message: 'Validation Failed', errors: invalid } }
        : (handlers[route.id] ?? echo)(store, call));
    send(response, reply, route.op.status);
  }

  const server = createServer((request, response) => {
    // A stand-in bug answers 500 with its message instead of leaving the client hanging.
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { body: { message: String(error) } }, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unknown,
    setPullRequest: (number, pr) => {
      store.pulls.set(number, { ...pr });
    },
    failWith: (status) => {
      outage = status;
    },
    comments: (issueNumber) =>
      [...store.comments.values()]
        .filter((c) => c.issue === issueNumber)
        .map(({ comment }) => ({ id: comment.id, body: comment.body })),
    deploymentStatuses: (deploymentId) =>
      store.deployments.get(deploymentId)?.statuses.map((s) => s.state) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
