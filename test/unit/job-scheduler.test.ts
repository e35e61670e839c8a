import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { startJobScheduler, type JobScheduler } from '../../src/pipeline/job-scheduler.js';
import type { ComposeRuntime } from '../../src/ports/compose-runtime.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { dedent, oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

const env = 'shop';
const log = pino({ level: 'silent' });

const jobs = dedent(`
  jobs:
    stamp: { service: web, command: [echo, stamped], schedule: "*/5 * * * * *" }
    migrate: { service: web, command: [echo, migrated], phase: before-cutover }
`);

async function deployed(): Promise<FakeHost> {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': `${webEnvironment({ name: env, host: 'shop.test', body: 'v1', verify: '1s' })}${jobs}`,
  });
  const outcome = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
  expect(outcome.result, outcome.reason).toBe('success');
  return host;
}

/** The runs of the scheduled job the fake Docker host saw. */
function stampRuns(host: FakeHost): number {
  return host.docker.changes.filter((c) => /^run \S+-wharf-job-stamp /.test(c)).length;
}

/** A compose runtime whose job runs wait until the test lets them end. */
function held(compose: ComposeRuntime): { compose: ComposeRuntime; release: () => void } {
  let release = (): void => undefined;
  let gate = new Promise<void>((resolve) => (release = resolve));
  return {
    compose: {
      ...compose,
      async runJob(target, service, options) {
        await gate;
        gate = new Promise<void>((resolve) => (release = resolve));
        return compose.runJob(target, service, options);
      },
    },
    release: () => release(),
  };
}

function scheduler(host: FakeHost, compose = host.deps.compose): JobScheduler {
  return startJobScheduler(
    { ...host.deps, compose, log },
    // The tests call pass() themselves, on the fake clock.
    { everyMs: 3_600_000 },
  );
}

/** Moves the fake clock to `iso` and has each scheduler look, in turn, then waits for runs. */
async function at(host: FakeHost, iso: string, ...schedulers: JobScheduler[]): Promise<void> {
  host.clock.advance(Date.parse(iso) - host.clock.now().getTime());
  for (const s of schedulers) await s.pass();
  await Promise.all(schedulers.map((s) => s.settled()));
}

describe('the job scheduler', () => {
  it('leaves scheduled jobs to itself: a deploy runs only the phase jobs', async () => {
    const host = await deployed();
    expect(host.docker.changes.filter((c) => c.startsWith('run '))).toEqual([
      expect.stringMatching(/-wharf-job-migrate echo migrated$/),
    ]);
  });

  it('runs each tick once with two schedulers on one store, from the tick after the first seen', async () => {
    const host = await deployed();
    const a = scheduler(host);
    const b = scheduler(host);
    const start = Date.parse('2026-01-01T00:10:00Z');
    for (let s = 0; s <= 60; s += 1) {
      const both = s % 2 === 0 ? [a, b] : [b, a];
      await at(host, new Date(start + s * 1000).toISOString(), ...both);
    }
    // Ticks at :05 ... 11:00, twelve of them; the one at :00 was the first seen, not run.
    expect(stampRuns(host)).toBe(12);
    const state = (await host.deps.scheduledJobs.states(env)).get('stamp');
    expect(state?.last).toMatchObject({
      tick: '2026-01-01T00:11:00.000Z',
      result: 'succeeded',
      exitCode: 0,
      lastLines: ['stamped'],
      missed: 0,
    });
    expect(state?.missed).toEqual([]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it.each([
    [
      'no scheduler for 30 s',
      '2026-01-01T00:10:40Z',
      6,
      '2026-01-01T00:10:10.000Z',
      '2026-01-01T00:10:35.000Z',
    ],
    [
      'no scheduler for one tick',
      '2026-01-01T00:10:15Z',
      1,
      '2026-01-01T00:10:10.000Z',
      '2026-01-01T00:10:10.000Z',
    ],
    ['none missed', '2026-01-01T00:10:10Z', 0, null, null],
  ] as const)(
    'after %s, runs the newest tick once and reports the ones between',
    async (_name, back, count, first, last) => {
      const host = await deployed();
      const s = scheduler(host);
      await at(host, '2026-01-01T00:10:00Z', s); // first seen
      await at(host, '2026-01-01T00:10:05Z', s);
      const before = stampRuns(host);
      await at(host, back, s);
      expect(stampRuns(host) - before).toBe(1);
      const state = (await host.deps.scheduledJobs.states(env)).get('stamp');
      expect(state?.missed.map((m) => [m.count, m.first, m.last, m.reason])).toEqual(
        count === 0 ? [] : [[count, first, last, 'no-scheduler']],
      );
      if (count > 0) expect(state?.last?.missed).toBe(count);
      await s.stop();
    },
  );

  it('reports a tick that comes while the run goes on as missed, and runs the next one', async () => {
    const host = await deployed();
    const gate = held(host.deps.compose);
    const a = scheduler(host, gate.compose);
    const b = scheduler(host, gate.compose);
    await at(host, '2026-01-01T00:10:00Z', a, b); // first seen
    host.clock.advance(5000);
    await a.pass(); // claims 00:10:05 and starts it; its run waits at the gate
    host.clock.advance(5000);
    await b.pass(); // 00:10:10: the run of 00:10:05 still goes
    let state = (await host.deps.scheduledJobs.states(env)).get('stamp');
    expect(state?.running?.tick).toBe('2026-01-01T00:10:05.000Z');
    expect(state?.missed.map((m) => [m.count, m.first, m.reason])).toEqual([
      [1, '2026-01-01T00:10:10.000Z', 'still-running'],
    ]);
    gate.release();
    await a.settled();
    expect(stampRuns(host)).toBe(1);
    host.clock.advance(5000);
    const next = a.pass();
    await Promise.resolve();
    gate.release();
    await next;
    await Promise.all([a.settled(), b.settled()]);
    state = (await host.deps.scheduledJobs.states(env)).get('stamp');
    expect(stampRuns(host)).toBe(2);
    expect(state?.last).toMatchObject({ tick: '2026-01-01T00:10:15.000Z', missed: 1 });
    expect(state?.running).toBeNull();
    await Promise.all([a.stop(), b.stop()]);
  });
});
