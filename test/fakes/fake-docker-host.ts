import { readFile } from 'node:fs/promises';
import type { ContainerHealth, ContainerState } from '../../src/core/live.js';
import { fakeImageCatalogue, type FakeImage, type RunningApp } from './fake-images.js';

/** One container of the fake host, as Docker would hold it. */
export interface FakeContainer {
  readonly id: string;
  readonly name: string;
  /** Compose's labels: empty for a container made outside Compose. */
  readonly project: string;
  readonly composeService: string;
  readonly image: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly environment: Readonly<Record<string, string>>;
  /** The service definition it was made from: `up` recreates it when this changes. */
  readonly definition: string;
  /** `image`: the image's own HEALTHCHECK; a Compose healthcheck says healthy or unhealthy. */
  readonly healthcheck: 'image' | 'healthy' | 'unhealthy' | 'none';
  state: ContainerState;
  startedAt: string;
  startedMs: number;
  /** Docker volumes it mounts. */
  readonly volumes: readonly string[];
  /** Networks it is attached to, with its DNS aliases on each. */
  readonly networks: Map<string, readonly string[]>;
}

export interface FakeDockerHostOptions {
  /** Images the host has; a container of any other image cannot be made. */
  readonly images?: Readonly<Record<string, FakeImage>>;
  readonly now?: () => Date;
  /** How Compose reads a project's file; the filesystem by default. */
  readonly readFile?: (file: string) => Promise<string | null>;
}

const neverStarted = '0001-01-01T00:00:00Z';

/**
 * An in-memory Docker host: containers with their labels, states and health, networks and
 * volumes. The fake Compose runtime, container engine, edge and probe all act on one of these,
 * so what one changes the others see, as on a real host.
 */
export class FakeDockerHost {
  readonly containers = new Map<string, FakeContainer>();
  readonly networks = new Map<string, Readonly<Record<string, string>>>();
  readonly volumes = new Map<string, Readonly<Record<string, string>>>();
  /** Every call that changed something, in order (`start wharf-shop-blue-web-blue-1`). */
  readonly changes: string[] = [];
  readonly images: Readonly<Record<string, FakeImage>>;
  readonly now: () => Date;
  readonly readFile: (file: string) => Promise<string | null>;
  private nextId = 1;

  constructor(options: FakeDockerHostOptions = {}) {
    this.images = options.images ?? fakeImageCatalogue();
    this.now = options.now ?? (() => new Date());
    this.readFile =
      options.readFile ?? ((file) => readFile(file, 'utf8').catch((): string | null => null));
  }

  /** What a running container does now; null when it does not run. */
  app(container: FakeContainer): RunningApp | null {
    if (container.state !== 'running') return null;
    const image = this.images[container.image];
    if (!image) return null;
    const since = (this.now().getTime() - container.startedMs) / 1000;
    return image.run(container.environment, since);
  }

  health(container: FakeContainer): ContainerHealth {
    if (container.healthcheck === 'none') return 'none';
    if (container.state !== 'running') return 'unhealthy';
    if (container.healthcheck !== 'image') return container.healthcheck;
    return this.app(container)?.health ?? 'none';
  }

  /** Whether the container's health check, run now, would pass (Docker's status may lag it). */
  checkPasses(container: FakeContainer): boolean {
    if (container.healthcheck === 'image') return this.app(container)?.health === 'healthy';
    return container.healthcheck === 'healthy';
  }

  logs(container: FakeContainer): readonly string[] {
    const image = this.images[container.image];
    if (!image || container.startedMs === 0) return [];
    return image.run(container.environment, 0).log;
  }

  add(
    fields: Omit<FakeContainer, 'id' | 'state' | 'startedAt' | 'startedMs' | 'networks'> & {
      networks: ReadonlyMap<string, readonly string[]>;
    },
  ): FakeContainer {
    if (this.containers.has(fields.name))
      throw new Error(`the container name "/${fields.name}" is already in use`);
    const id = (this.nextId++).toString(16).padStart(64, '0');
    const container: FakeContainer = {
      ...fields,
      id,
      state: 'created',
      startedAt: neverStarted,
      startedMs: 0,
      networks: new Map(fields.networks),
    };
    this.containers.set(container.name, container);
    this.changes.push(`create ${container.name}`);
    return container;
  }

  start(container: FakeContainer): void {
    if (container.state === 'running') return;
    for (const network of container.networks.keys())
      if (!this.networks.has(network))
        throw new Error(`network ${network} not found (container ${container.name})`);
    const now = this.now();
    container.state = 'running';
    container.startedAt = now.toISOString();
    container.startedMs = now.getTime();
    this.changes.push(`start ${container.name}`);
  }

  stop(container: FakeContainer): void {
    if (container.state !== 'running') return;
    container.state = 'exited';
    this.changes.push(`stop ${container.name}`);
  }

  remove(container: FakeContainer): void {
    this.containers.delete(container.name);
    this.changes.push(`remove ${container.name}`);
  }

  byId(id: string): FakeContainer | undefined {
    return [...this.containers.values()].find((c) => c.id === id || c.id.startsWith(id));
  }

  find(nameOrId: string): FakeContainer | undefined {
    return this.containers.get(nameOrId) ?? this.byId(nameOrId);
  }

  createNetwork(name: string, labels: Readonly<Record<string, string>>): void {
    this.networks.set(name, labels);
    this.changes.push(`network create ${name}`);
  }

  /** Running containers answering to `name` on `network` (Docker's DNS for `name.network`). */
  resolve(name: string, network: string): FakeContainer[] {
    return [...this.containers.values()].filter(
      (c) => c.state === 'running' && (c.networks.get(network) ?? []).includes(name),
    );
  }

  /** A container dies behind wharf's back (OOM, a person running `docker stop`). */
  kill(name: string): void {
    const container = this.containers.get(name);
    if (!container) throw new Error(`no container ${name}`);
    container.state = 'exited';
  }
}
