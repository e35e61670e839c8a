import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';

const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

/**
 * The Redis a contract's real adapter runs against, as the integration tests use it: one
 * connection per file, a fresh key prefix per store, every key removed afterwards.
 */
export function contractRedis(name: string): { redis: Redis; prefix: () => string } {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const base = `wharf-contract-${name}-${randomUUID().slice(0, 8)}`;
  let n = 0;
  afterAll(async () => {
    const keys = await redis.keys(`${base}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });
  return { redis, prefix: () => `${base}:${n++}` };
}
