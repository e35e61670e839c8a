/** One agent's last heartbeat. */
export interface AgentBeat {
  readonly node: string;
  readonly worker: string;
  readonly lastBeatMs: number;
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
      .map((b) => ({ ...b, live: nowMs - b.lastBeatMs < agentTtlMs }));
    const lastBeatMs = agents.length > 0 ? Math.max(...agents.map((a) => a.lastBeatMs)) : null;
    return { node, agents, lastBeatMs, live: agents.some((a) => a.live) };
  });
}

/** The sentence for a deploy held because no agent of its node is live. */
export function waitingMessage(node: string, lastBeatMs: number | null, nowMs: number): string {
  const since =
    lastBeatMs === null
      ? 'no agent has ever beaten'
      : `last beat ${Math.round((nowMs - lastBeatMs) / 1000)} s ago`;
  return `waiting for an agent on node ${node} (${since}); it deploys as soon as one starts`;
}
