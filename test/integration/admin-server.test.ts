import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue, type BullmqJobQueue } from '../../src/adapters/bullmq-queue.js';
import { promMetrics } from '../../src/adapters/prom-metrics.js';
import { redisHistory } from '../../src/adapters/redis-history.js';
import type { DeployRecord } from '../../src/ports/history-store.js';
import { mountQueueView } from '../../src/adapters/queue-view.js';
import type { EnvironmentStatus } from '../../src/observe/environment-status.js';
import { createServer } from '../../src/server/create-server.js';

const token = 'admin-token-for-tests';
const prefix = `wharf-test-admin-${randomUUID().slice(0, 8)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

const production: EnvironmentStatus = {
  environment: 'production',
  hosts: ['app.example.com'],
  revision: 'a'.repeat(40),
  colour: 'green',
  warm: { colour: 'blue', revision: 'b'.repeat(40), until: '2026-11-28T12:00:00.000Z' },
  sync: 'Synced',
  health: 'Healthy',
  lastDeploy: null,
  deploying: null,
  containers: { total: 3, running: 3 },
};

let queue: BullmqJobQueue;
let app: ReturnType<typeof createServer>;
const rollbacks: string[] = [];
// Deploys are counted where they are recorded, by whichever process ran them.
const historyRedis = new Redis(redisUrl);
const history = redisHistory(historyRedis, prefix);
const prom = promMetrics({
  environments: () =>
    Promise.resolve([
      production,
      { ...production, environment: 'staging', sync: 'OutOfSync', health: 'Degraded' },
    ]),
  queue: () => Promise.resolve({ waiting: 2, active: 1, delayed: 0, oldestWaitingMs: 4500 }),
  lastResync: () => Promise.resolve(Date.now() - 30_000),
  deployTally: () => history.tally(),
});

beforeAll(async () => {
  queue = bullmqQueue({ redisUrl, prefix, attempts: 1 }, pino({ level: 'silent' }));
  app = createServer({
    secrets: ['webhook-secret'],
    repositories: ['acme/environments'],
    deployTags: false,
    queue,
    log: pino({ level: 'silent' }),
    ready: () => Promise.resolve({ redis: true, docker: true }),
    metrics: {
      webhook: (event, outcome) => prom.metrics.webhook(event, outcome),
      scrape: () => prom.scrape(),
    },
    admin: {
      token,
      environments: () => Promise.resolve([production]),
      previews: () => Promise.resolve([]),
      deployLog: () => Promise.resolve({ lines: [], running: false }),
      rollback: (environment) => {
        rollbacks.push(environment);
        return Promise.resolve({ from: 'a'.repeat(40), to: 'b'.repeat(40), colour: 'blue' });
      },
      environmentUrl: (host) => `https://${host}`,
      commitUrl: (sha) => `https://github.com/acme/environments/commit/${sha}`,
      pullUrl: (n) => `https://github.com/acme/environments/pull/${n}`,
      mountQueueView: (scope, basePath) => mountQueueView(scope, queue.bullQueues, basePath),
    },
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await queue.close();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  historyRedis.disconnect();
});

describe('the dashboard, its API and the queue view', () => {
  it('are closed without the admin token: pages go to the sign-in form, the API says 401', async () => {
    const page = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login?next=%2F');
    for (const url of ['/api/environments', '/admin/queues', '/admin/queues/api/queues']) {
      const r = await app.inject({ url, headers: { authorization: 'Bearer wrong' } });
      expect(r.statusCode, url).toBe(401);
    }
    const rollback = await app.inject({
      method: 'POST',
      url: '/api/environments/production/rollback',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ confirm: 'production' }),
    });
    expect(rollback.statusCode).toBe(401);
    expect(rollbacks).toEqual([]);
  });

  it('marks the cookie Secure behind a TLS proxy on this host, and believes no one else', async () => {
    const signIn = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/login',
        remoteAddress,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-proto': 'https',
        },
        payload: `token=${token}&next=%2F`,
      });
    expect(String((await signIn('127.0.0.1')).headers['set-cookie'])).toMatch(/; Secure/);
    expect(String((await signIn('203.0.113.9')).headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('signs in with the token as an HttpOnly, SameSite=Strict cookie, and refuses a wrong one', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'token=nope&next=%2F',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('not the admin token');
    const right = await app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${token}&next=%2F%2Fevil.example.com`,
    });
    expect(right.statusCode).toBe(303);
    // Never sent on to another site after signing in.
    expect(right.headers.location).toBe('/');
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const page = await app.inject({ url: '/', headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>wharf</title>');
  });

  it('lists environments with links, and rolls back only when the name is confirmed', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const list = await app.inject({ url: '/api/environments', headers: auth });
    expect(list.json()).toMatchObject({
      environments: [
        {
          environment: 'production',
          urls: { 'app.example.com': 'https://app.example.com' },
          commitUrl: `https://github.com/acme/environments/commit/${'a'.repeat(40)}`,
        },
      ],
      previews: [],
    });
    const unconfirmed = await app.inject({
      method: 'POST',
      url: '/api/environments/production/rollback',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ confirm: 'staging' }),
    });
    expect(unconfirmed.statusCode).toBe(400);
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/environments/production/rollback',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ confirm: 'production' }),
    });
    expect(confirmed.json()).toMatchObject({ colour: 'blue' });
    expect(rollbacks).toEqual(['production']);
  });

  it('mounts bull-board with both queues behind the same token', async () => {
    const r = await app.inject({
      url: '/admin/queues/api/queues?activeQueue=reconcile&page=1&jobsPerPage=10',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.statusCode).toBe(200);
    const names = r
      .json<{ queues: { name: string }[] }>()
      .queues.map((q) => q.name)
      .sort();
    expect(names).toEqual(['reconcile', 'route']);
    const ui = await app.inject({
      url: '/admin/queues',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('wharf queues');
  });
});

describe('/metrics', () => {
  it('exposes environment status like Argo CD, the queue, the resync age and webhook outcomes', async () => {
    await app.inject({
      method: 'POST',
      url: '/webhooks/github',
      headers: {
        'x-github-event': 'push',
        'x-github-delivery': randomUUID(),
        'content-type': 'application/json',
      },
      payload: '{}',
    });
    const r = await app.inject({ url: '/metrics' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/plain/);
    const text = r.body;
    expect(text).toContain(
      `wharf_environment_info{environment="production",revision="${'a'.repeat(40)}",colour="green",sync_status="Synced",health_status="Healthy"} 1`,
    );
    expect(text).toContain(
      'wharf_environment_health_status{environment="staging",health_status="Degraded"} 1',
    );
    expect(text).toContain(
      'wharf_environment_sync_status{environment="staging",sync_status="Synced"} 0',
    );
    expect(text).toContain('wharf_queue_jobs{state="waiting"} 2');
    expect(text).toContain('wharf_queue_oldest_waiting_seconds 4.5');
    expect(text).toMatch(/^wharf_resync_last_success_age_seconds (29|30|31)(\.\d+)?$/m);
    expect(text).toContain('wharf_webhook_deliveries_total{event="push",outcome="unauthorized"} 1');
    expect(text).toContain('# TYPE wharf_deploy_duration_seconds histogram');
  });

  it('counts the deploys of every process by result, leaving out those that changed nothing', async () => {
    const deploy = (result: DeployRecord['result'], seconds: number): DeployRecord => ({
      id: randomUUID(),
      environment: 'production',
      revision: 'a'.repeat(40),
      startedAt: '2026-11-28T10:00:00.000Z',
      finishedAt: new Date(Date.parse('2026-11-28T10:00:00.000Z') + seconds * 1000).toISOString(),
      result,
      trigger: 'test',
      summary: { create: 0, update: 1, remove: 0, drift: 0 },
    });
    await history.record(deploy('success', 42));
    await history.record(deploy('rolled-back', 30));
    await history.record(deploy('synced', 1));
    // An agent or a `wharf deploy` elsewhere: its own connection, the same Redis.
    const agent = new Redis(redisUrl);
    await redisHistory(agent, prefix).record(deploy('success', 7));
    agent.disconnect();
    const text = (await app.inject({ url: '/metrics' })).body;
    expect(text).toContain('wharf_deploys_total{environment="production",result="success"} 2');
    expect(text).toContain('wharf_deploys_total{environment="production",result="rolled-back"} 1');
    expect(text).not.toContain('result="synced"');
    for (const [le, count] of [
      ['5', 0],
      ['10', 1],
      ['60', 2],
      ['+Inf', 2],
    ] as const)
      expect(text).toContain(
        `wharf_deploy_duration_seconds_bucket{le="${le}",environment="production",result="success"} ${count}`,
      );
    expect(text).toContain(
      'wharf_deploy_duration_seconds_sum{environment="production",result="success"} 49',
    );
    expect(text).toContain(
      'wharf_deploy_duration_seconds_count{environment="production",result="rolled-back"} 1',
    );
  });
});
