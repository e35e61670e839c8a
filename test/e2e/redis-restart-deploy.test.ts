// Redis restarted (killed and started again on its append-only file, as docs/install.md sets
// it up) while a deploy runs: the lock survives, so no second deploy of the environment starts
// meanwhile; the running deploy renews its lock once Redis is back and finishes. Real Docker,
// Compose, Nginx, Redis and git.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisLock } from '../../src/adapters/redis-lock.js';
import { LockedError } from '../../src/core/errors.js';
import { deployEnvironment, type DeployOutcome } from '../../src/deploy/deploy-environment.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { OwnRedis } from '../helpers/own-redis.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-redis-restart';
const hostName = 'redis-restart.test';

let repo: TestRepo;
let host: TestHost;
let redis: OwnRedis;
let aofDir: string;

function manifest(version: string, verify: string): string {
  return blueGreenManifest({ name: env, host: hostName, version, verify });
}

beforeAll(async () => {
  aofDir = await mkdtemp(path.join(tmpdir(), 'wharf-redis-aof-'));
  redis = await OwnRedis.start({ aofDir });
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1', '1s'),
  });
  host = await createTestHost(repo.dir, [env], {
    redis: { url: redis.url, prefix: `wharf-test-${randomUUID().slice(0, 8)}` },
  });
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
  await redis.down();
  await rm(aofDir, { recursive: true, force: true });
});

describe('Redis restarted in the middle of a deploy', { timeout: 240_000 }, () => {
  it('lets no second deploy start, and the first one finishes', async () => {
    const first = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    expect(first.result, first.reason).toBe('success');
    const load = startLoad({
      port: host.edgePort,
      host: hostName,
      path: '/',
      concurrency: 4,
      maxRequests: 200_000,
      maxMs: 200_000,
    });
    await repo.commit('v2', { 'env.yaml': manifest('v2', '15s') });
    let verifying = false;
    const running = deployEnvironment(host.wired.deps, {
      environment: env,
      trigger: 'test',
      onProgress: (event) => {
        if (event.message.startsWith('verifying')) verifying = true;
      },
    });
    while (!verifying) await new Promise((resolve) => setTimeout(resolve, 100));
    await redis.down();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.up();
    // Another process, asked to deploy the environment now, finds the lock where it was.
    const client = new Redis(redis.url, { maxRetriesPerRequest: 3 });
    try {
      const other = {
        ...host.wired.deps,
        lock: redisLock(client, host.config.redisPrefix),
      };
      const second = await deployEnvironment(other, { environment: env, trigger: 'test' }).catch(
        (error: unknown) => error,
      );
      expect(second).toBeInstanceOf(LockedError);
    } finally {
      client.disconnect();
    }
    const outcome: DeployOutcome = await running;
    const samples = await load.stop();
    expect(outcome.result, outcome.reason).toBe('success');
    expect((await host.get(hostName, '/')).body).toBe('web v2\n');
    expect(samples.filter((s) => s.status !== 200)).toEqual([]);
    const [last] = await host.wired.deps.history.list(env, 1);
    expect(last).toMatchObject({ result: 'success', revision: outcome.revision });
  });
});
