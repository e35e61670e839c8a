import type { DeployDeps } from '../../src/deploy/deps.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';

const ports = [
  'git',
  'engine',
  'compose',
  'edge',
  'probe',
  'state',
  'history',
  'deployLog',
] as const;

/**
 * A deploy's dependencies that stop answering for good once `kill()` is called: every port
 * call and wait from then on never returns, as when the process is killed (SIGKILL) at that
 * moment. What was done before stays done; nothing after it happens.
 */
export function killable(deps: DeployDeps): { deps: DeployDeps; kill: () => void } {
  let killed = false;
  const never = new Promise<never>(() => undefined);
  const wrap = <T extends object>(port: T): T =>
    new Proxy(port, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]): unknown =>
          killed ? never : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
  const wrapped = Object.fromEntries(ports.map((name) => [name, wrap(deps[name])]));
  return {
    deps: {
      ...deps,
      ...wrapped,
      sleep: (ms) => (killed ? never : deps.sleep(ms)),
    },
    kill: () => {
      killed = true;
    },
  };
}

/**
 * Starts a deploy of `environment` and kills it (see `killable`) at its first progress line
 * matching `marker`; resolves once killed. The killed deploy never returns, its lock dies with
 * it; a deploy that ends before the marker fails the wait.
 */
export function deployKilledAt(
  deps: DeployDeps,
  environment: string,
  marker: RegExp,
): Promise<void> {
  const { deps: dying, kill } = killable(deps);
  return new Promise((resolve, reject) => {
    deployEnvironment(dying, {
      environment,
      trigger: 'test',
      onProgress: (e) => {
        if (!marker.test(e.message)) return;
        kill();
        resolve();
      },
    }).then(
      () => reject(new Error(`the deploy ended before ${String(marker)}`)),
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
