import { WharfError } from '../core/errors.js';
import { movedMessage, runHere } from '../core/nodes/node-route.js';
import type { Wired } from '../main.js';
import { nodeInputOf } from '../pipeline/node-of-environment.js';

/**
 * A command that changes an environment runs only on the host of its node, as an agent's job
 * does: the manifest's node (at `ref`, else what the environment follows) against this host's
 * (`node` of the configuration), and the environment's placement claimed for this node.
 */
export async function guardThisNode(
  wired: Wired,
  node: string,
  environment: string,
  ref?: string,
): Promise<void> {
  const input = await nodeInputOf({ git: wired.deps.git, nodes: wired.nodes }, environment, ref);
  const decision = runHere(environment, node, input);
  if (decision.kind === 'refuse') {
    const reason =
      decision.code === 'node-mismatch'
        ? `${environment} belongs to node ${input.declared ?? input.defaultNode}, and this host is node ${node} (\`node\` in its configuration): run the command on that node's host`
        : decision.reason;
    throw new WharfError(decision.code, reason);
  }
  const placed = await wired.nodes.place(environment, node);
  if (placed !== node) throw new WharfError('node-moved', movedMessage(environment, placed, node));
}
