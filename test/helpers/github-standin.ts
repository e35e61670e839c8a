import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
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
  /** The id the stand-in gave what the request created. */
  readonly id: number;
}

export interface GitHubStandin {
  readonly url: string;
  readonly requests: Recorded[];
  /** Requests to paths the stand-in does not know: wharf called something unexpected. */
  readonly unknown: string[];
  close(): Promise<void>;
}

const fixture = JSON.parse(readFileSync('test/fixtures/github-openapi-subset.json', 'utf8')) as {
  operations: Record<string, Operation>;
};

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

/**
 * GitHub's API as wharf uses it, on 127.0.0.1. Each request body is validated against the
 * operation's schema from GitHub's own OpenAPI description (test/fixtures, extracted by
 * scripts/extract-github-openapi.mjs): a body GitHub would refuse is refused here too (422).
 */
export async function startGitHubStandin(): Promise<GitHubStandin> {
  // OpenAPI 3.0 schemas: draft-07 with `nullable`, which Ajv understands.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const routes = Object.entries(fixture.operations).map(([id, op]) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
    );
    const validate: ValidateFunction | null = op.requestBody ? ajv.compile(op.requestBody) : null;
    return { id, op, pattern, names, validate };
  });
  const requests: Recorded[] = [];
  const unknown: string[] = [];
  let nextId = 1000;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://standin');
      const route = routes.find(
        (r) => r.op.method === request.method && r.pattern.test(url.pathname),
      );
      const text = await read(request);
      if (!route) {
        unknown.push(`${request.method ?? ''} ${url.pathname}`);
        response
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"message":"Not Found"}');
        return;
      }
      const match = route.pattern.exec(url.pathname) ?? [];
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
      );
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const valid = route.validate ? route.validate(body) : true;
      const invalid = valid
        ? []
        : (route.validate?.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
      const id = nextId++;
      requests.push({ operation: route.id, params, body, invalid, id });
      if (invalid.length > 0) {
        response
          .writeHead(422, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: 'Validation Failed', errors: invalid }));
        return;
      }
      const created = { id, url: `https://standin/${route.id}/${id}`, ...body, ...params };
      response
        .writeHead(route.op.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(route.op.method === 'GET' ? [] : created));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unknown,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
