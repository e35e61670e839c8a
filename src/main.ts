// Wires the real adapters into the program's dependencies. The one place outside
// src/adapters/ that may import side-effect libraries.
import { hostname } from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { messageOf } from './core/message-of.js';
import { scrubCredentials } from './core/scrub-credentials.js';
import { bullmqQueue, type BullmqJobQueue } from './adapters/bullmq-queue.js';
import { githubFeedback, logFeedback } from './adapters/github-feedback.js';
import { forgeFeedback } from './adapters/forge-feedback.js';
import { forgeLinks, type ForgeLinks } from './core/forge-links.js';
import { composeRuntime } from './adapters/compose-runtime.js';
import { dockerSwarm } from './adapters/docker-swarm.js';
import { dockerEngine } from './adapters/docker-engine.js';
import { systemClock } from './adapters/system-clock.js';
import { fsStateFiles } from './adapters/fs-state-files.js';
import { gitSource } from './adapters/git-source.js';
import { httpProbe } from './adapters/http-probe.js';
import { nginxEdge } from './adapters/nginx-edge.js';
import { redisDeployLog } from './adapters/redis-deploy-log.js';
import { redisScheduledJobs } from './adapters/redis-scheduled-jobs.js';
import { tlsCertificates } from './adapters/tls-certificates.js';
import { dockerBackups } from './adapters/docker-backups.js';
import { storeClient } from './adapters/redis-client.js';
import { redisHistory } from './adapters/redis-history.js';
import { redisLock } from './adapters/redis-lock.js';
import { redisPreviews } from './adapters/redis-previews.js';
import { redisNodes } from './adapters/redis-nodes.js';
import { allNodeStatus } from './observe/node-status.js';
import { blockDefaults } from './manifests/schemas.js';
import type { NodeRegistry } from './ports/node-registry.js';
import { startHeartbeat } from './pipeline/heartbeat.js';
import { redisProbe } from './adapters/redis-probe.js';
import { redisResyncClock } from './adapters/redis-resync-clock.js';
import { redisSessions, sessionTtlSeconds } from './adapters/redis-sessions.js';
import { redisSignInLimit } from './adapters/redis-sign-in-limit.js';
import type { SessionStore, SignInLimit } from './ports/admin-sessions.js';
import { promMetrics } from './adapters/prom-metrics.js';
import { rollbackEnvironment } from './deploy/rollback.js';
import { allEnvironmentStatus } from './observe/environment-status.js';
import { allScheduledJobStatus } from './observe/scheduled-job-status.js';
import { noMetrics, type Metrics } from './ports/metrics.js';
import type { AdminDeps } from './server/admin-routes.js';
import type { ResolvedConfig } from './config/load-config.js';
import { hashOf } from './core/render/config-hash.js';
import type { DeployDeps } from './deploy/deps.js';
import type { PipelineDeps } from './pipeline/pipeline-deps.js';
import type { JobQueue } from './ports/job-queue.js';
import type { PreviewStore } from './ports/preview-store.js';
import { handleReconcile } from './pipeline/reconcile-job.js';
import { handleRoute } from './pipeline/route-job.js';
import { startJobScheduler, type JobScheduler } from './pipeline/job-scheduler.js';
import { createServer } from './server/create-server.js';
import { readinessChecks } from './server/readiness.js';
import { createBridgeMetrics } from './server/bridge-metrics.js';
import { dockerBridgeGateway } from './adapters/docker-bridge.js';
import { ageDecrypter } from './adapters/age-decrypter.js';
import { bullmqNotifications, type NotificationQueue } from './adapters/bullmq-notifications.js';

/** How often scheduled jobs' schedules are looked at: a tick runs within about this long. */
const scheduledJobsEveryMs = 1000;

/** Every log line loses URL credentials on its way out, whatever part of it held them. */
const scrubbedLogs = { streamWrite: (line: string): string => scrubCredentials(line) };

export interface Wired {
  readonly deps: DeployDeps;
  readonly previews: PreviewStore;
  readonly resyncClock: ReturnType<typeof redisResyncClock>;
  /** Dashboard sessions and sign-in attempts, in Redis so every wharf process shares them. */
  readonly sessions: SessionStore;
  readonly signInLimit: SignInLimit;
  readonly nodes: NodeRegistry;
  readonly close: () => Promise<void>;
}

export function wire(config: ResolvedConfig): Wired {
  const redis = storeClient(config.redisUrl);
  const engine = dockerEngine({ installation: config.installationId });
  const compose = composeRuntime({
    timeoutSeconds: config.composeTimeoutSeconds,
    registries: config.registries,
  });
  const deps: DeployDeps = {
    git: gitSource({
      url: config.repositoryUrl,
      mirrorDir: path.join(config.stateDir, 'repos', `${hashOf(config.repositoryUrl)}.git`),
      ...(config.token ? { token: config.token } : {}),
    }),
    engine,
    compose,
    swarm: dockerSwarm({ registries: config.registries }),
    node: config.node,
    edge: nginxEdge({
      stateDir: config.stateDir,
      settings: config.edge,
      installation: config.installationId,
      compose,
      engine,
    }),
    probe: httpProbe(config.edge),
    state: fsStateFiles(config.stateDir),
    history: redisHistory(redis, config.redisPrefix),
    lock: redisLock(redis, config.redisPrefix),
    deployLog: redisDeployLog(redis, config.redisPrefix),
    scheduledJobs: redisScheduledJobs(redis, config.redisPrefix),
    certificates: tlsCertificates({
      dir: path.join(config.stateDir, 'tls'),
      challengeDir: path.join(config.stateDir, 'edge', 'acme', '.well-known', 'acme-challenge'),
      ...(config.tls.acmeCaFile ? { acmeCaFile: config.tls.acmeCaFile } : {}),
      acmeRequestTimeoutMs: config.tls.acmeTimeoutMs,
      acmeDeadlineMs: config.tls.acmeDeadlineMs,
      writerLock: path.join(config.stateDir, 'edge', 'writer'),
    }),
    renewBeforeMs: config.tls.renewBeforeMs,
    ...(config.tls.acmeDirectory ? { acmeDirectory: config.tls.acmeDirectory } : {}),
    backups: dockerBackups(config.stateDir, config.backupTimeoutMs),
    now: systemClock.now,
    sleep: systemClock.sleep,
    edgeSettings: config.edge,
    installationId: config.installationId,
    imageOverrides: config.images,
    ...(config.ageIdentityFile ? { decrypter: ageDecrypter(config.ageIdentityFile) } : {}),
    ...(config.server.bridgeMetricsPort
      ? { wharfMetricsPort: config.server.bridgeMetricsPort }
      : {}),
    worker: `${hostname()}:${process.pid}`,
  };
  return {
    deps,
    previews: redisPreviews(redis, config.redisPrefix),
    resyncClock: redisResyncClock(redis, config.redisPrefix),
    sessions: redisSessions(redis, config.redisPrefix),
    signInLimit: redisSignInLimit(redis, config.redisPrefix),
    // Until a `wharf serve` records its node, the default node is the schema's.
    nodes: redisNodes(
      redis,
      config.redisPrefix,
      blockDefaults<{ node: string }>('WharfConfig', '').node,
    ),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** What queue jobs need on top of a deploy's dependencies. */
export function pipelineDeps(
  config: ResolvedConfig,
  wired: Wired,
  queue: JobQueue,
  log: Logger,
  metrics: Metrics = noMetrics,
): PipelineDeps {
  const github = config.github;
  return {
    ...wired.deps,
    queue,
    metrics,
    resyncDone: () => wired.resyncClock.mark(),
    feedback: github
      ? githubFeedback(github, log)
      : config.forge
        ? forgeFeedback(config.forge, log)
        : logFeedback(log),
    previews: wired.previews,
    log,
    environmentUrl: (host) => config.environmentUrl.replace('{host}', host),
    deployTags: config.webhook.deployTags,
    resyncJitterMs: Math.min(30_000, Math.floor(config.queue.resyncIntervalMs / 10)),
    nodes: wired.nodes,
    node: config.node,
  };
}

/** The pipeline's dependencies for a one-off command (`wharf previews destroy`); close after. */
export function openPipeline(config: ResolvedConfig): {
  readonly deps: PipelineDeps;
  readonly close: () => Promise<void>;
} {
  // A command's output is its stdout; what the pipeline logs goes to stderr.
  const log = pino(
    {
      level: process.env['WHARF_LOG_LEVEL'] ?? 'warn',
      base: { service: 'wharf' },
      hooks: scrubbedLogs,
    },
    pino.destination(2),
  );
  const wired = wire(config);
  const queue = bullmqQueue(
    {
      redisUrl: config.redisUrl,
      prefix: config.redisPrefix,
      attempts: config.queue.attempts,
      node: config.node,
    },
    log,
  );
  return {
    deps: pipelineDeps(config, wired, queue, log),
    close: async () => {
      await queue.close();
      await wired.close();
    },
  };
}

/** The dashboard's reads and its one action, over the pipeline's dependencies. */
/** Links to the configured forge's web pages, or null when no forge is configured. */
function configuredLinks(config: ResolvedConfig): ForgeLinks | null {
  if (config.github)
    return forgeLinks(
      'github',
      config.github.webUrl,
      `${config.github.owner}/${config.github.repo}`,
    );
  if (config.forge)
    return forgeLinks(config.forge.kind, config.forge.webUrl, config.forge.repository);
  return null;
}

function adminDeps(
  config: ResolvedConfig,
  wired: Wired,
  pipeline: PipelineDeps,
  queue: BullmqJobQueue,
  notifications: NotificationQueue | null,
): AdminDeps {
  const links = configuredLinks(config);
  return {
    token: config.server.adminToken ?? '',
    sessions: wired.sessions,
    sessionTtlSeconds,
    signInLimit: wired.signInLimit,
    environments: () => allEnvironmentStatus(pipeline),
    previews: () => pipeline.previews.list(),
    scheduledJobs: () => allScheduledJobStatus(pipeline),
    nodes: () => allNodeStatus(pipeline),
    ...(notifications ? { notificationFailures: () => notifications.failures() } : {}),
    deployLog: (id, from) => pipeline.deployLog.read(id, from),
    rollback: (environment) => rollbackEnvironment(pipeline, environment, 'dashboard'),
    environmentUrl: pipeline.environmentUrl,
    commitUrl: (sha) => links?.commitUrl(sha) ?? null,
    pullUrl: (number) => links?.pullUrl(number) ?? null,
    // bull-board is loaded only where the dashboard is on.
    mountQueueView: async (app, basePath) => {
      const { mountQueueView } = await import('./adapters/queue-view.js');
      await mountQueueView(app, queue.bullQueues, basePath);
    },
  };
}

export interface ServiceOptions {
  /** Run the HTTP server (webhooks, health). */
  readonly http: boolean;
  /** Run queue workers (deploys). */
  readonly workers: boolean;
}

export interface RunningService {
  readonly address: string | null;
  /** Reconcile jobs waiting, running and delayed. */
  counts(): Promise<{
    readonly waiting: number;
    readonly active: number;
    readonly delayed: number;
  }>;
  stop(): Promise<void>;
}

/**
 * Serves /metrics where the environments' Prometheus reaches the host. Monitoring must not
 * stop deploys: when the address is missing or taken, wharf says so and runs on without it.
 */
async function listenOnBridge(
  port: number,
  scrape: () => Promise<{ contentType: string; body: string }>,
  log: Logger,
): Promise<{ close: () => Promise<void> } | null> {
  const gateway = await dockerBridgeGateway();
  if (!gateway) {
    log.warn(
      'metrics for the environments’ Prometheus not served: Docker has no default bridge address',
    );
    return null;
  }
  const app = createBridgeMetrics(scrape);
  try {
    const address = await app.listen({ host: gateway, port });
    log.info({ address }, 'serving /metrics to the environments’ Prometheus');
    // Not the instance itself: Fastify's is thenable, and an async function would await it.
    return { close: () => app.close() };
  } catch (error) {
    const message = messageOf(error);
    log.warn(
      { err: { message } },
      `metrics for the environments’ Prometheus not served: cannot listen on ${gateway}:${port} (server.bridgeMetricsPort)`,
    );
    await app.close();
    return null;
  }
}

/**
 * `wharf serve` (server and workers) and `wharf agent` (workers only): the GitOps loop.
 * Resolves once listening; `stop` takes no new jobs, lets running deploys finish, and closes.
 */
export async function startService(
  config: ResolvedConfig,
  options: ServiceOptions,
): Promise<RunningService> {
  const log = pino({
    level: process.env['WHARF_LOG_LEVEL'] ?? 'info',
    base: { service: 'wharf' },
    hooks: scrubbedLogs,
  });
  const wired = wire(config);
  const queue = bullmqQueue(
    {
      redisUrl: config.redisUrl,
      prefix: config.redisPrefix,
      attempts: config.queue.attempts,
      node: config.node,
    },
    log,
  );
  const links = configuredLinks(config);
  const notifications =
    config.notifications.receivers.length > 0
      ? bullmqNotifications(
          {
            redisUrl: config.redisUrl,
            prefix: config.redisPrefix,
            settings: config.notifications,
            commitUrl: (sha) => links?.commitUrl(sha) ?? null,
          },
          log,
        )
      : null;
  const prom = promMetrics({
    environments: () => allEnvironmentStatus(wired.deps),
    queue: () => queue.counts(),
    lastResync: () => wired.resyncClock.last(),
    deployTally: () => wired.deps.history.tally(),
    nodes: () => allNodeStatus({ nodes: wired.nodes, queue, now: () => new Date() }),
    ...(notifications
      ? {
          notificationFailures: () => notifications.failureCounts(),
          notificationEnqueueFailures: () => notifications.enqueueFailures(),
        }
      : {}),
  });
  const pipeline = {
    ...pipelineDeps(config, wired, queue, log, prom.metrics),
    ...(notifications ? { notifier: notifications.notifier } : {}),
  };
  if (options.workers) notifications?.startWorker();
  let stopping = false;
  let scheduler: JobScheduler | null = null;
  const probe = redisProbe(config.redisUrl);
  // The node of `wharf serve` is where environments that name none go.
  if (options.http)
    await wired.nodes
      .setDefaultNode(config.node)
      .catch((error: unknown) =>
        log.warn(
          { err: { message: messageOf(error) } },
          'default node not recorded: Redis unavailable',
        ),
      );
  let heartbeat: { stop: () => Promise<void> } | null = null;
  if (options.workers) {
    heartbeat = startHeartbeat(pipeline, log);
    queue.startWorkers(
      {
        route: (job) => handleRoute(pipeline, job),
        reconcile: async (job) => {
          await handleReconcile(pipeline, job);
        },
      },
      config.queue.concurrency,
      config.node,
    );
    // Tries until Redis takes it: the queue's connection may come back after the probe's.
    const schedule = async (): Promise<void> => {
      while (!stopping) {
        try {
          await queue.scheduleResync(config.queue.resyncIntervalMs);
          return;
        } catch (error) {
          const message = messageOf(error);
          log.warn({ err: { message } }, 'resync not scheduled yet: Redis unavailable');
          await new Promise((resolve) => setTimeout(resolve, 2000));
        }
      }
    };
    void schedule();
    // A Redis that restarted empty has lost the schedule: put it back whenever Redis returns.
    probe.on('ready', () => void schedule());
    scheduler = startJobScheduler(pipeline, { everyMs: scheduledJobsEveryMs });
  }
  let server: ReturnType<typeof createServer> | null = null;
  let bridgeMetrics: { close: () => Promise<void> } | null = null;
  let address: string | null = null;
  if (options.http) {
    server = createServer({
      secrets: config.webhook.secrets,
      repositories: config.webhook.repositories,
      deployTags: config.webhook.deployTags,
      queue,
      log,
      metrics: {
        webhook: (event, outcome) => prom.metrics.webhook(event, outcome),
        scrape: () => prom.scrape(),
      },
      ...(config.server.adminToken
        ? { admin: adminDeps(config, wired, pipeline, queue, notifications) }
        : {}),
      ready: readinessChecks({ redis: probe, engine: wired.deps.engine }),
    });
    address = await server.listen({ host: config.server.bind, port: config.server.port });
    log.info(
      { address, repositories: config.webhook.repositories },
      'listening for forge webhooks',
    );
    if (config.server.bridgeMetricsPort > 0)
      bridgeMetrics = await listenOnBridge(
        config.server.bridgeMetricsPort,
        () => prom.scrape(),
        log,
      );
  }
  if (options.workers)
    log.info(
      {
        node: config.node,
        concurrency: config.queue.concurrency,
        resyncMs: config.queue.resyncIntervalMs,
      },
      'deploy workers started',
    );
  return {
    address,
    counts: () => queue.counts(),
    async stop() {
      stopping = true;
      log.info('stopping: no new jobs, waiting for running deploys and scheduled jobs');
      if (server) await server.close();
      if (bridgeMetrics) await bridgeMetrics.close();
      await Promise.all([queue.close(), scheduler?.stop()]);
      await heartbeat?.stop();
      // After the deploys: what they reported is queued before the connection goes.
      await notifications?.close();
      probe.disconnect();
      await wired.close();
      log.info('stopped');
    },
  };
}
