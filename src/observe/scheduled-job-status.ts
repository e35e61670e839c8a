import { scheduledJobViews, type ScheduledJobView } from '../core/jobs/scheduled-job-view.js';
import { scheduledJobs } from '../core/jobs/scheduled-jobs.js';
import type { DeployDeps } from '../deploy/deps.js';
import { loadManifest } from '../deploy/load-revision.js';

export type ScheduledJobStatusDeps = Pick<
  DeployDeps,
  'git' | 'state' | 'history' | 'scheduledJobs' | 'now'
>;

/**
 * The scheduled jobs of an environment deployed on this host, as its applied revision has
 * them, with their last runs; none when it is not deployed here.
 */
export async function scheduledJobStatus(
  deps: ScheduledJobStatusDeps,
  environment: string,
): Promise<ScheduledJobView[]> {
  const applied = await deps.state.readApplied(environment);
  if (!applied) return [];
  const jobs = scheduledJobs(await loadManifest(deps.git, applied.revision, environment), applied);
  if (jobs.length === 0) return [];
  return scheduledJobViews(jobs, await deps.scheduledJobs.states(environment), deps.now());
}

/**
 * Every deployed environment's scheduled jobs (the dashboard's table). An environment whose
 * applied manifest cannot be read now shows none rather than hiding the others.
 */
export async function allScheduledJobStatus(
  deps: ScheduledJobStatusDeps,
): Promise<ScheduledJobView[]> {
  const environments = await deps.history.environments();
  const each = await Promise.all(
    environments.map((env) => scheduledJobStatus(deps, env).catch(() => [])),
  );
  return each.flat();
}
