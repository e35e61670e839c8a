import type { RenderedJob } from '../render/types.js';

export type JobPhase = NonNullable<RenderedJob['phase']>;

/** One run of a job, kept on the host so that a revision runs each job once. */
export interface JobRunRecord {
  readonly job: string;
  readonly phase: JobPhase;
  readonly revision: string;
  readonly result: 'succeeded' | 'failed' | 'timed-out';
  /** null when it did not exit by itself. */
  readonly exitCode: number | null;
  readonly startedAt: string;
  readonly durationMs: number;
  /** The deploy that ran it (its log holds the job's output). */
  readonly deployId: string;
}

/** The jobs of one phase a deploy runs, and those it leaves out because they already ran. */
export interface PhaseJobs {
  readonly phase: JobPhase;
  readonly run: readonly RenderedJob[];
  /** Succeeded before at this revision: not run again unless the deploy is a `--retry`. */
  readonly skipped: readonly RenderedJob[];
}

/**
 * Which of a phase's jobs run: each once per revision. A job that succeeded at this revision
 * is not run again when the revision is tried again (a deploy cut off, a retryable failure),
 * unless `--retry` asks; one that failed runs again whenever its revision is deployed again.
 */
export function phaseJobs(
  jobs: readonly RenderedJob[],
  phase: JobPhase,
  runs: readonly JobRunRecord[],
  revision: string,
  retry: boolean,
): PhaseJobs {
  const ofPhase = jobs.filter((j) => j.phase === phase);
  const done = (job: RenderedJob): boolean =>
    !retry &&
    runs.some((r) => r.job === job.name && r.revision === revision && r.result === 'succeeded');
  return {
    phase,
    run: ofPhase.filter((j) => !done(j)),
    skipped: ofPhase.filter(done),
  };
}

/** The records kept per environment: the newest first, at most this many. */
export const keptJobRuns = 100;

/** `runs` with `run` added in front, trimmed to the records kept. */
export function withJobRun(
  runs: readonly JobRunRecord[],
  run: JobRunRecord,
): readonly JobRunRecord[] {
  return [run, ...runs].slice(0, keptJobRuns);
}
