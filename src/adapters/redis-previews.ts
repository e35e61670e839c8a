import type { Redis } from 'ioredis';
import type { PreviewStore, PullRequestFields, PullRequestRecord } from '../ports/preview-store.js';
import { pipelined } from './redis-pipeline.js';

// Slots are two sorted sets scored by arrival: `active` (at most maxActive members) and
// `waiting` (the line). Both scripts run atomically in Redis, so two wharf processes never
// hand out the same last slot.
const claimScript = `
if redis.call('zscore', KEYS[1], ARGV[1]) then return {1, redis.call('zcard', KEYS[1])} end
local inUse = redis.call('zcard', KEYS[1])
if inUse < tonumber(ARGV[2]) then
  redis.call('zrem', KEYS[2], ARGV[1])
  redis.call('zadd', KEYS[1], ARGV[3], ARGV[1])
  return {1, inUse + 1}
end
redis.call('zadd', KEYS[2], 'NX', ARGV[3], ARGV[1])
return {0, inUse}`;

const releaseScript = `
redis.call('zrem', KEYS[1], ARGV[1])
redis.call('zrem', KEYS[2], ARGV[1])
local moved = {}
while redis.call('zcard', KEYS[1]) < tonumber(ARGV[2]) do
  local next = redis.call('zrange', KEYS[2], 0, 0)[1]
  if not next then break end
  redis.call('zrem', KEYS[2], next)
  redis.call('zadd', KEYS[1], ARGV[3], next)
  table.insert(moved, next)
end
return moved`;

const jsonFields = ['validation', 'plans', 'preview'] as const;

/** Pull requests and preview slots in Redis: a hash per pull request, fields stored apart. */
export function redisPreviews(redis: Redis, prefix: string): PreviewStore {
  const recordKey = (n: number): string => `${prefix}:pr:${n}`;
  const deploymentsKey = (n: number): string => `${prefix}:pr:${n}:deployments`;
  const indexKey = `${prefix}:prs`;
  const activeKey = `${prefix}:previews:active`;
  const waitingKey = `${prefix}:previews:waiting`;

  function parse(
    number: number,
    hash: Record<string, string>,
    deployments: readonly string[],
  ): PullRequestRecord | null {
    if (!hash['wish']) return null;
    const json = <T>(field: string): T | null =>
      hash[field] ? (JSON.parse(hash[field]) as T) : null;
    return {
      number,
      wish: hash['wish'] as PullRequestRecord['wish'],
      fork: hash['fork'] === 'true',
      head: hash['head'] ?? '',
      openedAt: hash['openedAt'] ?? '',
      activeAt: hash['activeAt'] ?? '',
      commentId: hash['commentId'] ? Number(hash['commentId']) : null,
      deployments: deployments.map(Number),
      validation: json('validation'),
      plans: json('plans'),
      preview: json('preview'),
    };
  }

  async function get(number: number): Promise<PullRequestRecord | null> {
    const [hash, deployments] = await Promise.all([
      redis.hgetall(recordKey(number)),
      redis.lrange(deploymentsKey(number), 0, -1),
    ]);
    return parse(number, hash, deployments);
  }

  return {
    get,
    async list() {
      const numbers = (await redis.smembers(indexKey)).map(Number).sort((a, b) => a - b);
      // Every record in one pipeline: the dashboard lists them all on each refresh.
      const pipeline = redis.pipeline();
      for (const n of numbers) pipeline.hgetall(recordKey(n)).lrange(deploymentsKey(n), 0, -1);
      const replies = await pipelined<unknown>(pipeline, numbers.length * 2);
      return numbers
        .map((n, i) =>
          parse(
            n,
            replies[2 * i] as Record<string, string>,
            replies[2 * i + 1] as readonly string[],
          ),
        )
        .filter((r): r is PullRequestRecord => r !== null);
    },
    async update(number, fields: PullRequestFields) {
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        if ((jsonFields as readonly string[]).includes(key)) values[key] = JSON.stringify(value);
        else if (value === null) values[key] = '';
        else values[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
      }
      await redis.multi().hset(recordKey(number), values).sadd(indexKey, String(number)).exec();
    },
    async addDeployment(number, id) {
      await redis.rpush(deploymentsKey(number), String(id));
    },
    async forget(number) {
      await redis
        .multi()
        .del(recordKey(number), deploymentsKey(number))
        .srem(indexKey, String(number))
        .zrem(activeKey, String(number))
        .zrem(waitingKey, String(number))
        .exec();
    },
    async claim(number, maxActive) {
      const [active, inUse] = (await redis.eval(
        claimScript,
        2,
        activeKey,
        waitingKey,
        String(number),
        String(maxActive),
        String(Date.now()),
      )) as [number, number];
      return { active: active === 1, inUse };
    },
    async release(number, maxActive) {
      const moved = (await redis.eval(
        releaseScript,
        2,
        activeKey,
        waitingKey,
        String(number),
        String(maxActive),
        String(Date.now()),
      )) as string[];
      return moved.map(Number);
    },
    async slots() {
      const [active, waiting] = await Promise.all([
        redis.zrange(activeKey, '0', '-1'),
        redis.zrange(waitingKey, '0', '-1'),
      ]);
      return { active: active.map(Number), waiting: waiting.map(Number) };
    },
  };
}
