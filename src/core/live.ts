import type { Colour } from './render/names.js';
import type { EdgeRoute, ServiceDefinition, ServiceRole } from './render/types.js';

export type ContainerState =
  'running' | 'created' | 'restarting' | 'paused' | 'exited' | 'dead' | 'removing';
export type ContainerHealth = 'healthy' | 'unhealthy' | 'starting' | 'none';

/** One container as Docker reports it, read back from wharf's labels. */
export interface LiveContainer {
  readonly id: string;
  readonly name: string;
  readonly project: string;
  readonly composeService: string;
  readonly service: string;
  readonly environment: string;
  readonly role: ServiceRole | 'edge';
  readonly colour?: Colour;
  readonly revision: string;
  readonly configHash: string;
  readonly state: ContainerState;
  readonly health: ContainerHealth;
  readonly startedAt: string;
  readonly image: string;
  /** The Swarm node a stack's task runs on; absent for a container of this host. */
  readonly node?: string;
}

/** What runs in one colour: the revision its apps are at and the routes they serve. */
export interface ColourRecord {
  readonly revision: string;
  readonly routes: readonly EdgeRoute[];
  /** The colour's stateless services as applied, keyed like AppliedRecord.services. */
  readonly services: AppliedRecord['services'];
}

/** What wharf last applied to an environment, kept beside the rendered files. */
export interface AppliedRecord {
  readonly revision: string;
  /** The colour that takes live traffic. */
  readonly colour: Colour;
  readonly services: Readonly<
    Record<
      string,
      {
        readonly configHash: string;
        readonly revision: string;
        readonly definition: ServiceDefinition;
      }
    >
  >;
  readonly hosts: readonly string[];
  readonly infraRoutes: readonly EdgeRoute[];
  readonly colours: Readonly<Partial<Record<Colour, ColourRecord>>>;
  /** The previous colour, kept running for an instant rollback until `until`. */
  readonly warm: {
    readonly colour: Colour;
    readonly revision: string;
    readonly until: string;
  } | null;
  readonly keepPreviousMs: number;
  /** `swarm`: the environment runs as Swarm stacks (no colours, nothing kept warm). */
  readonly runtime?: 'swarm';
  /**
   * The fencing token of the deploy that wrote it (absent from older wharfs' records): a write
   * under a smaller one is refused.
   */
  readonly fence?: number;
}
