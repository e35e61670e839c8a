import { memoryNodes } from './memory-nodes.js';
import { pino } from 'pino';
import type { DeployDeps } from '../../src/deploy/deps.js';
import type { PipelineDeps } from '../../src/pipeline/pipeline-deps.js';
import { noMetrics } from '../../src/ports/metrics.js';
import { memoryFeedback } from './memory-feedback.js';
import { memoryPreviews } from './memory-previews.js';
import { memoryQueue } from './memory-queue.js';

/** The pipeline's dependencies around a host's deploy dependencies: queue, GitHub, previews in memory. */
export function fakePipeline(deps: DeployDeps): {
  readonly deps: PipelineDeps;
  readonly queue: ReturnType<typeof memoryQueue>;
  readonly feedback: ReturnType<typeof memoryFeedback>;
} {
  const queue = memoryQueue();
  const feedback = memoryFeedback();
  return {
    queue,
    feedback,
    deps: {
      ...deps,
      queue,
      feedback,
      previews: memoryPreviews(),
      metrics: noMetrics,
      resyncDone: () => Promise.resolve(),
      log: pino({ level: 'silent' }),
      environmentUrl: (h) => `https://${h}`,
      deployTags: false,
      resyncJitterMs: 0,
      nodes: memoryNodes({ alwaysLive: ['local'], now: () => deps.now().getTime() }),
      node: 'local',
    },
  };
}
