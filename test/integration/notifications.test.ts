import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bullmqNotifications,
  type NotificationQueue,
} from '../../src/adapters/bullmq-notifications.js';
import type { NotificationEvent } from '../../src/core/notifications/events.js';
import type { NotificationSettings, Receiver } from '../../src/core/notifications/receivers.js';
import { signatureMatches } from '../../src/core/notifications/sign-body.js';
import { handleReconcile } from '../../src/pipeline/reconcile-job.js';
import { fakeHost } from '../fakes/fake-host.js';
import { fakePipeline } from '../fakes/fake-pipeline.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

const redisUrl = process.env['WHARF_TEST_REDIS'] ?? 'redis://127.0.0.1:6379';
const log = pino({ level: 'silent' });
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** An HTTP receiver on 127.0.0.1 that records every request and answers as `answer` says. */
async function receiver(
  answer: (n: number) => number | 'never' = () => 200,
): Promise<{ url: string; got: Received[]; next: (count: number) => Promise<void> }> {
  const got: Received[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const held: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      for (const w of waiting.filter((w) => got.length >= w.count)) w.resolve();
      const status = answer(got.length);
      if (status === 'never') held.push(res);
      else res.writeHead(status).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(async () => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    next: (count) =>
      got.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push({ count, resolve })),
  };
}

/** A real SMTP server on 127.0.0.1 that keeps every mail it is given. */
async function smtp(): Promise<{ port: number; mails: { to: string[]; data: string }[] }> {
  const mails: { to: string[]; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) =>
      auth.username === 'wharf' && auth.password === 'mail-pass'
        ? callback(null, { user: 'wharf' })
        : callback(new Error('bad login')),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, mails };
}

function queue(
  receivers: Receiver[],
  overrides: Partial<NotificationSettings> = {},
  prefix = `wharf-test-${randomUUID()}`,
  url = redisUrl,
): NotificationQueue {
  const q = bullmqNotifications(
    {
      redisUrl: url,
      prefix,
      settings: { receivers, attempts: 5, backoffMs: 100, timeoutMs: 1000, ...overrides },
      commitUrl: (sha) => `https://forge.test/acme/envs/commit/${sha}`,
    },
    log,
  );
  closers.push(() => q.close());
  return q;
}

async function until<T>(
  read: () => Promise<T> | T,
  ok: (v: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const env = 'shop';
const event: NotificationEvent = {
  kind: 'deploy-failed',
  environment: env,
  at: new Date().toISOString(),
  revision: 'c0ffee0000000000000000000000000000000000',
  pushedBy: 'ada',
  changes: 'web (update: image)',
  reason: 'web did not become healthy',
};

/** A host on the fakes with one environment, and a pipeline that notifies through `q`. */
function deployHost(q: NotificationQueue | null, body = 'v1') {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': webEnvironment({ name: env, host: 'shop.test', body, verify: '5s' }),
  });
  const { deps } = fakePipeline(host.deps);
  return { host, deps: q ? { ...deps, notifier: q.notifier } : deps };
}

describe('notifications through real Redis to real receivers', () => {
  it('a deploy reaches Slack, Teams, the signed webhook and email, each once, with its facts', async () => {
    const [slack, teams, hook, mail] = [
      await receiver(),
      await receiver(),
      await receiver(),
      await smtp(),
    ];
    const q = queue([
      { name: 'chat', kind: 'slack', url: slack.url },
      { name: 'ops', kind: 'teams', url: teams.url },
      { name: 'audit', kind: 'webhook', url: hook.url, secret: 'sign-me' },
      {
        name: 'mail',
        kind: 'email',
        smtp: {
          host: '127.0.0.1',
          port: mail.port,
          secure: false,
          user: 'wharf',
          password: 'mail-pass',
        },
        from: 'wharf@host.test',
        to: ['ops@host.test'],
      },
    ]);
    q.startWorker();
    const { deps } = deployHost(q);
    const outcome = await handleReconcile(deps, {
      environment: env,
      node: 'local',
      trigger: 'webhook:push',
      pushedBy: 'ada',
    });
    expect(outcome?.result).toBe('success');
    await Promise.all([
      slack.next(1),
      teams.next(1),
      hook.next(1),
      until(
        () => mail.mails.length,
        (n) => n >= 1,
      ),
    ]);
    const revision = outcome?.revision ?? '';
    const link = `https://forge.test/acme/envs/commit/${revision}`;

    const slackText = (JSON.parse(slack.got[0]?.body ?? '{}') as { text: string }).text;
    expect(slackText).toContain(`wharf: ${env} deployed at ${revision.slice(0, 7)}`);
    expect(slackText).toContain(`<${link}|${revision.slice(0, 12)}>`);
    expect(slackText).toContain('*Pushed by:* ada');
    expect(slackText).toMatch(/\*Changes:\* web \(create/);
    expect(teams.got[0]?.body).toContain('application/vnd.microsoft.card.adaptive');
    expect(teams.got[0]?.body).toContain(link);

    const signed = hook.got[0];
    const header = String(signed?.headers['x-wharf-signature-256']);
    expect(signatureMatches(signed?.body ?? '', 'sign-me', header)).toBe(true);
    expect(signatureMatches(signed?.body ?? '', 'other-secret', header)).toBe(false);
    const payload = JSON.parse(signed?.body ?? '{}') as {
      delivery: string;
      sentAt: string;
      event: Record<string, unknown>;
    };
    expect(payload.delivery).toBe(signed?.headers['x-wharf-delivery']);
    expect(payload.sentAt).toBe(signed?.headers['x-wharf-timestamp']);
    expect(payload.event).toMatchObject({
      kind: 'deploy-succeeded',
      environment: env,
      revision,
      pushedBy: 'ada',
      revisionUrl: link,
    });

    expect(mail.mails[0]?.to).toEqual(['ops@host.test']);
    expect(mail.mails[0]?.data).toContain(
      `Subject: wharf: ${env} deployed at ${revision.slice(0, 7)}`,
    );
    expect(mail.mails[0]?.data).toContain('Pushed by: ada');

    // Once each: a second look after the queue went quiet finds no more.
    await until(
      async () => await q.bullQueue.getJobCounts('active', 'waiting', 'delayed'),
      (c) => (c['active'] ?? 0) + (c['waiting'] ?? 0) + (c['delayed'] ?? 0) === 0,
    );
    expect([slack.got.length, teams.got.length, hook.got.length, mail.mails.length]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('a failed deploy says why, and only receivers whose filters match hear of it', async () => {
    const [all, prodOnly, successOnly] = [await receiver(), await receiver(), await receiver()];
    const q = queue([
      { name: 'all', kind: 'slack', url: all.url },
      { name: 'prod', kind: 'slack', url: prodOnly.url, environments: ['prod*'] },
      { name: 'good-news', kind: 'slack', url: successOnly.url, events: ['deploy-succeeded'] },
    ]);
    q.startWorker();
    q.notifier.notify(event);
    q.notifier.notify({ ...event, kind: 'deploy-succeeded', environment: 'production' });
    await Promise.all([all.next(2), prodOnly.next(1), successOnly.next(1)]);
    const texts = all.got.map((g) => (JSON.parse(g.body) as { text: string }).text).join('\n');
    expect(texts).toContain('*Reason:* web did not become healthy');
    expect(prodOnly.got[0]?.body).toContain('production');
    expect(successOnly.got[0]?.body).toContain('deployed');
    expect([all.got.length, prodOnly.got.length, successOnly.got.length]).toEqual([2, 1, 1]);
  });

  it('a receiver that answers 500 three times gets the message on the fourth try', async () => {
    const flaky = await receiver((n) => (n <= 3 ? 500 : 200));
    const q = queue([{ name: 'flaky', kind: 'webhook', url: flaky.url, secret: 's' }]);
    q.startWorker();
    q.notifier.notify(event);
    await flaky.next(4);
    const job = await until(
      async () => (await q.bullQueue.getJobs(['completed']))[0],
      (j) => j !== undefined,
    );
    expect(job?.attemptsMade).toBe(4);
    // Every try is the same event, each signed afresh.
    const ids = new Set(flaky.got.map((g) => g.headers['x-wharf-delivery']));
    expect(ids.size).toBe(1);
    for (const g of flaky.got)
      expect(signatureMatches(g.body, 's', String(g.headers['x-wharf-signature-256']))).toBe(true);
    expect(await q.failures()).toEqual([]);
  });

  it('a receiver that never answers neither delays nor fails the deploy, and is counted as failed', async () => {
    // The deploy without notifications, as the yardstick.
    const plain = deployHost(null);
    let started = Date.now();
    const baseline = await handleReconcile(plain.deps, {
      environment: env,
      node: 'local',
      trigger: 'webhook:push',
    });
    const baselineMs = Date.now() - started;

    const silent = await receiver(() => 'never');
    const q = queue([{ name: 'black-hole', kind: 'slack', url: silent.url }], {
      attempts: 2,
      timeoutMs: 400,
    });
    q.startWorker();
    const { deps } = deployHost(q);
    started = Date.now();
    const outcome = await handleReconcile(deps, {
      environment: env,
      node: 'local',
      trigger: 'webhook:push',
    });
    const ms = Date.now() - started;
    expect(baseline?.result).toBe('success');
    expect(outcome?.result).toBe('success');
    // The receiver's deadline (400 ms a try) is not in the deploy's time.
    expect(ms).toBeLessThan(baselineMs + 300);

    const failures = await until(
      () => q.failures(),
      (f) => f.length > 0,
    );
    expect(failures[0]).toMatchObject({
      receiver: 'black-hole',
      kind: 'slack',
      event: 'deploy-succeeded',
      environment: env,
      attempts: 2,
    });
    expect(failures[0]?.error).toContain('no answer within 400 ms');
    expect(failures[0]?.error).not.toContain(silent.url);
    expect(await q.failureCounts()).toEqual({ 'black-hole': 1 });
    expect(silent.got.length).toBe(2);
  });

  it('delivers after a restart of wharf in the middle of the retries', async () => {
    let down = true;
    const hook = await receiver(() => (down ? 503 : 200));
    const prefix = `wharf-test-${randomUUID()}`;
    const receivers: Receiver[] = [{ name: 'later', kind: 'webhook', url: hook.url, secret: 's' }];
    const first = bullmqNotifications(
      {
        redisUrl,
        prefix,
        settings: { receivers, attempts: 5, backoffMs: 1500, timeoutMs: 1000 },
        commitUrl: () => null,
      },
      log,
    );
    first.startWorker();
    first.notifier.notify(event);
    await hook.next(1);
    await first.close(); // wharf stops with the retry waiting in Redis
    down = false;
    const second = queue(receivers, { backoffMs: 1500 }, prefix);
    second.startWorker();
    await hook.next(2);
    const done = await until(
      async () => (await second.bullQueue.getJobs(['completed']))[0],
      (j) => j !== undefined,
    );
    expect(done?.attemptsMade).toBe(2);
    expect(hook.got.map((g) => g.headers['x-wharf-delivery'])).toEqual([
      hook.got[0]?.headers['x-wharf-delivery'],
      hook.got[0]?.headers['x-wharf-delivery'],
    ]);
  });

  it('the same waiting event is told once', async () => {
    const hook = await receiver();
    const q = queue([{ name: 'waits', kind: 'slack', url: hook.url }]);
    q.startWorker();
    const waiting = {
      ...event,
      kind: 'waiting' as const,
      waitingFor: 'lock' as const,
      dedupeKey: 'lock:shop:c0ffee',
    };
    q.notifier.notify(waiting);
    q.notifier.notify(waiting);
    q.notifier.notify({ ...waiting, dedupeKey: 'lock:shop:other' });
    await hook.next(2);
    await until(
      async () => (await q.bullQueue.getJobs(['completed'])).length,
      (n) => n >= 2,
    );
    expect(hook.got.length).toBe(2);
    expect(hook.got[0]?.body).toContain('the environment lock');
  });

  it('with Redis away, notify returns at once, never throws, and the loss is counted', async () => {
    const q = queue(
      [{ name: 'x', kind: 'slack', url: 'http://127.0.0.1:9/' }],
      {},
      undefined,
      'redis://127.0.0.1:1',
    );
    const started = Date.now();
    expect(() => q.notifier.notify(event)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(50);
    expect(
      await until(
        () => q.enqueueFailures(),
        (n) => n === 1,
      ),
    ).toBe(1);
  });
});
