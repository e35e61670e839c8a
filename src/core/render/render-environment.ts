import { posix } from 'node:path';
import { PolicyError, WharfError } from '../errors.js';
import type { Environment, PolicyGrant } from '../manifest.js';
import { hashOf } from './config-hash.js';
import { colourNeutral, configHashOf, describeService } from './definition.js';
import { mergeCompose } from './merge-compose.js';
import { labels, names, type Colour } from './names.js';
import { volumeMounts } from '../policy/compose-values.js';
import { describeViolation, rawComposeViolations } from '../policy/environment-policy.js';
import { serviceViolations } from '../policy/service-policy.js';
import { renderAppServices } from './render-apps.js';
import { renderInfra } from './render-infra.js';
import { renderJobs } from './render-jobs.js';
import { statefulServers } from '../servers/registry.js';
import { secretsIn } from './secret-template.js';
import type {
  EdgeRoute,
  EdgeRoutes,
  RenderedEnvironment,
  RenderedFile,
  RenderedProject,
  RenderedService,
  ServiceDraft,
} from './types.js';

export interface RenderInput {
  readonly environment: Environment;
  readonly revision: string;
  /** The colour the stateless services are rendered for. */
  readonly colour: Colour;
  readonly stateDir: string;
  /** Image substitutions of this host (for example a local mirror): manifest image -> image run. */
  readonly imageOverrides?: Readonly<Record<string, string>>;
  readonly policy?: Partial<PolicyGrant>;
  /** Repository files the manifest references, read at the same revision. */
  readonly repoFiles?: ReadonlyMap<string, string>;
  /** Port of wharf's metrics listener on the Docker bridge (0 or absent: none). */
  readonly wharfMetricsPort?: number;
}

// Docker resolves container names as DNS labels, which hold at most 63 characters.
const maxContainerName = 63;

/**
 * A service's mounted files by content hash, and the repository-encrypted secrets it uses by
 * ciphertext hash: a new value committed to the repository restarts the services that read it.
 */
function finalize(
  draft: ServiceDraft,
  files: readonly RenderedFile[],
  encrypted: ReadonlyMap<string, string>,
  trusted: ReadonlyMap<string, readonly string[]>,
): RenderedService {
  const mounted = draft.mounts.map((path) => files.find((f) => f.path === path));
  const used = new Set([
    ...((draft.compose['secrets'] as string[] | undefined) ?? []),
    ...mounted.flatMap((f) => (f ? secretsIn(f.content) : [])),
  ]);
  const fileHashes = Object.fromEntries([
    ...draft.mounts.map((path, i) => [path, hashOf(mounted[i]?.content ?? '')]),
    ...[...used]
      .filter((name) => encrypted.has(name))
      .sort()
      .map((name) => [`secret ${name}`, encrypted.get(name) ?? '']),
  ]) as Record<string, string>;
  return {
    name: draft.name,
    composeName: draft.composeName,
    project: draft.project,
    role: draft.role,
    ...(draft.colour ? { colour: draft.colour } : {}),
    compose: draft.compose,
    definition: describeService(draft.compose, fileHashes),
    configHash: configHashOf(
      draft.colour ? colourNeutral(draft.compose, draft.colour) : draft.compose,
      fileHashes,
    ),
    replicas: draft.replicas,
    dependsOn: draft.dependsOn,
    trustedSources: trusted.get(draft.composeName) ?? [],
    ...(draft.port !== undefined ? { port: draft.port } : {}),
  };
}

/** Host paths a service binds as wharf rendered it, before any raw block: its own files. */
function bindSources(draft: ServiceDraft): string[] {
  return volumeMounts(draft.compose['volumes'])
    .filter((m) => m.type === 'bind')
    .map((m) => m.source);
}

/** The wharf and Docker labels a draft carries, put back over whatever a raw block merged. */
function withOwnLabels(
  merged: Record<string, unknown>,
  own: ServiceDraft,
): Record<string, unknown> {
  return {
    ...merged,
    labels: {
      ...(merged['labels'] as Record<string, string> | undefined),
      ...(own.compose['labels'] as Record<string, string> | undefined),
    },
  };
}

function ownLabels(compose: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries((compose['labels'] as Record<string, string> | undefined) ?? {}).filter(([k]) =>
      k.startsWith('wharf.'),
    ),
  );
}

function secretsTopLevel(
  stateDir: string,
  env: string,
  services: readonly ServiceDraft[],
): Record<string, unknown> {
  const used = new Set<string>();
  for (const s of services)
    for (const name of (s.compose['secrets'] as string[] | undefined) ?? []) used.add(name);
  return Object.fromEntries(
    [...used].sort().map((name) => [name, { file: names.secretFile(stateDir, env, name) }]),
  );
}

function containerNames(service: RenderedService): string[] {
  return Array.from({ length: service.replicas }, (_, i) =>
    names.container(service.project, service.composeName, i + 1),
  );
}

function edgeRoutes(
  env: Environment,
  apps: readonly RenderedService[],
  infra: readonly RenderedService[],
): EdgeRoutes {
  const appRoutes: EdgeRoute[] = [];
  for (const service of apps) {
    const manifest = env.services[service.name];
    if (!manifest?.route || service.port === undefined) continue;
    const port = service.port;
    const strip = manifest.stripPrefix;
    const health = manifest.health?.path;
    // The health path is the service's own; through the edge a stripped prefix comes back in front.
    const probePath = health
      ? strip
        ? `${manifest.route.replace(/\/$/, '')}${health}`
        : health
      : manifest.route;
    appRoutes.push({
      path: manifest.route,
      service: service.name,
      upstreams: containerNames(service).map((c) => `${c}:${port}`),
      stripPrefix: strip,
      probePath,
    });
  }
  const infraRoutes: EdgeRoute[] = [];
  const infraRoute = (name: string, path: string): void => {
    const service = infra.find((s) => s.name === name);
    if (service?.port !== undefined) {
      const port = service.port;
      infraRoutes.push({
        path,
        service: name,
        upstreams: containerNames(service).map((c) => `${c}:${port}`),
        stripPrefix: false,
        probePath: path,
      });
    }
  };
  for (const server of statefulServers) {
    const route = server.route?.(env);
    if (route) infraRoute(server.name, route.path);
  }
  return { hosts: [env.host, ...(env.aliases ?? [])], apps: appRoutes, infra: infraRoutes };
}

/**
 * Renders an environment at a revision into its Compose projects and edge routes.
 * Pure and deterministic: the same input always gives the same output. Throws PolicyError
 * when the result (a raw `compose` block included) does what the policy does not grant.
 */
export function renderEnvironment(input: RenderInput): RenderedEnvironment {
  const env = input.environment;
  const overrides = input.imageOverrides ?? {};
  const images = (image: string): string => overrides[image] ?? image;
  const repoFiles = input.repoFiles ?? new Map<string, string>();

  const infra = renderInfra({
    environment: env,
    images,
    repoFiles,
    ...(input.wharfMetricsPort ? { wharfMetricsPort: input.wharfMetricsPort } : {}),
  });
  let infraDrafts = infra.services;
  let appDrafts = renderAppServices({
    environment: env,
    colour: input.colour,
    stateDir: input.stateDir,
    images,
  });

  const raw = env.compose ?? {};
  const place = { stateDir: input.stateDir };
  const refused = rawComposeViolations(env, input.policy, place);
  if (refused.length > 0)
    throw new PolicyError(
      env.name,
      refused.map((v) => describeViolation(env.name, v)),
    );
  const trusted = new Map(
    [...infraDrafts, ...appDrafts].map((d) => [d.composeName, bindSources(d)] as const),
  );
  const extraVolumes: Record<string, unknown> = {};
  for (const key of Object.keys(raw.volumes ?? {})) {
    extraVolumes[key] = {
      name: names.volume(env.name, key),
      labels: { [labels.managed]: 'true', [labels.environment]: env.name },
    };
  }
  for (const [name, fragment] of Object.entries(raw.services ?? {})) {
    const patch: Record<string, unknown> = fragment ?? {};
    if (appDrafts.some((d) => d.name === name)) {
      appDrafts = appDrafts.map((d) =>
        d.name === name ? { ...d, compose: withOwnLabels(mergeCompose(d.compose, patch), d) } : d,
      );
    } else if (infraDrafts.some((d) => d.name === name)) {
      infraDrafts = infraDrafts.map((d) =>
        d.name === name ? { ...d, compose: withOwnLabels(mergeCompose(d.compose, patch), d) } : d,
      );
    } else {
      // A service only the raw block defines runs beside the stateful ones, updated in place.
      const own = {
        [labels.managed]: 'true',
        [labels.environment]: env.name,
        [labels.service]: name,
        [labels.role]: 'stateful',
      };
      const merged = mergeCompose({ restart: 'unless-stopped' }, patch);
      const compose: Record<string, unknown> = {
        ...merged,
        labels: { ...(merged['labels'] as Record<string, string> | undefined), ...own },
      };
      if (typeof compose['image'] !== 'string') {
        throw new WharfError(
          'render-invalid',
          `environment ${env.name}: compose.services.${name} defines a new service without an image`,
        );
      }
      compose['image'] = images(compose['image']);
      infraDrafts = [
        ...infraDrafts,
        {
          name,
          composeName: name,
          project: names.infraProject(env.name),
          role: 'stateful',
          compose,
          replicas: 1,
          dependsOn: [],
          mounts: [],
        },
      ];
    }
  }

  // The merged services as Compose will read them: the same check a deploy runs on the output
  // of `docker compose config`.
  const merged = [...infraDrafts, ...appDrafts].flatMap((d) =>
    serviceViolations(d.name, d.compose, {
      grant: input.policy ?? {},
      mode: 'resolved',
      projectDir: posix.join(input.stateDir, names.projectDir(env.name, d.colour ?? 'infra')),
      stateDir: input.stateDir,
      trustedSources: new Set(
        (trusted.get(d.composeName) ?? []).map((s) =>
          posix.resolve(input.stateDir, names.projectDir(env.name, d.colour ?? 'infra'), s),
        ),
      ),
      wharfLabels: ownLabels(d.compose),
    }),
  );
  if (merged.length > 0)
    throw new PolicyError(
      env.name,
      merged.map((v) => describeViolation(env.name, v)),
    );

  const encrypted = new Map<string, string>();
  for (const [name, source] of Object.entries(env.secrets ?? {}))
    if (source?.source === 'file' && source.path)
      encrypted.set(name, hashOf(repoFiles.get(source.path) ?? ''));
  const infraServices = infraDrafts.map((d) => finalize(d, infra.files, encrypted, trusted));
  const appServices = appDrafts.map((d) => finalize(d, [], encrypted, trusted));
  for (const service of [...infraServices, ...appServices]) {
    const longest = names.container(service.project, service.composeName, service.replicas);
    if (longest.length > maxContainerName) {
      throw new WharfError(
        'render-invalid',
        `environment ${env.name}: container name ${longest} is longer than ${maxContainerName} characters; shorten the environment or service name`,
      );
    }
  }

  const network = names.network(env.name);
  const infraVolumes = Object.fromEntries(
    Object.entries(infra.volumes).map(([key, name]) => [
      key,
      { name, labels: { [labels.managed]: 'true', [labels.environment]: env.name } },
    ]),
  );
  const infraProject: RenderedProject = {
    name: names.infraProject(env.name),
    directory: names.projectDir(env.name, 'infra'),
    services: infraServices,
    files: infra.files,
    topLevel: {
      networks: { default: { name: network, external: true } },
      volumes: { ...infraVolumes, ...extraVolumes },
      secrets: secretsTopLevel(input.stateDir, env.name, infraDrafts),
    },
  };
  const appProject: RenderedProject = {
    name: names.appProject(env.name, input.colour),
    directory: names.projectDir(env.name, input.colour),
    services: appServices,
    jobs: renderJobs(env, input.colour, appServices),
    files: [],
    topLevel: {
      networks: {
        default: { name: names.appProject(env.name, input.colour) },
        env: { name: network, external: true },
      },
      volumes: extraVolumes,
      secrets: secretsTopLevel(input.stateDir, env.name, appDrafts),
    },
  };
  const prunable = new Set(env.pruneVolumes ?? []);
  const volumes = [
    ...Object.entries(infra.volumes),
    ...Object.keys(extraVolumes).map((k) => [k, names.volume(env.name, k)] as const),
  ].map(([key, name]) => ({ name, prunable: prunable.has(key) }));
  return {
    environment: env.name,
    revision: input.revision,
    network,
    colour: input.colour,
    infra: infraProject,
    apps: appProject,
    edge: edgeRoutes(env, appServices, infraServices),
    volumes,
  };
}
