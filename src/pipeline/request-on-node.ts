import { nodeViews, waitingMessage } from '../core/nodes/node-liveness.js';
import { routeNode } from '../core/nodes/node-route.js';
import { movedMessage } from '../core/nodes/node-route.js';
import { notify } from '../deploy/notify.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import type { ReconcileJob } from '../ports/job-queue.js';
import { nodeInputOf } from './node-of-environment.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { publishComment } from './publish-comment.js';

export type RequestOutcome =
  | { readonly kind: 'queued'; readonly node: string; readonly waiting: string | null }
  | { readonly kind: 'moved'; readonly message: string };

/**
 * Asks the agents of the environment's node for a reconcile. A commit that moves a running
 * environment to another node is refused (logged, nothing queued). With no live agent on
 * the node, the job waits in the node's queue; that is said in the log, to the waiting
 * listener, and on a preview's pull-request comment.
 */
export async function requestOnNode(
  deps: PipelineDeps,
  job: Omit<ReconcileJob, 'node'>,
  delayMs?: number,
): Promise<RequestOutcome> {
  const env = job.environment;
  const route = routeNode(await nodeInputOf(deps, env, job.ref));
  if (route.kind === 'moved') {
    const message = movedMessage(env, route.from, route.to);
    deps.log.error({ env, from: route.from, to: route.to }, message);
    notify(deps, { kind: 'blocked', environment: env, reason: message, ...pushed(job) });
    return { kind: 'moved', message };
  }
  await deps.queue.requestReconcile({ ...job, node: route.node }, delayMs);
  const { beats, known } = await deps.nodes.beats();
  const view = nodeViews(beats, [...known, route.node], deps.now().getTime()).find(
    (v) => v.node === route.node,
  );
  if (view?.live) return { kind: 'queued', node: route.node, waiting: null };
  const message = waitingMessage(
    view ?? { node: route.node, agents: [], lastBeatMs: null },
    deps.now().getTime(),
  );
  deps.log.warn({ env, node: route.node }, message);
  notify(deps, {
    kind: 'waiting',
    environment: env,
    waitingFor: 'agent',
    reason: message,
    ...pushed(job),
    // Resyncs ask again while the node is down: one message for each time it went down.
    dedupeKey: `agent:${env}:${route.node}:${view?.lastBeatMs ?? 'never'}`,
  });
  const number = previewNumber(env);
  if (number !== null) {
    await deps.previews.update(number, { preview: { phase: 'waiting', message } });
    await publishComment(deps, number);
  }
  return { kind: 'queued', node: route.node, waiting: message };
}

function pushed(job: Omit<ReconcileJob, 'node'>): { pushedBy?: string } {
  return job.pushedBy ? { pushedBy: job.pushedBy } : {};
}
