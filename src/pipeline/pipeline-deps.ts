import type { Logger } from 'pino';
import type { DeployDeps } from '../deploy/deps.js';
import type { Feedback } from '../ports/feedback.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Metrics } from '../ports/metrics.js';
import type { NodeRegistry } from '../ports/node-registry.js';
import type { PreviewStore } from '../ports/preview-store.js';

export interface PipelineDeps extends DeployDeps {
  readonly queue: JobQueue;
  readonly feedback: Feedback;
  readonly previews: PreviewStore;
  readonly metrics: Metrics;
  /** Marks a resync tick done, for the "time since the last resync" metric. */
  readonly resyncDone: () => Promise<void>;
  readonly log: Logger;
  /** The URL shown on a Deployment, from the environment's host. */
  readonly environmentUrl: (host: string) => string;
  /** Route pushed tags to environments whose `tags` glob matches. */
  readonly deployTags: boolean;
  /** Spread of resync requests, so environments do not all deploy at the same moment. */
  readonly resyncJitterMs: number;
  /** Nodes, heartbeats and placements. */
  readonly nodes: NodeRegistry;
  /** The node this process deploys for. */
  readonly node: string;
}
