import { Counter, Gauge, Registry, collectDefaultMetrics, type Metric } from 'prom-client';
import { deployBuckets, type DeployTally } from '../core/deploy-tally.js';
import { unverifiedEvent, webhookEventLabel, webhookOutcomeLabel } from '../core/webhook-labels.js';
import type { EnvironmentStatus } from '../core/status.js';
import type { NodeView } from '../core/nodes/node-liveness.js';
import type { Metrics } from '../ports/metrics.js';

/** What the scrape reads fresh each time, rather than counting as it goes. */
export interface MetricsSources {
  environments(): Promise<readonly EnvironmentStatus[]>;
  queue(): Promise<{ waiting: number; active: number; delayed: number; oldestWaitingMs: number }>;
  /** When the last resync tick finished (epoch ms), from any wharf process. */
  lastResync(): Promise<number | null>;
  /** Deploys counted by every wharf process (kept with the history in Redis). */
  deployTally(): Promise<readonly DeployTally[]>;
  /** Notification deliveries that used up their tries, per receiver, by every process. */
  notificationFailures?(): Promise<Readonly<Record<string, number>>>;
  /** Notifications this process could not queue (Redis away). */
  notificationEnqueueFailures?(): number;
  /** Every node: its agents' beats and the deploys waiting for it. */
  nodes?(): Promise<readonly (NodeView & { readonly waiting: readonly string[] })[]>;
}

export interface PromMetrics {
  readonly metrics: Metrics;
  /** The text `/metrics` answers with, and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

const syncStates = ['Synced', 'OutOfSync', 'Unknown'] as const;
const healthStates = ['Healthy', 'Progressing', 'Degraded', 'Missing'] as const;

/**
 * `wharf_deploy_duration_seconds` from the tally read at scrape time. prom-client's Histogram
 * only counts observations of its own process; this one reports buckets kept in Redis, which
 * is the same text format, so it is a collector the registry calls like any metric.
 */
function durationHistogram(read: () => readonly DeployTally[]): Metric {
  const name = 'wharf_deploy_duration_seconds';
  const collector = {
    name,
    help: 'How long deploys took, from taking the lock to the record.',
    type: 'histogram',
    aggregator: 'sum',
    get: () => ({
      name,
      help: collector.help,
      type: 'histogram',
      aggregator: 'sum',
      values: read().flatMap((t) => {
        const labels = { environment: t.environment, result: t.result };
        return [
          ...deployBuckets.map((le, i) => ({
            metricName: `${name}_bucket`,
            labels: { le, ...labels },
            value: t.buckets[i] ?? 0,
          })),
          { metricName: `${name}_bucket`, labels: { le: '+Inf', ...labels }, value: t.count },
          { metricName: `${name}_sum`, labels, value: t.sumSeconds },
          { metricName: `${name}_count`, labels, value: t.count },
        ];
      }),
    }),
  };
  return collector as unknown as Metric;
}

/**
 * wharf's Prometheus metrics (prom-client). Environment gauges follow Argo CD's `app_info`:
 * one series per environment with its state in labels, plus one-hot sync and health series
 * that alert rules can match on without regexes. A failing source fails the scrape (500),
 * which Prometheus reports as the target down: better than stale numbers.
 */
export function promMetrics(sources: MetricsSources): PromMetrics {
  const registry = new Registry();
  // prom-client's names begin with `process_` and `nodejs_` already.
  collectDefaultMetrics({ register: registry, prefix: 'wharf_' });

  const info = new Gauge({
    name: 'wharf_environment_info',
    help: 'Always 1; labels say where each environment stands.',
    labelNames: ['environment', 'revision', 'colour', 'sync_status', 'health_status'],
    registers: [registry],
  });
  const sync = new Gauge({
    name: 'wharf_environment_sync_status',
    help: '1 for the sync status the environment is in, 0 for the others.',
    labelNames: ['environment', 'sync_status'],
    registers: [registry],
  });
  const health = new Gauge({
    name: 'wharf_environment_health_status',
    help: '1 for the health status the environment is in, 0 for the others.',
    labelNames: ['environment', 'health_status'],
    registers: [registry],
  });
  let tally: readonly DeployTally[] = [];
  registry.registerMetric(durationHistogram(() => tally));
  const deploys = new Counter({
    name: 'wharf_deploys_total',
    help: 'Deploys by result: success, failed, rolled-back.',
    labelNames: ['environment', 'result'],
    registers: [registry],
  });
  const webhooks = new Counter({
    name: 'wharf_webhook_deliveries_total',
    help: 'GitHub webhook deliveries by event (verified ones only; `unverified` otherwise) and outcome.',
    labelNames: ['event', 'outcome'],
    registers: [registry],
  });
  const jobs = new Gauge({
    name: 'wharf_queue_jobs',
    help: 'Reconcile jobs by state.',
    labelNames: ['state'],
    registers: [registry],
  });
  const oldest = new Gauge({
    name: 'wharf_queue_oldest_waiting_seconds',
    help: 'Age of the oldest reconcile job waiting to run (0 when none waits).',
    registers: [registry],
  });
  const resyncAge = new Gauge({
    name: 'wharf_resync_last_success_age_seconds',
    help: 'Seconds since a resync tick last finished (-1 before the first).',
    registers: [registry],
  });

  const notifyFailed = new Counter({
    name: 'wharf_notification_failures_total',
    help: 'Notification deliveries that failed every try, by receiver.',
    labelNames: ['receiver'],
    registers: [registry],
  });
  const notifyUnqueued = new Gauge({
    name: 'wharf_notification_enqueue_failures',
    help: 'Notifications this process could not queue (Redis unavailable) since it started.',
    registers: [registry],
  });

  const nodeAgents = new Gauge({
    name: 'wharf_node_live_agents',
    help: 'Live agents of each node (a beat within the last 15 s).',
    labelNames: ['node'],
    registers: [registry],
  });
  const nodeBeatAge = new Gauge({
    name: 'wharf_node_last_beat_age_seconds',
    help: 'Seconds since an agent of the node last beat (-1 when none ever did).',
    labelNames: ['node'],
    registers: [registry],
  });
  const nodeWaiting = new Gauge({
    name: 'wharf_node_waiting_deploys',
    help: "Environments whose deploy waits in the node's queue.",
    labelNames: ['node'],
    registers: [registry],
  });

  /** Reads what is read at scrape time, all of it before any metric is written out. */
  async function refresh(): Promise<void> {
    const [all, q, last, counted] = await Promise.all([
      sources.environments(),
      sources.queue(),
      sources.lastResync(),
      sources.deployTally(),
    ]);
    tally = counted;
    const nodes = (await sources.nodes?.()) ?? [];
    nodeAgents.reset();
    nodeBeatAge.reset();
    nodeWaiting.reset();
    for (const n of nodes) {
      nodeAgents.set({ node: n.node }, n.agents.filter((a) => a.live).length);
      nodeBeatAge.set(
        { node: n.node },
        n.lastBeatMs === null ? -1 : Math.max(0, (Date.now() - n.lastBeatMs) / 1000),
      );
      nodeWaiting.set({ node: n.node }, n.waiting.length);
    }
    const failedNotifications = (await sources.notificationFailures?.()) ?? {};
    notifyFailed.reset();
    for (const [receiver, count] of Object.entries(failedNotifications))
      notifyFailed.inc({ receiver }, count);
    notifyUnqueued.set(sources.notificationEnqueueFailures?.() ?? 0);
    deploys.reset();
    for (const t of counted) deploys.inc({ environment: t.environment, result: t.result }, t.count);
    info.reset();
    sync.reset();
    health.reset();
    for (const e of all) {
      const labels = {
        environment: e.environment,
        revision: e.revision ?? '',
        colour: e.colour ?? '',
        sync_status: e.sync,
        health_status: e.health,
      };
      info.set(labels, 1);
      for (const st of syncStates)
        sync.set({ environment: e.environment, sync_status: st }, e.sync === st ? 1 : 0);
      for (const h of healthStates)
        health.set({ environment: e.environment, health_status: h }, e.health === h ? 1 : 0);
    }
    jobs.set({ state: 'waiting' }, q.waiting);
    jobs.set({ state: 'active' }, q.active);
    jobs.set({ state: 'delayed' }, q.delayed);
    oldest.set(q.oldestWaitingMs / 1000);
    resyncAge.set(last === null ? -1 : (Date.now() - last) / 1000);
  }

  return {
    metrics: {
      webhook(event, outcome) {
        // Bounded here too: whatever a caller passes, the series stay a fixed few.
        webhooks.inc({
          event: event === unverifiedEvent ? event : webhookEventLabel(event),
          outcome: webhookOutcomeLabel(outcome),
        });
      },
    },
    async scrape() {
      await refresh();
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
