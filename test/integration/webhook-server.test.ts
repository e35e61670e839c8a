import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import { dockerApi } from '../../src/adapters/docker-api.js';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { redisProbe } from '../../src/adapters/redis-probe.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { createServer } from '../../src/server/create-server.js';
import { readinessChecks } from '../../src/server/readiness.js';
import { signatureVerifier } from '../../src/server/verify-signature.js';
import { waitFor } from '../helpers/docker-cli.js';
import { OwnRedis } from '../helpers/own-redis.js';
import { sign as signBody } from '../helpers/signed-webhook.js';

const secret = 'webhook-test-secret';
const prefix = `wharf-test-webhooks-${randomUUID().slice(0, 8)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;
const require = createRequire(import.meta.url);

interface Example {
  name: string;
  examples: Record<string, unknown>[];
}
const examples = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
) as Example[];
const payloads = examples
  .filter((e) => e.name === 'push' || e.name === 'pull_request')
  .flatMap((e) =>
    e.examples.map((payload, i) => ({
      event: e.name,
      name: `${e.name} #${i + 1} ${JSON.stringify(payload['action'] ?? payload['ref'] ?? '')}`,
      payload,
    })),
  );

let queue: JobQueue;
let app: ReturnType<typeof createServer>;
/** The engine readiness asks: the host's, or one on a socket nothing listens on. */
const liveEngine = dockerEngine({ installation: 'wharf-test' });
let engine = liveEngine;
let redis: Redis;
let base: string;
/** The Redis readiness asks, the test's own so that it can be stopped; the queue's stays up. */
let readyRedis: OwnRedis;
let probe: Redis;

function sign(body: string, key = secret): string {
  return signBody(body, key);
}

async function post(event: string, body: string, headers: Record<string, string> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/webhooks/github',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': sign(body),
      ...headers,
    },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

async function queuedJobs(): Promise<number> {
  return (await redis.keys(`${prefix}:bull:route:delivery-*`)).length;
}

beforeAll(async () => {
  redis = new Redis(redisUrl);
  queue = bullmqQueue({ redisUrl, prefix, attempts: 1, node: 'local' }, pino({ level: 'silent' }));
  readyRedis = await OwnRedis.start();
  probe = redisProbe(readyRedis.url);
  app = createServer({
    secrets: [secret],
    repositories: ['Codertocat/Hello-World', 'acme/environments'],
    deployTags: false,
    queue,
    log: pino({ level: 'silent' }),
    // The checks `wharf serve` runs, against a real Redis and the real Docker engine.
    ready: readinessChecks({ redis: probe, engine: { ping: () => engine.ping() } }),
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app.close();
  await queue.close();
  probe.disconnect();
  await readyRedis.down();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('the GitHub webhook endpoint', () => {
  it("verifies GitHub's documented signature test vector", () => {
    const verify = signatureVerifier(["It's a Secret to Everybody"]);
    expect(
      verify(
        Buffer.from('Hello, World!'),
        'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
      ),
    ).toBe(true);
    expect(
      verify(
        Buffer.from('Hello, World?'),
        'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
      ),
    ).toBe(false);
  });

  it('verifies the signature over the raw bytes, not over text decoded from them', async () => {
    // A JSON body whose string holds bytes that are not UTF-8: decoding turns each into U+FFFD.
    const raw = Buffer.concat([
      Buffer.from('{"zen":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]),
      Buffer.from('","repository":{"full_name":"acme/environments"}}'),
    ]);
    const lossy = Buffer.from(raw.toString('utf8'), 'utf8');
    expect(lossy.equals(raw)).toBe(false);
    const overBytes = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    const overText = `sha256=${createHmac('sha256', secret).update(raw.toString('utf8')).digest('hex')}`;
    expect(overBytes).not.toBe(overText);
    const verify = signatureVerifier([secret]);
    expect(verify(raw, overBytes)).toBe(true);
    expect(verify(raw, overText)).toBe(false);
    // Through HTTP as GitHub sends it: the bytes' signature passes, the text's does not.
    const send = async (signature: string) =>
      (
        await fetch(`${base}/webhooks/github`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'ping',
            'x-github-delivery': randomUUID(),
            'x-hub-signature-256': signature,
          },
          body: raw,
        })
      ).status;
    expect(await send(overBytes)).toBe(200);
    expect(await send(overText)).toBe(401);
  });

  it.each(payloads)(
    'accepts or ignores the recorded $name without an error',
    async ({ event, payload }) => {
      const result = await post(event, JSON.stringify(payload));
      expect([200, 202]).toContain(result.status);
      expect(result.body['error']).toBeUndefined();
    },
  );

  it('refuses every recorded payload with a wrong signature, queuing nothing', async () => {
    const before = await queuedJobs();
    for (const { event, payload } of payloads) {
      const body = JSON.stringify(payload);
      expect(
        (await post(event, body, { 'x-hub-signature-256': sign(body, 'wrong secret') })).status,
      ).toBe(401);
      expect((await post(event, body, { 'x-hub-signature-256': '' })).status).toBe(401);
    }
    expect(await queuedJobs()).toBe(before);
  });

  it('queues a branch push once, however often the same delivery comes', async () => {
    const body = JSON.stringify({
      ref: 'refs/heads/main',
      after: 'a'.repeat(40),
      repository: { full_name: 'acme/environments' },
    });
    const delivery = randomUUID();
    const first = await post('push', body, { 'x-github-delivery': delivery });
    const second = await post('push', body, { 'x-github-delivery': delivery });
    expect(first).toEqual({ status: 202, body: { delivery, queued: true } });
    expect(second).toEqual({ status: 202, body: { delivery, queued: false, duplicate: true } });
  });

  it('answers ping, ignores events and refs it does not use, refuses other repositories', async () => {
    expect(
      (
        await post(
          'ping',
          JSON.stringify({
            zen: 'Keep it simple.',
            repository: { full_name: 'acme/environments' },
          }),
        )
      ).body,
    ).toMatchObject({ pong: true });
    expect(
      (
        await post(
          'issues',
          JSON.stringify({ action: 'opened', repository: { full_name: 'acme/environments' } }),
        )
      ).body['ignored'],
    ).toMatch(/event issues is not one wharf acts on/);
    expect(
      (
        await post(
          'push',
          JSON.stringify({ ref: 'refs/tags/v1', repository: { full_name: 'acme/environments' } }),
        )
      ).body['ignored'],
    ).toMatch(/tags deploy only with webhook.deployTags/);
    expect(
      (
        await post(
          'push',
          JSON.stringify({
            ref: 'refs/heads/old',
            deleted: true,
            repository: { full_name: 'acme/environments' },
          }),
        )
      ).body['ignored'],
    ).toMatch(/was deleted/);
    expect(
      await post(
        'push',
        JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'evil/fork' } }),
      ),
    ).toMatchObject({ status: 403 });
  });

  it("refuses a body over GitHub's 25 MB limit with 413 before verifying it", async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(26 * 1024 * 1024) });
    expect((await post('push', huge, { 'x-hub-signature-256': 'sha256=00' })).status).toBe(413);
  });

  it('asks for JSON when the webhook sends form-encoded payloads', async () => {
    const body = 'payload=%7B%7D';
    expect(
      (await post('push', body, { 'content-type': 'application/x-www-form-urlencoded' })).status,
    ).toBe(415);
  });
});

async function ready(): Promise<{ status: number; body: Record<string, boolean> }> {
  const response = await app.inject({ method: 'GET', url: '/readyz' });
  return { status: response.statusCode, body: response.json<Record<string, boolean>>() };
}

describe('health and readiness', () => {
  it('is ready while Redis and Docker answer', async () => {
    expect(await ready()).toEqual({ status: 200, body: { ok: true, redis: true, docker: true } });
  });

  it('answers 503 naming Redis while Redis is down, and is ready again once it is back; health stays up', async () => {
    await readyRedis.down();
    try {
      expect(await ready()).toEqual({
        status: 503,
        body: { ok: false, redis: false, docker: true },
      });
      // Health is the process answering, whatever its dependencies do.
      expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ ok: true });
    } finally {
      await readyRedis.up();
    }
    await waitFor('readiness once Redis is back', ready, (r) => r.status === 200, 10_000);
  });

  it('answers 503 naming Docker while the Docker engine cannot be reached', async () => {
    // The Engine API, as wharf calls it, on a socket nothing listens on.
    engine = dockerEngine({
      installation: 'wharf-test',
      api: dockerApi({ socketPath: `/tmp/wharf-no-docker-${randomUUID().slice(0, 8)}.sock` }),
    });
    try {
      expect(await ready()).toEqual({
        status: 503,
        body: { ok: false, redis: true, docker: false },
      });
    } finally {
      engine = liveEngine;
    }
    expect((await ready()).status).toBe(200);
  });
});
