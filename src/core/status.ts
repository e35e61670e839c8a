import type { DeployRecord } from './deploy-record.js';
import type { AppliedRecord, LiveContainer } from './live.js';

/** As Argo CD says it: does what runs match git, and is it well. */
export type SyncStatus = 'Synced' | 'OutOfSync' | 'Unknown';
export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Missing';

/** Where one environment stands, as `wharf status`, the admin API and /metrics show it. */
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

/**
 * Health of what should take traffic: the live colour's apps and the stateful services.
 * A warm previous colour, or workers it keeps stopped, do not count.
 */
export function healthOf(
  containers: readonly LiveContainer[],
  applied: AppliedRecord | null,
  deploying: boolean,
): HealthStatus {
  const counted = containers.filter(
    (c) => c.role === 'stateful' || !applied || c.colour === applied.colour,
  );
  if (counted.length === 0) return deploying ? 'Progressing' : 'Missing';
  if (counted.some((c) => c.state !== 'running' || c.health === 'unhealthy')) return 'Degraded';
  if (counted.some((c) => c.health === 'starting') || deploying) return 'Progressing';
  return 'Healthy';
}

/** Synced when the revision applied is the newest wharf saw as desired. */
export function syncOf(applied: AppliedRecord | null, desired: string | null): SyncStatus {
  if (!desired) return 'Unknown';
  return applied?.revision === desired ? 'Synced' : 'OutOfSync';
}
