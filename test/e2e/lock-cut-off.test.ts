// A deploy's lock holder cut off from Redis for longer than the lock lives, with real Docker,
// Compose, Nginx, Redis and git: the holder stops before its next change, a second holder
// deploys, the two never change the environment at the same time, and the fencing tokens in
// the applied record and the edge file show who wrote last.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisLock } from '../../src/adapters/redis-lock.js';
import { LockedError } from '../../src/core/errors.js';
import { deployEnvironment, type DeployOutcome } from '../../src/deploy/deploy-environment.js';
import type { DeployDeps } from '../../src/deploy/deps.js';
import { changes as guardedChanges } from '../../src/deploy/fenced-deps.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-cut-off';
const hostName = 'cut-off.test';
// Short, so the test waits seconds rather than the default's 30 s: renewed every second.
const lockTtlMs = 3000;

let repo: TestRepo;
let host: TestHost;
let proxy: TcpProxy;
const clients: Redis[] = [];

/** The changes a deploy makes, as they pass its fenced ports, with when each began. */
interface Change {
  readonly who: string;
  readonly call: string;
  readonly at: number;
}
const changes: Change[] = [];
// The same ports and methods the lease guards.
const changing: Partial<Record<keyof DeployDeps, readonly string[]>> = guardedChanges;

/** A wharf process of its own: its lock through `redisUrl`, every change it makes recorded. */
function processDeps(who: string, redisUrl: string): DeployDeps {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  clients.push(redis);
  const deps = host.wired.deps;
  const recorded = Object.fromEntries(
    Object.entries(changing).map(([port, methods]) => [
      port,
      new Proxy(deps[port as keyof DeployDeps] as object, {
        get(target, key, receiver) {
          const value: unknown = Reflect.get(target, key, receiver);
          if (typeof value !== 'function' || !methods.includes(String(key))) return value;
          return (...args: unknown[]): unknown => {
            changes.push({ who, call: `${port}.${String(key)}`, at: performance.now() });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    ]),
  );
  return {
    ...deps,
    ...recorded,
    lock: redisLock(redis, host.config.redisPrefix, lockTtlMs),
    worker: who,
  };
}

const siteFile = (): string =>
  path.join(host.config.stateDir, 'edge', 'sites', 'live', `${env}.conf`);
const siteFence = async (): Promise<number> =>
  Number(/^# wharf fence (\d+)\n/.exec(await readFile(siteFile(), 'utf8'))?.[1] ?? 0);

function manifest(version: string, verify: string): string {
  return blueGreenManifest({ name: env, host: hostName, version, verify });
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('wharf.yaml', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1', '1s'),
  });
  host = await createTestHost(repo.dir, [env]);
  proxy = await TcpProxy.start(Number(process.env['WHARF_REDIS_PORT'] ?? 6379));
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await proxy.close();
  await host.close();
  await repo.remove();
});

describe('a lock holder cut off from Redis', { timeout: 240_000 }, () => {
  it('stops before its next change; the next holder deploys; never two writing at once', async () => {
    const a = processDeps('a', proxy.url);
    const b = processDeps('b', `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`);
    const first = await deployEnvironment(b, { environment: env, trigger: 'test' });
    expect(first.result, first.reason).toBe('success');
    const load = startLoad({
      port: host.edgePort,
      host: hostName,
      path: '/',
      concurrency: 4,
      maxRequests: 200_000,
      maxMs: 200_000,
    });
    // a deploys v2 and is cut off from Redis once its new colour takes the live route.
    await repo.commit('v2', { 'env.yaml': manifest('v2', '20s') });
    let cutAt = 0;
    let fenceOfA = 0;
    const deployOfA = deployEnvironment(a, {
      environment: env,
      trigger: 'test',
      onProgress: (event) => {
        if (cutAt > 0 || !event.message.startsWith('verifying')) return;
        proxy.cut();
        cutAt = performance.now();
        void siteFence().then((fence) => (fenceOfA = fence));
      },
    }).then(
      (outcome: DeployOutcome) => outcome,
      (error: unknown) => error,
    );
    while (cutAt === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    // b, meanwhile, is asked to deploy v3, and is turned away until a's lock expires.
    await repo.commit('v3', { 'env.yaml': manifest('v3', '1s') });
    let turnedAway = 0;
    let outcomeOfB: DeployOutcome | undefined;
    while (!outcomeOfB) {
      try {
        outcomeOfB = await deployEnvironment(b, { environment: env, trigger: 'test' });
      } catch (error) {
        if (!(error instanceof LockedError)) throw error;
        turnedAway++;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    expect(outcomeOfB.result, outcomeOfB.reason).toBe('success');
    const outcomeOfA = await deployOfA;
    const samples = await load.stop();

    // a knew it had lost the lock and stopped, undoing nothing.
    expect(outcomeOfA).toMatchObject({ code: 'lock-lost', retryable: true });
    // b was kept out while a's lock lived: about its lifetime after the cut-off.
    expect(turnedAway).toBeGreaterThan(0);
    const firstOfB = changes.find((c) => c.who === 'b' && c.at > cutAt)?.at ?? 0;
    expect(firstOfB - cutAt).toBeGreaterThan(lockTtlMs - 1000);
    // Never two deploys changing the environment: a's last change came before b's first.
    const lastOfA = Math.max(...changes.filter((c) => c.who === 'a').map((c) => c.at));
    expect(lastOfA).toBeLessThan(firstOfB);
    // The tokens written show the order: b's is newer than a's, in the record and the edge.
    const applied = await host.wired.deps.state.readApplied(env);
    expect(fenceOfA).toBeGreaterThan(0);
    expect(applied?.fence).toBeGreaterThan(fenceOfA);
    expect(await siteFence()).toBe(applied?.fence);
    expect((await host.get(hostName, '/')).body).toBe('web v3\n');
    // Live traffic answered all along, by v1, v2 or v3.
    expect(samples.length).toBeGreaterThan(100);
    expect(samples.filter((s) => s.status !== 200)).toEqual([]);
    expect(new Set(samples.map((s) => s.body))).toEqual(
      new Set(['web v1\n', 'web v2\n', 'web v3\n']),
    );
    const [last] = await host.wired.deps.history.list(env, 1);
    expect(last).toMatchObject({ result: 'success', worker: 'b' });
    proxy.restore();
  });
});
