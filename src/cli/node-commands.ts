import pc from 'picocolors';
import { loadConfig } from '../adapters/config-file.js';
import { WharfError } from '../core/errors.js';
import { openPipeline } from '../main.js';
import { allNodeStatus, type NodeStatus } from '../observe/node-status.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { configPath, type ConfigOption } from './with-deps.js';

/** The nodes section of `wharf status`: each node, its agents and their last beat. */
export async function readNodes(options: ConfigOption): Promise<NodeStatus[]> {
  const pipeline = openPipeline(await loadConfig(configPath(options)));
  try {
    return await allNodeStatus(pipeline.deps);
  } finally {
    await pipeline.close();
  }
}

export function formatNodes(nodes: readonly NodeStatus[], now: Date, color: boolean): string {
  const p = pc.createColors(color);
  const lines = nodes.map((n) => {
    const head = `node ${p.bold(n.node)}${n.default ? ' (default)' : ''}: ${n.live ? p.green(`${n.agents.filter((a) => a.live).length} live agent(s)`) : p.red('no live agent')}`;
    const agents = n.agents.map(
      (a) =>
        `    ${a.worker.padEnd(24)} ${a.live ? 'live' : 'gone'}, last beat ${Math.round((now.getTime() - a.lastBeatMs) / 1000)}s ago`,
    );
    const waiting = n.held
      ? [`    ${p.yellow(n.held)}: ${n.waiting.join(', ')}`]
      : n.waiting.length > 0
        ? [`    waiting: ${n.waiting.join(', ')}`]
        : [];
    return [head, ...agents, ...waiting].join('\n');
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * `wharf node release ENV`, on the node it runs on: forgets where the environment runs, so a
 * commit that moved it to another node deploys it there. Refused while this host's Docker
 * still has its containers: two hosts never run it at once.
 */
export async function nodeReleaseCommand(
  env: string,
  options: ConfigOption,
  io: CliIo,
): Promise<number> {
  try {
    const config = await loadConfig(configPath(options));
    const pipeline = openPipeline(config);
    try {
      const placed = await pipeline.deps.nodes.placement(env);
      if (placed !== null && placed !== config.node)
        throw new WharfError(
          'node-moved',
          `${env} runs on node ${placed}, not on this host's node ${config.node}: release it there`,
        );
      const containers = await pipeline.deps.engine.listContainers(env);
      if (containers.length > 0)
        throw new WharfError(
          'node-moved',
          `${env} still has ${containers.length} container(s) on this host (${containers.map((c) => c.name).join(', ')}): back it up, stop them, then release it`,
        );
      await pipeline.deps.nodes.release(env);
      io.out(
        `${env} released from node ${placed ?? config.node}; its next deploy goes to the node its manifest names\n`,
      );
      return exitCodes.ok;
    } finally {
      await pipeline.close();
    }
  } catch (error) {
    return reportError(error, io);
  }
}
