import { describe, expect, it } from 'vitest';
import { redisLock } from '../../src/adapters/redis-lock.js';
import { LockedError } from '../../src/core/errors.js';
import type { EnvironmentLock } from '../../src/ports/environment-lock.js';
import { memoryLock } from '../fakes/memory-lock.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('lock');

const implementations: [string, () => EnvironmentLock][] = [
  ['memory fake', memoryLock],
  ['Redis adapter', () => redisLock(redis, prefix())],
];

describe.each(implementations)('EnvironmentLock contract: %s', (_name, make) => {
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
});
