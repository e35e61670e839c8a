import { previewNumber } from '../core/previews/preview-environment.js';
import { healthOf, syncOf, type EnvironmentStatus } from '../core/status.js';
import type { DeployDeps } from '../deploy/deps.js';
import type { AppliedRecord, LiveContainer } from '../core/live.js';
import type { LatestOf } from '../ports/history-store.js';
import { liveOfServices } from '../core/swarm/swarm-live.js';

/** What the status reads: Docker, the applied records, the history and the deploy log. */
export type StatusDeps = Pick<DeployDeps, 'engine' | 'state' | 'history' | 'deployLog'> &
  Partial<Pick<DeployDeps, 'swarm'>>;

/** Where one environment stands, from what was read for it. */
function statusOf(
  environment: string,
  containers: readonly LiveContainer[],
  applied: AppliedRecord | null,
  latest: LatestOf | undefined,
  deploying: string | null,
): EnvironmentStatus {
  return {
    environment,
    hosts: applied?.hosts ?? [],
    revision: applied?.revision ?? null,
    colour: applied?.colour ?? null,
    warm: applied?.warm ?? null,
    sync: syncOf(applied, latest?.lastSeen ?? null),
    health: healthOf(containers, applied, deploying !== null),
    lastDeploy: latest?.newest ?? null,
    deploying,
    containers: {
      total: containers.length,
      running: containers.filter((c) => c.state === 'running').length,
    },
  };
}

/**
 * Every environment wharf has deployed or recorded, with its status; previews while they run.
 * Docker is listed once and Redis read in a few batches per call, however many environments
 * there are (the dashboard and every /metrics scrape ask); only the applied records are files
 * read one by one.
 */
export async function allEnvironmentStatus(deps: StatusDeps): Promise<EnvironmentStatus[]> {
  const names = await deps.history.environments();
  if (names.length === 0) return [];
  const [containers, applied, latest, deploying] = await Promise.all([
    deps.engine.listContainersByEnvironment(names),
    Promise.all(names.map((name) => deps.state.readApplied(name))),
    deps.history.latestOf(names),
    deps.deployLog.runningIn(names),
  ]);
  // A stack's tasks run on every node: the swarm's list of them, not this host's containers.
  const tasks = await Promise.all(
    names.map((name, i) =>
      applied[i]?.runtime === 'swarm' && deps.swarm
        ? deps.swarm.services(name).then(
            (services) => liveOfServices(name, services),
            () => [],
          )
        : Promise.resolve(null),
    ),
  );
  const all = names.map((name, i) =>
    statusOf(
      name,
      tasks[i] ?? containers.get(name) ?? [],
      applied[i] ?? null,
      latest.get(name),
      deploying.get(name) ?? null,
    ),
  );
  return all.filter(
    (s) => previewNumber(s.environment) === null || s.revision !== null || s.deploying !== null,
  );
}
