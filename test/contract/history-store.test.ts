import { describe, expect, it } from 'vitest';
import { redisHistory } from '../../src/adapters/redis-history.js';
import type { DeployRecord, HistoryStore } from '../../src/ports/history-store.js';
import { memoryHistory } from '../fakes/memory-history.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('history');

function entry(fields: Partial<DeployRecord> & { revision: string }): DeployRecord {
  return {
    id: `deploy-${fields.revision}`,
    environment: 'shop',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:07.000Z',
    result: 'success',
    trigger: 'test',
    summary: { create: 1, update: 0, remove: 0, drift: 0 },
    ...fields,
  };
}

const implementations: [string, () => HistoryStore][] = [
  ['memory fake', memoryHistory],
  ['Redis adapter', () => redisHistory(redis, prefix())],
];

describe.each(implementations)('HistoryStore contract: %s', (_name, make) => {
  it('lists an environment’s deploys newest first, at most `limit` of them', async () => {
    const history = make();
    for (const revision of ['a1', 'b2', 'c3']) await history.record(entry({ revision }));
    await history.record(entry({ revision: 'x9', environment: 'blog' }));
    expect((await history.list('shop', 10)).map((r) => r.revision)).toEqual(['c3', 'b2', 'a1']);
    expect((await history.list('shop', 2)).map((r) => r.revision)).toEqual(['c3', 'b2']);
    expect(await history.list('nowhere', 10)).toEqual([]);
  });

  it('gives a record back as it was written, the error, retryable mark and worker included', async () => {
    const history = make();
    const failed = entry({
      revision: 'd4',
      result: 'failed',
      error: 'busy',
      retryable: true,
      worker: 'host-a:4242',
    });
    await history.record(failed);
    expect(await history.list('shop', 1)).toEqual([failed]);
  });

  it('forgets all it keeps of an environment that is gone, and only of it', async () => {
    const history = make();
    await history.record(entry({ revision: 'a1', environment: 'pr-7' }));
    await history.record(entry({ revision: 'b2', environment: 'pr-7', result: 'failed' }));
    await history.record(entry({ revision: 'c3', environment: 'pr-70' }));
    await history.markSeen('pr-7', 'b2');
    await history.markSeen('pr-70', 'c3');
    await history.forget('pr-7');
    expect(await history.list('pr-7', 10)).toEqual([]);
    expect(await history.lastSeen('pr-7')).toBeNull();
    expect(await history.environments()).toEqual(['pr-70']);
    expect((await history.tally()).map((t) => t.environment)).toEqual(['pr-70']);
    expect(await history.lastSeen('pr-70')).toBe('c3');
  });

  it('keeps the newest 200 deploys of an environment', async () => {
    const history = make();
    for (let i = 0; i < 205; i++) await history.record(entry({ revision: `r${i}` }));
    const kept = await history.list('shop', 1000);
    expect(kept).toHaveLength(200);
    expect(kept[0]?.revision).toBe('r204');
    expect(kept.at(-1)?.revision).toBe('r5');
  });

  it('never stores the credentials of a repository URL in an error', async () => {
    const history = make();
    await history.record(
      entry({
        revision: 'e5',
        result: 'failed',
        error: 'fetch https://x-access-token:ghs_secret123@github.com/acme/env.git failed',
      }),
    );
    const [stored] = await history.list('shop', 1);
    expect(stored?.error).toContain('github.com/acme/env.git');
    expect(stored?.error).not.toContain('ghs_secret123');
  });

  it('names the environments that have a history, sorted', async () => {
    const history = make();
    await history.record(entry({ revision: 'a', environment: 'web' }));
    await history.record(entry({ revision: 'b', environment: 'api' }));
    await history.record(entry({ revision: 'c', environment: 'web' }));
    expect(await history.environments()).toEqual(['api', 'web']);
  });

  it('remembers the newest commit seen as desired, per environment', async () => {
    const history = make();
    expect(await history.lastSeen('shop')).toBeNull();
    await history.markSeen('shop', 'aaa');
    await history.markSeen('shop', 'bbb');
    await history.markSeen('blog', 'ccc');
    expect(await history.lastSeen('shop')).toBe('bbb');
    expect(await history.lastSeen('blog')).toBe('ccc');
  });

  it('gives the newest record and the last seen commit of many environments at once', async () => {
    const history = make();
    await history.record(entry({ revision: 'a1' }));
    await history.record(entry({ revision: 'b2' }));
    await history.record(entry({ revision: 'x9', environment: 'blog' }));
    await history.markSeen('shop', 'c3');
    await history.markSeen('seen-only', 'd4');
    const latest = await history.latestOf(['shop', 'blog', 'seen-only', 'nowhere']);
    expect([...latest.keys()]).toEqual(['shop', 'blog', 'seen-only', 'nowhere']);
    expect(latest.get('shop')).toEqual({
      newest: (await history.list('shop', 1))[0],
      lastSeen: 'c3',
    });
    expect(latest.get('blog')?.newest?.revision).toBe('x9');
    expect(latest.get('blog')?.lastSeen).toBeNull();
    expect(latest.get('seen-only')).toEqual({ newest: null, lastSeen: 'd4' });
    expect(latest.get('nowhere')).toEqual({ newest: null, lastSeen: null });
    expect((await history.latestOf([])).size).toBe(0);
  });

  it('counts deploys by environment and result with their durations, leaving out synced ones', async () => {
    const history = make();
    await history.record(entry({ revision: 'a' }));
    await history.record(entry({ revision: 'b' }));
    await history.record(entry({ revision: 'c', result: 'failed' }));
    await history.record(entry({ revision: 'd', result: 'synced' }));
    const tally = await history.tally();
    const byResult = Object.fromEntries(
      tally.map((t) => [`${t.environment}/${t.result}`, [t.count, t.sumSeconds]]),
    );
    expect(byResult).toEqual({ 'shop/success': [2, 14], 'shop/failed': [1, 7] });
    // 7 s falls in every bucket from 10 s up, not in the 5 s one.
    expect(tally.find((t) => t.result === 'success')?.buckets.slice(0, 2)).toEqual([0, 2]);
  });
});
