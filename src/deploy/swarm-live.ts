import { WharfError } from '../core/errors.js';
import type { LiveContainer } from '../core/live.js';
import { liveOfServices } from '../core/swarm/swarm-live.js';
import type { SwarmRuntime, SwarmManager } from '../ports/swarm-runtime.js';
import type { DeployDeps } from './deps.js';

/** The swarm wharf deploys stacks to: the engine it talks to, as a manager; refused otherwise. */
export async function swarmManager(
  deps: DeployDeps,
  environment: string,
): Promise<{ readonly swarm: SwarmRuntime; readonly manager: SwarmManager }> {
  const manager = await deps.swarm?.manager();
  if (!deps.swarm || !manager)
    throw new WharfError(
      'swarm-unavailable',
      `environment ${environment} has \`runtime: swarm\`, and the Docker Engine wharf talks to (${process.env['DOCKER_HOST'] ?? 'the local socket'}) is not a manager of an active swarm: run \`docker swarm init\` there, or wharf on a manager (docs/scaling.md, "A Swarm cluster")`,
    );
  return { swarm: deps.swarm, manager };
}

/** The environment's tasks on every node of the swarm, as the plan reads live state. */
export async function swarmLive(deps: DeployDeps, environment: string): Promise<LiveContainer[]> {
  const { swarm } = await swarmManager(deps, environment);
  return liveOfServices(environment, await swarm.services(environment));
}
