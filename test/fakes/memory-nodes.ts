import type { AgentBeat } from '../../src/core/nodes/node-liveness.js';
import type { NodeRegistry } from '../../src/ports/node-registry.js';

/**
 * Nodes in memory. The nodes in `alwaysLive` have an agent that has just beaten whenever they
 * are read (whatever a fake clock says); the others have the agents tests make beat.
 */
export function memoryNodes(
  options: {
    readonly defaultNode?: string;
    readonly alwaysLive?: readonly string[];
    readonly now?: () => number;
  } = {},
): NodeRegistry & { readonly placements: Map<string, string> } {
  const now = options.now ?? Date.now;
  const defaultNode = options.defaultNode ?? 'local';
  const beats = new Map<string, AgentBeat>();
  const placements = new Map<string, string>();
  let fallback = defaultNode;
  return {
    placements,
    beat(node, worker) {
      beats.set(`${node}\u0000${worker}`, { node, worker, lastBeatMs: now() });
      return Promise.resolve();
    },
    leave(node, worker) {
      beats.set(`${node}\u0000${worker}`, { node, worker, lastBeatMs: now(), stopped: true });
      return Promise.resolve();
    },
    beats: () =>
      Promise.resolve({
        beats: [
          ...beats.values(),
          ...(options.alwaysLive ?? []).map((node) => ({
            node,
            worker: 'fake',
            lastBeatMs: now(),
          })),
        ],
        known: [...placements.values()],
      }),
    placement: (env) => Promise.resolve(placements.get(env) ?? null),
    place(env, node) {
      if (!placements.has(env)) placements.set(env, node);
      return Promise.resolve(placements.get(env) ?? node);
    },
    release(env) {
      placements.delete(env);
      return Promise.resolve();
    },
    defaultNode: () => Promise.resolve(fallback),
    setDefaultNode(node) {
      fallback = node;
      return Promise.resolve();
    },
  };
}
