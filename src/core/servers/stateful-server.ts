import type { Environment, EnvironmentInput } from '../manifest.js';
import type { PathSegment } from '../problem.js';
import type { RenderedFile } from '../render/types.js';

/** What a server renders from: the manifest, and what the host and repository add to it. */
export interface ServerInput {
  readonly environment: Environment;
  readonly images: (image: string) => string;
  /** Contents of repository files the manifest references (seeds, dashboards, rule files). */
  readonly repoFiles: ReadonlyMap<string, string>;
  /** Port of wharf's metrics listener on the Docker bridge, for Prometheus to scrape; none: 0. */
  readonly wharfMetricsPort?: number;
}

/** A server's Compose service, before wharf's labels and restart policy are added. */
export interface ServerRender {
  readonly compose: Record<string, unknown>;
  /** Files rendered into the infra project's folder for it. */
  readonly files?: readonly RenderedFile[];
  /** Of its files, those whose content defines the container (a change recreates it); all by default. */
  readonly mounts?: readonly string[];
  readonly dependsOn?: readonly string[];
  /** The port the edge or the apps reach it on. */
  readonly port?: number;
}

/** Where in the manifest something is declared. */
export interface ManifestReference {
  readonly segments: readonly PathSegment[];
}

/** A path the edge serves to the server's own UI. */
export interface ServerRoute extends ManifestReference {
  readonly path: string;
  /** Who holds the path, for a person reading a clash: `Grafana`. */
  readonly owner: string;
}

/** A rule's verdict before it is placed in a file: where in the manifest, what is wrong. */
export interface ServerFinding extends ManifestReference {
  readonly message: string;
  readonly rule: string;
  readonly at?: 'key' | 'value';
}

/**
 * One stateful server of the infra project (`wharf-<env>-infra`): updated in place, its
 * volumes kept. Everything wharf knows of it is here; the rest of wharf reads the registry.
 */
export interface StatefulServer {
  /** Its Compose service, its containers' `wharf.service` label and its name in a plan. */
  readonly name: string;
  /** Whether apps may name it in `dependsOn`; such servers also start first, in registry order. */
  readonly dependable: boolean;
  /** Whether the environment runs it. */
  enabled(env: Environment): boolean;
  /** Its service, or nothing when the environment does not run it. */
  render(input: ServerInput): ServerRender | undefined;
  /** Keys (as in the manifest) of the named volumes its data lives in. */
  volumes?(env: Environment): readonly string[];
  route?(env: Environment): ServerRoute | undefined;
  /** Secrets and repository files its part of the manifest names (whether or not it runs). */
  secrets?(env: Environment): readonly (ManifestReference & { readonly name: string })[];
  files?(env: Environment): readonly (ManifestReference & { readonly path: string })[];
  /** `env` as validated, `written` as its file has it (what a person wrote, not the defaults). */
  findings?(env: Environment, written: EnvironmentInput): readonly ServerFinding[];
  /** The endpoint Prometheus scrapes it at, with the job name the series carry. */
  readonly scrape?: { readonly job: string; readonly port: number };
  /** Why moving it from one image to another would lose data, if it would. */
  imageRisk?(before: string, after: string): string | undefined;
}

/** A server as its module writes it: from the part of the manifest it runs from. */
export interface ServerDefinition<Section> extends Omit<
  StatefulServer,
  'enabled' | 'render' | 'volumes' | 'route'
> {
  /** The part of the manifest it runs from; none when the environment does not run it. */
  readonly section: (env: Environment) => Section | undefined;
  readonly render: (section: Section, input: ServerInput) => ServerRender;
  readonly volumes?: (section: Section) => readonly string[];
  readonly route?: (section: Section) => ServerRoute;
}

export function defineServer<Section>(definition: ServerDefinition<Section>): StatefulServer {
  const { section, render, volumes, route, ...rest } = definition;
  const server: StatefulServer = {
    ...rest,
    enabled: (env) => section(env) !== undefined,
    render(input) {
      const part = section(input.environment);
      return part === undefined ? undefined : render(part, input);
    },
  };
  if (volumes)
    server.volumes = (env) => {
      const part = section(env);
      return part === undefined ? [] : volumes(part);
    };
  if (route)
    server.route = (env) => {
      const part = section(env);
      return part === undefined ? undefined : route(part);
    };
  return server;
}

/** A Compose health check (durations are Go durations). */
export function healthcheck(
  test: string[],
  interval: string,
  startPeriod: string,
  retries = 5,
): Record<string, unknown> {
  return { test, interval, timeout: '5s', retries, start_period: startPeriod };
}
