/**
 * What a holder of an environment's lock has while its work runs. The lock is a lease: it can
 * be lost (a renewal refused or failed, or not confirmed in time), and a holder that lost it
 * must change nothing more, because another process may hold it now.
 */
export interface Lease {
  /**
   * The fencing token: larger for every new holder of this environment's lock. Written with
   * what the holder changes (the applied record, the edge site), where a write carrying a
   * smaller token than the one written is refused.
   */
  readonly fence: number;
  /** Aborted, with a LockLostError as its reason, when the lock is lost. */
  readonly signal: AbortSignal;
  /** Throws the LockLostError once the lock is lost; called before every change. */
  assertHeld(): void;
}

export interface LockOptions {
  /**
   * The highest fencing token already written for the environment where the work writes
   * (its applied record, its edge site): the new token is larger even when the lock store
   * lost its counter.
   */
  readonly floor?: () => Promise<number>;
}

/** At most one deploy per environment at a time, across every wharf process. */
export interface EnvironmentLock {
  /** Runs `work` holding the environment's lock; throws LockedError if another holds it. */
  withLock<T>(
    environment: string,
    work: (lease: Lease) => Promise<T>,
    options?: LockOptions,
  ): Promise<T>;
  /** Drops what the lock keeps of an environment that is gone (its fencing counter). */
  forget(environment: string): Promise<void>;
}
