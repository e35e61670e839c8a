import { nodeViews, waitingMessage, type NodeView } from '../core/nodes/node-liveness.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { NodeRegistry } from '../ports/node-registry.js';

export interface NodeStatus extends NodeView {
  readonly default: boolean;
  /** Environments whose deploy waits in this node's queue. */
  readonly waiting: readonly string[];
  /** Why they wait, when no agent of the node is live. */
  readonly held: string | null;
}

/** Every node: its agents and their last beat, and what waits for them. */
export async function allNodeStatus(deps: {
  readonly nodes: NodeRegistry;
  readonly queue: Pick<JobQueue, 'waitingOn'>;
  readonly now: () => Date;
}): Promise<NodeStatus[]> {
  const [{ beats, known }, defaultNode] = await Promise.all([
    deps.nodes.beats(),
    deps.nodes.defaultNode(),
  ]);
  const now = deps.now().getTime();
  const views = nodeViews(beats, [...known, defaultNode], now);
  return Promise.all(
    views.map(async (view) => {
      const waiting = await deps.queue.waitingOn(view.node);
      return {
        ...view,
        default: view.node === defaultNode,
        waiting,
        held: !view.live && waiting.length > 0 ? waitingMessage(view, now) : null,
      };
    }),
  );
}
