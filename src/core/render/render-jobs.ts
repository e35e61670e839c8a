import { durationMs } from '../duration.js';
import type { Environment, Job } from '../manifest.js';
import { labels, names, type Colour } from './names.js';
import type { RenderedJob, RenderedService } from './types.js';

/** The Compose profile of job services: `up` never starts them, `run` does, one at a time. */
export const jobProfile = 'wharf-jobs';

/**
 * A job as a service of the colour's own project: the app service's definition as rendered
 * (image, env, secrets, any raw block merged), with the job's command, run once to completion.
 * Nothing of it is a container that serves: no health check, no restart, no replicas, no
 * colour label, so nothing that reads the live colour ever counts it.
 */
function jobCompose(env: string, name: string, job: Job, app: RenderedService) {
  const {
    healthcheck: _healthcheck,
    depends_on: _dependsOn,
    deploy,
    networks: _networks,
    labels: _labels,
    ...rest
  } = app.compose as Record<string, unknown>;
  const resources = (deploy as { resources?: unknown } | undefined)?.resources;
  return {
    ...rest,
    command: [...job.command],
    restart: 'no',
    profiles: [jobProfile],
    networks: { env: {} },
    ...(resources ? { deploy: { resources } } : {}),
    labels: {
      [labels.managed]: 'true',
      [labels.environment]: env,
      [labels.role]: 'job',
      [labels.job]: name,
    },
  };
}

/** The environment's jobs, each rendered from its app service in this colour. */
export function renderJobs(
  environment: Environment,
  colour: Colour,
  apps: readonly RenderedService[],
): RenderedJob[] {
  const env = environment.name;
  return Object.entries(environment.jobs ?? {}).flatMap(([name, job]) => {
    const app = job ? apps.find((s) => s.name === job.service) : undefined;
    if (!job || !app) return [];
    return [
      {
        name,
        service: job.service,
        ...(job.phase ? { phase: job.phase } : {}),
        ...(job.schedule ? { schedule: job.schedule } : {}),
        maintenance: job.maintenance,
        timeoutMs: durationMs(job.timeout),
        composeName: names.jobService(name),
        container: names.jobContainer(env, colour, name),
        compose: jobCompose(env, name, job, app),
      },
    ];
  });
}
