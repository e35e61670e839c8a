import type { Colour } from './names.js';

export type ServiceRole = 'stateful' | 'stateless';

/** The fields of a service definition people care about in a plan. */
export interface ServiceDefinition {
  readonly image: string;
  readonly env: Readonly<Record<string, string>>;
  readonly command: readonly string[] | null;
  readonly ports: readonly string[];
  readonly volumes: readonly string[];
  readonly health: unknown;
  readonly resources: unknown;
  readonly replicas: number;
  readonly secrets: readonly string[];
  /** Hashes of the rendered files the service mounts (configs), by path. */
  readonly files: Readonly<Record<string, string>>;
  /** Whatever else the Compose definition holds, from a raw `compose` block. */
  readonly other: unknown;
}

/** A service before the raw `compose` block is merged and its hash is taken. */
export interface ServiceDraft {
  readonly name: string;
  readonly composeName: string;
  readonly project: string;
  readonly role: ServiceRole;
  readonly colour?: Colour;
  readonly compose: Readonly<Record<string, unknown>>;
  readonly replicas: number;
  readonly dependsOn: readonly string[];
  readonly port?: number;
  /** Rendered files (paths within the project folder) this service mounts. */
  readonly mounts: readonly string[];
}

export interface RenderedService extends Omit<ServiceDraft, 'mounts'> {
  readonly definition: ServiceDefinition;
  /** Hash of everything that defines the running container; a change means recreate. */
  readonly configHash: string;
  /** Host paths wharf itself binds into this service (its rendered files), as written. */
  readonly trustedSources: readonly string[];
}

/** A file rendered next to a Compose file. `{{secret NAME}}` is filled in when written. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
  readonly containsSecrets: boolean;
}

/** A job, rendered as a service of the colour's project that only `run` starts. */
export interface RenderedJob {
  readonly name: string;
  /** The app service whose image, env and secrets it runs with. */
  readonly service: string;
  /** When a deploy runs it; absent for a scheduled job, which no deploy runs. */
  readonly phase?: 'before-cutover' | 'after-cutover' | 'on-failure';
  /** The maintenance page goes up before it runs (a deploy's job only). */
  readonly maintenance: boolean;
  /** The cron schedule of a scheduled job. */
  readonly schedule?: string;
  readonly timeoutMs: number;
  readonly composeName: string;
  readonly container: string;
  readonly compose: Readonly<Record<string, unknown>>;
}

export interface RenderedProject {
  readonly name: string;
  /** Folder of the project's files, relative to the state directory. */
  readonly directory: string;
  readonly services: readonly RenderedService[];
  /** The environment's jobs, in the apps' project of each colour; none elsewhere. */
  readonly jobs?: readonly RenderedJob[];
  readonly files: readonly RenderedFile[];
  /** Top-level Compose keys besides `services`: networks, volumes, secrets. */
  readonly topLevel: Readonly<Record<string, unknown>>;
}

export interface EdgeRoute {
  readonly path: string;
  /** Logical service name; upstreams are its containers. */
  readonly service: string;
  readonly upstreams: readonly string[];
  readonly stripPrefix: boolean;
  /** Path that proves the route works when fetched through the edge (its health path, else the route). */
  readonly probePath: string;
}

/** The routes an environment asks of the edge, apps for the rendered colour. */
export interface EdgeRoutes {
  readonly hosts: readonly string[];
  readonly apps: readonly EdgeRoute[];
  readonly infra: readonly EdgeRoute[];
}

/** What the edge serves for one environment: live traffic to one colour, previews of each. */
export interface EdgeSite {
  readonly environment: string;
  readonly hosts: readonly string[];
  readonly liveColour: Colour | null;
  /** Routes of the live colour's apps. */
  readonly live: readonly EdgeRoute[];
  /** Routes of the stateful services' UIs (RabbitMQ management, Grafana), whatever the colour. */
  readonly infra: readonly EdgeRoute[];
  /** Routes of each colour, on the loopback-only preview listener. */
  readonly previews: readonly { readonly colour: Colour; readonly routes: readonly EdgeRoute[] }[];
}

export interface RenderedEnvironment {
  readonly environment: string;
  readonly revision: string;
  readonly network: string;
  readonly colour: Colour;
  readonly infra: RenderedProject;
  readonly apps: RenderedProject;
  readonly edge: EdgeRoutes;
  /** Named volumes of the environment (Docker names) and whether the manifest lets wharf delete them. */
  readonly volumes: readonly { readonly name: string; readonly prunable: boolean }[];
}
