import { describe, expect, it } from 'vitest';
import { redisScheduledJobs } from '../../src/adapters/redis-scheduled-jobs.js';
import { tickMissedWhileRunning } from '../../src/core/jobs/schedule-ticks.js';
import type { ScheduledRun, ScheduledRunStart } from '../../src/core/jobs/scheduled-run.js';
import type { ScheduledJobStore } from '../../src/ports/scheduled-job-store.js';
import { memoryScheduledJobs } from '../fakes/memory-scheduled-jobs.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('scheduled-jobs');

const implementations: [string, () => ScheduledJobStore][] = [
  ['memory fake', memoryScheduledJobs],
  ['Redis adapter', () => redisScheduledJobs(redis, prefix())],
];

const t = (s: number): Date => new Date(Date.UTC(2026, 11, 7, 10, 0, s));

function start(
  job: string,
  tick: Date,
  id = `sched-shop-${job}-${tick.getTime()}`,
): ScheduledRunStart {
  return {
    job,
    tick: tick.toISOString(),
    id,
    revision: 'a'.repeat(40),
    colour: 'blue',
    startedAt: tick.toISOString(),
    worker: 'host:1',
  };
}

function ended(run: ScheduledRunStart, extra: Partial<ScheduledRun> = {}): ScheduledRun {
  return {
    ...run,
    result: 'succeeded',
    exitCode: 0,
    durationMs: 120,
    lastLines: ['done'],
    missed: 0,
    ...extra,
  };
}

describe.each(implementations)('ScheduledJobStore contract: %s', (_name, make) => {
  it('gives each tick to exactly one of many claimants, and says the tick before it', async () => {
    const store = make();
    const first = await Promise.all(
      [1, 2, 3, 4].map(() => store.claimTick('shop', 'report', t(3))),
    );
    expect(first.filter((c) => c.won)).toEqual([{ won: true, previous: null }]);
    const second = await Promise.all([1, 2, 3].map(() => store.claimTick('shop', 'report', t(6))));
    expect(second.filter((c) => c.won)).toEqual([{ won: true, previous: t(3) }]);
  });

  it('refuses a tick older than one claimed, and keeps jobs and environments apart', async () => {
    const store = make();
    expect((await store.claimTick('shop', 'report', t(9))).won).toBe(true);
    expect(await store.claimTick('shop', 'report', t(6))).toEqual({ won: false });
    expect(await store.claimTick('shop', 'report', t(9))).toEqual({ won: false });
    expect(await store.claimTick('shop', 'cleanup', t(6))).toEqual({ won: true, previous: null });
    expect(await store.claimTick('blog', 'report', t(6))).toEqual({ won: true, previous: null });
  });

  it('lets one run of a job go on at a time, and keeps the last one ended', async () => {
    const store = make();
    const one = start('report', t(3));
    expect(await store.beginRun('shop', one, 60_000)).toEqual({ missed: 0 });
    expect(await store.beginRun('shop', start('report', t(6)), 60_000)).toBeNull();
    expect(await store.beginRun('shop', start('cleanup', t(6)), 60_000)).toEqual({ missed: 0 });
    expect((await store.states('shop')).get('report')?.running).toEqual(one);
    await store.finishRun('shop', ended(one, { result: 'failed', exitCode: 3 }));
    const state = (await store.states('shop')).get('report');
    expect(state?.running).toBeNull();
    expect(state?.last).toEqual(ended(one, { result: 'failed', exitCode: 3 }));
    expect(await store.beginRun('shop', start('report', t(9)), 60_000)).toEqual({ missed: 0 });
  });

  it('lets a new run begin once a run’s marker expired, and the old run’s end leaves it alone', async () => {
    const store = make();
    const lost = start('report', t(3));
    expect(await store.beginRun('shop', lost, 150)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = start('report', t(6));
    expect(await store.beginRun('shop', next, 60_000)).not.toBeNull();
    await store.finishRun('shop', ended(lost));
    expect((await store.states('shop')).get('report')?.running).toEqual(next);
  });

  it('counts missed ticks until the next run begins, and keeps the newest reports', async () => {
    const store = make();
    await store.recordMissed('shop', 'report', {
      count: 3,
      atLeast: false,
      first: t(3).toISOString(),
      last: t(9).toISOString(),
      reason: 'no-scheduler',
    });
    for (let s = 12; s <= 45; s += 3)
      await store.recordMissed('shop', 'report', tickMissedWhileRunning(t(s)));
    const state = (await store.states('shop')).get('report');
    expect(state?.missedSinceLast).toBe(15);
    expect(state?.missed).toHaveLength(10);
    expect(state?.missed[0]).toEqual(tickMissedWhileRunning(t(45)));
    expect(await store.beginRun('shop', start('report', t(48)), 60_000)).toEqual({ missed: 15 });
    expect((await store.states('shop')).get('report')?.missedSinceLast).toBe(0);
  });

  it('lists the jobs it knows of an environment, by name, and none of another', async () => {
    const store = make();
    await store.claimTick('shop', 'report', t(3));
    await store.claimTick('shop', 'backup', t(3));
    await store.claimTick('blog', 'other', t(3));
    expect([...(await store.states('shop')).keys()]).toEqual(['backup', 'report']);
    expect((await store.states('nowhere')).size).toBe(0);
  });

  it('never keeps the credentials of a URL a job printed', async () => {
    const store = make();
    const run = start('report', t(3));
    await store.beginRun('shop', run, 60_000);
    await store.finishRun(
      'shop',
      ended(run, { lastLines: ['pushing to https://u:hunter22@host.example/x'] }),
    );
    const kept = (await store.states('shop')).get('report')?.last?.lastLines.join('\n') ?? '';
    expect(kept).toContain('host.example/x');
    expect(kept).not.toContain('hunter22');
  });
});
