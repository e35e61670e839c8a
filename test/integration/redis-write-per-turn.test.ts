// Commands sent in one turn of the event loop leave in one socket write, in their order, on a
// real Redis; the next turn's commands are written too (the socket does not stay corked).
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOncePerTurn } from '../../src/adapters/redis-write-per-turn.js';

const key = `wharf-test-turn-${randomUUID().slice(0, 8)}`;
let redis: Redis;

/** How many times the socket wrote (each is one system call). */
function countWrites(socket: Socket): { readonly count: () => number } {
  let writes = 0;
  const internals = socket as unknown as Record<'_write' | '_writev', (...args: unknown[]) => void>;
  for (const name of ['_write', '_writev'] as const) {
    const original = internals[name].bind(socket);
    internals[name] = (...args: unknown[]) => {
      writes++;
      original(...args);
    };
  }
  return { count: () => writes };
}

beforeAll(async () => {
  redis = new Redis(`redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`);
  await redis.ping();
  writeOncePerTurn(redis);
});

afterAll(async () => {
  await redis.del(key);
  redis.disconnect();
});

describe('writeOncePerTurn', () => {
  it('sends a turn’s commands in one write, in order', async () => {
    const writes = countWrites(redis.stream);
    const replies = await Promise.all(Array.from({ length: 50 }, () => redis.incr(key)));
    expect(replies).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(writes.count()).toBe(1);
    // A pipeline (BullMQ sends some) keeps its order among the turn's other commands.
    const [before, piped, after] = await Promise.all([
      redis.get(key),
      redis.pipeline().incr(key).incr(key).exec(),
      redis.get(key),
    ]);
    expect([before, piped?.map(([, value]) => value), after]).toEqual(['50', [51, 52], '52']);
    expect(writes.count()).toBe(2);
  });

  it('writes again in the next turn, and after a reconnect', async () => {
    expect(await redis.get(key)).toBe('52');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await redis.incr(key)).toBe(53);
    redis.disconnect(true);
    await new Promise((resolve) => redis.once('ready', resolve));
    expect(await redis.incr(key)).toBe(54);
  });
});
