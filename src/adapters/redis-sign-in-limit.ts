import type { Redis } from 'ioredis';
import type { SignInLimit } from '../ports/admin-sessions.js';

// One round trip, so concurrent attempts cannot all slip in under the limit: count, start the
// window on the first attempt, answer the count and what is left of the window.
const take = `local n = redis.call('incr', KEYS[1])
if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
return {n, redis.call('pttl', KEYS[1])}`;
// Never recreates a window that ended meanwhile (a bare DECR would, without an expiry).
const giveBack = `if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) else return 0 end`;

export interface SignInLimitOptions {
  /** Attempts allowed per address and window. */
  readonly attempts: number;
  readonly windowMs: number;
}

export const defaultSignInLimit: SignInLimitOptions = { attempts: 10, windowMs: 10 * 60_000 };

/** A fixed window per client address, in `<prefix>:sign-in:<address>`, shared by every process. */
export function redisSignInLimit(
  redis: Redis,
  prefix: string,
  options: SignInLimitOptions = defaultSignInLimit,
): SignInLimit {
  const key = (client: string): string => `${prefix}:sign-in:${client}`;
  return {
    async take(client) {
      const [count, ttl] = (await redis.eval(take, 1, key(client), String(options.windowMs))) as [
        number,
        number,
      ];
      return {
        allowed: count <= options.attempts,
        retryAfterSeconds: Math.max(1, Math.ceil((ttl > 0 ? ttl : options.windowMs) / 1000)),
      };
    },
    async giveBack(client) {
      await redis.eval(giveBack, 1, key(client));
    },
  };
}
