import Fastify from 'fastify';
import type { Logger } from 'pino';
import { decide, repositoryOf } from '../core/events/decide.js';
import type { JobQueue } from '../ports/job-queue.js';
import { signatureVerifier } from './verify-signature.js';

export interface ServerDeps {
  readonly secrets: readonly string[];
  /** `owner/name` of repositories whose webhooks are accepted. */
  readonly repositories: readonly string[];
  readonly deployTags: boolean;
  readonly queue: JobQueue;
  readonly log: Logger;
  /** Redis and Docker reachable, for /readyz. */
  readonly ready: () => Promise<Record<string, boolean>>;
}

// GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook events and payloads").
const maxBody = 25 * 1024 * 1024;

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** wharf's HTTP server: `POST /webhooks/github`, `/healthz`, `/readyz`. */
export function createServer(deps: ServerDeps) {
  // Fastify logs every request at info; wharf logs what it decides instead.
  const app = Fastify({
    loggerInstance: deps.log.child({}, { level: 'warn' }),
    bodyLimit: maxBody,
  });
  const verify = signatureVerifier(deps.secrets);
  const allowed = new Set(deps.repositories.map((r) => r.toLowerCase()));

  // The signature covers the exact bytes GitHub sent: keep them, parse only after verifying.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post('/webhooks/github', async (request, reply) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const delivery = header(request.headers['x-github-delivery']);
    const event = header(request.headers['x-github-event']);
    const log = deps.log.child({ delivery, event });
    if (!(await verify(raw.toString('utf8'), header(request.headers['x-hub-signature-256'])))) {
      log.warn({ remote: request.ip }, 'webhook refused: bad or missing signature');
      return reply
        .code(401)
        .send({ error: 'signature missing or wrong: check the webhook secret' });
    }
    if (!delivery || !event)
      return reply
        .code(400)
        .send({ error: 'X-GitHub-Delivery and X-GitHub-Event headers are required' });
    const type = header(request.headers['content-type']) ?? '';
    if (!type.startsWith('application/json')) {
      return reply.code(415).send({ error: 'set the webhook content type to application/json' });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply.code(400).send({ error: 'body is not JSON' });
    }
    const repository = repositoryOf(payload);
    if (!repository || !allowed.has(repository.toLowerCase())) {
      log.warn({ repository }, 'webhook refused: repository not configured');
      return reply
        .code(403)
        .send({ error: `repository ${repository ?? '(none)'} is not in webhook.repositories` });
    }
    const decision = decide(event, payload, { deployTags: deps.deployTags });
    if (decision.kind === 'pong') return reply.code(200).send({ delivery, pong: true });
    if (decision.kind === 'ignore') {
      log.info({ reason: decision.reason }, 'webhook ignored');
      return reply.code(202).send({ delivery, ignored: decision.reason });
    }
    try {
      const job = { ...decision, delivery };
      const { queued } = await deps.queue.route(job, delivery);
      log.info(
        { kind: decision.kind, queued },
        queued ? 'webhook queued' : 'webhook already handled',
      );
      return reply.code(202).send({ delivery, queued, ...(queued ? {} : { duplicate: true }) });
    } catch (error) {
      log.error(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'webhook not queued: Redis unavailable',
      );
      // GitHub marks the delivery failed; it can be redelivered once Redis is back.
      return reply.code(503).send({ error: 'queue unavailable; redeliver later' });
    }
  });

  app.get('/healthz', () => ({ ok: true }));
  app.get('/readyz', async (_request, reply) => {
    const checks = await deps.ready();
    const ok = Object.values(checks).every(Boolean);
    return reply.code(ok ? 200 : 503).send({ ok, ...checks });
  });
  return app;
}
