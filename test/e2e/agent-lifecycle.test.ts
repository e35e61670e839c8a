import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-lifecycle';
const prefix = `wharf-lifecycle-${randomUUID().slice(0, 6)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

function manifest(body: string, selfHeal: boolean): string {
  return webEnvironment({ name: env, host: 'lifecycle.test', body, verify: '4s', selfHeal });
}

let repo: TestRepo;
let host: TestHost;
let queue: JobQueue;

function startAgent() {
  const child = spawn(
    'node',
    [path.resolve('bin/wharf.js'), 'agent', '--config', host.configFile],
    // This test reads the agent's progress from its log.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WHARF_LOG_LEVEL: 'info' } },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => log };
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1', false),
  });
  host = await createTestHost(repo.dir, [env], {
    redis: { url: redisUrl, prefix },
    queue: { resyncInterval: '1h' },
  });
  queue = bullmqQueue({ redisUrl, prefix, attempts: 3, node: 'local' }, pino({ level: 'silent' }));
}, 60_000);

afterAll(async () => {
  await queue.close();
  await host.close();
  await repo.remove();
});

describe('a wharf agent', { timeout: 240_000 }, () => {
  it('on SIGTERM takes no new job, lets the running deploy finish, and exits 0', async () => {
    const agent = startAgent();
    await queue.requestReconcile({ node: 'local', environment: env, trigger: 'test' });
    await waitFor(
      'the deploy to be under way',
      () => Promise.resolve(agent.log()),
      (log) => /"step":"apps"/.test(log),
      60_000,
    );
    agent.child.kill('SIGTERM');
    expect(await agent.exited).toBe(0);
    expect(agent.log()).toMatch(/stopping: no new jobs, waiting for running deploys/);
    // The deploy that was running finished: the environment is consistent, v1 answers.
    expect(await host.get('lifecycle.test', '/')).toEqual({ status: 200, body: 'v1\n' });
    const [last] = await host.wired.deps.history.list(env, 1);
    expect(last?.result).toBe('success');
  });

  it('only reports drift on resync where self-heal is off', async () => {
    const agent = startAgent();
    try {
      const [container] = (
        await docker([
          'ps',
          '-q',
          '--filter',
          `label=wharf.environment=${env}`,
          '--filter',
          'label=wharf.service=web',
        ])
      ).split('\n');
      await docker(['stop', container ?? '']);
      await queue.requestReconcile({ node: 'local', environment: env, trigger: 'resync' });
      await waitFor(
        'the drift to be reported',
        () => Promise.resolve(agent.log()),
        (log) => /drift found; self-heal is off, leaving it/.test(log),
        60_000,
      );
      expect(await docker(['inspect', '--format', '{{.State.Status}}', container ?? ''])).toBe(
        'exited',
      );
      // A push (not a resync) repairs it.
      await queue.requestReconcile({ node: 'local', environment: env, trigger: 'webhook:push' });
      await waitFor(
        'the repair',
        () => host.get('lifecycle.test', '/').catch(() => ({ status: 0, body: '' })),
        (r) => r.body === 'v1\n',
        60_000,
      );
    } catch (error) {
      // The agent's log says why; without it a failure here is a bare timeout.
      console.error(agent.log());
      throw error;
    } finally {
      agent.child.kill('SIGTERM');
      await agent.exited;
    }
  });
});
