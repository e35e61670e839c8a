import type { Lease } from '../ports/environment-lock.js';
import type { DeployDeps } from './deps.js';

/** The methods of each port that change something on the host (tests record them too). */
export const changes = {
  compose: ['up', 'create', 'stop', 'start', 'remove', 'down', 'exec', 'runJob'],
  engine: ['ensureNetwork', 'ensureConnected', 'removeContainers', 'removeVolume', 'removeNetwork'],
  edge: [
    'ensureRunning',
    'attach',
    'applySite',
    'removeSite',
    'applyTls',
    'applyMaintenance',
    'reload',
  ],
  state: [
    'writeProject',
    'writeStack',
    'writeApplied',
    'recordJobRun',
    'removeEnvironment',
    'provisionSecrets',
    'putSecret',
  ],
  backups: ['run', 'restore'],
  certificates: ['issue', 'remove'],
  swarm: ['labelNode', 'deploy', 'remove', 'removeUnused'],
} as const satisfies {
  [K in keyof DeployDeps]?: readonly (keyof NonNullable<DeployDeps[K]>)[];
};

/** `port` with each method in `methods` checking the lease first. */
function guarded<T extends object>(port: T, methods: readonly PropertyKey[], lease: Lease): T {
  const checked = new Set(methods);
  return new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (!checked.has(key) || typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        lease.assertHeld();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * The ports a deploy holding `lease` works through: every change checks first that the lock
 * is still held (a holder that lost it changes nothing more, LockLostError), and what is
 * written for the environment (its edge site, its applied record) carries the fencing token,
 * which the adapters compare with the one already written.
 * (The ports are plain objects of functions: spreading a guarded one keeps every method guarded.)
 */
export function fencedDeps(deps: DeployDeps, lease: Lease): DeployDeps {
  const edge = guarded(deps.edge, changes.edge, lease);
  const state = guarded(deps.state, changes.state, lease);
  return {
    ...deps,
    compose: guarded(deps.compose, changes.compose, lease),
    engine: guarded(deps.engine, changes.engine, lease),
    backups: guarded(deps.backups, changes.backups, lease),
    certificates: guarded(deps.certificates, changes.certificates, lease),
    ...(deps.swarm ? { swarm: guarded(deps.swarm, changes.swarm, lease) } : {}),
    edge: {
      ...edge,
      applySite: (environment, config) => edge.applySite(environment, config, lease.fence),
      // Changes nothing; the token makes its site the one applySite will write.
      testSite: (environment, config) => edge.testSite(environment, config, lease.fence),
      removeSite: (environment) => edge.removeSite(environment, lease.fence),
    },
    state: {
      ...state,
      writeApplied: (environment, record) =>
        state.writeApplied(environment, { ...record, fence: lease.fence }),
    },
  };
}
