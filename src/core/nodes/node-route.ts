/**
 * Where an environment's deploys go, decided from what the manifest declares, the default
 * node, and the node the environment already runs on (its placement). Pure.
 */
export type NodeRoute =
  /** Deploy it on `node`. */
  | { readonly kind: 'deploy'; readonly node: string }
  /**
   * The manifest names another node than the one it runs on: refused, so it never runs on
   * two hosts; it goes once released from `from` (`wharf node release ENV` there).
   */
  | { readonly kind: 'moved'; readonly from: string; readonly to: string };

export interface NodeRouteInput {
  /** `node` of the manifest, if it names one. */
  readonly declared: string | undefined;
  /** The default node (that of `wharf serve`). */
  readonly defaultNode: string;
  /** The node the environment was placed on, if any. */
  readonly placedOn: string | null;
}

export function nodeOf(declared: string | undefined, defaultNode: string): string {
  return declared ?? defaultNode;
}

export function routeNode(input: NodeRouteInput): NodeRoute {
  const node = nodeOf(input.declared, input.defaultNode);
  if (input.placedOn !== null && input.placedOn !== node)
    return { kind: 'moved', from: input.placedOn, to: node };
  return { kind: 'deploy', node };
}

/** What an agent of node `self` does with a reconcile job it took. */
export type RunDecision =
  | { readonly kind: 'run' }
  | {
      readonly kind: 'refuse';
      readonly code: 'node-moved' | 'node-mismatch';
      readonly reason: string;
    };

export function runHere(env: string, self: string, input: NodeRouteInput): RunDecision {
  const route = routeNode(input);
  if (route.kind === 'moved')
    return {
      kind: 'refuse',
      code: 'node-moved',
      reason: movedMessage(env, route.from, route.to),
    };
  if (route.node !== self)
    return {
      kind: 'refuse',
      code: 'node-mismatch',
      reason: `${env} belongs to node ${route.node}, not ${self}: left to that node's agents`,
    };
  return { kind: 'run' };
}

export function movedMessage(env: string, from: string, to: string): string {
  return `${env} runs on node ${from} and the manifest moves it to node ${to}: not deployed on ${to} while it runs on ${from}; release it there first (wharf node release ${env}, on ${from})`;
}
