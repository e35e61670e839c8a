import path from 'node:path';
import type { ScheduledJob } from '../core/jobs/scheduled-jobs.js';
import type { ScheduledRun, ScheduledRunStart } from '../core/jobs/scheduled-run.js';
import { messageOf } from '../core/message-of.js';
import type { ComposeTarget } from '../ports/compose-runtime.js';
import type { DeployDeps } from './deps.js';
import { formatSeconds } from '../core/duration.js';

/** Lines of one run kept in its log; a chatty job's later lines are only counted. */
const loggedLines = 500;
/** Lines kept with the run's result, for `wharf status` and the dashboard. */
const quotedLines = 20;

/** The variable that tells a scheduled run which tick it runs for (ISO time, UTC). */
export const tickVariable = 'WHARF_JOB_TICK';

type RunDeps = Pick<DeployDeps, 'compose' | 'state' | 'deployLog' | 'scheduledJobs' | 'now'>;

/** What a run that could not start has to say, or null when the project has the job. */
async function notRunnable(
  deps: RunDeps,
  job: ScheduledJob,
  target: ComposeTarget,
): Promise<string | null> {
  try {
    const model = await deps.compose.resolve(target);
    if (model.services?.[job.composeName]) return null;
    return `the live colour's project ${job.project} has no service ${job.composeName}: it was written before the job was added; the next deploy of ${job.environment} that starts a colour writes it`;
  } catch (error) {
    return `the live colour's project ${job.project} cannot be read: ${messageOf(error)}`;
  }
}

/**
 * Runs one tick of a scheduled job, already claimed and begun (`beginRun`), in the live
 * colour's project as its deploy wrote it (policy checked then): the job's service there has
 * the applied revision's image, env and secrets. Its output goes to the log under the run's
 * id; the result, with the last lines, is kept as the job's last run. Throws only when that
 * result cannot be kept.
 */
export async function runScheduledJob(
  deps: RunDeps,
  job: ScheduledJob,
  run: ScheduledRunStart,
  missed: number,
): Promise<ScheduledRun> {
  const say = async (message: string): Promise<void> => {
    await deps.deployLog.append(run.id, {
      time: deps.now().toISOString(),
      environment: job.environment,
      step: 'job',
      message,
      revision: job.revision,
    });
  };
  const last: string[] = [];
  let lines = 0;
  const started = deps.now();
  let result: ScheduledRun['result'] = 'not-started';
  let exitCode: number | null = null;
  try {
    await say(
      `running scheduled job ${job.name} for its tick ${run.tick} in ${job.colour} at ${job.revision.slice(0, 12)}, at most ${formatSeconds(job.timeoutMs)}`,
    );
    const target = {
      environment: job.environment,
      project: job.project,
      directory: path.join(deps.state.root, job.directory),
    };
    const refused = await notRunnable(deps, job, target);
    if (refused) {
      last.push(refused);
    } else {
      const pending: Promise<void>[] = [];
      const exit = await deps.compose.runJob(target, job.composeName, {
        container: job.container,
        timeoutMs: job.timeoutMs,
        env: { [tickVariable]: run.tick },
        onOutput: (line) => {
          lines += 1;
          last.push(line);
          if (last.length > quotedLines) last.shift();
          if (lines <= loggedLines)
            pending.push(say(`[${job.name}] ${line}`).catch(() => undefined));
        },
      });
      await Promise.all(pending);
      if (lines > loggedLines)
        await say(`[${job.name}] (${lines - loggedLines} more lines not kept)`);
      exitCode = exit.exitCode;
      result = exit.timedOut ? 'timed-out' : exit.exitCode === 0 ? 'succeeded' : 'failed';
    }
  } catch (error) {
    last.push(messageOf(error));
  }
  const durationMs = deps.now().getTime() - started.getTime();
  const ended: ScheduledRun = {
    ...run,
    result,
    exitCode,
    durationMs,
    lastLines: last.slice(-quotedLines),
    missed,
  };
  const outcome =
    result === 'succeeded'
      ? `succeeded in ${formatSeconds(durationMs)}`
      : result === 'timed-out'
        ? `did not finish within ${formatSeconds(job.timeoutMs)} and was stopped`
        : result === 'failed'
          ? exitCode === null
            ? 'could not be started'
            : `exited with status ${exitCode} after ${formatSeconds(durationMs)}`
          : `was not started: ${last.join('; ')}`;
  await say(`scheduled job ${job.name} ${outcome}`).catch(() => undefined);
  await deps.scheduledJobs.finishRun(job.environment, ended);
  return ended;
}
