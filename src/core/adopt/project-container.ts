import type { ContainerHealth, ContainerState } from '../live.js';

/** Compose's own labels, which name a container's project and service. */
export const composeLabels = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
} as const;

export interface ProjectMount {
  readonly type: 'volume' | 'bind' | 'other';
  /** The volume's name, or the host path of a bind. */
  readonly source: string;
  readonly destination: string;
}

export interface PublishedPort {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
}

/** A container of a Compose project wharf did not make, as Docker reports it. */
export interface ProjectContainer {
  readonly id: string;
  readonly name: string;
  /** Its Compose service (`com.docker.compose.service`). */
  readonly service: string;
  /** The image as the Compose file named it. */
  readonly image: string;
  readonly state: ContainerState;
  readonly health: ContainerHealth;
  /** The networks it is attached to. */
  readonly networks: readonly string[];
  readonly mounts: readonly ProjectMount[];
  readonly published: readonly PublishedPort[];
  /** It carries `wharf.managed`: wharf made it, it is not the team's. */
  readonly managed: boolean;
}
