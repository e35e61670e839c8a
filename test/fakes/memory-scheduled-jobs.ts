import type { MissedTicks } from '../../src/core/jobs/schedule-ticks.js';
import {
  keptMissedReports,
  type ScheduledRun,
  type ScheduledRunStart,
} from '../../src/core/jobs/scheduled-run.js';
import { scrubCredentials } from '../../src/core/scrub-credentials.js';
import type { ScheduledJobStore } from '../../src/ports/scheduled-job-store.js';
import { atOnce } from './at-once.js';

interface JobRecord {
  tick: number | null;
  running: { run: ScheduledRunStart; until: number } | null;
  last: ScheduledRun | null;
  missed: MissedTicks[];
  missedSinceLast: number;
}

/** Scheduled jobs in memory, one process's worth; run markers expire on the real clock. */
export function memoryScheduledJobs(): ScheduledJobStore {
  const records = new Map<string, Map<string, JobRecord>>();
  function record(env: string, job: string): JobRecord {
    const jobs = records.get(env) ?? new Map<string, JobRecord>();
    records.set(env, jobs);
    const found = jobs.get(job) ?? {
      tick: null,
      running: null,
      last: null,
      missed: [],
      missedSinceLast: 0,
    };
    jobs.set(job, found);
    return found;
  }
  const runningNow = (r: JobRecord): ScheduledRunStart | null =>
    r.running && r.running.until > Date.now() ? r.running.run : null;
  return {
    claimTick: (env, job, tick) =>
      atOnce(() => {
        const r = record(env, job);
        if (r.tick !== null && r.tick >= tick.getTime()) return { won: false as const };
        const previous = r.tick === null ? null : new Date(r.tick);
        r.tick = tick.getTime();
        return { won: true as const, previous };
      }),
    beginRun: (env, run, ttlMs) =>
      atOnce(() => {
        const r = record(env, run.job);
        if (runningNow(r)) return null;
        r.running = { run, until: Date.now() + ttlMs };
        const missed = r.missedSinceLast;
        r.missedSinceLast = 0;
        return { missed };
      }),
    finishRun: (env, run) =>
      atOnce(() => {
        const r = record(env, run.job);
        r.last = { ...run, lastLines: run.lastLines.map((l) => scrubCredentials(l)) };
        if (r.running?.run.id === run.id) r.running = null;
      }),
    recordMissed: (env, job, missed) =>
      atOnce(() => {
        const r = record(env, job);
        r.missed = [missed, ...r.missed].slice(0, keptMissedReports);
        r.missedSinceLast += missed.count;
      }),
    states: (env) =>
      atOnce(
        () =>
          new Map(
            [...(records.get(env) ?? new Map<string, JobRecord>())]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([job, r]) => [
                job,
                {
                  job,
                  running: runningNow(r),
                  last: r.last,
                  missed: r.missed,
                  missedSinceLast: r.missedSinceLast,
                },
              ]),
          ),
      ),
  };
}
