import type { ContainerState, LiveContainer } from '../core/live.js';

export type HealthCheckResult = 'passed' | 'failed' | 'none';

/** The Docker Engine calls wharf makes outside Compose. */
export interface ContainerEngine {
  /** Whether the engine answers. */
  ping(): Promise<boolean>;
  /**
   * Containers wharf manages for one environment (any colour, any state). Refuses
   * (ForeignInstallationError) when another wharf installation's label is on any of them.
   */
  listContainers(environment: string): Promise<LiveContainer[]>;
  /**
   * The same for many environments from one listing of the host, keyed by environment (each
   * one given has an entry, empty if nothing runs): status and /metrics read every
   * environment at once. Refuses like listContainers if any of them has a foreign container.
   */
  listContainersByEnvironment(
    environments: readonly string[],
  ): Promise<ReadonlyMap<string, LiveContainer[]>>;
  /** A container's labels by name, or null when there is no such container. */
  containerLabels(name: string): Promise<Readonly<Record<string, string>> | null>;
  /**
   * Creates the network unless it exists; returns whether it had to. `overlay`: an attachable
   * overlay network, which a Swarm stack's services and the edge's container can both join.
   */
  ensureNetwork(
    name: string,
    labels: Readonly<Record<string, string>>,
    options?: { readonly overlay?: boolean },
  ): Promise<boolean>;
  /**
   * Connects a container to a network unless it is already, under extra DNS aliases on that
   * network; returns whether it had to.
   */
  ensureConnected(
    network: string,
    container: string,
    aliases?: readonly string[],
  ): Promise<boolean>;
  /** A container's state by name, or null when there is no such container. */
  containerState(name: string): Promise<ContainerState | null>;
  /** Stops and removes containers by id (services removed from a manifest). */
  removeContainers(ids: readonly string[]): Promise<void>;
  removeVolume(name: string): Promise<void>;
  /** Volumes wharf made for one environment (by label). */
  listVolumes(environment: string): Promise<string[]>;
  /** Disconnects whatever is attached and removes the network; false if there was none. */
  removeNetwork(name: string): Promise<boolean>;
  volumeExists(name: string): Promise<boolean>;
  /** The last lines a container wrote, for failure reports. */
  logTail(container: string, lines: number): Promise<string>;
  /**
   * Runs a container's own health check once, now, as Docker runs it (its test command, its
   * timeout); `none` when it has none. Docker runs the first one only after its interval.
   */
  checkHealth(container: string): Promise<HealthCheckResult>;
}
