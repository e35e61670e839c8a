// Nodes in a real Redis: heartbeats, an agent that stops, placements and the default node.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisNodes } from '../../src/adapters/redis-nodes.js';
import { nodeViews } from '../../src/core/nodes/node-liveness.js';

const prefix = `wharf-test-nodes-${randomUUID().slice(0, 8)}`;
let redis: Redis;

beforeAll(() => {
  redis = new Redis(`redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`);
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('nodes in Redis', () => {
  it('lists each agent’s beat, and one that stopped as stopped at the moment it left', async () => {
    const nodes = redisNodes(redis, prefix, 'local');
    await nodes.beat('local', 'a:1');
    await nodes.beat('edge-2', 'b:2');
    const before = Date.now();
    await nodes.leave('edge-2', 'b:2');
    const { beats } = await nodes.beats();
    const stopped = beats.find((b) => b.worker === 'b:2');
    expect(stopped?.stopped).toBe(true);
    expect(stopped?.lastBeatMs).toBeGreaterThanOrEqual(before);
    expect(beats.find((b) => b.worker === 'a:1')?.stopped).toBeUndefined();
    const views = nodeViews(beats, [], Date.now());
    expect(views.map((v) => [v.node, v.live])).toEqual([
      ['edge-2', false],
      ['local', true],
    ]);
  });

  it('forgets a stop once its agent is forgotten', async () => {
    const nodes = redisNodes(redis, prefix, 'local');
    await nodes.leave('edge-3', 'c:3');
    // Gone for more than an hour: the next beat of anyone drops it.
    await redis.zadd(`${prefix}:nodes:agents`, String(Date.now() - 7_200_000), 'edge-3\u0000c:3');
    await nodes.beat('local', 'a:1');
    const { beats } = await nodes.beats();
    expect(beats.some((b) => b.node === 'edge-3')).toBe(false);
    expect(await redis.hexists(`${prefix}:nodes:stopped`, 'edge-3\u0000c:3')).toBe(0);
  });

  it('places an environment once, releases it, and keeps the default node of wharf serve', async () => {
    const nodes = redisNodes(redis, prefix, 'local');
    expect(await nodes.place('shop', 'edge-2')).toBe('edge-2');
    expect(await nodes.place('shop', 'local')).toBe('edge-2');
    expect((await nodes.beats()).known).toContain('edge-2');
    await nodes.release('shop');
    expect(await nodes.placement('shop')).toBeNull();
    expect(await nodes.defaultNode()).toBe('local');
    await nodes.setDefaultNode('edge-2');
    expect(await redisNodes(redis, prefix, 'local').defaultNode()).toBe('edge-2');
  });
});
