import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * A GitLab or Gitea/Forgejo API on 127.0.0.1 for tests: the few operations wharf calls, each
 * request recorded and its body checked against test/fixtures/forge-api-subset.json.
 */
export type ForgeKind = 'gitlab' | 'gitea' | 'forgejo';

interface Operation {
  method: string;
  path: string;
  status: number;
  requestBody: Record<string, unknown> | null;
  /** The query parameters it takes; none when absent. */
  query?: string[];
}

export interface ForgeRecorded {
  readonly operation: string;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: Record<string, unknown>;
  /** Problems of the body or query against the forge's published description, if any. */
  readonly invalid: string[];
  readonly failed?: boolean;
}

export interface ForgeStandin {
  readonly url: string;
  readonly kind: ForgeKind;
  readonly requests: ForgeRecorded[];
  /** Requests to paths the stand-in does not know, or without the token. */
  readonly unknown: string[];
  setRequestState(number: number, state: 'open' | 'closed' | 'merged'): void;
  failWith(status: number | null): void;
  comments(number: number): { id: number; body: string }[];
  /** A comment someone else wrote on the merge or pull request. */
  addComment(number: number, body: string): void;
  /** GitLab only: the statuses a deployment went through, the one it was created with first. */
  deploymentStatuses(id: number): string[];
  close(): Promise<void>;
}

const subset = JSON.parse(readFileSync('test/fixtures/forge-api-subset.json', 'utf8')) as Record<
  'gitlab' | 'gitea',
  { operations: Record<string, Operation> }
>;

interface Route {
  name: string;
  operation: Operation;
  pattern: RegExp;
  names: string[];
  validate: ValidateFunction | null;
}

function routesOf(kind: ForgeKind): Route[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const api = subset[kind === 'gitlab' ? 'gitlab' : 'gitea'];
  return Object.entries(api.operations).map(([name, operation]) => {
    const names: string[] = [];
    const source = operation.path.replace(/\{([a-z_]+)\}/g, (_m, param: string) => {
      names.push(param);
      return '([^/]+)';
    });
    return {
      name,
      operation,
      pattern: new RegExp(`^${source}$`),
      names,
      validate: operation.requestBody ? ajv.compile(operation.requestBody) : null,
    };
  });
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

interface Store {
  nextId: number;
  comments: Map<number, { number: number; body: string }>;
  states: Map<number, 'open' | 'closed' | 'merged'>;
  deployments: Map<number, string[]>;
}

type Reply = { status?: number; body: unknown };

function gitlabReply(
  store: Store,
  name: string,
  params: Record<string, string>,
  body: Record<string, unknown>,
  query: URLSearchParams,
): Reply {
  const iid = Number(params['iid']);
  const note = (id: number) => {
    const c = store.comments.get(id);
    return c
      ? { id, body: c.body, system: false, noteable_type: 'MergeRequest', noteable_iid: c.number }
      : null;
  };
  switch (name) {
    case 'setCommitStatus':
      return {
        body: { id: store.nextId++, sha: params['sha'], status: body['state'], name: body['name'] },
      };
    case 'listMergeRequestNotes': {
      const all = [...store.comments.entries()]
        .filter(([, c]) => c.number === iid)
        .map(([id]) => note(id));
      // GitLab pages every list: `per_page` (20 unless asked, at most 100) from `page` 1.
      const page = Number(query.get('page') ?? '1');
      const perPage = Math.min(Number(query.get('per_page') ?? '20'), 100);
      return { body: all.slice((page - 1) * perPage, page * perPage) };
    }
    case 'createMergeRequestNote': {
      const id = store.nextId++;
      store.comments.set(id, { number: iid, body: String(body['body']) });
      return { body: note(id) };
    }
    case 'updateMergeRequestNote': {
      const id = Number(params['note_id']);
      const c = store.comments.get(id);
      if (!c || c.number !== iid) return { status: 404, body: { message: '404 Not found' } };
      c.body = String(body['body']);
      return { body: note(id) };
    }
    case 'getMergeRequest': {
      const state = store.states.get(iid) ?? 'open';
      return { body: { iid, state: state === 'open' ? 'opened' : state } };
    }
    case 'createDeployment': {
      const id = store.nextId++;
      store.deployments.set(id, [String(body['status'])]);
      return { body: { id, iid: id, sha: body['sha'], status: body['status'] } };
    }
    case 'updateDeployment': {
      const id = Number(params['deployment_id']);
      const statuses = store.deployments.get(id);
      if (!statuses) return { status: 404, body: { message: '404 Not found' } };
      statuses.push(String(body['status']));
      return { body: { id, status: body['status'] } };
    }
    default:
      return { status: 404, body: { message: '404 Not found' } };
  }
}

function giteaReply(
  store: Store,
  name: string,
  params: Record<string, string>,
  body: Record<string, unknown>,
): Reply {
  const index = Number(params['index']);
  const comment = (id: number) => {
    const c = store.comments.get(id);
    return c ? { id, body: c.body, user: { login: 'wharf' } } : null;
  };
  switch (name) {
    case 'repoCreateStatus':
      return { body: { id: store.nextId++, status: body['state'], context: body['context'] } };
    case 'issueGetComments': {
      const all = [...store.comments.entries()]
        .filter(([, c]) => c.number === index)
        .map(([id]) => comment(id));
      // Not paged: Gitea answers with every comment of the issue.
      return { body: all };
    }
    case 'issueCreateComment': {
      const id = store.nextId++;
      store.comments.set(id, { number: index, body: String(body['body']) });
      return { body: comment(id) };
    }
    case 'issueEditComment': {
      const id = Number(params['id']);
      const c = store.comments.get(id);
      if (!c) return { status: 404, body: { message: 'comment not found' } };
      // An edit that changes nothing answers 204, without a body.
      if (c.body === String(body['body'])) return { status: 204, body: null };
      c.body = String(body['body']);
      return { body: comment(id) };
    }
    case 'repoGetPullRequest': {
      const state = store.states.get(index) ?? 'open';
      return {
        body: {
          number: index,
          state: state === 'open' ? 'open' : 'closed',
          merged: state === 'merged',
        },
      };
    }
    default:
      return { status: 404, body: { message: 'not found' } };
  }
}

/** Starts a stand-in for `kind` serving `repository` only; `token` is required on every call. */
export async function startForgeStandin(
  kind: ForgeKind,
  repository: string,
  token: string,
): Promise<ForgeStandin> {
  const routes = routesOf(kind);
  const store: Store = {
    nextId: 1,
    comments: new Map(),
    states: new Map(),
    deployments: new Map(),
  };
  const requests: ForgeRecorded[] = [];
  const unknown: string[] = [];
  let failure: number | null = null;
  const prefix = kind === 'gitlab' ? '/api/v4' : '/api/v1';

  function authorized(request: IncomingMessage): boolean {
    return kind === 'gitlab'
      ? request.headers['private-token'] === token
      : request.headers['authorization'] === `token ${token}`;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown): void => {
      if (status === 204) return void response.writeHead(204).end();
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const body = await readBody(request);
    // Matched on the raw path: a GitLab project id is its path with `/` encoded as %2F.
    const raw = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const route = routes.find((r) => r.operation.method === request.method && r.pattern.test(raw));
    if (!route || !authorized(request)) {
      unknown.push(`${request.method} ${url.pathname}${route ? ' (no token)' : ''}`);
      return send(route ? 401 : 404, { message: route ? '401 Unauthorized' : '404 Not found' });
    }
    const values = route.pattern.exec(raw)?.slice(1) ?? [];
    const params = Object.fromEntries(
      route.names.map((n, i) => [n, decodeURIComponent(values[i] ?? '')]),
    );
    const project = kind === 'gitlab' ? params['id'] : `${params['owner']}/${params['repo']}`;
    const invalid: string[] = [];
    if (route.validate && !route.validate(body))
      invalid.push(
        ...(route.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`),
      );
    if (!route.validate && Object.keys(body).length > 0) invalid.push('/ takes no request body');
    for (const name of url.searchParams.keys())
      if (!(route.operation.query ?? []).includes(name))
        invalid.push(`?${name} is not a query parameter of ${route.name}`);
    const recorded = { operation: route.name, params, query: url.searchParams, body, invalid };
    if (failure !== null) {
      requests.push({ ...recorded, failed: true });
      return send(failure, { message: 'unavailable' });
    }
    requests.push(recorded);
    if (project !== repository) return send(404, { message: '404 Project Not Found' });
    const reply =
      kind === 'gitlab'
        ? gitlabReply(store, route.name, params, body, url.searchParams)
        : giteaReply(store, route.name, params, body);
    send(reply.status ?? route.operation.status, reply.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    kind,
    requests,
    unknown,
    setRequestState: (number, state) => store.states.set(number, state),
    failWith: (status) => {
      failure = status;
    },
    comments: (number) =>
      [...store.comments.entries()]
        .filter(([, c]) => c.number === number)
        .map(([id, c]) => ({ id, body: c.body })),
    addComment: (number, body) => void store.comments.set(store.nextId++, { number, body }),
    deploymentStatuses: (id) => store.deployments.get(id) ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
