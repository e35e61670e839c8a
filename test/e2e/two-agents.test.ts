import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-agents';
const prefix = `wharf-agents-${randomUUID().slice(0, 6)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

function manifest(body: string): string {
  return webEnvironment({ name: env, host: 'agents.test', body, verify: '3s' });
}

let repo: TestRepo;
let host: TestHost;
let agents: ChildProcess[] = [];
/** What each agent printed: its JSON log lines. */
const printed: string[] = ['', ''];

/** The reconcile jobs an agent took: run to the end, or found the environment busy. */
function jobsTaken(agent: number): string[] {
  return (printed[agent] ?? '')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      const msg = (JSON.parse(line) as { msg?: string }).msg ?? '';
      return msg === 'reconcile finished' || msg === 'environment busy; reconcile waits'
        ? [msg]
        : [];
    });
}
let queue: JobQueue;

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v0'),
  });
  host = await createTestHost(repo.dir, [env], {
    redis: { url: redisUrl, prefix },
    // One job at a time per agent: a request that comes while one agent deploys can only be
    // taken by the other, so both take jobs.
    queue: { concurrency: 1, resyncInterval: '1h' },
  });
  agents = [0, 1].map((i) => {
    const agent = spawn(
      'node',
      [path.resolve('bin/wharf.js'), 'agent', '--config', host.configFile],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, WHARF_LOG_LEVEL: 'info' },
      },
    );
    agent.stdout?.on('data', (chunk: Buffer) => (printed[i] += chunk.toString()));
    return agent;
  });
  for (const i of [0, 1])
    await waitFor(
      `agent ${i} to take jobs`,
      () => Promise.resolve(printed[i] ?? ''),
      (out) => out.includes('deploy workers started'),
      30_000,
    );
  queue = bullmqQueue({ redisUrl, prefix, attempts: 3 }, pino({ level: 'silent' }));
}, 60_000);

afterAll(async () => {
  await Promise.all(
    agents.map((a) => new Promise((resolve) => (a.once('exit', resolve), a.kill('SIGTERM')))),
  );
  await queue.close();
  await host.close();
  await repo.remove();
});

describe('two `wharf agent` processes on one Redis', { timeout: 240_000 }, () => {
  it('both take jobs, and never deploy one environment at the same time', async () => {
    for (let i = 1; i <= 4; i++) {
      await repo.commit(`v${i}`, { 'env.yaml': manifest(`v${i}`) });
      // Each request lands while the previous deploy may still run, so both agents take jobs.
      await queue.requestReconcile({ environment: env, trigger: 'test' });
      await new Promise((resolve) => setTimeout(resolve, 2500));
    }
    await waitFor(
      'the last version live',
      () => host.get('agents.test', '/'),
      (r) => r.body === 'v4\n',
      180_000,
    );
    await waitFor(
      'the queue to settle',
      () => queue.counts(),
      (c) => c.waiting + c.active + c.delayed === 0,
      60_000,
    );
    // Both agents took reconcile jobs: the lock, not luck, kept their deploys apart.
    expect(jobsTaken(0).length, 'jobs agent 0 took').toBeGreaterThan(0);
    expect(jobsTaken(1).length, 'jobs agent 1 took').toBeGreaterThan(0);
    expect([...jobsTaken(0), ...jobsTaken(1)]).toContain('reconcile finished');
    const deploys = (await host.wired.deps.history.list(env, 100))
      .filter((r) => r.result !== 'synced')
      .reverse();
    expect(deploys.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < deploys.length; i++) {
      const previous = deploys[i - 1];
      const current = deploys[i];
      expect(
        Date.parse(current?.startedAt ?? ''),
        'a deploy started before the previous one ended',
      ).toBeGreaterThanOrEqual(Date.parse(previous?.finishedAt ?? ''));
    }
  });
});
