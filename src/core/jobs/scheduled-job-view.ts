import { nextTick, type MissedTicks } from './schedule-ticks.js';
import type { ScheduledJob } from './scheduled-jobs.js';
import type { ScheduledJobState, ScheduledRun, ScheduledRunStart } from './scheduled-run.js';

/** One scheduled job as `wharf status` and the dashboard show it. */
export interface ScheduledJobView {
  readonly environment: string;
  readonly job: string;
  readonly service: string;
  readonly schedule: string;
  readonly nextTick: string;
  readonly running: ScheduledRunStart | null;
  readonly last: ScheduledRun | null;
  /** Ticks missed since the last run began. */
  readonly missedSinceLast: number;
  /** The newest reports of missed ticks, newest first. */
  readonly missed: readonly MissedTicks[];
}

/** The environment's scheduled jobs as they run now, with what the store knows of each. */
export function scheduledJobViews(
  jobs: readonly ScheduledJob[],
  states: ReadonlyMap<string, ScheduledJobState>,
  now: Date,
): ScheduledJobView[] {
  return jobs.map((job) => {
    const state = states.get(job.name);
    return {
      environment: job.environment,
      job: job.name,
      service: job.service,
      schedule: job.schedule,
      nextTick: nextTick(job.schedule, now).toISOString(),
      running: state?.running ?? null,
      last: state?.last ?? null,
      missedSinceLast: state?.missedSinceLast ?? 0,
      missed: state?.missed ?? [],
    };
  });
}
