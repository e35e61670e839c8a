import Fastify from 'fastify';
import type { Logger } from 'pino';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import { unverifiedEvent, webhookEventLabel } from '../core/webhook-labels.js';
import type { JobQueue } from '../ports/job-queue.js';
import { registerAdmin, type AdminDeps } from './admin-routes.js';
import { lazySchemaCompilers } from './lazy-schema-compilers.js';
import { forgeWebhooks } from './forge-webhooks.js';

export interface ServerDeps {
  readonly secrets: readonly string[];
  /** `owner/name` (GitLab: `group/sub/name`) of repositories whose webhooks are accepted. */
  readonly repositories: readonly string[];
  readonly deployTags: boolean;
  readonly queue: JobQueue;
  readonly log: Logger;
  /** Redis and Docker reachable, for /readyz. */
  readonly ready: () => Promise<Record<string, boolean>>;
  /** Counts webhook outcomes and answers `/metrics`. */
  readonly metrics?: {
    webhook(event: string, outcome: string): void;
    scrape(): Promise<{ contentType: string; body: string }>;
  };
  /** The dashboard and queue view; only with an admin token. */
  readonly admin?: AdminDeps;
}

// GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook events and payloads").
const maxBody = 25 * 1024 * 1024;

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * wharf's HTTP server: `POST /webhooks/{github,gitlab,gitea,forgejo}`, `/healthz`, `/readyz`, `/metrics`, and with an
 * admin token the dashboard and queue view. Ready once `app.ready()` resolves.
 */
export function createServer(deps: ServerDeps) {
  // Fastify logs every request at info; wharf logs what it decides instead.
  const app = Fastify({
    loggerInstance: deps.log.child({}, { level: 'warn' }),
    bodyLimit: maxBody,
    // A TLS proxy on this host (docs/install.md) says the scheme in X-Forwarded-Proto: believed
    // from the loopback only, so the sign-in cookie is Secure behind it.
    trustProxy: ['127.0.0.1', '::1'],
    schemaController: lazySchemaCompilers(),
  });
  const allowed = new Set(deps.repositories.map((r) => r.toLowerCase()));
  // Only a verified delivery's event names a series, and only from a fixed list.
  const count = (event: string | undefined, outcome: string): void =>
    deps.metrics?.webhook(webhookEventLabel(event), outcome);
  const countUnverified = (outcome: string): void =>
    deps.metrics?.webhook(unverifiedEvent, outcome);
  // A body over the limit is refused before the handler runs (unverified); it still counts.
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 413 && request.url.startsWith('/webhooks/'))
      countUnverified('too_large');
  });

  // The signature covers the exact bytes the forge sent: keep them, parse only after verifying.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  for (const forge of forgeWebhooks(deps.secrets)) {
    app.post(forge.path, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!forge.verify(raw, request.headers)) {
        // Nothing the request says is believed yet: not logged, not a label.
        deps.log.warn(
          { remote: request.ip, forge: forge.forge },
          'webhook refused: bad or missing signature',
        );
        countUnverified('unauthorized');
        return reply.code(401).send({ error: forge.unauthorized });
      }
      const delivery = forge.delivery(request.headers);
      const event = forge.event(request.headers);
      const label = event === undefined ? undefined : forge.label(event);
      const log = deps.log.child({ delivery, event, forge: forge.forge });
      if (!delivery || !event) {
        count(label, 'bad_request');
        return reply.code(400).send({ error: forge.missingHeaders });
      }
      const type = header(request.headers['content-type']) ?? '';
      if (!type.startsWith('application/json')) {
        count(label, 'unsupported_content_type');
        return reply.code(415).send({ error: 'set the webhook content type to application/json' });
      }
      let payload: unknown;
      try {
        payload = JSON.parse(raw.toString('utf8'));
      } catch {
        count(label, 'bad_request');
        return reply.code(400).send({ error: 'body is not JSON' });
      }
      const repository = forge.repositoryOf(payload);
      if (!repository || !allowed.has(repository.toLowerCase())) {
        log.warn({ repository }, 'webhook refused: repository not configured');
        count(label, 'refused_repository');
        return reply
          .code(403)
          .send({ error: `repository ${repository ?? '(none)'} is not in webhook.repositories` });
      }
      const decision = forge.decide(event, payload, { deployTags: deps.deployTags });
      if (decision.kind === 'pong') {
        count(label, 'pong');
        return reply.code(200).send({ delivery, pong: true });
      }
      if (decision.kind === 'ignore') {
        count(label, 'ignored');
        log.info({ reason: decision.reason }, 'webhook ignored');
        return reply.code(202).send({ delivery, ignored: decision.reason });
      }
      try {
        // Delivery ids are unique per forge only: the forge's name keeps them apart.
        const id = forge.forge === 'github' ? delivery : `${forge.forge}-${delivery}`;
        const { queued } = await deps.queue.route({ ...decision, delivery: id }, id);
        count(label, queued ? 'queued' : 'duplicate');
        log.info(
          { kind: decision.kind, queued },
          queued ? 'webhook queued' : 'webhook already handled',
        );
        return reply.code(202).send({ delivery, queued, ...(queued ? {} : { duplicate: true }) });
      } catch (error) {
        log.error(
          { err: { message: scrubCredentials(messageOf(error)) } },
          'webhook not queued: Redis unavailable',
        );
        count(label, 'unavailable');
        // The forge marks the delivery failed; it can be redelivered once Redis is back.
        return reply.code(503).send({ error: 'queue unavailable; redeliver later' });
      }
    });
  }

  app.get('/healthz', () => ({ ok: true }));
  // For Prometheus on the host's network; it says which environments exist, nothing secret.
  app.get('/metrics', async (_request, reply) => {
    if (!deps.metrics) return reply.code(404).send({ error: 'metrics are not enabled' });
    const { contentType, body } = await deps.metrics.scrape();
    return reply.type(contentType).send(body);
  });
  const admin = deps.admin;
  if (admin) void app.register(async (scope) => registerAdmin(scope, admin));
  else
    app.get('/', async (_request, reply) =>
      reply.code(404).send({
        error: 'the dashboard needs an admin token: set server.adminTokenFile or WHARF_ADMIN_TOKEN',
      }),
    );
  app.get('/readyz', async (_request, reply) => {
    const checks = await deps.ready();
    const ok = Object.values(checks).every(Boolean);
    return reply.code(ok ? 200 : 503).send({ ok, ...checks });
  });
  return app;
}
