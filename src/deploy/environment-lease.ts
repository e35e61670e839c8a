import type { Lease } from '../ports/environment-lock.js';
import type { DeployDeps } from './deps.js';
import { fencedDeps } from './fenced-deps.js';

/**
 * Runs `work` holding the environment's lock, with ports that change nothing once the lock is
 * lost and that write the lease's fencing token. The token starts above the ones in the
 * applied record and the edge, so it grows even when Redis lost its counter (or forgot a
 * closed preview's, whose removed site keeps its token).
 */
export function withEnvironmentLease<T>(
  deps: DeployDeps,
  environment: string,
  work: (fenced: DeployDeps, lease: Lease) => Promise<T>,
): Promise<T> {
  return deps.lock.withLock(environment, (lease) => work(fencedDeps(deps, lease), lease), {
    floor: async () => {
      const [applied, edge] = await Promise.all([
        deps.state.readApplied(environment),
        deps.edge.fence(environment),
      ]);
      return Math.max(applied?.fence ?? 0, edge);
    },
  });
}
