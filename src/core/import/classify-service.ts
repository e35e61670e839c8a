import {
  dependencies,
  imageBase,
  imageRepository,
  isMap,
  mounts,
  portMappings,
  spelled,
  type ComposeMap,
} from './compose-spellings.js';
import { withDefaults } from './interpolation.js';

/**
 * What a Compose service becomes in wharf:
 * - `postgres`, `rabbitmq`: the manifest's own section (the first such service only);
 * - `proxy`: a reverse proxy or certificate helper, replaced by the edge;
 * - `task`: a one-shot job other services wait to complete; wharf runs no such thing;
 * - `stateful`: a raw `compose.services` entry, updated in place, its volumes kept;
 * - `app`: a stateless service, deployed blue-green.
 */
export type ServiceRole =
  | { readonly kind: 'postgres' }
  | { readonly kind: 'rabbitmq' }
  | { readonly kind: 'proxy'; readonly certificates: boolean }
  | { readonly kind: 'task'; readonly by: string }
  | { readonly kind: 'stateful'; readonly why: string }
  | { readonly kind: 'app' };

/** Images of servers that keep data or state: run in place, never blue-green. */
const serverImages = new Set([
  'mysql',
  'mariadb',
  'percona-server',
  'mongo',
  'mongodb',
  'redis',
  'redis-stack',
  'redis-stack-server',
  'valkey',
  'keydb',
  'dragonfly',
  'memcached',
  'elasticsearch',
  'opensearch',
  'minio',
  'clickhouse-server',
  'cassandra',
  'scylla',
  'couchdb',
  'couchbase',
  'neo4j',
  'influxdb',
  'timescaledb',
  'etcd',
  'zookeeper',
  'kafka',
  'cp-kafka',
  'nats',
  'meilisearch',
  'typesense',
  'qdrant',
  'solr',
  'prometheus',
  'grafana',
  'loki',
  'postgres',
  'postgis',
  'rabbitmq',
  'mssql',
]);

/** Reverse proxies: in front of the apps on ports 80 and 443, where the edge now is. */
const proxyImages = new Set([
  'nginx',
  'nginx-unprivileged',
  'openresty',
  'traefik',
  'caddy',
  'caddy-docker-proxy',
  'haproxy',
  'envoy',
  'nginx-proxy',
  'nginx-proxy-manager',
  'https-portal',
  'swag',
]);

/** Helpers that get certificates for a proxy or write its configuration: the edge does both. */
const certificateImages = new Set([
  'acme-companion',
  'letsencrypt-nginx-proxy-companion',
  'docker-letsencrypt-nginx-proxy-companion',
  'certbot',
  'docker-gen',
]);

/** The image a service runs, variables filled in with their defaults where they have one. */
export function serviceImage(service: ComposeMap): string | undefined {
  const image = service['image'];
  if (typeof image !== 'string' || image.trim() === '') return undefined;
  return withDefaults(image) ?? image;
}

export function isPostgresImage(image: string): boolean {
  const repo = imageRepository(image);
  return (
    repo === 'postgres' ||
    repo.endsWith('/postgres') ||
    repo === 'postgis/postgis' ||
    repo.endsWith('/postgis/postgis')
  );
}

export function isRabbitmqImage(image: string): boolean {
  const repo = imageRepository(image);
  return repo === 'rabbitmq' || repo === 'library/rabbitmq';
}

function publishesWeb(service: ComposeMap): boolean {
  return portMappings(service['ports']).some((p) => p.published === '80' || p.published === '443');
}

/**
 * A service built here that publishes 80 or 443, is named like a proxy (by itself or its build
 * folder) and forwards to others: the custom Nginx image in front of an app.
 */
function builtProxy(name: string, service: ComposeMap): boolean {
  const build = service['build'];
  if (build === undefined || !publishesWeb(service)) return false;
  const context =
    typeof build === 'string' ? build : isMap(build) ? spelled(build['context'] ?? '') : '';
  const named = /nginx|proxy|traefik|caddy|haproxy/i;
  const forwards =
    dependencies(service['depends_on']).length > 0 || Array.isArray(service['links']);
  return forwards && (named.test(name) || named.test(context));
}

function hasNamedVolume(service: ComposeMap): boolean {
  return mounts(service['volumes']).some((m) => m.type === 'volume');
}

/** Each service's role, by name, in the order of the Compose file. */
export function classifyServices(
  services: readonly (readonly [string, ComposeMap])[],
): Map<string, ServiceRole> {
  const roles = new Map<string, ServiceRole>();
  const awaited = new Map<string, string>();
  for (const [name, service] of services)
    for (const dep of dependencies(service['depends_on']))
      if (dep.condition === 'service_completed_successfully' && !awaited.has(dep.service))
        awaited.set(dep.service, name);
  let postgres = false;
  let rabbitmq = false;
  for (const [name, service] of services) {
    const image = serviceImage(service);
    const base = image ? imageBase(image) : '';
    const waiter = awaited.get(name);
    if (image && !postgres && isPostgresImage(image)) {
      postgres = true;
      roles.set(name, { kind: 'postgres' });
    } else if (image && !rabbitmq && isRabbitmqImage(image)) {
      rabbitmq = true;
      roles.set(name, { kind: 'rabbitmq' });
    } else if (certificateImages.has(base)) {
      roles.set(name, { kind: 'proxy', certificates: true });
    } else if (
      (proxyImages.has(base) && publishesWeb(service)) ||
      (!image && builtProxy(name, service))
    ) {
      roles.set(name, { kind: 'proxy', certificates: false });
    } else if (waiter !== undefined) {
      roles.set(name, { kind: 'task', by: waiter });
    } else if (image && serverImages.has(base)) {
      roles.set(name, { kind: 'stateful', why: `\`${base}\` is a server that keeps state` });
    } else if (image && hasNamedVolume(service) && portMappings(service['ports']).length === 0) {
      roles.set(name, { kind: 'stateful', why: 'it keeps data in a named volume' });
    } else {
      roles.set(name, { kind: 'app' });
    }
  }
  return roles;
}
