import { createHash, randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { messageOf } from '../core/message-of.js';
import type { NotificationContext, NotificationEvent } from '../core/notifications/events.js';
import { wants } from '../core/notifications/receiver-filter.js';
import type { NotificationSettings, Receiver } from '../core/notifications/receivers.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { Notifier } from '../ports/notifier.js';
import { deliverNotification } from './deliver-notification.js';

/** A delivery as kept in Redis: the receiver by name only, so no secret is ever queued. */
interface NotificationJob {
  readonly receiver: string;
  readonly event: NotificationEvent;
  readonly context: NotificationContext;
}

/** A delivery that used up its tries, as the dashboard shows it. */
export interface NotificationFailure {
  readonly receiver: string;
  readonly kind: string;
  readonly event: string;
  readonly environment: string;
  readonly error: string;
  readonly attempts: number;
  readonly at: string;
}

export interface NotificationQueueOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly settings: NotificationSettings;
  /** The forge's page of a commit, when its web address is known. */
  readonly commitUrl: (sha: string) => string | null;
}

export interface NotificationQueue {
  readonly notifier: Notifier;
  readonly bullQueue: Queue;
  /** Delivers queued notifications until `close`, delayed retries of earlier processes too. */
  startWorker(): void;
  /** Recent deliveries that failed for good, newest first, and the count per receiver. */
  failures(limit?: number): Promise<readonly NotificationFailure[]>;
  failureCounts(): Promise<Readonly<Record<string, number>>>;
  /** Notifications that could not even be queued (Redis away), in this process. */
  readonly enqueueFailures: () => number;
  /** Waits for notifications being queued, then closes. */
  close(): Promise<void>;
}

const keptFailures = 50;
// BullMQ waits for a connection before its first command whatever ioredis is told: a Redis that
// is away would hold the notification forever. After this long it counts as not queued.
const enqueueDeadlineMs = 3000;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what}: Redis did not answer within ${ms} ms`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Notifications on a BullMQ queue of their own (`notify`): one job per event and receiver,
 * retried with exponential backoff, kept in Redis so a restart of wharf delivers what was
 * pending. Queueing never throws and never waits on a slow Redis for long: the deploy that
 * reports goes on, and the lost notification is logged and counted.
 */
export function bullmqNotifications(
  options: NotificationQueueOptions,
  log: Logger,
): NotificationQueue {
  const { settings } = options;
  const byName = new Map<string, Receiver>(settings.receivers.map((r) => [r.name, r]));
  const producer = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 2000,
  });
  producer.on('error', () => undefined);
  const prefix = `${options.prefix}:bull`;
  const failuresKey = `${options.prefix}:notify:failures`;
  const countsKey = `${options.prefix}:notify:failed`;
  const queue = new Queue<NotificationJob>('notify', {
    connection: producer,
    prefix,
    defaultJobOptions: {
      attempts: settings.attempts,
      backoff: { type: 'exponential', delay: settings.backoffMs },
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
    },
  });
  const pending = new Set<Promise<void>>();
  let enqueueFailed = 0;
  let worker: Worker<NotificationJob> | null = null;
  let workerConnection: Redis | null = null;

  async function enqueue(event: NotificationEvent): Promise<void> {
    const targets = settings.receivers.filter((r) => wants(r, event.environment, event.kind));
    if (targets.length === 0) return;
    const url = event.revision ? options.commitUrl(event.revision) : null;
    const context: NotificationContext = url ? { revisionUrl: url } : {};
    await queue.addBulk(
      targets.map((r) => ({
        name: event.kind,
        data: { receiver: r.name, event, context },
        opts: {
          // BullMQ keeps one job per id: the same waiting event is queued once per receiver.
          jobId: event.dedupeKey
            ? `d-${createHash('sha256').update(`${r.name}\u0000${event.dedupeKey}`).digest('hex').slice(0, 32)}`
            : `n-${randomUUID()}`,
        },
      })),
    );
  }

  async function recordFailure(job: Job<NotificationJob>, error: Error): Promise<void> {
    const failure: NotificationFailure = {
      receiver: job.data.receiver,
      kind: byName.get(job.data.receiver)?.kind ?? 'unknown',
      event: job.data.event.kind,
      environment: job.data.event.environment,
      error: scrubCredentials(error.message),
      attempts: job.attemptsMade,
      at: new Date().toISOString(),
    };
    await producer
      .multi()
      .lpush(failuresKey, JSON.stringify(failure))
      .ltrim(failuresKey, 0, keptFailures - 1)
      .hincrby(countsKey, failure.receiver, 1)
      .exec();
  }

  return {
    bullQueue: queue,
    notifier: {
      notify(event) {
        const queued = within(enqueue(event), enqueueDeadlineMs, 'not queued').catch(
          (error: unknown) => {
            enqueueFailed += 1;
            log.warn(
              { env: event.environment, event: event.kind, err: { message: messageOf(error) } },
              'notification not queued',
            );
          },
        );
        pending.add(queued);
        void queued.finally(() => pending.delete(queued));
      },
    },
    startWorker() {
      workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
      workerConnection.on('error', () => undefined);
      worker = new Worker<NotificationJob>(
        'notify',
        async (job) => {
          const receiver = byName.get(job.data.receiver);
          // Removed from the configuration since it was queued: nobody left to tell.
          if (!receiver) throw new UnrecoverableError('receiver no longer configured');
          await deliverNotification(receiver, job.data.event, job.data.context, {
            id: job.id ?? '',
            timeoutMs: settings.timeoutMs,
          });
        },
        // A receiver that hangs holds one slot for its deadline; the others keep delivering.
        { connection: workerConnection, prefix, concurrency: 4 },
      );
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final =
          error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
        const meta = {
          receiver: job.data.receiver,
          event: job.data.event.kind,
          env: job.data.event.environment,
          attempts: job.attemptsMade,
          err: { message: scrubCredentials(error.message) },
        };
        if (!final) {
          log.info(meta, 'notification delivery failed; retrying');
          return;
        }
        log.warn(meta, 'notification delivery failed; giving up');
        recordFailure(job, error).catch(() => undefined);
      });
      worker.on('completed', (job) =>
        log.info(
          { receiver: job.data.receiver, event: job.data.event.kind, attempts: job.attemptsMade },
          'notification delivered',
        ),
      );
      worker.on('error', (error) =>
        log.error({ err: { message: error.message } }, 'notification worker error'),
      );
    },
    async failures(limit = 20) {
      const raw = await producer.lrange(failuresKey, 0, limit - 1);
      return raw.flatMap((line) => {
        try {
          return [JSON.parse(line) as NotificationFailure];
        } catch {
          return [];
        }
      });
    },
    async failureCounts() {
      const counts = await producer.hgetall(countsKey);
      return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));
    },
    enqueueFailures: () => enqueueFailed,
    async close() {
      await Promise.all([...pending]);
      await worker?.close();
      // A queue whose Redis never answered has nothing to flush.
      await within(queue.close(), enqueueDeadlineMs, 'close').catch(() => undefined);
      producer.disconnect();
      workerConnection?.disconnect();
    },
  };
}
