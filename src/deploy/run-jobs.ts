import { WharfError } from '../core/errors.js';
import type { JobPhase, JobRunRecord } from '../core/jobs/job-runs.js';
import type { JobsStep } from '../core/deploy/types.js';
import type { RenderedJob, RenderedProject } from '../core/render/types.js';
import type { JobExit, JobRunOptions } from '../ports/compose-runtime.js';
import { revisionFor, writeProject } from './apply-project.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';
import { openSwarmJobRunner } from './swarm-jobs.js';
import { formatSeconds } from '../core/duration.js';

/** Lines of one run kept in the deploy's log; a chatty job's later lines are only counted. */
const loggedLines = 500;
/** Lines of a failed run quoted in the failure. */
const quotedLines = 20;

/** Runs one job to its end where the environment runs (a Compose project, or a Swarm stack). */
export type JobRunner = (job: RenderedJob, options: JobRunOptions) => Promise<JobExit>;

/** Runs one job to its end and records the run; a failure throws `job-failed` with its last lines. */
async function runOne(
  deps: DeployDeps,
  prepared: Prepared,
  runner: JobRunner,
  job: RenderedJob,
  phase: JobPhase,
  deployId: string,
  onProgress: ProgressListener,
): Promise<void> {
  const env = prepared.rendered.environment;
  const say = (message: string): void => onProgress({ environment: env, step: 'job', message });
  say(
    `running job ${job.name} (${phase}) in ${job.service}'s image, at most ${formatSeconds(job.timeoutMs)}`,
  );
  const last: string[] = [];
  let lines = 0;
  const started = deps.now();
  const exit = await runner(job, {
    container: job.container,
    timeoutMs: job.timeoutMs,
    onOutput: (line) => {
      lines += 1;
      last.push(line);
      if (last.length > quotedLines) last.shift();
      if (lines <= loggedLines) say(`[${job.name}] ${line}`);
    },
  });
  const durationMs = deps.now().getTime() - started.getTime();
  if (lines > loggedLines) say(`[${job.name}] (${lines - loggedLines} more lines not kept)`);
  const result: JobRunRecord['result'] = exit.timedOut
    ? 'timed-out'
    : exit.exitCode === 0
      ? 'succeeded'
      : 'failed';
  await deps.state.recordJobRun(env, {
    job: job.name,
    phase,
    revision: prepared.rendered.revision,
    result,
    exitCode: exit.exitCode,
    startedAt: started.toISOString(),
    durationMs,
    deployId,
  });
  if (result === 'succeeded') {
    say(`job ${job.name} succeeded in ${formatSeconds(durationMs)}`);
    return;
  }
  const why = exit.timedOut
    ? `did not finish within ${formatSeconds(job.timeoutMs)} and was stopped`
    : exit.exitCode === null
      ? 'could not be started'
      : `exited with status ${exit.exitCode} after ${formatSeconds(durationMs)}`;
  throw new WharfError(
    'job-failed',
    `job ${job.name} (${phase}) of ${env} ${why}\n--- last ${last.length} lines of job ${job.name}:\n${last.join('\n')}`,
  );
}

/**
 * Runs a phase's jobs one after the other in the colour's project, written first as the
 * deploy writes it; the first that fails ends the phase. Jobs that already succeeded at this
 * revision are named and left out.
 */
export async function runJobs(
  deps: DeployDeps,
  prepared: Prepared,
  step: Omit<JobsStep, 'kind'>,
  deployId: string,
  onProgress: ProgressListener,
  /** Puts the deploy's maintenance page up, for a job that runs with it (`maintenance`). */
  pageUp: () => Promise<void> = () => Promise.resolve(),
  /** Where the jobs run, when the caller has it already (a Swarm rollout's apps' stack). */
  runnerReady?: JobRunner,
): Promise<void> {
  const env = prepared.rendered.environment;
  for (const job of step.jobs.skipped)
    onProgress({
      environment: env,
      step: 'job',
      message: `job ${job.name} (${step.jobs.phase}) already succeeded at ${prepared.rendered.revision.slice(0, 12)}; not run again (\`wharf deploy ${env} --retry\` runs it again)`,
    });
  if (step.jobs.run.length === 0) return;
  const changing = step.changing === 'all' ? 'all' : new Set(step.changing);
  const revisionOf = revisionFor(prepared, changing);
  const runner =
    runnerReady ??
    (prepared.loaded.environment.runtime === 'swarm'
      ? await openSwarmJobRunner(deps, prepared, step.project, revisionOf, (message) =>
          onProgress({ environment: env, step: 'job', message }),
        )
      : await composeJobRunner(deps, prepared, step.project, revisionOf));
  for (const job of step.jobs.run) {
    if (job.maintenance) await pageUp();
    await runOne(deps, prepared, runner, job, step.jobs.phase, deployId, onProgress);
  }
}

/** Jobs as services of the colour's Compose project, written first as the deploy writes it. */
async function composeJobRunner(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  revisionOf: ReturnType<typeof revisionFor>,
): Promise<JobRunner> {
  const target = await writeProject(deps, prepared, project, revisionOf);
  return (job, options) => deps.compose.runJob(target, job.composeName, options);
}
