import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisPreviews } from '../../src/adapters/redis-previews.js';
import type { PreviewStore } from '../../src/ports/preview-store.js';

const prefix = `wharf-test-previews-${randomUUID().slice(0, 8)}`;
let redis: Redis;
let store: PreviewStore;

beforeAll(() => {
  redis = new Redis(`redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`);
  store = redisPreviews(redis, prefix);
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('preview slots and records in Redis', () => {
  it('hands out at most maxActive slots, even to requests racing for the last one', async () => {
    // Six processes, each with its own connection.
    const connections = [1, 2, 3, 4, 5, 6].map(() => redis.duplicate());
    const answers = await Promise.all(
      connections.map((c, i) => redisPreviews(c, prefix).claim(i + 1, 2)),
    );
    for (const c of connections) c.disconnect();
    expect(answers.filter((a) => a.active)).toHaveLength(2);
    const { active, waiting } = await store.slots();
    expect(active).toHaveLength(2);
    expect(waiting).toHaveLength(4);
    // Asking again keeps a pull request's slot or its place in line.
    expect((await store.claim(active[0] ?? 0, 2)).active).toBe(true);
    expect((await store.claim(waiting[0] ?? 0, 2)).active).toBe(false);
  });

  it('gives a freed slot to the one waiting longest', async () => {
    const { active, waiting } = await store.slots();
    expect(await store.release(active[0] ?? 0, 2)).toEqual([waiting[0]]);
    // One leaving the line frees no slot.
    expect(await store.release(waiting[1] ?? 0, 2)).toEqual([]);
    const after = await store.slots();
    expect(after.active).toHaveLength(2);
    expect(after.active).toContain(active[1]);
    expect(after.active).toContain(waiting[0]);
    expect(after.waiting).toEqual([waiting[2], waiting[3]]);
  });

  it('keeps each field of a record apart, so writers of different fields never clash', async () => {
    await Promise.all([
      store.update(42, { wish: 'open', head: 'a'.repeat(40), fork: false, commentId: null }),
      store.update(42, { preview: { phase: 'live', message: 'up', url: 'http://pr-42.test' } }),
      store.addDeployment(42, 7),
      store.addDeployment(42, 9),
    ]);
    expect(await store.get(42)).toMatchObject({
      number: 42,
      wish: 'open',
      fork: false,
      head: 'a'.repeat(40),
      commentId: null,
      deployments: [7, 9],
      preview: { phase: 'live', url: 'http://pr-42.test' },
      validation: null,
    });
    expect((await store.list()).map((r) => r.number)).toContain(42);
    await store.forget(42);
    expect(await store.get(42)).toBeNull();
  });
});
