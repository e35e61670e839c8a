import { describe, expect, it } from 'vitest';
import { redisLock } from '../../src/adapters/redis-lock.js';
import { LockedError, LockLostError } from '../../src/core/errors.js';
import type { EnvironmentLock } from '../../src/ports/environment-lock.js';
import { memoryLock } from '../fakes/memory-lock.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('lock');

/** A lock, and a way to make its holder lose it the way that implementation can. */
interface Subject {
  readonly lock: EnvironmentLock;
  /** Another process takes the lock after an expiry; resolves once the holder can tell. */
  readonly takeOver: (environment: string) => Promise<void>;
}

const implementations: [string, () => Subject][] = [
  [
    'memory fake',
    () => {
      const lock = memoryLock();
      return { lock, takeOver: (env) => Promise.resolve(lock.expire(env)) };
    },
  ],
  [
    'Redis adapter',
    () => {
      const keys = prefix();
      // A short lifetime: renewed every 200 ms, so a takeover shows within one renewal.
      const lock = redisLock(redis, keys, 600);
      return {
        lock,
        async takeOver(env) {
          await redis.set(`${keys}:lock:${env}`, 'another process', 'PX', 600);
          await new Promise((resolve) => setTimeout(resolve, 450));
        },
      };
    },
  ],
];

describe.each(implementations)('EnvironmentLock contract: %s', (_name, subject) => {
  const make = (): EnvironmentLock => subject().lock;
  it('runs the work holding the lock and returns its result', async () => {
    const lock = make();
    expect(await lock.withLock('shop', () => Promise.resolve(42))).toBe(42);
  });

  it('refuses a second holder while the first works, without running its work', async () => {
    const lock = make();
    let second = false;
    const outcome = await lock.withLock('shop', () =>
      lock
        .withLock('shop', () => {
          second = true;
          return Promise.resolve('both');
        })
        .catch((error: unknown) => error),
    );
    expect(outcome).toBeInstanceOf(LockedError);
    expect(second).toBe(false);
  });

  it('locks each environment apart', async () => {
    const lock = make();
    const inner = await lock.withLock('shop', () =>
      lock.withLock('blog', () => Promise.resolve('blog too')),
    );
    expect(inner).toBe('blog too');
  });

  it('frees the lock when the work fails, passing the failure on', async () => {
    const lock = make();
    const failure = await lock
      .withLock('shop', () => Promise.reject(new Error('compose failed')))
      .catch((error: unknown) => error);
    expect((failure as Error).message).toBe('compose failed');
    expect(await lock.withLock('shop', () => Promise.resolve('again'))).toBe('again');
  });

  it('gives each new holder a larger fencing token, above the floor it is given', async () => {
    const lock = make();
    const first = await lock.withLock('shop', (lease) => Promise.resolve(lease.fence), {
      floor: () => Promise.resolve(0),
    });
    const second = await lock.withLock('shop', (lease) => Promise.resolve(lease.fence), {
      floor: () => Promise.resolve(0),
    });
    expect(second).toBeGreaterThan(first);
    // What the host wrote is newer than the counter (a Redis that lost its data): above it.
    const third = await lock.withLock('shop', (lease) => Promise.resolve(lease.fence), {
      floor: () => Promise.resolve(second + 40),
    });
    expect(third).toBe(second + 41);
  });

  it('holds the lease while the work runs', async () => {
    const lock = make();
    const held = await lock.withLock('shop', async (lease) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      lease.assertHeld();
      return !lease.signal.aborted;
    });
    expect(held).toBe(true);
  });

  it('tells the holder it lost the lock once another process took it', async () => {
    const { lock, takeOver } = subject();
    const outcome = await lock.withLock('shop', async (lease) => {
      await takeOver('shop');
      expect(lease.signal.aborted).toBe(true);
      return (() => {
        try {
          lease.assertHeld();
          return 'still held';
        } catch (error) {
          return error;
        }
      })();
    });
    expect(outcome).toBeInstanceOf(LockLostError);
    expect((outcome as LockLostError).code).toBe('lock-lost');
  });
});

describe('the Redis lock while Redis fails for a moment', () => {
  /** The same Redis, with every renewal failing while `failing` is set. */
  function flaky(): { client: typeof redis; setFailing: (on: boolean) => void } {
    let failing = false;
    const client = new Proxy(redis, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'eval' || typeof value !== 'function') return value;
        return (...args: unknown[]): unknown =>
          failing && String(args[0]).includes('pexpire')
            ? Promise.reject(new Error('Connection is closed.'))
            : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
    return { client, setFailing: (on) => (failing = on) };
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps the lease through a failed renewal that is confirmed again in time', async () => {
    const { client, setFailing } = flaky();
    // Renewed every second, confirmed for two: a failed renewal is tried again 250 ms later.
    const lock = redisLock(client, prefix(), 3000);
    const held = await lock.withLock('shop', async (lease) => {
      await sleep(900);
      setFailing(true);
      await sleep(300);
      setFailing(false);
      await sleep(1500);
      lease.assertHeld();
      return !lease.signal.aborted;
    });
    expect(held).toBe(true);
  });

  it('loses it once no renewal was confirmed for two thirds of its lifetime', async () => {
    const { client, setFailing } = flaky();
    const lock = redisLock(client, prefix(), 3000);
    const outcome = await lock.withLock('shop', async (lease) => {
      await sleep(900);
      setFailing(true);
      await sleep(1600);
      return lease.signal.aborted ? (lease.signal.reason as unknown) : 'still held';
    });
    expect(outcome).toBeInstanceOf(LockLostError);
    expect((outcome as Error).message).toMatch(/renewing it failed for 2 s: Connection is closed/);
  });
});
