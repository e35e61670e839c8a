import type { Redis } from 'ioredis';
import type { NodeRegistry } from '../ports/node-registry.js';

// Beats older than this are dropped from the listing: an agent gone for an hour is history.
const forgetAfterMs = 3600_000;

/**
 * Nodes in Redis: `<prefix>:nodes:agents` is a sorted set of `node\0worker` scored by the last
 * beat (ms) (or the moment it stopped, then also in the hash `<prefix>:nodes:stopped`),
 * `<prefix>:nodes:placement` a hash environment -> node, `<prefix>:nodes:default`
 * the node of `wharf serve`.
 */
/** `fallbackNode`: the default node until `wharf serve` has recorded its own. */
export function redisNodes(redis: Redis, prefix: string, fallbackNode: string): NodeRegistry {
  const agents = `${prefix}:nodes:agents`;
  const placements = `${prefix}:nodes:placement`;
  const defaultKey = `${prefix}:nodes:default`;
  const stopped = `${prefix}:nodes:stopped`;
  return {
    async beat(node, worker) {
      const now = Date.now();
      await redis
        .multi()
        .zadd(agents, String(now), `${node}\u0000${worker}`)
        .zremrangebyscore(agents, '-inf', String(now - forgetAfterMs))
        .exec();
    },
    async leave(node, worker) {
      // Kept as stopped, so status says when the node's agent went, not that it never came.
      const member = `${node}\u0000${worker}`;
      const now = String(Date.now());
      await redis.multi().zadd(agents, now, member).hset(stopped, member, now).exec();
    },
    async beats() {
      const [flat, placed, left] = await Promise.all([
        redis.zrange(agents, '0', '-1', 'WITHSCORES'),
        redis.hvals(placements),
        redis.hkeys(stopped),
      ]);
      const beats = [];
      const members = new Set<string>();
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const member = flat[i] ?? '';
        members.add(member);
        const [node = '', worker = ''] = member.split('\u0000');
        const lastBeatMs = Number(flat[i + 1]);
        beats.push({
          node,
          worker,
          lastBeatMs,
          ...(left.includes(member) ? { stopped: true } : {}),
        });
      }
      // Agents forgotten (gone for an hour) leave their stop behind: dropped here.
      const forgotten = left.filter((member) => !members.has(member));
      if (forgotten.length > 0) await redis.hdel(stopped, ...forgotten);
      return { beats, known: [...new Set(placed)] };
    },
    async placement(env) {
      return redis.hget(placements, env);
    },
    async place(env, node) {
      await redis.hsetnx(placements, env, node);
      return (await redis.hget(placements, env)) ?? node;
    },
    async release(env) {
      await redis.hdel(placements, env);
    },
    async defaultNode() {
      return (await redis.get(defaultKey)) ?? fallbackNode;
    },
    async setDefaultNode(node) {
      await redis.set(defaultKey, node);
    },
  };
}
