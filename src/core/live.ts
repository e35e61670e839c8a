import type { Colour } from './render/names.js';
import type { ServiceDefinition, ServiceRole } from './render/types.js';

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
}

/** What wharf last applied to an environment, kept beside the rendered files. */
export interface AppliedRecord {
  readonly revision: string;
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
}
