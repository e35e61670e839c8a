/** At most one deploy per environment at a time, across every wharf process. */
export interface EnvironmentLock {
  /** Runs `work` holding the environment's lock; throws LockedError if another holds it. */
  withLock<T>(environment: string, work: () => Promise<T>): Promise<T>;
}
