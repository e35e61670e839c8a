import type { MissedTicks } from './schedule-ticks.js';

/** A run of a scheduled job as it starts: which tick, where, and the log holding its output. */
export interface ScheduledRunStart {
  readonly job: string;
  /** The tick it runs for (ISO time). */
  readonly tick: string;
  /** `sched-<environment>-<job>-<tick ms>`: the id `wharf logs` shows its output under. */
  readonly id: string;
  readonly revision: string;
  readonly colour: string;
  readonly startedAt: string;
  /** The wharf process (`host:pid`) that runs it. */
  readonly worker: string;
}

/** A scheduled job's run once it ended. */
export interface ScheduledRun extends ScheduledRunStart {
  /** `not-started`: the live colour's project could not run it (no such service, Compose refused). */
  readonly result: 'succeeded' | 'failed' | 'timed-out' | 'not-started';
  /** null when it did not exit by itself. */
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** The last lines it printed (credentials in URLs removed). */
  readonly lastLines: readonly string[];
  /** Ticks missed since the run before it, of either reason. */
  readonly missed: number;
}

/** What is known of one scheduled job of an environment. */
export interface ScheduledJobState {
  readonly job: string;
  /** The run going on now, if any. */
  readonly running: ScheduledRunStart | null;
  readonly last: ScheduledRun | null;
  /** The newest reports of missed ticks, newest first. */
  readonly missed: readonly MissedTicks[];
  /** Ticks missed since the last run started (`missed` of the next run). */
  readonly missedSinceLast: number;
}

/** Reports of missed ticks kept per job. */
export const keptMissedReports = 10;

/** The id of a tick's run; `wharf logs <id>` shows its output. */
export function scheduledRunId(environment: string, job: string, tick: Date): string {
  return `sched-${environment}-${job}-${tick.getTime()}`;
}
