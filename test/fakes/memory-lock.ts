import { LockedError, LockLostError } from '../../src/core/errors.js';
import type { EnvironmentLock } from '../../src/ports/environment-lock.js';

export interface MemoryLock extends EnvironmentLock {
  /** The environments whose lock is held now. */
  readonly holders: () => string[];
  /** Takes the lock from its holder, as an expiry would: its lease is lost, the lock is free. */
  readonly expire: (environment: string, why?: string) => void;
}

/**
 * Environment locks in memory. Every "process" that shares this object shares the locks and
 * the fencing counters.
 */
export function memoryLock(): MemoryLock {
  const held = new Map<string, AbortController>();
  const fences = new Map<string, number>();
  return {
    holders: () => [...held.keys()].sort(),
    forget: (environment) => Promise.resolve(void fences.delete(environment)),
    expire(environment, why = 'it expired') {
      held.get(environment)?.abort(new LockLostError(environment, why));
      held.delete(environment);
    },
    async withLock(environment, work, options = {}) {
      if (held.has(environment)) throw new LockedError(environment);
      const controller = new AbortController();
      held.set(environment, controller);
      let fence = 0;
      if (options.floor) {
        fence = Math.max(fences.get(environment) ?? 0, await options.floor()) + 1;
        fences.set(environment, fence);
      }
      try {
        return await work({
          fence,
          signal: controller.signal,
          assertHeld() {
            if (controller.signal.aborted) throw controller.signal.reason;
          },
        });
      } finally {
        if (held.get(environment) === controller) held.delete(environment);
      }
    },
  };
}
