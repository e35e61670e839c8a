import { LockedError } from '../../src/core/errors.js';
import type { EnvironmentLock } from '../../src/ports/environment-lock.js';

/**
 * Environment locks in memory. Every "process" that shares this object shares the locks;
 * `holders` shows who holds one now.
 */
export function memoryLock(): EnvironmentLock & { readonly holders: () => string[] } {
  const held = new Set<string>();
  return {
    holders: () => [...held].sort(),
    async withLock(environment, work) {
      if (held.has(environment)) throw new LockedError(environment);
      held.add(environment);
      try {
        return await work();
      } finally {
        held.delete(environment);
      }
    },
  };
}
