import { names as dockerNames } from '../render/names.js';
import { classifyServices } from './classify-service.js';
import { isMap, type ComposeMap } from './compose-spellings.js';
import { importAppService, type ImportedApp } from './import-app-service.js';
import {
  createContext,
  type ImportContext,
  type ImportedManifest,
  type ImportedService,
} from './import-context.js';
import { openValues } from './import-env.js';
import { collectNotes, notePath, type ImportNote } from './import-notes.js';
import { importPostgres } from './import-postgres.js';
import { importRabbitmq } from './import-rabbitmq.js';
import { importRawService } from './import-raw-service.js';
import { assignRoutes, chooseHost, proxyNotes, type HostChoice } from './import-routes.js';
import { chooseEnvironment, nameServices, projectName } from './name-services.js';

export interface ImportOptions {
  /** The environment's name as `--name` gave it; by default the Compose project's. */
  readonly name?: string;
  /** The folder the Compose file is in, Compose's own default project name. */
  readonly folderName: string;
  /** The public host name; without it a placeholder (and a note). */
  readonly host?: string;
  /** wharf's state directory, for where secret values go. */
  readonly stateDir: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly environment: string;
      readonly manifest: ImportedManifest;
      readonly notes: readonly ImportNote[];
      /** Whether `host` is a placeholder, to be replaced by the public host name. */
      readonly placeholderHost: boolean;
    }
  | {
      readonly ok: false;
      /** `name`: `--name` is not a valid environment name; `compose`: this is no Compose file. */
      readonly reason: 'name' | 'compose';
      readonly message: string;
    };

/** The fields of an app service in the order the manifest reference lists them. */
const serviceOrder = [
  'image',
  'port',
  'route',
  'stripPrefix',
  'health',
  'env',
  'secrets',
  'replicas',
  'resources',
  'command',
  'dependsOn',
] as const;

function inOrder(service: ImportedService): ImportedService {
  const out: Record<string, unknown> = {};
  for (const key of serviceOrder) if (service[key] !== undefined) out[key] = service[key];
  return out satisfies ImportedService;
}

const topLevelReasons: Readonly<Record<string, string>> = {
  version: 'obsolete; Compose ignores it too',
  networks:
    "wharf creates the environment's networks itself; every service reaches the others by name",
  include: 'it reads other Compose files; import each of them, or write their services here',
  configs:
    'wharf has no configs: build the files into the image, or bind-mount them from the host (a grant of hostPaths)',
};

function topLevelNotes(ctx: ImportContext, compose: ComposeMap): void {
  for (const key of Object.keys(compose)) {
    if (key === 'services' || key === 'name' || key === 'volumes' || key === 'secrets') continue;
    if (key.startsWith('x-'))
      ctx.notes.dropped(
        key,
        'not carried: an extension field; its anchors were read where the file used them',
      );
    else if (key === 'configs') ctx.notes.decide(key, `not carried: ${topLevelReasons[key] ?? ''}`);
    else
      ctx.notes.dropped(
        key,
        `not carried: ${topLevelReasons[key] ?? 'not a key of the Compose file wharf knows'}`,
      );
  }
}

function unusedNotes(ctx: ImportContext): void {
  for (const name of Object.keys(ctx.topVolumes))
    if (!ctx.volumes.has(name))
      ctx.notes.dropped(notePath('volumes', name), 'not carried: no imported service mounts it');
  for (const name of Object.keys(ctx.topSecrets))
    if (ctx.secrets.nameOf(`compose\0${name}`) === undefined)
      ctx.notes.dropped(notePath('secrets', name), 'not carried: no imported service uses it');
}

/** Docker's DNS names hold at most 63 characters, and so do the container names wharf gives. */
function checkContainerNames(
  ctx: ImportContext,
  apps: readonly ImportedApp[],
  raw: readonly string[],
): void {
  const longest = [
    ...apps.map((a) =>
      dockerNames.container(
        dockerNames.appProject(ctx.env, 'green'),
        dockerNames.appService(a.name, 'green'),
        a.service.replicas ?? 1,
      ),
    ),
    ...raw.map((name) => dockerNames.container(dockerNames.infraProject(ctx.env), name, 1)),
  ];
  for (const container of longest)
    if (container.length > 63)
      ctx.notes.decide(
        'name',
        `the container name ${container} is longer than 63 characters: shorten the environment or service name`,
      );
}

interface ImportedParts {
  postgres?: ImportedManifest['postgres'];
  rabbitmq?: ImportedManifest['rabbitmq'];
  readonly apps: (ImportedApp & { readonly composeName: string })[];
  /** Raw stateful services, by their wharf name. */
  readonly raw: Record<string, Record<string, unknown>>;
  readonly proxies: (readonly [string, ComposeMap])[];
}

/** Each service by its role; PostgreSQL and RabbitMQ first, whose passwords the apps may hold. */
function importServices(
  ctx: ImportContext,
  services: readonly (readonly [string, ComposeMap])[],
): ImportedParts {
  const parts: ImportedParts = { apps: [], raw: {}, proxies: [] };
  for (const [name, definition] of services) {
    const role = ctx.roles.get(name);
    if (role?.kind === 'postgres') parts.postgres = importPostgres(ctx, name, definition);
    if (role?.kind === 'rabbitmq') parts.rabbitmq = importRabbitmq(ctx, name, definition);
  }
  for (const [name, definition] of services) {
    const role = ctx.roles.get(name);
    switch (role?.kind) {
      case 'app':
        parts.apps.push({ ...importAppService(ctx, name, definition), composeName: name });
        break;
      case 'stateful':
        parts.raw[ctx.names.get(name) ?? name] = importRawService(ctx, name, definition, role.why);
        break;
      case 'proxy':
        parts.proxies.push([name, definition]);
        proxyNotes(ctx, name, definition);
        break;
      case 'task':
        ctx.notes.dropped(
          notePath('services', name),
          `not imported: a one-shot task (services.${role.by} waits for it to complete), and wharf runs services that keep running; run it as part of the app's start (its command), or by hand with \`docker run\``,
        );
        break;
      default:
        break;
    }
  }
  return parts;
}

/** The manifest in the order of the manifest reference: header, services, servers, secrets, raw block. */
function assemble(ctx: ImportContext, parts: ImportedParts, host: HostChoice): ImportedManifest {
  const services = Object.fromEntries(parts.apps.map((app) => [app.name, inOrder(app.service)]));
  if (parts.apps.length === 0)
    ctx.notes.decide(
      'services',
      'the Compose file has no app service, and an environment needs at least one under services',
    );
  const raw: Record<string, Record<string, unknown>> = { ...parts.raw };
  for (const app of parts.apps) if (Object.keys(app.raw).length > 0) raw[app.name] = app.raw;
  const manifest: ImportedManifest = {
    apiVersion: 'wharf/v1',
    kind: 'Environment',
    name: ctx.env,
    topology: 'minimal',
    host: host.host,
    ...(host.aliases ? { aliases: host.aliases } : {}),
    ...(host.tls ? { tls: host.tls } : {}),
    services,
    ...(parts.postgres ? { postgres: parts.postgres } : {}),
    ...(parts.rabbitmq ? { rabbitmq: parts.rabbitmq } : {}),
  };
  if (ctx.secrets.names.length > 0)
    manifest.secrets = Object.fromEntries(
      ctx.secrets.names.map((s) => [s, { source: 'store' as const }]),
    );
  if (Object.keys(raw).length > 0) {
    manifest.compose = { services: raw };
    if (ctx.volumes.raw.size > 0)
      manifest.compose.volumes = Object.fromEntries([...ctx.volumes.raw].map((k) => [k, {}]));
    ctx.notes.carried(
      'compose',
      'a raw compose block holds what the manifest does not model; pull-request previews of this environment are refused while it has one, unless wharf.yaml sets previews.allowCompose: true',
    );
  }
  return manifest;
}

/**
 * A Compose file (parsed, anchors merged) as a wharf environment manifest, with a note for
 * everything that was carried, is left to decide, or was not carried. Pure: no file is read.
 */
export function importCompose(compose: unknown, options: ImportOptions): ImportResult {
  if (!isMap(compose))
    return {
      ok: false,
      reason: 'compose',
      message: 'the file is not a Compose file: its top level is not a mapping',
    };
  const given = compose['services'];
  if (!isMap(given) || Object.keys(given).length === 0)
    return { ok: false, reason: 'compose', message: 'the Compose file has no `services`' };
  const notes = collectNotes();
  const chosen = chooseEnvironment(compose, options, notes);
  if ('problem' in chosen) return { ok: false, reason: 'name', message: chosen.problem };
  const services = Object.entries(given).flatMap(([name, definition]): [string, ComposeMap][] => {
    if (isMap(definition)) return [[name, definition]];
    notes.dropped(notePath('services', name), 'not carried: a service is a mapping');
    return [];
  });
  const roles = classifyServices(services);
  const { names, hosts } = nameServices(services, roles, notes);
  const ctx = createContext({
    env: chosen.name,
    project: projectName(compose, options.folderName),
    stateDir: options.stateDir,
    notes,
    roles,
    names,
    hosts,
    compose,
  });
  topLevelNotes(ctx, compose);
  for (const value of openValues(services)) ctx.publicValues.add(value);

  const parts = importServices(ctx, services);
  assignRoutes(ctx, parts.apps, parts.proxies);
  const host = chooseHost(ctx, parts.apps, options.host);
  const manifest = assemble(ctx, parts, host);
  unusedNotes(ctx);
  checkContainerNames(ctx, parts.apps, Object.keys(parts.raw));
  return {
    ok: true,
    environment: ctx.env,
    manifest,
    notes: notes.list,
    placeholderHost: host.placeholder === true,
  };
}
