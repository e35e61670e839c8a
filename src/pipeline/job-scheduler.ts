import type { Logger } from 'pino';
import {
  describeMissed,
  tickDecision,
  tickMissedWhileRunning,
  ticksMissedBetween,
} from '../core/jobs/schedule-ticks.js';
import { scheduledJobs, type ScheduledJob } from '../core/jobs/scheduled-jobs.js';
import { scheduledRunId } from '../core/jobs/scheduled-run.js';
import { messageOf } from '../core/message-of.js';
import type { DeployDeps } from '../deploy/deps.js';
import { loadManifest } from '../deploy/load-revision.js';
import { runScheduledJob } from '../deploy/run-scheduled-job.js';

export type SchedulerDeps = Pick<
  DeployDeps,
  'git' | 'compose' | 'state' | 'history' | 'deployLog' | 'scheduledJobs' | 'now' | 'worker'
> & { readonly log: Logger };

export interface SchedulerOptions {
  /** How often the schedules are looked at: the resolution of a tick. */
  readonly everyMs: number;
  /** How long after a manifest could not be read it is tried again. */
  readonly retryManifestMs?: number;
}

export interface JobScheduler {
  /** One look at every schedule (the timer calls it; tests may too). */
  pass(): Promise<void>;
  /** Waits for the runs going on now to end. */
  settled(): Promise<void>;
  /** Stops looking, and waits for the runs going on to end. */
  stop(): Promise<void>;
}

/** A run's marker outlives its timeout by this much, for the container's removal. */
const markerMarginMs = 120_000;

/**
 * Runs environments' scheduled jobs from `wharf serve` and `wharf agent`: every `everyMs` it
 * reads which revision and colour each environment deployed on this host runs (the manifest
 * read once per revision), and for each scheduled job whose newest tick is new, claims that
 * tick in the shared store. The one process that wins runs it, unless the job's previous run
 * still goes on; ticks nobody claimed, and ticks that came during a run, are reported as
 * missed and never run later.
 */
export function startJobScheduler(deps: SchedulerDeps, options: SchedulerOptions): JobScheduler {
  const retryMs = options.retryManifestMs ?? 60_000;
  /** The newest tick this process knows was handled, per environment and job. */
  const handled = new Map<string, number>();
  const manifests = new Map<
    string,
    { revision: string; jobs: ScheduledJob[] } | { revision: string; failedAt: number }
  >();
  const runs = new Set<Promise<void>>();
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let passing: Promise<void> = Promise.resolve();

  async function jobsOf(env: string): Promise<ScheduledJob[]> {
    const applied = await deps.state.readApplied(env);
    if (!applied) return [];
    const known = manifests.get(env);
    if (known?.revision === applied.revision) {
      if ('jobs' in known) return known.jobs;
      if (deps.now().getTime() - known.failedAt < retryMs) return [];
    }
    try {
      const manifest = await loadManifest(deps.git, applied.revision, env);
      const jobs = scheduledJobs(manifest, applied);
      manifests.set(env, { revision: applied.revision, jobs });
      return jobs;
    } catch (error) {
      manifests.set(env, { revision: applied.revision, failedAt: deps.now().getTime() });
      deps.log.warn(
        { env, revision: applied.revision, err: { message: messageOf(error) } },
        'scheduled jobs not read: the applied revision’s manifest could not be loaded',
      );
      return [];
    }
  }

  async function consider(job: ScheduledJob): Promise<void> {
    const env = job.environment;
    const key = `${env}\u0000${job.name}`;
    const seen = handled.get(key);
    const decision = tickDecision(
      job.schedule,
      deps.now(),
      seen === undefined ? null : new Date(seen),
    );
    if (decision.kind === 'wait') return;
    const { tick } = decision;
    const claim = await deps.scheduledJobs.claimTick(env, job.name, tick);
    handled.set(key, tick.getTime());
    if (!claim.won) return;
    const meta = { env, job: job.name, tick: tick.toISOString() };
    if (!claim.previous) {
      // The first tick seen of a job came before wharf knew it: the job starts at its next one.
      deps.log.info(meta, 'scheduled job found; it runs from its next tick on');
      return;
    }
    const gap = ticksMissedBetween(job.schedule, claim.previous, tick);
    if (gap) {
      await deps.scheduledJobs.recordMissed(env, job.name, gap);
      deps.log.warn({ ...meta, missed: gap.count }, describeMissed(gap));
    }
    const start = {
      job: job.name,
      tick: tick.toISOString(),
      id: scheduledRunId(env, job.name, tick),
      revision: job.revision,
      colour: job.colour,
      startedAt: deps.now().toISOString(),
      worker: deps.worker ?? 'unnamed',
    };
    const begun = await deps.scheduledJobs.beginRun(env, start, job.timeoutMs + markerMarginMs);
    if (!begun) {
      const missed = tickMissedWhileRunning(tick);
      await deps.scheduledJobs.recordMissed(env, job.name, missed);
      deps.log.warn(meta, describeMissed(missed));
      return;
    }
    deps.log.info({ ...meta, run: start.id }, 'scheduled job started');
    const running = runScheduledJob(deps, job, start, begun.missed).then(
      (run) =>
        deps.log.info(
          { ...meta, run: run.id, result: run.result, exitCode: run.exitCode, ms: run.durationMs },
          'scheduled job ended',
        ),
      (error: unknown) =>
        deps.log.warn(
          { ...meta, run: start.id, err: { message: messageOf(error) } },
          'scheduled job ended, its result not kept',
        ),
    );
    runs.add(running);
    void running.finally(() => runs.delete(running));
  }

  async function pass(): Promise<void> {
    let environments: readonly string[];
    try {
      environments = await deps.history.environments();
    } catch (error) {
      deps.log.warn({ err: { message: messageOf(error) } }, 'scheduled jobs not looked at');
      return;
    }
    for (const env of environments) {
      try {
        for (const job of await jobsOf(env)) await consider(job);
      } catch (error) {
        // Redis away, say: the tick is tried again on the next pass, until a newer one comes.
        deps.log.warn({ env, err: { message: messageOf(error) } }, 'scheduled jobs not looked at');
      }
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      passing = pass().finally(schedule);
    }, options.everyMs);
  }
  schedule();

  return {
    pass,
    async settled() {
      await Promise.all([...runs]);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await passing.catch(() => undefined);
      await Promise.all([...runs]);
    },
  };
}
