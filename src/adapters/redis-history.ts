import type { Redis } from 'ioredis';
import { parseTally, tallyEnvironmentOf, tallyIncrements } from '../core/deploy-tally.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { DeployRecord, HistoryStore, LatestOf } from '../ports/history-store.js';
import { pipelined } from './redis-pipeline.js';

const keep = 200;

/** Deploy history in Redis: a capped list per environment, newest first. */
export function redisHistory(redis: Redis, prefix: string): HistoryStore {
  const listKey = (env: string): string => `${prefix}:history:${env}`;
  const envsKey = `${prefix}:environments`;
  const tallyKey = `${prefix}:deploy-tally`;
  return {
    async record(entry) {
      const write = redis
        .multi()
        .lpush(listKey(entry.environment), scrubCredentials(JSON.stringify(entry)))
        .ltrim(listKey(entry.environment), 0, keep - 1)
        .sadd(envsKey, entry.environment);
      // Counted with the record, in the same transaction: the list is capped, the tally not.
      if (entry.result !== 'synced') {
        const seconds = Math.max(
          0,
          (Date.parse(entry.finishedAt) - Date.parse(entry.startedAt)) / 1000,
        );
        for (const [field, by] of Object.entries(
          tallyIncrements(entry.environment, entry.result, seconds),
        ))
          write.hincrbyfloat(tallyKey, field, by);
      }
      await write.exec();
    },
    async tally() {
      return parseTally(await redis.hgetall(tallyKey));
    },
    async list(environment, limit) {
      const raw = await redis.lrange(listKey(environment), 0, Math.max(0, limit - 1));
      return raw.map((item) => JSON.parse(item) as DeployRecord);
    },
    async environments() {
      return (await redis.smembers(envsKey)).sort();
    },
    async lastSeen(environment, ref) {
      return redis.get(`${prefix}:seen:${environment}${ref ? `:${ref}` : ''}`);
    },
    async markSeen(environment, revision, ref) {
      await redis.set(`${prefix}:seen:${environment}${ref ? `:${ref}` : ''}`, revision);
    },
    async forget(environment) {
      // The branch's last seen commit; a preview follows no tags, so has no per-tag ones.
      const tallied = (await redis.hkeys(tallyKey)).filter(
        (field) => tallyEnvironmentOf(field) === environment,
      );
      const drop = redis
        .multi()
        .del(listKey(environment), `${prefix}:seen:${environment}`)
        .srem(envsKey, environment);
      if (tallied.length > 0) drop.hdel(tallyKey, ...tallied);
      await drop.exec();
    },
    async latestOf(environments) {
      // One pipeline, one round trip, however many environments.
      const pipeline = redis.pipeline();
      for (const env of environments) pipeline.lindex(listKey(env), 0).get(`${prefix}:seen:${env}`);
      const replies = await pipelined<string | null>(pipeline, environments.length * 2);
      return new Map<string, LatestOf>(
        environments.map((env, i) => {
          const newest = replies[2 * i] ?? null;
          return [
            env,
            {
              newest: newest === null ? null : (JSON.parse(newest) as DeployRecord),
              lastSeen: replies[2 * i + 1] ?? null,
            },
          ];
        }),
      );
    },
  };
}
