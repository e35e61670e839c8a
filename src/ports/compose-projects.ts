import type { ProjectContainer } from '../core/adopt/project-container.js';

/** The Docker calls `wharf adopt` makes on a Compose project wharf did not make. */
export interface ComposeProjects {
  /** The project's containers (any state), found by Compose's project label. */
  containers(project: string): Promise<ProjectContainer[]>;
  /** Stops containers gracefully (their data flushed), keeping them. */
  stop(ids: readonly string[]): Promise<void>;
  /** Starts stopped containers again. */
  start(ids: readonly string[]): Promise<void>;
  /**
   * Creates the volume `to` with the labels and copies every file of `from` into it, owners
   * and modes kept, in a container of `image` (which must have `cp`). Refuses, changing
   * nothing, when `to` exists.
   */
  copyVolume(
    from: string,
    to: string,
    image: string,
    labels: Readonly<Record<string, string>>,
  ): Promise<void>;
  /** Disconnects a container from a network, if it is connected. */
  disconnect(network: string, container: string): Promise<void>;
}
