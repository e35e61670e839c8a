import type { MissedTicks } from '../core/jobs/schedule-ticks.js';
import type {
  ScheduledJobState,
  ScheduledRun,
  ScheduledRunStart,
} from '../core/jobs/scheduled-run.js';

/** The outcome of claiming a tick: the winner learns which tick was claimed before it. */
export type TickClaim =
  { readonly won: true; readonly previous: Date | null } | { readonly won: false };

/**
 * Scheduled jobs' ticks, runs and results, shared by every wharf process on one Redis, so
 * that across them each tick is claimed once and a job never runs twice at once.
 */
export interface ScheduledJobStore {
  /**
   * Claims `tick` of a job: won by exactly one caller, and only if it is newer than every tick
   * claimed before for that job (an older one, or the same one again, is refused).
   */
  claimTick(environment: string, job: string, tick: Date): Promise<TickClaim>;
  /**
   * Marks the run as going on unless another run of the job is (or its marker has not yet
   * expired after `ttlMs`). null if another is; else the ticks missed since the last run began,
   * a count that starts again from zero.
   */
  beginRun(
    environment: string,
    run: ScheduledRunStart,
    ttlMs: number,
  ): Promise<{ readonly missed: number } | null>;
  /** Keeps the run as the job's last, and ends its marker (only its own). */
  finishRun(environment: string, run: ScheduledRun): Promise<void>;
  /** Adds a report of missed ticks. */
  recordMissed(environment: string, job: string, missed: MissedTicks): Promise<void>;
  /** What is known of each of the environment's scheduled jobs, by job name. */
  states(environment: string): Promise<ReadonlyMap<string, ScheduledJobState>>;
}
