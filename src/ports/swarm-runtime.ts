import type { SwarmService } from '../core/swarm/swarm-state.js';
import type { JobExit } from './compose-runtime.js';

export type { SwarmService, SwarmTask } from '../core/swarm/swarm-state.js';

/** The swarm as the engine wharf talks to sees it. */
export interface SwarmManager {
  readonly nodeId: string;
  readonly hostname: string;
  /** Nodes in the swarm: with more than one, every image must come from a registry. */
  readonly nodes: number;
}

/** What the registry says of an image: its digest, or why there is none. */
export type ImageDigest =
  | { readonly kind: 'pinned'; readonly image: string }
  | { readonly kind: 'refused'; readonly detail: string }
  | { readonly kind: 'unknown'; readonly detail: string };

/** `docker stack` and the Swarm API: the executor of `runtime: swarm` environments. */
export interface SwarmRuntime {
  /** This engine as a manager of an active swarm; null when it is none. */
  manager(): Promise<SwarmManager | null>;
  /**
   * The image as `name:tag@sha256:…` from its registry, asked by the engine with wharf's
   * login for it; `refused` when the registry wants a login it was not given or refused it,
   * `unknown` when no registry the engine reaches has it (a local image).
   */
  imageDigest(image: string): Promise<ImageDigest>;
  /** Sets a label on a node unless it has it already; returns whether it had to. */
  labelNode(nodeId: string, key: string, value: string): Promise<boolean>;
  /**
   * `docker stack deploy --prune --with-registry-auth --detach` of `stack.yml` in the folder:
   * resolves once Docker took the stack; the caller watches the services settle (`services`).
   */
  deploy(
    stack: string,
    directory: string,
    options: { readonly timeoutMs: number; readonly onOutput?: (line: string) => void },
  ): Promise<void>;
  /**
   * Runs a job's stack (`file` in `directory`, one service, a Swarm job) to its end: deployed,
   * its task watched until it completes or fails, its output passed on, the stack removed (a
   * stack of the same name a cut-off run left goes first). Past `timeoutMs` the stack is
   * removed and the run counts as timed out.
   */
  runJob(
    stack: string,
    directory: string,
    file: string,
    options: { readonly timeoutMs: number; readonly onOutput: (line: string) => void },
  ): Promise<JobExit>;
  /** `docker stack rm`, waiting until its services are gone. */
  remove(stack: string): Promise<void>;
  /** Services (and their tasks) carrying the environment's label, of every stack. */
  services(environment: string): Promise<SwarmService[]>;
  /** Removes the stack's configs and secrets no service uses any more; returns how many. */
  removeUnused(stack: string): Promise<number>;
}
