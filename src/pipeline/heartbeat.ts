import type { Logger } from 'pino';
import { beatEveryMs } from '../core/nodes/node-liveness.js';
import { messageOf } from '../core/message-of.js';
import type { PipelineDeps } from './pipeline-deps.js';

/**
 * An agent's heartbeat: every few seconds it tells Redis it is alive for its node. At start
 * it also claims the environments this host's Docker already runs, so a commit that names
 * another node for them is seen as a move.
 */
export function startHeartbeat(
  deps: Pick<PipelineDeps, 'nodes' | 'node' | 'worker' | 'history' | 'engine'>,
  log: Logger,
): { stop: () => Promise<void> } {
  const worker = deps.worker ?? 'unnamed';
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let beating: Promise<void> = Promise.resolve();
  async function beat(): Promise<void> {
    try {
      await deps.nodes.beat(deps.node, worker);
    } catch (error) {
      log.warn({ node: deps.node, err: { message: messageOf(error) } }, 'heartbeat not sent');
    }
  }
  async function claimRunning(): Promise<void> {
    try {
      const names = await deps.history.environments();
      const running = await deps.engine.listContainersByEnvironment(names);
      for (const [env, containers] of running)
        if (containers.length > 0) await deps.nodes.place(env, deps.node);
    } catch (error) {
      log.warn({ node: deps.node, err: { message: messageOf(error) } }, 'placements not claimed');
    }
  }
  function next(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      beating = beat().finally(next);
    }, beatEveryMs);
  }
  beating = claimRunning().then(beat).finally(next);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await beating.catch(() => undefined);
      await deps.nodes.leave(deps.node, worker).catch(() => undefined);
    },
  };
}
