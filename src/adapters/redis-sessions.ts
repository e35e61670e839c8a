import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SessionStore } from '../ports/admin-sessions.js';

/** How long a dashboard session lasts from sign-in (the cookie's Max-Age says the same). */
export const sessionTtlSeconds = 12 * 3600;

const idPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sessions as Redis keys `<prefix>:session:<sha256 of the id>` with an expiry. Only the hash is
 * stored: what Redis holds cannot be replayed as a cookie.
 */
export function redisSessions(
  redis: Redis,
  prefix: string,
  ttlSeconds = sessionTtlSeconds,
): SessionStore {
  const key = (id: string): string =>
    `${prefix}:session:${createHash('sha256').update(id).digest('hex')}`;
  return {
    async create() {
      const id = randomBytes(32).toString('base64url');
      await redis.set(key(id), new Date().toISOString(), 'EX', ttlSeconds, 'NX');
      return id;
    },
    async valid(id) {
      if (!idPattern.test(id)) return false;
      return (await redis.exists(key(id))) === 1;
    },
    async revoke(id) {
      if (idPattern.test(id)) await redis.del(key(id));
    },
  };
}
