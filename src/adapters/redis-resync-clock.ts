import type { Redis } from 'ioredis';

/** When a resync tick last finished, shared by every wharf process on this Redis. */
export function redisResyncClock(redis: Redis, prefix: string) {
  const key = `${prefix}:resync:last`;
  return {
    async mark(): Promise<void> {
      await redis.set(key, String(Date.now()));
    },
    async last(): Promise<number | null> {
      const value = await redis.get(key);
      return value === null ? null : Number(value);
    },
  };
}
