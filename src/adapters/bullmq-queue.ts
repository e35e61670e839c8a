import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LockedError, WharfError } from '../core/errors.js';
import type { JobHandlers, JobQueue, ReconcileJob, RouteJob } from '../ports/job-queue.js';
import { writeOncePerTurn } from './redis-write-per-turn.js';

export interface BullmqOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  /** Tries of a job whose failure may pass, with exponential backoff from 2 s. */
  readonly attempts: number;
  /** This process's node, whose reconcile queue `counts()` reads by default. */
  readonly node: string;
}

/** The BullMQ queue of one node's reconciles. */
export function reconcileQueueName(node: string): string {
  return `reconcile-${node}`;
}

// A reconcile waiting this long without starting is presumed lost and may be requested anew.
const pendingTtlSeconds = 600;

/**
 * The job queue on BullMQ: `route` (what a push or a resync concerns) and one
 * `reconcile-<node>` per node (one environment's deploy, taken by that node's agents). Failures that cannot pass (an invalid manifest, a policy
 * refusal, a blocked revision) become UnrecoverableError and are not retried.
 */
/** The queue, and its BullMQ queues for the queue view. */
export type BullmqJobQueue = JobQueue & { readonly bullQueues: readonly Queue[] };

export function bullmqQueue(options: BullmqOptions, log: Logger): BullmqJobQueue {
  // Producers fail fast when Redis is away (the webhook answers 503); workers wait for it.
  // Adding jobs gives up after 5 s: a webhook answers 503 (GitHub redelivers) rather than
  // waiting on a Redis that stopped answering. The workers' connections block by design.
  const producer = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
    commandTimeout: 5000,
  });
  producer.on('error', () => undefined);
  writeOncePerTurn(producer);
  const connections: Redis[] = [];
  const workerConnection = (): Redis => {
    const r = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    r.on('error', () => undefined);
    connections.push(r);
    return r;
  };
  const prefix = `${options.prefix}:bull`;
  const jobDefaults = {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
  };
  const routeQueue = new Queue<RouteJob>('route', {
    connection: producer,
    prefix,
    defaultJobOptions: jobDefaults,
  });
  // One reconcile queue per node: an agent works only its own node's, so a deploy never
  // reaches another host's Docker.
  const reconcileQueues = new Map<string, Queue<ReconcileJob>>();
  const reconcileQueue = (node: string): Queue<ReconcileJob> => {
    let queue = reconcileQueues.get(node);
    if (!queue) {
      queue = new Queue<ReconcileJob>(reconcileQueueName(node), {
        connection: producer,
        prefix,
        defaultJobOptions: jobDefaults,
      });
      reconcileQueues.set(node, queue);
    }
    return queue;
  };
  // This process's node's queue is in the queue view from the start; others once used.
  reconcileQueue(options.node);
  let ownNode = options.node;
  // One waiting request per environment and ref: a tag's request never folds into the branch's.
  const pendingKey = (job: ReconcileJob): string =>
    `${options.prefix}:pending:${job.environment}${job.ref ? `:${job.ref}` : ''}`;

  /** Waits briefly for a connection that is still being made; a Redis that is down fails fast. */
  async function connected(): Promise<void> {
    // Only a first connection is waited for; a Redis that went away answers at once (503).
    if (!['wait', 'connecting', 'connect'].includes(producer.status)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 900);
      producer.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  const workers: Worker[] = [];

  /**
   * A request that must not wait (a push) folding into one that was spread out (a resync
   * tick's jitter): the waiting job runs now, as the push's.
   */
  async function hurry(job: ReconcileJob): Promise<void> {
    const id = await producer.get(pendingKey(job));
    const waiting = id ? await reconcileQueue(job.node).getJob(id) : undefined;
    if (!waiting || !(await waiting.isDelayed())) return;
    await waiting.updateData(job);
    await waiting.promote().catch(() => undefined);
  }

  function classify(error: unknown): Error {
    if (error instanceof LockedError) return error;
    if (error instanceof WharfError && !error.retryable)
      return new UnrecoverableError(`${error.code}: ${error.message}`);
    return error instanceof Error ? error : new Error(String(error));
  }

  return {
    get bullQueues() {
      return [routeQueue, ...reconcileQueues.values()];
    },
    async route(job, id) {
      await connected();
      const jobId = `delivery-${id}`;
      const earlier = await routeQueue.getJob(jobId);
      if (earlier) {
        // A redelivery of a delivery whose job failed runs it again: that is why a person
        // redelivers it. Waiting, running or done, it is a duplicate.
        if (!(await earlier.isFailed())) return { queued: false };
        await earlier.retry('failed');
        return { queued: true };
      }
      await routeQueue.add(job.kind, job, { jobId });
      return { queued: true };
    },
    async requestReconcile(job, delayMs = 0) {
      await connected();
      const jobId = `${job.environment}-${randomUUID()}`;
      const fresh = await producer.set(pendingKey(job), jobId, 'EX', pendingTtlSeconds, 'NX');
      if (fresh !== 'OK') {
        if (delayMs === 0) await hurry(job);
        return;
      }
      try {
        await reconcileQueue(job.node).add('reconcile', job, { jobId, delay: delayMs });
      } catch (error) {
        await producer.del(pendingKey(job)).catch(() => undefined);
        throw error;
      }
    },
    startWorkers(handlers: JobHandlers, concurrency: number, node: string) {
      ownNode = node;
      reconcileQueue(node);
      const routeWorker = new Worker<RouteJob>(
        'route',
        async (job: Job<RouteJob>) => {
          try {
            await handlers.route(job.data);
          } catch (error) {
            throw classify(error);
          }
        },
        { connection: workerConnection(), prefix, concurrency: 1 },
      );
      const reconcileWorker = new Worker<ReconcileJob>(
        reconcileQueueName(node),
        async (job: Job<ReconcileJob>, token?: string) => {
          // From here on a new request queues a new job: this one reads git as it is now.
          await producer.del(pendingKey(job.data)).catch(() => undefined);
          try {
            await handlers.reconcile(job.data);
          } catch (error) {
            if (error instanceof LockedError && token) {
              // Another process deploys this environment. Stay the one waiting request and
              // try again soon, without using up a try; if another request already waits,
              // it will read git when it runs, and this one has nothing left to do.
              const still = await producer.set(
                pendingKey(job.data),
                job.id ?? '',
                'EX',
                pendingTtlSeconds,
                'NX',
              );
              if (still !== 'OK') return;
              await job.moveToDelayed(Date.now() + 3000, token);
              throw new DelayedError();
            }
            throw classify(error);
          }
        },
        { connection: workerConnection(), prefix, concurrency, lockDuration: 120_000 },
      );
      for (const worker of [routeWorker, reconcileWorker]) {
        worker.on('failed', (job, error) =>
          log.warn(
            {
              queue: worker.name,
              job: job?.id,
              data: job?.data,
              attempts: job?.attemptsMade,
              err: { message: error.message },
            },
            'job failed',
          ),
        );
        worker.on('error', (error) =>
          log.error({ queue: worker.name, err: { message: error.message } }, 'queue worker error'),
        );
        workers.push(worker);
      }
    },
    async scheduleResync(intervalMs) {
      await routeQueue.upsertJobScheduler(
        'resync',
        { every: intervalMs },
        { name: 'resync', data: { kind: 'resync' } },
      );
    },
    async counts(node = ownNode) {
      const queue = reconcileQueue(node);
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
      // The oldest waiting job is the first of the list read oldest first.
      const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
      return {
        waiting: counts['waiting'] ?? 0,
        active: counts['active'] ?? 0,
        delayed: counts['delayed'] ?? 0,
        oldestWaitingMs: oldest ? Math.max(0, Date.now() - oldest.timestamp) : 0,
      };
    },
    async waitingOn(node) {
      const jobs = await reconcileQueue(node).getJobs(['waiting', 'delayed', 'prioritized']);
      return [...new Set(jobs.map((j) => j.data.environment))].sort();
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await routeQueue.close();
      await Promise.all([...reconcileQueues.values()].map((q) => q.close()));
      producer.disconnect();
      for (const connection of connections) connection.disconnect();
    },
  };
}
