import type { Redis } from 'ioredis';
import type { MissedTicks } from '../core/jobs/schedule-ticks.js';
import {
  keptMissedReports,
  type ScheduledJobState,
  type ScheduledRun,
  type ScheduledRunStart,
} from '../core/jobs/scheduled-run.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { ScheduledJobStore } from '../ports/scheduled-job-store.js';

// A tick is claimed by moving the job's newest claimed tick forward, atomically: of the
// processes that try one tick, the first moves it and the others find it there; nobody can
// claim a tick older than one already claimed; and the winner learns the tick before it, so
// it can count what nobody claimed in between. (One key per job rather than a `SET NX` key per
// tick: the same one-winner guarantee, plus the order and the gap.)
const claim = `local current = redis.call('get', KEYS[1])
if current and tonumber(current) >= tonumber(ARGV[1]) then return false end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('sadd', KEYS[2], ARGV[3])
return current or ''`;
// Starts a run unless one is marked; the missed count moves into the run.
const begin = `if not redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return false end
redis.call('sadd', KEYS[3], ARGV[3])
local missed = redis.call('get', KEYS[2]) or '0'
redis.call('del', KEYS[2])
return missed`;
// Ends only our own run's marker: after it expired another run may have started.
const finish = `local current = redis.call('get', KEYS[1])
redis.call('hset', KEYS[2], ARGV[2], ARGV[3])
redis.call('sadd', KEYS[3], ARGV[2])
if current and cjson.decode(current).id == ARGV[1] then redis.call('del', KEYS[1]) end
return 1`;

// The newest claimed tick outlives the longest gap between two ticks of `@yearly`.
const tickKeepMs = 400 * 24 * 3600 * 1000;

/** Scheduled jobs' ticks and runs in Redis, under `prefix`. */
export function redisScheduledJobs(redis: Redis, prefix: string): ScheduledJobStore {
  const key = (kind: string, env: string, job?: string): string =>
    `${prefix}:sched:${kind}:${env}${job === undefined ? '' : `:${job}`}`;
  return {
    async claimTick(environment, job, tick) {
      const previous = (await redis.eval(
        claim,
        2,
        key('tick', environment, job),
        key('jobs', environment),
        String(tick.getTime()),
        String(tickKeepMs),
        job,
      )) as string | null;
      if (previous === null) return { won: false };
      return { won: true, previous: previous === '' ? null : new Date(Number(previous)) };
    },
    async beginRun(environment, run, ttlMs) {
      const missed = (await redis.eval(
        begin,
        3,
        key('running', environment, run.job),
        key('missed-count', environment, run.job),
        key('jobs', environment),
        JSON.stringify(run),
        String(Math.ceil(ttlMs)),
        run.job,
      )) as string | null;
      return missed === null ? null : { missed: Number(missed) };
    },
    async finishRun(environment, run) {
      const kept = { ...run, lastLines: run.lastLines.map((l) => scrubCredentials(l)) };
      await redis.eval(
        finish,
        3,
        key('running', environment, run.job),
        key('last', environment),
        key('jobs', environment),
        run.id,
        run.job,
        JSON.stringify(kept),
      );
    },
    async recordMissed(environment, job, missed) {
      await redis
        .multi()
        .lpush(key('missed', environment, job), JSON.stringify(missed))
        .ltrim(key('missed', environment, job), 0, keptMissedReports - 1)
        .incrby(key('missed-count', environment, job), missed.count)
        .sadd(key('jobs', environment), job)
        .exec();
    },
    async states(environment) {
      const jobs = (await redis.smembers(key('jobs', environment))).sort();
      const states = new Map<string, ScheduledJobState>();
      if (jobs.length === 0) return states;
      const read = redis.multi().hmget(key('last', environment), ...jobs);
      for (const job of jobs)
        read
          .get(key('running', environment, job))
          .lrange(key('missed', environment, job), 0, -1)
          .get(key('missed-count', environment, job));
      const replies = ((await read.exec()) ?? []).map(([error, value]) => {
        if (error) throw error;
        return value;
      });
      const lasts = replies[0] as (string | null)[];
      jobs.forEach((job, i) => {
        const [running, missed, count] = replies.slice(1 + i * 3, 4 + i * 3) as [
          string | null,
          string[],
          string | null,
        ];
        const last = lasts[i];
        states.set(job, {
          job,
          running: running ? (JSON.parse(running) as ScheduledRunStart) : null,
          last: last ? (JSON.parse(last) as ScheduledRun) : null,
          missed: missed.map((m) => JSON.parse(m) as MissedTicks),
          missedSinceLast: Number(count ?? 0),
        });
      });
      return states;
    },
  };
}
