import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { LockedError } from '../core/errors.js';
import type { EnvironmentLock } from '../ports/environment-lock.js';

// Deletes or extends the key only if it still holds our token: a lock that expired and was
// taken by another process must not be touched by us.
const release = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const extend = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/** Whether a process of this host still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A per-environment lock in Redis (SET NX with an expiry, renewed while work runs). The value
 * names the holder's host and process: a lock left by a process of this host that no longer
 * runs (killed mid-deploy) is taken over at once instead of after the expiry.
 */
export function redisLock(redis: Redis, prefix: string, ttlMs = 30_000): EnvironmentLock {
  const me = hostname();
  async function take(key: string, token: string): Promise<boolean> {
    if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK') return true;
    const holder = await redis.get(key);
    const [host, pid] = (holder ?? '').split(':');
    if (holder && host === me && Number(pid) !== process.pid && !alive(Number(pid))) {
      // Replace the dead holder's value, and only that value.
      const replaced = await redis.eval(
        `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) else return nil end`,
        1,
        key,
        holder,
        token,
        String(ttlMs),
      );
      return replaced === 'OK';
    }
    return false;
  }
  return {
    async withLock(environment, work) {
      const key = `${prefix}:lock:${environment}`;
      const token = `${me}:${process.pid}:${randomUUID()}`;
      if (!(await take(key, token))) throw new LockedError(environment);
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
