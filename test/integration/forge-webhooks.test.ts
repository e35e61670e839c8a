import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { createServer } from '../../src/server/create-server.js';

const secret = 'forge-webhook-secret';
const previous = 'forge-webhook-old-secret';
const prefix = `wharf-test-forges-${randomUUID().slice(0, 8)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`test/fixtures/forge-webhooks/${name}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

let queue: JobQueue;
let redis: Redis;
let app: ReturnType<typeof createServer>;

interface Forge {
  readonly kind: 'gitlab' | 'gitea' | 'forgejo';
  readonly push: Record<string, unknown>;
  readonly pull: { event: string; payload: Record<string, unknown> };
  readonly pushEvent: string;
  /** The headers of a delivery: authenticated with `key`, or not at all with null. */
  readonly headers: (
    body: string,
    event: string,
    delivery: string,
    key: string | null,
  ) => Record<string, string>;
  readonly elsewhere: Record<string, unknown>;
}

function giteaLike(kind: 'gitea' | 'forgejo'): Forge {
  const name = kind === 'gitea' ? 'Gitea' : 'Forgejo';
  return {
    kind,
    push: fixture('gitea-push'),
    pushEvent: 'push',
    pull: { event: 'pull_request', payload: fixture('gitea-pull-request') },
    headers: (body, event, delivery, key) => ({
      [`x-${kind}-event`]: event,
      [`x-${kind}-delivery`]: delivery,
      ...(key === null
        ? {}
        : { [`x-${kind}-signature`]: createHmac('sha256', key).update(body).digest('hex') }),
      'user-agent': `Go-http-client/1.1 (${name})`,
    }),
    elsewhere: { ...fixture('gitea-push'), repository: { full_name: 'mallory/environments' } },
  };
}

const forges: Forge[] = [
  {
    kind: 'gitlab',
    push: fixture('gitlab-push'),
    pushEvent: 'Push Hook',
    pull: { event: 'Merge Request Hook', payload: fixture('gitlab-merge-request') },
    headers: (_body, event, delivery, key) => ({
      'x-gitlab-event': event,
      'x-gitlab-event-uuid': delivery,
      ...(key === null ? {} : { 'x-gitlab-token': key }),
    }),
    elsewhere: {
      ...fixture('gitlab-push'),
      project: { path_with_namespace: 'acme/platform/other' },
    },
  },
  giteaLike('gitea'),
  giteaLike('forgejo'),
];

async function post(
  forge: Forge,
  event: string,
  payload: unknown,
  options: { key?: string | null; delivery?: string } = {},
) {
  const body = JSON.stringify(payload);
  const delivery = options.delivery ?? randomUUID();
  const response = await app.inject({
    method: 'POST',
    url: `/webhooks/${forge.kind}`,
    headers: {
      'content-type': 'application/json',
      ...forge.headers(body, event, delivery, options.key === undefined ? secret : options.key),
    },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

async function queued(): Promise<string[]> {
  return (await redis.keys(`${prefix}:bull:route:delivery-*`)).filter(
    (k) => k.split(':').length === 4,
  );
}

beforeAll(async () => {
  redis = new Redis(redisUrl);
  queue = bullmqQueue({ redisUrl, prefix, attempts: 1, node: 'local' }, pino({ level: 'silent' }));
  app = createServer({
    secrets: [secret, previous],
    repositories: ['acme/platform/environments', 'acme/environments'],
    deployTags: false,
    queue,
    log: pino({ level: 'silent' }),
    ready: () => Promise.resolve({ redis: true }),
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await queue.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe.each(forges)('the $kind webhook endpoint', (forge) => {
  it('queues a push it can verify', async () => {
    const before = (await queued()).length;
    const answer = await post(forge, forge.pushEvent, forge.push);
    expect(answer).toMatchObject({ status: 202, body: { queued: true } });
    expect((await queued()).length).toBe(before + 1);
  });

  it('accepts the previous secret while it is rotated', async () => {
    const answer = await post(forge, forge.pushEvent, forge.push, { key: previous });
    expect(answer).toMatchObject({ status: 202, body: { queued: true } });
  });

  it('queues a merge or pull request', async () => {
    const answer = await post(forge, forge.pull.event, forge.pull.payload);
    expect(answer).toMatchObject({ status: 202, body: { queued: true } });
  });

  it('refuses a wrong secret with 401 and queues nothing', async () => {
    const before = await queued();
    const answer = await post(forge, forge.pushEvent, forge.push, { key: 'not-the-secret' });
    expect(answer.status).toBe(401);
    expect(await queued()).toEqual(before);
  });

  it('refuses a delivery without a signature or token with 401', async () => {
    const before = await queued();
    expect((await post(forge, forge.pushEvent, forge.push, { key: null })).status).toBe(401);
    expect(await queued()).toEqual(before);
  });

  it('refuses a repository not in the allow-list with 403', async () => {
    const before = await queued();
    const answer = await post(forge, forge.pushEvent, forge.elsewhere);
    expect(answer.status).toBe(403);
    expect(await queued()).toEqual(before);
  });

  it('queues a redelivery once', async () => {
    const delivery = randomUUID();
    const before = (await queued()).length;
    const first = await post(forge, forge.pushEvent, forge.push, { delivery });
    const second = await post(forge, forge.pushEvent, forge.push, { delivery });
    expect(first.body).toMatchObject({ queued: true });
    expect(second.body).toMatchObject({ queued: false, duplicate: true });
    expect((await queued()).length).toBe(before + 1);
  });

  it('ignores an event wharf does not act on', async () => {
    const answer = await post(forge, 'issues', forge.push);
    expect(answer).toMatchObject({ status: 202 });
    expect(answer.body['ignored']).toEqual(expect.any(String));
  });
});

describe('forges side by side', () => {
  it('keeps the same delivery id from two forges apart', async () => {
    const delivery = randomUUID();
    const [gitea, forgejo] = [forges[1], forges[2]] as [Forge, Forge];
    expect((await post(gitea, 'push', gitea.push, { delivery })).body).toMatchObject({
      queued: true,
    });
    expect((await post(forgejo, 'push', forgejo.push, { delivery })).body).toMatchObject({
      queued: true,
    });
  });

  it('refuses a Gitea signature sent to the Forgejo endpoint (each checks its own header)', async () => {
    const body = JSON.stringify(fixture('gitea-push'));
    const response = await app.inject({
      method: 'POST',
      url: '/webhooks/forgejo',
      headers: {
        'content-type': 'application/json',
        'x-forgejo-event': 'push',
        'x-forgejo-delivery': randomUUID(),
        'x-gitea-signature': createHmac('sha256', secret).update(body).digest('hex'),
      },
      payload: body,
    });
    expect(response.statusCode).toBe(401);
  });

  it("takes GitLab's Idempotency-Key over its event UUID, so retries share one id", async () => {
    const key = randomUUID();
    const before = (await queued()).length;
    for (const uuid of [randomUUID(), randomUUID()]) {
      const body = JSON.stringify(fixture('gitlab-push'));
      const response = await app.inject({
        method: 'POST',
        url: '/webhooks/gitlab',
        headers: {
          'content-type': 'application/json',
          'x-gitlab-event': 'Push Hook',
          'x-gitlab-event-uuid': uuid,
          'idempotency-key': key,
          'x-gitlab-token': secret,
        },
        payload: body,
      });
      expect(response.statusCode).toBe(202);
    }
    expect((await queued()).length).toBe(before + 1);
  });
});
