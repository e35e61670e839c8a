import type { AppService, Environment, EnvironmentInput, Postgres, Previews } from '../manifest.js';
import { previewSeed } from '../servers/postgres.js';
import { statefulServers } from '../servers/registry.js';

/** The commit status that says how a pull request's preview stands. */
export const previewStatusContext = 'wharf/preview';

/** Why a pull request from a fork has no preview, in words for the pull request. */
export const forkRefusal =
  'pull requests from forks get no preview unless previews.allowForks is set (their manifests are untrusted)';

/** The environment name of pull request `number`'s preview. */
export function previewName(number: number): string {
  return `pr-${number}`;
}

/** The pull request number of a preview environment's name, or null for any other name. */
export function previewNumber(environment: string): number | null {
  const match = /^pr-([1-9][0-9]{0,8})$/.exec(environment);
  return match ? Number(match[1]) : null;
}

/** The ref a preview follows: GitHub keeps each pull request's head there. */
export function pullRef(number: number): string {
  return `refs/pull/${number}/head`;
}

/** The host a preview is served on, from the template in wharf.yaml. */
export function previewHost(previews: Previews, number: number): string {
  return previews.host.replace('{number}', String(number));
}

/**
 * The preview of a pull request: the `from` environment as the pull request's head has it,
 * with the preview overrides, its own name and host. Everything it owns (containers, network,
 * volumes, its own empty database) is named after `pr-<number>`, so it never touches the
 * source environment's data; its volumes may all be removed when the preview goes.
 * A manifest as written: what it leaves out (its TLS settings beyond the mode) the schema's
 * defaults fill in when it is resolved.
 */
export function previewEnvironment(
  source: Environment,
  previews: Previews,
  number: number,
): EnvironmentInput {
  const overrides = previews.overrides ?? {};
  const services: Record<string, AppService | undefined> = {};
  for (const [name, service] of Object.entries(source.services)) {
    if (!service) continue;
    const change = overrides.services?.[name];
    services[name] = {
      ...service,
      ...(change?.env ? { env: { ...service.env, ...change.env } } : {}),
      ...(change?.replicas !== undefined ? { replicas: change.replicas } : {}),
      ...(change?.resources ? { resources: { ...service.resources, ...change.resources } } : {}),
    };
  }
  const { backups: _backups, aliases: _aliases, ...rest } = source;
  const seed = previewSeed(previews)?.path;
  // A managed database outside the host may hold production data: a preview of a `hybrid`
  // environment gets a local server of its own instead, with the same database and role.
  const { external, ...localPostgres } = source.postgres ?? { external: undefined };
  const postgres =
    source.postgres && (external || seed)
      ? { ...(localPostgres as Postgres), ...(seed ? { seed } : {}) }
      : undefined;
  const preview = {
    ...rest,
    ...(external ? { topology: 'minimal' as const } : {}),
    ...(postgres ? { postgres } : {}),
    name: previewName(number),
    host: previewHost(previews, number),
    tls: { mode: previews.tls },
    deploy: { ...source.deploy, ...overrides.deploy },
    services,
  };
  // The volumes its servers own; their sections come from the resolved source (only the TLS
  // settings of the preview are left for the schema to fill in).
  const resolved: Environment = { ...source, ...preview, tls: source.tls };
  const volumes = statefulServers.flatMap((server) => server.volumes?.(resolved) ?? []);
  return { ...preview, pruneVolumes: [...new Set([...(source.pruneVolumes ?? []), ...volumes])] };
}
