import type { Lease } from '../ports/environment-lock.js';
import type { DeployDeps } from './deps.js';
import { fencedDeps } from './fenced-deps.js';

/**
 * Runs `work` holding the environment's lock, with ports that change nothing once the lock is
 * lost and that write the lease's fencing token. The token starts above the one in the
 * applied record, so it grows even when Redis lost its counter.
 */
export function withEnvironmentLease<T>(
  deps: DeployDeps,
  environment: string,
  work: (fenced: DeployDeps, lease: Lease) => Promise<T>,
): Promise<T> {
  return deps.lock.withLock(environment, (lease) => work(fencedDeps(deps, lease), lease), {
    floor: async () => (await deps.state.readApplied(environment))?.fence ?? 0,
  });
}
