import { previewNumber } from '../core/previews/preview-environment.js';
import { healthOf, syncOf, type HealthStatus, type SyncStatus } from '../core/status.js';
import type { DeployDeps } from '../deploy/deps.js';
import type { DeployRecord } from '../ports/history-store.js';

export interface EnvironmentStatus {
  readonly environment: string;
  readonly hosts: readonly string[];
  /** The revision live traffic is served from, if wharf has deployed it. */
  readonly revision: string | null;
  readonly colour: string | null;
  readonly warm: {
    readonly colour: string;
    readonly revision: string;
    readonly until: string;
  } | null;
  readonly sync: SyncStatus;
  readonly health: HealthStatus;
  readonly lastDeploy: DeployRecord | null;
  /** The deploy running now, if any. */
  readonly deploying: string | null;
  readonly containers: { readonly total: number; readonly running: number };
}

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
