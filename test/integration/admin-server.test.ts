import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue, type BullmqJobQueue } from '../../src/adapters/bullmq-queue.js';
import type { NodeStatus } from '../../src/observe/node-status.js';
import { promMetrics } from '../../src/adapters/prom-metrics.js';
import { redisHistory } from '../../src/adapters/redis-history.js';
import { redisSessions } from '../../src/adapters/redis-sessions.js';
import { redisSignInLimit } from '../../src/adapters/redis-sign-in-limit.js';
import type { DeployRecord } from '../../src/ports/history-store.js';
import { mountQueueView } from '../../src/adapters/queue-view.js';
import type { EnvironmentStatus } from '../../src/core/status.js';
import { createServer } from '../../src/server/create-server.js';
import type { AdminDeps } from '../../src/server/admin-routes.js';
import type { ScheduledJobView } from '../../src/core/jobs/scheduled-job-view.js';
import { sign } from '../helpers/signed-webhook.js';

const token = 'admin-token-for-tests';
const prefix = `wharf-test-admin-${randomUUID().slice(0, 8)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;
const signInAttempts = 5;

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
/** A second wharf process behind the same address: same Redis, its own memory. */
let other: ReturnType<typeof createServer>;
let base: string;
let otherBase: string;
// Deploys are counted where they are recorded, by whichever process ran them.
const historyRedis = new Redis(redisUrl);
const history = redisHistory(historyRedis, prefix);
// What the dashboard's rollbacks leave behind: a record in Redis, as a real rollback does.
const rollbackHistory = redisHistory(historyRedis, `${prefix}-rollbacks`);
/** Two nodes: one live with this process's agent, one whose agent stopped with a deploy held. */
const beatAt = Date.now() - 2_000;
const nodes: NodeStatus[] = [
  {
    node: 'edge-2',
    default: false,
    agents: [{ node: 'edge-2', worker: 'b:2', lastBeatMs: beatAt, stopped: true, live: false }],
    lastBeatMs: beatAt,
    live: false,
    waiting: ['staging'],
    held: 'waiting for an agent on node edge-2 (its agent stopped 2 s ago); it deploys as soon as one starts',
  },
  {
    node: 'local',
    default: true,
    agents: [{ node: 'local', worker: 'a:1', lastBeatMs: beatAt, live: true }],
    lastBeatMs: beatAt,
    live: true,
    waiting: [],
    held: null,
  },
];

const prom = promMetrics({
  environments: () =>
    Promise.resolve([
      production,
      { ...production, environment: 'staging', sync: 'OutOfSync', health: 'Degraded' },
    ]),
  queue: () => Promise.resolve({ waiting: 2, active: 1, delayed: 0, oldestWaitingMs: 4500 }),
  lastResync: () => Promise.resolve(Date.now() - 30_000),
  deployTally: () => history.tally(),
  nodes: () => Promise.resolve(nodes),
});

/** A scheduled job whose last run printed a URL with credentials. */
const reportJob: ScheduledJobView = {
  environment: 'production',
  job: 'report',
  service: 'api',
  schedule: '0 3 * * *',
  nextTick: '2026-03-03T03:00:00.000Z',
  running: null,
  last: {
    job: 'report',
    tick: '2026-03-02T03:00:00.000Z',
    id: 'sched-production-report-1772420400000',
    revision: 'a'.repeat(40),
    colour: 'blue',
    startedAt: '2026-03-02T03:00:00.300Z',
    worker: 'host:1',
    result: 'failed',
    exitCode: 2,
    durationMs: 4100,
    lastLines: ['pushing to https://bot:hunter22@git.example/reports.git', 'refused'],
    missed: 0,
  },
  missedSinceLast: 0,
  missed: [],
};

function adminDeps(): AdminDeps {
  return {
    token,
    sessions: redisSessions(historyRedis, prefix),
    sessionTtlSeconds: 3600,
    signInLimit: redisSignInLimit(historyRedis, prefix, {
      attempts: signInAttempts,
      windowMs: 60_000,
    }),
    environments: () => Promise.resolve([production]),
    scheduledJobs: () => Promise.resolve([reportJob]),
    nodes: () => Promise.resolve(nodes),
    previews: () => Promise.resolve([]),
    deployLog: () => Promise.resolve({ lines: [], running: false }),
    rollback: async (environment) => {
      // Not a WharfError (those are scrubbed when made): what a library might throw.
      if (environment === 'leaky')
        throw new Error('cannot fetch https://user:s3cret@git.example/x.git');
      const now = new Date().toISOString();
      await rollbackHistory.record({
        id: randomUUID(),
        environment,
        revision: 'b'.repeat(40),
        startedAt: now,
        finishedAt: now,
        result: 'rolled-back',
        trigger: 'dashboard',
        summary: { create: 0, update: 0, remove: 0, drift: 0 },
      });
      return { from: 'a'.repeat(40), to: 'b'.repeat(40), colour: 'blue' };
    },
    environmentUrl: (host) => `https://${host}`,
    commitUrl: (sha) => `https://github.com/acme/environments/commit/${sha}`,
    pullUrl: (n) => `https://github.com/acme/environments/pull/${n}`,
    mountQueueView: (scope, basePath) => mountQueueView(scope, queue.bullQueues, basePath),
  };
}

function server(): ReturnType<typeof createServer> {
  return createServer({
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
    admin: adminDeps(),
  });
}

beforeAll(async () => {
  queue = bullmqQueue({ redisUrl, prefix, attempts: 1, node: 'local' }, pino({ level: 'silent' }));
  app = server();
  other = server();
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  otherBase = await other.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app.close();
  await other.close();
  await queue.close();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  historyRedis.disconnect();
});

let clients = 0;
/** A client address of its own (X-Forwarded-For is believed from the loopback), so attempt limits do not mix. */
function client(): Record<string, string> {
  clients += 1;
  return { 'x-forwarded-for': `198.51.100.${clients}` };
}

/** What the dashboard's own script sends with a POST. */
function sameOrigin(site = base): Record<string, string> {
  return { origin: site, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
}

async function signIn(
  presented: string,
  headers: Record<string, string> = {},
  site = base,
): Promise<Response> {
  return fetch(`${site}/login`, {
    method: 'POST',
    headers: { ...sameOrigin(site), ...headers },
    body: JSON.stringify({ token: presented, next: '/' }),
  });
}

/** Signs in and returns the `Cookie` header that carries the session. */
async function session(site = base): Promise<string> {
  const response = await signIn(token, client(), site);
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function rollbacksRecorded(): Promise<DeployRecord[]> {
  return rollbackHistory.list('production', 100);
}

function rollback(
  headers: Record<string, string>,
  body = JSON.stringify({ confirm: 'production' }),
) {
  return fetch(`${base}/api/environments/production/rollback`, { method: 'POST', headers, body });
}

describe('the dashboard, its API and the queue view', () => {
  it('are closed without a session or the token: pages go to the sign-in form, the API says 401', async () => {
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?next=%2F');
    for (const url of ['/api/environments', '/admin/queues', '/admin/queues/api/queues']) {
      const r = await fetch(`${base}${url}`, {
        headers: { authorization: 'Bearer wrong', ...client() },
      });
      expect(r.status, url).toBe(401);
      const forged = await fetch(`${base}${url}`, {
        headers: { cookie: `wharf_session=${'A'.repeat(43)}` },
      });
      expect(forged.status, url).toBe(401);
    }
    const refused = await rollback(sameOrigin());
    expect(refused.status).toBe(401);
    expect(await rollbacksRecorded()).toEqual([]);
  });

  it('marks the cookie Secure behind a TLS proxy on this host, and believes no one else', async () => {
    const signInFrom = (remoteAddress: string, origin: string) =>
      app.inject({
        method: 'POST',
        url: '/login',
        remoteAddress,
        headers: { ...sameOrigin(origin), 'x-forwarded-proto': 'https' },
        payload: JSON.stringify({ token, next: '/' }),
      });
    const proxied = await signInFrom('127.0.0.1', 'https://localhost:80');
    expect(proxied.statusCode).toBe(200);
    expect(String(proxied.headers['set-cookie'])).toMatch(/; Secure/);
    const direct = await signInFrom('203.0.113.9', 'http://localhost:80');
    expect(direct.statusCode).toBe(200);
    expect(String(direct.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('signs in with a random session id in an HttpOnly, SameSite=Strict cookie, never the token', async () => {
    const wrong = await signIn('nope', client());
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'that token is not the admin token' });
    const right = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { ...sameOrigin(), ...client() },
      body: JSON.stringify({ token, next: '//evil.example.com' }),
    });
    expect(right.status).toBe(200);
    // Never sent on to another site after signing in.
    expect(await right.json()).toEqual({ next: '/' });
    const cookie = right.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wharf_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).not.toContain(token);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const page = await fetch(`${base}/`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>wharf</title>');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    // Nothing in Redis can be replayed as the cookie: only its hash is kept.
    const id = (cookie.split(';')[0] ?? '').split('=')[1] ?? '';
    expect(await historyRedis.keys(`${prefix}:session:*${id}*`)).toEqual([]);
  });

  it('takes the sign-in as JSON from its own page only: a form post or another site is refused', async () => {
    const form = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded', ...client() },
      body: `token=${token}&next=%2F`,
    });
    expect(form.status).toBe(415);
    expect(form.headers.get('set-cookie')).toBeNull();
    const elsewhere = await signIn(token, { origin: 'https://pr-7.example.com', ...client() });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('set-cookie')).toBeNull();
  });

  it('signing out revokes the session in every process, and a fresh sign-in works', async () => {
    const cookie = await session();
    // Made by one process, known to the other: the session lives in Redis.
    expect((await fetch(`${otherBase}/api/environments`, { headers: { cookie } })).status).toBe(
      200,
    );
    const out = await fetch(`${base}/logout`, {
      method: 'POST',
      headers: { ...sameOrigin(), cookie },
      body: '{}',
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^wharf_session=; .*Max-Age=0/);
    for (const site of [base, otherBase]) {
      expect((await fetch(`${site}/api/environments`, { headers: { cookie } })).status).toBe(401);
      const page = await fetch(`${site}/`, {
        headers: { cookie, accept: 'text/html' },
        redirect: 'manual',
      });
      expect(page.status).toBe(302);
    }
    const again = await session(otherBase);
    expect(again).not.toBe(cookie);
    expect((await fetch(`${base}/api/environments`, { headers: { cookie: again } })).status).toBe(
      200,
    );
  });

  it('refuses a rollback another site asks for, and rolls back when its own page asks in JSON', async () => {
    const cookie = await session();
    const body = JSON.stringify({ confirm: 'production' });
    const attempts: [string, Record<string, string>, number][] = [
      // A form on any other site: text/plain needs no preflight.
      [
        'cross-origin text/plain',
        { origin: 'https://evil.example', 'content-type': 'text/plain' },
        403,
      ],
      [
        'a preview on the same domain',
        {
          origin: 'https://pr-7.example.com',
          'sec-fetch-site': 'same-site',
          'content-type': 'application/json',
        },
        403,
      ],
      [
        'Sec-Fetch-Site cross-site alone',
        { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
        403,
      ],
      [
        'a null Origin (sandboxed frame)',
        { origin: 'null', 'content-type': 'application/json' },
        403,
      ],
      ['a cookie with neither header', { 'content-type': 'application/json' }, 403],
      ['same-origin but text/plain', { origin: base, 'content-type': 'text/plain' }, 415],
      [
        'same-origin form',
        { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
        415,
      ],
    ];
    for (const [what, headers, status] of attempts) {
      const r = await rollback({ ...headers, cookie }, body);
      expect(r.status, what).toBe(status);
    }
    const accepted = await rollback({ ...sameOrigin(), cookie }, body);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ colour: 'blue' });
    // The accepted request's record is there, and it is the only one.
    const records = await rollbacksRecorded();
    expect(records.map((r) => r.trigger)).toEqual(['dashboard']);
  });

  it('shows no repository credentials, in the API or in the history records', async () => {
    const auth = {
      authorization: `Bearer ${token}`,
      ...client(),
      'content-type': 'application/json',
    };
    const r = await fetch(`${base}/api/environments/leaky/rollback`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ confirm: 'leaky' }),
    });
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).toContain('https://***@git.example/x.git');
    expect(text).not.toContain('s3cret');
    const now = new Date().toISOString();
    await rollbackHistory.record({
      id: randomUUID(),
      environment: 'leaky',
      revision: 'c'.repeat(40),
      startedAt: now,
      finishedAt: now,
      result: 'failed',
      trigger: 'test',
      summary: { create: 0, update: 0, remove: 0, drift: 0 },
      error: 'git fetch failed for https://user:s3cret@git.example/x.git',
    });
    const [record] = await rollbackHistory.list('leaky', 1);
    expect(record?.error).toBe('git fetch failed for https://***@git.example/x.git');
  });

  it('lets a tool with the bearer token act without Origin, in JSON only', async () => {
    const auth = { authorization: `Bearer ${token}`, ...client() };
    const list = await fetch(`${base}/api/environments`, { headers: auth });
    expect(await list.json()).toMatchObject({
      environments: [
        {
          environment: 'production',
          urls: { 'app.example.com': 'https://app.example.com' },
          commitUrl: `https://github.com/acme/environments/commit/${'a'.repeat(40)}`,
        },
      ],
      previews: [],
      nodes: [
        { node: 'edge-2', live: false, waiting: ['staging'], held: nodes[0]?.held },
        { node: 'local', default: true, live: true },
      ],
      scheduledJobs: [
        {
          environment: 'production',
          job: 'report',
          schedule: '0 3 * * *',
          last: {
            result: 'failed',
            lastLines: ['pushing to https://***@git.example/reports.git', 'refused'],
          },
        },
      ],
    });
    const before = (await rollbacksRecorded()).length;
    const plain = await rollback({ ...auth, 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const unconfirmed = await rollback(
      { ...auth, 'content-type': 'application/json' },
      JSON.stringify({ confirm: 'staging' }),
    );
    expect(unconfirmed.status).toBe(400);
    const confirmed = await rollback({ ...auth, 'content-type': 'application/json' });
    expect(await confirmed.json()).toMatchObject({ colour: 'blue' });
    expect((await rollbacksRecorded()).length).toBe(before + 1);
  });

  it('answers 429 with Retry-After once an address has guessed too often, even for the right token', async () => {
    const guesser = client();
    for (let i = 0; i < signInAttempts; i += 1)
      expect((await signIn(`guess-${i}`, guesser)).status).toBe(401);
    const limited = await signIn('one more', guesser);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // No answer either way now: the right token is not even compared.
    expect((await signIn(token, guesser)).status).toBe(429);
    // Counted across processes: the other one refuses this address too.
    expect((await signIn(token, guesser, otherBase)).status).toBe(429);
    // Bearer tokens draw on the same attempts.
    const bearer = await fetch(`${base}/api/environments`, {
      headers: { authorization: `Bearer ${token}`, ...guesser },
    });
    expect(bearer.status).toBe(429);
    // Someone else signs in as usual, and right tokens do not use up attempts.
    const operator = client();
    for (let i = 0; i < signInAttempts + 2; i += 1)
      expect((await signIn(token, operator)).status).toBe(200);
  });

  it('limits wrong bearer tokens like sign-ins', async () => {
    const tool = client();
    for (let i = 0; i < signInAttempts; i += 1) {
      const r = await fetch(`${base}/api/environments`, {
        headers: { authorization: `Bearer wrong-${i}`, ...tool },
      });
      expect(r.status).toBe(401);
    }
    const r = await fetch(`${base}/api/environments`, {
      headers: { authorization: 'Bearer wrong-again', ...tool },
    });
    expect(r.status).toBe(429);
  });

  it('mounts bull-board with both queues behind the same sign-in, its actions same-origin only', async () => {
    const cookie = await session();
    const r = await fetch(
      `${base}/admin/queues/api/queues?activeQueue=reconcile-local&page=1&jobsPerPage=10`,
      { headers: { cookie } },
    );
    expect(r.status).toBe(200);
    const names = ((await r.json()) as { queues: { name: string }[] }).queues
      .map((q) => q.name)
      .sort();
    expect(names).toEqual(['reconcile-local', 'route']);
    const ui = await fetch(`${base}/admin/queues`, { headers: { cookie } });
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('wharf queues');
    // Its buttons send a PUT without a body; from another site it is refused.
    const crossSite = await fetch(`${base}/admin/queues/api/queues/resume`, {
      method: 'PUT',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const own = await fetch(`${base}/admin/queues/api/queues/resume`, {
      method: 'PUT',
      headers: { cookie, origin: base, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
  });
});

async function unsigned(event: string, signature?: string, body = '{}'): Promise<number> {
  const response = await fetch(`${base}/webhooks/github`, {
    method: 'POST',
    headers: {
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'content-type': 'application/json',
      ...(signature ? { 'x-hub-signature-256': signature } : {}),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

async function webhookSeries(): Promise<string[]> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith('wharf_webhook_deliveries_total{'));
}

describe('/metrics', () => {
  it('exposes environment status like Argo CD, the queue, the resync age and webhook outcomes', async () => {
    await unsigned('push');
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
    expect(text).toContain('wharf_node_live_agents{node="edge-2"} 0');
    expect(text).toContain('wharf_node_live_agents{node="local"} 1');
    expect(text).toContain('wharf_node_waiting_deploys{node="edge-2"} 1');
    expect(text).toMatch(/^wharf_node_last_beat_age_seconds\{node="edge-2"\} [23](\.\d+)?$/m);
    expect(text).toMatch(/^wharf_resync_last_success_age_seconds (29|30|31)(\.\d+)?$/m);
    expect(text).toContain(
      'wharf_webhook_deliveries_total{event="unverified",outcome="unauthorized"} 1',
    );
    expect(text).toContain('# TYPE wharf_deploy_duration_seconds histogram');
    // The process's own series under one prefix, not `wharf_process_process_`.
    expect(text).toMatch(/^wharf_process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^wharf_nodejs_eventloop_lag_seconds \d/m);
    expect(text).not.toMatch(/^wharf_process_(process|nodejs)_/m);
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

describe('/metrics under a flood of webhooks', () => {
  it('adds no series for 2,000 unsigned posts with random X-GitHub-Event headers', async () => {
    await unsigned('push');
    const before = await webhookSeries();
    const events = Array.from({ length: 2000 }, () => `evt-${randomUUID()}`);
    for (let i = 0; i < events.length; i += 50)
      await Promise.all(
        events.slice(i, i + 50).map(async (e) => expect(await unsigned(e)).toBe(401)),
      );
    const after = await webhookSeries();
    expect(after.length).toBe(before.length);
    expect(after.join('\n')).not.toContain('evt-');
    const count = (lines: string[]) =>
      Number(
        lines
          .find((l) =>
            l.startsWith(
              'wharf_webhook_deliveries_total{event="unverified",outcome="unauthorized"}',
            ),
          )
          ?.split(' ')[1],
      );
    expect(count(after) - count(before)).toBe(2000);
  });

  it('names signed deliveries of events it does not know `other`, once', async () => {
    const body = JSON.stringify({ repository: { full_name: 'acme/environments' } });
    for (let i = 0; i < 20; i += 1)
      expect(await unsigned(`made-up-${randomUUID()}`, sign(body, 'webhook-secret'), body)).toBe(
        202,
      );
    const series = await webhookSeries();
    expect(series.join('\n')).not.toContain('made-up-');
    expect(series).toContain('wharf_webhook_deliveries_total{event="other",outcome="ignored"} 20');
  });
});
