import { durationMs } from '../duration.js';
import type { Environment } from '../manifest.js';
import { names, type Colour } from '../render/names.js';

/** A scheduled job as it runs now: in the live colour's project, at the applied revision. */
export interface ScheduledJob {
  readonly environment: string;
  readonly name: string;
  readonly service: string;
  readonly schedule: string;
  readonly timeoutMs: number;
  readonly revision: string;
  readonly colour: Colour;
  /** The live colour's Compose project and its folder (relative to the state directory). */
  readonly project: string;
  readonly directory: string;
  /** The job's service in that project, and its run's container. */
  readonly composeName: string;
  readonly container: string;
}

/** The environment's scheduled jobs, run in the colour that takes traffic. */
export function scheduledJobs(
  manifest: Environment,
  live: { readonly revision: string; readonly colour: Colour },
): ScheduledJob[] {
  const env = manifest.name;
  return Object.entries(manifest.jobs ?? {}).flatMap(([name, job]) =>
    job?.schedule
      ? [
          {
            environment: env,
            name,
            service: job.service,
            schedule: job.schedule,
            timeoutMs: durationMs(job.timeout),
            revision: live.revision,
            colour: live.colour,
            project: names.appProject(env, live.colour),
            directory: names.projectDir(env, live.colour),
            composeName: names.jobService(name),
            container: names.jobContainer(env, live.colour, name),
          },
        ]
      : [],
  );
}
