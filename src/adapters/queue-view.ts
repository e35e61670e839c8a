import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

/**
 * bull-board's view of wharf's queues, mounted at `basePath` of `app`. The caller wraps it in
 * its authentication: bull-board can retry and remove jobs.
 */
export async function mountQueueView(
  app: FastifyInstance,
  queues: readonly Queue[],
  basePath: string,
): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'wharf queues' } },
  });
  serverAdapter.setBasePath(basePath);
  await app.register(serverAdapter.registerPlugin(), { prefix: basePath });
}
