import type { AgentBeat } from '../core/nodes/node-liveness.js';

/**
 * Nodes, their agents' heartbeats and where each environment runs, shared by every wharf
 * process on one Redis.
 */
export interface NodeRegistry {
  /** Records a beat of `worker` (`host:pid`), an agent of `node`. */
  beat(node: string, worker: string): Promise<void>;
  /** Removes an agent that stops, so its node shows at once that it has one less. */
  leave(node: string, worker: string): Promise<void>;
  /** Every agent's last beat, and nodes known without one (placements, waiting deploys). */
  beats(): Promise<{ readonly beats: readonly AgentBeat[]; readonly known: readonly string[] }>;
  /** The node an environment runs on, once it was first deployed there. */
  placement(env: string): Promise<string | null>;
  /** Places an environment on `node` unless it is already placed; returns where it is. */
  place(env: string, node: string): Promise<string>;
  /** Forgets an environment's placement (it was removed from its node). */
  release(env: string): Promise<void>;
  /** The default node: the node of `wharf serve`. */
  defaultNode(): Promise<string>;
  setDefaultNode(node: string): Promise<void>;
}
