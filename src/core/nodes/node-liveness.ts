/** One agent's last heartbeat. */
export interface AgentBeat {
  readonly node: string;
  readonly worker: string;
  readonly lastBeatMs: number;
  /** It stopped (SIGTERM, Ctrl-C): its last beat is when it left, and it is not live. */
  readonly stopped?: boolean;
}

/** An agent is live while its last beat is younger than this (three missed beats). */
export const agentTtlMs = 15_000;
/** How often an agent beats. */
export const beatEveryMs = 5_000;

export interface NodeView {
  readonly node: string;
  readonly agents: readonly (AgentBeat & { readonly live: boolean })[];
  /** Newest beat of any agent, or null if none ever beat. */
  readonly lastBeatMs: number | null;
  readonly live: boolean;
}

/** Groups beats by node, each agent marked live or not at `nowMs`. */
export function nodeViews(
  beats: readonly AgentBeat[],
  known: readonly string[],
  nowMs: number,
): NodeView[] {
  const nodes = [...new Set([...known, ...beats.map((b) => b.node)])].sort();
  return nodes.map((node) => {
    const agents = beats
      .filter((b) => b.node === node)
      .map((b) => ({ ...b, live: !b.stopped && nowMs - b.lastBeatMs < agentTtlMs }));
    const lastBeatMs = agents.length > 0 ? Math.max(...agents.map((a) => a.lastBeatMs)) : null;
    return { node, agents, lastBeatMs, live: agents.some((a) => a.live) };
  });
}

/** The sentence for a deploy held because no agent of its node is live. */
export function waitingMessage(
  view: Pick<NodeView, 'node' | 'agents' | 'lastBeatMs'>,
  nowMs: number,
): string {
  const ago = (ms: number): string => `${Math.round((nowMs - ms) / 1000)} s ago`;
  const latest = [...view.agents].sort((a, b) => b.lastBeatMs - a.lastBeatMs)[0];
  const since =
    view.lastBeatMs === null || !latest
      ? 'no agent has ever beaten'
      : latest.stopped
        ? `its agent stopped ${ago(latest.lastBeatMs)}`
        : `last beat ${ago(view.lastBeatMs)}`;
  return `waiting for an agent on node ${view.node} (${since}); it deploys as soon as one starts`;
}
