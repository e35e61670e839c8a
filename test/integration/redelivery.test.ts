// A webhook delivery whose job failed, delivered again (GitHub's "Redeliver", same delivery
// id): it runs again, through the real server, BullMQ and Redis. A delivery whose job is
// waiting, running or done stays a duplicate.
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue, type BullmqJobQueue } from '../../src/adapters/bullmq-queue.js';
import { GitError } from '../../src/core/errors.js';
import type { RouteJob } from '../../src/ports/job-queue.js';
import { createServer } from '../../src/server/create-server.js';
import { sign } from '../helpers/signed-webhook.js';
import { waitFor } from '../helpers/docker-cli.js';

const secret = 'redelivery-test-secret';
const prefix = `wharf-test-redelivery-${randomUUID().slice(0, 8)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

let queue: BullmqJobQueue;
let app: ReturnType<typeof createServer>;
/** Each route job the worker ran, and whether the repository was reachable for it. */
const runs: { job: RouteJob; ok: boolean }[] = [];
let reachable = false;

beforeAll(async () => {
  queue = bullmqQueue({ redisUrl, prefix, attempts: 1, node: 'local' }, pino({ level: 'silent' }));
  app = createServer({
    secrets: [secret],
    repositories: ['acme/environments'],
    deployTags: false,
    queue,
    log: pino({ level: 'silent' }),
    ready: () => Promise.resolve({ redis: true }),
  });
  await app.ready();
  queue.startWorkers(
    {
      route(job) {
        runs.push({ job, ok: reachable });
        // As when the forge's ref is not fetchable yet: the job fails, GitHub got its 202.
        if (!reachable)
          return Promise.reject(
            new GitError('git-failed', 'git fetch failed: could not read from remote'),
          );
        return Promise.resolve();
      },
      reconcile: () => Promise.resolve(),
    },
    1,
    'local',
  );
});

afterAll(async () => {
  await app.close();
  await queue.close();
});

async function deliver(delivery: string) {
  const body = JSON.stringify({
    action: 'opened',
    number: 7,
    pull_request: { number: 7, head: { repo: { full_name: 'acme/environments' } } },
    repository: { full_name: 'acme/environments' },
  });
  const response = await app.inject({
    method: 'POST',
    url: '/webhooks/github',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': delivery,
      'x-hub-signature-256': sign(body, secret),
    },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

async function stateOf(delivery: string): Promise<string> {
  const job = await queue.bullQueues[0]?.getJob(`delivery-${delivery}`);
  return job ? await job.getState() : 'none';
}

describe('a redelivered webhook', { timeout: 60_000 }, () => {
  it('runs again when its job failed, and only then', async () => {
    const delivery = randomUUID();
    expect(await deliver(delivery)).toMatchObject({ status: 202, body: { queued: true } });
    await waitFor(
      'the job to fail',
      () => stateOf(delivery),
      (s) => s === 'failed',
      20_000,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.job).toMatchObject({ kind: 'pull_request', number: 7, action: 'update' });

    // The person fixes what failed and presses "Redeliver": same delivery id, same payload.
    reachable = true;
    expect(await deliver(delivery)).toEqual({
      status: 202,
      body: { delivery, queued: true },
    });
    await waitFor(
      'the job to run again',
      () => stateOf(delivery),
      (s) => s === 'completed',
      20_000,
    );
    expect(runs.map((r) => r.ok)).toEqual([false, true]);

    // Done now: another copy of it is a duplicate, and does not run.
    expect(await deliver(delivery)).toEqual({
      status: 202,
      body: { delivery, queued: false, duplicate: true },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runs).toHaveLength(2);
  });
});
