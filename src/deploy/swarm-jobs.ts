import { jobStackDocument } from '../core/swarm/stack-document.js';
import type { RenderedProject } from '../core/render/types.js';
import type { SwarmManager, SwarmRuntime } from '../ports/swarm-runtime.js';
import type { revisionFor } from './apply-project.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';
import type { JobRunner } from './run-jobs.js';
import { writeStackSource, type StackSource } from './stack-source.js';
import { pinStackImages } from './pin-stack-images.js';
import { swarmManager } from './swarm-live.js';

/** The stack of one job's runs: one run at a time, removed when it ends. */
const jobStackName = (environment: string, job: string): string =>
  `wharf-${environment}-job-${job}`;

/**
 * Jobs of a `runtime: swarm` environment, from the apps' project as written and checked for
 * its stack (`source`): each run is a stack of its own holding the job as a Swarm job, so it
 * runs on any node with the app's image, secrets and network, like the app's tasks.
 */
export function swarmJobRunner(
  deps: DeployDeps,
  { swarm, manager }: { readonly swarm: SwarmRuntime; readonly manager: SwarmManager },
  env: string,
  project: RenderedProject,
  source: StackSource,
  say: (message: string) => void,
): JobRunner {
  return async (job, options) => {
    const stack = jobStackName(env, job.name);
    const file = `job-${job.name}.stack.yml` as const;
    const document = await pinStackImages(
      swarm,
      manager,
      stack,
      jobStackDocument(project, source.compose, job, stack, source.options),
      say,
    );
    await deps.state.writeStack(source.target.directory, file, document);
    return swarm.runJob(stack, source.target.directory, file, options);
  };
}

/** The same, writing and checking the apps' project first (jobs outside a stack's rollout). */
export async function openSwarmJobRunner(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  revisionOf: ReturnType<typeof revisionFor>,
  say: (message: string) => void,
): Promise<JobRunner> {
  const env = prepared.rendered.environment;
  const swarm = await swarmManager(deps, env);
  // A job runs on no node of its own, and Swarm watches no rollout of it.
  const source = await writeStackSource(deps, prepared, project, revisionOf, {
    node: deps.node,
    verifyMs: 0,
  });
  return swarmJobRunner(deps, swarm, env, project, source, say);
}
