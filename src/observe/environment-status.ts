import { previewNumber } from '../core/previews/preview-environment.js';
import { healthOf, syncOf, type EnvironmentStatus } from '../core/status.js';
import type { DeployDeps } from '../deploy/deps.js';

/** Where one environment stands: from Docker, the applied record, history and the log. */
export async function environmentStatus(
  deps: DeployDeps,
  environment: string,
): Promise<EnvironmentStatus> {
  const [containers, applied, [last], desired, deploying] = await Promise.all([
    deps.engine.listContainers(environment),
    deps.state.readApplied(environment),
    deps.history.list(environment, 1),
    deps.history.lastSeen(environment),
    deps.deployLog.running(environment),
  ]);
  return {
    environment,
    hosts: applied?.hosts ?? [],
    revision: applied?.revision ?? null,
    colour: applied?.colour ?? null,
    warm: applied?.warm ?? null,
    sync: syncOf(applied, desired),
    health: healthOf(containers, applied, deploying !== null),
    lastDeploy: last ?? null,
    deploying,
    containers: {
      total: containers.length,
      running: containers.filter((c) => c.state === 'running').length,
    },
  };
}

/** Every environment wharf has deployed or recorded, with its status; previews while they run. */
export async function allEnvironmentStatus(deps: DeployDeps): Promise<EnvironmentStatus[]> {
  const names = await deps.history.environments();
  const all = await Promise.all(names.map((name) => environmentStatus(deps, name)));
  return all.filter(
    (s) => previewNumber(s.environment) === null || s.revision !== null || s.deploying !== null,
  );
}
