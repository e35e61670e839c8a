/** A change in git that may concern some environments. */
export type RouteJob =
  | {
      readonly kind: 'push';
      readonly branch: string;
      readonly after: string;
      readonly delivery: string;
      /** Who pushed, as the forge said: shown in notifications. */
      readonly pushedBy?: string;
    }
  | {
      readonly kind: 'tag';
      readonly tag: string;
      readonly after: string;
      readonly delivery: string;
      /** Who pushed, as the forge said: shown in notifications. */
      readonly pushedBy?: string;
    }
  | {
      readonly kind: 'pull_request';
      readonly number: number;
      readonly action: 'update' | 'close';
      readonly fork: boolean;
      readonly delivery: string;
    }
  | { readonly kind: 'resync' };

export interface ReconcileJob {
  readonly environment: string;
  /** The node whose agents take it (each node has its own queue). */
  readonly node: string;
  /** `webhook:push`, `resync`, ... */
  readonly trigger: string;
  /** A pushed tag to deploy (`refs/tags/NAME`) instead of the branch the environment follows. */
  readonly ref?: string;
  /** Who pushed, when a push asked for it: shown in notifications. */
  readonly pushedBy?: string;
}

export interface JobHandlers {
  route(job: RouteJob): Promise<void>;
  reconcile(job: ReconcileJob): Promise<void>;
}

/** The job queue in Redis (BullMQ). */
export interface JobQueue {
  /**
   * Queues a routing job once per id (a webhook delivery id): the same delivery twice runs
   * once, unless its job failed, when it runs again.
   */
  route(job: RouteJob, id: string): Promise<{ readonly queued: boolean }>;
  /**
   * Asks for an environment to be reconciled. Requests while one is already waiting fold into
   * it, so a burst gives at most one running and one waiting reconcile per environment.
   */
  requestReconcile(job: ReconcileJob, delayMs?: number): Promise<void>;
  /**
   * Runs jobs until `close`: routing jobs, and the reconciles of `node` only; at most
   * `concurrency` reconciles at once in this process.
   */
  startWorkers(handlers: JobHandlers, concurrency: number, node: string): void;
  /** Schedules the periodic resync (every `intervalMs`) as one repeatable job for all processes. */
  scheduleResync(intervalMs: number): Promise<void>;
  /** Reconciles of one node waiting and the age of the oldest (default: this process's node). */
  counts(node?: string): Promise<{
    readonly waiting: number;
    readonly active: number;
    readonly delayed: number;
    readonly oldestWaitingMs: number;
  }>;
  /** Environments whose reconcile waits in a node's queue (not started yet). */
  waitingOn(node: string): Promise<string[]>;
  /** Stops taking jobs and waits for running ones to finish. */
  close(): Promise<void>;
}
