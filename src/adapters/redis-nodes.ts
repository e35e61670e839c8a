import type { Redis } from 'ioredis';
import type { NodeRegistry } from '../ports/node-registry.js';

// Beats older than this are dropped from the listing: an agent gone for an hour is history.
const forgetAfterMs = 3600_000;

/**
 * Nodes in Redis: `<prefix>:nodes:agents` is a sorted set of `node\0worker` scored by the last
 * beat (ms), `<prefix>:nodes:placement` a hash environment -> node, `<prefix>:nodes:default`
 * the node of `wharf serve`.
 */
/** `fallbackNode`: the default node until `wharf serve` has recorded its own. */
export function redisNodes(redis: Redis, prefix: string, fallbackNode: string): NodeRegistry {
  const agents = `${prefix}:nodes:agents`;
  const placements = `${prefix}:nodes:placement`;
  const defaultKey = `${prefix}:nodes:default`;
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
      await redis.zrem(agents, `${node}\u0000${worker}`);
    },
    async beats() {
      const [flat, placed] = await Promise.all([
        redis.zrange(agents, '0', '-1', 'WITHSCORES'),
        redis.hvals(placements),
      ]);
      const beats = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const [node = '', worker = ''] = (flat[i] ?? '').split('\u0000');
        beats.push({ node, worker, lastBeatMs: Number(flat[i + 1]) });
      }
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
