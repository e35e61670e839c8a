import type { JobQueue, ReconcileJob, RouteJob } from '../../src/ports/job-queue.js';
import { atOnce } from './at-once.js';

/**
 * The job queue in memory, for handlers called directly: it keeps what was asked. A reconcile
 * asked for while one for the environment already waits folds into it, as in Redis.
 */
export function memoryQueue(): JobQueue & {
  readonly waiting: () => ReconcileJob[];
  readonly routed: () => RouteJob[];
} {
  const waiting: ReconcileJob[] = [];
  const routed = new Map<string, RouteJob>();
  return {
    waiting: () => [...waiting],
    routed: () => [...routed.values()],
    route: (job, id) =>
      atOnce(() => {
        if (routed.has(id)) return { queued: false };
        routed.set(id, job);
        return { queued: true };
      }),
    requestReconcile: (job) =>
      atOnce(() => {
        if (!waiting.some((w) => w.environment === job.environment && w.ref === job.ref))
          waiting.push(job);
      }),
    startWorkers: () => {
      throw new Error('the memory queue runs no workers: call the handlers');
    },
    scheduleResync: () => atOnce(() => undefined),
    counts: () =>
      atOnce(() => ({ waiting: waiting.length, active: 0, delayed: 0, oldestWaitingMs: 0 })),
    waitingOn: (node) =>
      atOnce(() => waiting.filter((w) => w.node === node).map((w) => w.environment)),
    close: () => atOnce(() => undefined),
  };
}
