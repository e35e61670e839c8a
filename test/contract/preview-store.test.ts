import { describe, expect, it } from 'vitest';
import { redisPreviews } from '../../src/adapters/redis-previews.js';
import type { PreviewStore } from '../../src/ports/preview-store.js';
import { memoryPreviews } from '../fakes/memory-previews.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('previews');

/** Arrival times are milliseconds: claims a moment apart keep their order. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 3));

const implementations: [string, () => PreviewStore][] = [
  ['memory fake', () => memoryPreviews()],
  ['Redis adapter', () => redisPreviews(redis, prefix())],
];

describe.each(implementations)('PreviewStore contract: %s', (_name, make) => {
  it('knows no pull request before its first update, then gives its fields with defaults', async () => {
    const store = make();
    expect(await store.get(7)).toBeNull();
    await store.update(7, { wish: 'open', head: 'abc', commentId: null });
    expect(await store.get(7)).toEqual({
      number: 7,
      wish: 'open',
      fork: false,
      head: 'abc',
      openedAt: '',
      activeAt: '',
      commentId: null,
      deployments: [],
      validation: null,
      plans: null,
      preview: null,
    });
  });

  it('stores each field apart: an update of one leaves the others', async () => {
    const store = make();
    await store.update(7, { wish: 'open', head: 'abc', commentId: 11, fork: true });
    await store.update(7, { head: 'def' });
    await store.update(7, { validation: { ok: true, summary: '2 environments', problems: [] } });
    expect(await store.get(7)).toMatchObject({
      wish: 'open',
      head: 'def',
      commentId: 11,
      fork: true,
      validation: { ok: true, summary: '2 environments', problems: [] },
    });
  });

  it('keeps a pull request’s Deployments in order, and forgets everything of it at once', async () => {
    const store = make();
    await store.update(7, { wish: 'open' });
    await store.addDeployment(7, 101);
    await store.addDeployment(7, 102);
    expect((await store.get(7))?.deployments).toEqual([101, 102]);
    await store.claim(7, 3);
    await store.forget(7);
    expect(await store.get(7)).toBeNull();
    expect(await store.slots()).toEqual({ active: [], waiting: [] });
  });

  it('lists the pull requests it knows, by number', async () => {
    const store = make();
    for (const n of [12, 3, 7]) await store.update(n, { wish: 'open' });
    expect((await store.list()).map((r) => r.number)).toEqual([3, 7, 12]);
  });

  it('lists each pull request as get gives it, fields and Deployments included', async () => {
    const store = make();
    await store.update(3, { wish: 'open', head: 'abc', commentId: 5 });
    await store.addDeployment(3, 101);
    await store.update(9, { wish: 'closed', preview: { phase: 'removed', message: 'gone' } });
    expect(await store.list()).toEqual([await store.get(3), await store.get(9)]);
    expect((await store.list())[0]?.deployments).toEqual([101]);
  });

  it('gives out at most maxActive slots, then puts pull requests in line', async () => {
    const store = make();
    expect(await store.claim(1, 2)).toEqual({ active: true, inUse: 1 });
    await tick();
    expect(await store.claim(2, 2)).toEqual({ active: true, inUse: 2 });
    await tick();
    expect(await store.claim(3, 2)).toEqual({ active: false, inUse: 2 });
    // Holding a slot already: asking again takes no second one.
    expect(await store.claim(1, 2)).toEqual({ active: true, inUse: 2 });
    expect(await store.slots()).toEqual({ active: [1, 2], waiting: [3] });
  });

  it('moves the oldest in line into a freed slot', async () => {
    const store = make();
    for (const n of [1, 2, 3, 4]) {
      await store.claim(n, 1);
      await tick();
    }
    expect(await store.release(1, 1)).toEqual([2]);
    expect(await store.slots()).toEqual({ active: [2], waiting: [3, 4] });
    // Leaving the line frees no slot.
    expect(await store.release(4, 1)).toEqual([]);
    expect(await store.release(2, 3)).toEqual([3]);
    expect(await store.slots()).toEqual({ active: [3], waiting: [] });
  });
});
