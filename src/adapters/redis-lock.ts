import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LockedError } from '../core/errors.js';
import type { EnvironmentLock } from '../ports/environment-lock.js';

// Deletes the key only if it still holds our token: a lock that expired and was taken by
// another process must not be released by us.
const release = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const extend = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * A per-environment lock in Redis (SET NX with an expiry, renewed while work runs), so a
 * crashed process frees its environment after `ttlMs`.
 */
export function redisLock(redis: Redis, prefix: string, ttlMs = 30_000): EnvironmentLock {
  return {
    async withLock(environment, work) {
      const key = `${prefix}:lock:${environment}`;
      const token = randomUUID();
      const taken = await redis.set(key, token, 'PX', ttlMs, 'NX');
      if (taken !== 'OK') throw new LockedError(environment);
      const timer = setInterval(() => {
        redis.eval(extend, 1, key, token, String(ttlMs)).catch(() => undefined);
      }, ttlMs / 3);
      try {
        return await work();
      } finally {
        clearInterval(timer);
        await redis.eval(release, 1, key, token).catch(() => undefined);
      }
    },
  };
}
