/**
 * What `docker stack deploy` does with a Compose service key, from docker/cli's stack loader
 * (cli/compose/types: UnsupportedProperties, DeprecatedProperties, ForbiddenProperties) and its
 * newest stack schema (config_schema_v3.13.json). The loader refuses the forbidden keys, drops
 * the unsupported and deprecated ones with an "Ignoring ..." warning, and its schema rejects
 * every other key it does not know. wharf refuses all of them before anything deploys.
 */
export type StackKeyVerdict = {
  readonly kind: 'forbidden' | 'ignored' | 'unknown';
  readonly instead: string;
};

/** Refused by the stack loader outright; each has a place in the stack format instead. */
const forbidden: Readonly<Record<string, string>> = {
  extends: 'write the service out in full',
  volume_driver: 'give the driver on a top-level volume and mount that volume',
  volumes_from: 'mount one top-level volume in each service that shares it',
  cpu_quota: 'set `deploy.resources.limits.cpus`',
  cpu_shares: 'set `deploy.resources.limits.cpus` and `reservations.cpus`',
  cpuset: 'set `deploy.resources.limits.cpus`',
  mem_limit: 'set `deploy.resources.limits.memory`',
  memswap_limit: 'set `deploy.resources.limits.memory`',
};

/** Dropped by the stack loader with a warning: the service would run without them. */
const ignored: Readonly<Record<string, string>> = {
  build: 'push the image to a registry and name it in `image`',
  cgroupns_mode: 'Swarm services run in the engine’s default cgroup namespace',
  cgroup_parent: 'Swarm services run under the engine’s own cgroup parent',
  devices: 'Swarm services cannot be given host devices',
  domainname: 'set `hostname` instead, or drop it',
  external_links: 'put both services on one network and address them by name',
  ipc: 'Swarm services cannot share an IPC namespace',
  links: 'services on one network reach each other by name already',
  mac_address: 'Swarm services take their addresses from the network',
  network_mode: 'attach the service to `networks` instead',
  pid: 'Swarm services cannot share a PID namespace',
  privileged: 'Swarm services cannot run privileged',
  restart: 'set `deploy.restart_policy`',
  security_opt: 'Swarm services cannot set security options',
  shm_size: 'mount a `tmpfs` at /dev/shm instead',
  userns_mode: 'Swarm services run in the engine’s user namespace',
  container_name: 'Swarm names task containers itself; address the service by its name',
  expose: 'services on one network reach each other on every port already',
};

/** The service keys the stack schema knows (v3.13), besides those above. */
const known = new Set([
  'cap_add',
  'cap_drop',
  'command',
  'configs',
  'credential_spec',
  'depends_on',
  'deploy',
  'dns',
  'dns_search',
  'entrypoint',
  'env_file',
  'environment',
  'extra_hosts',
  'healthcheck',
  'hostname',
  'image',
  'init',
  'isolation',
  'labels',
  'logging',
  'networks',
  'oom_score_adj',
  'ports',
  'read_only',
  'secrets',
  'stdin_open',
  'stop_grace_period',
  'stop_signal',
  'sysctls',
  'tmpfs',
  'tty',
  'ulimits',
  'user',
  'volumes',
  'working_dir',
]);

/** Every key docker/cli's loader refuses or ignores, for tests and docs. */
export const stackForbiddenKeys: readonly string[] = Object.keys(forbidden);
export const stackIgnoredKeys: readonly string[] = Object.keys(ignored);

/** What the stack format makes of one service key; null when it takes it as Compose does. */
export function stackKeyVerdict(key: string): StackKeyVerdict | null {
  const refused = forbidden[key];
  if (refused) return { kind: 'forbidden', instead: refused };
  const dropped = ignored[key];
  if (dropped) return { kind: 'ignored', instead: dropped };
  if (known.has(key) || key.startsWith('x-')) return null;
  return { kind: 'unknown', instead: 'leave it out, or use its `deploy` counterpart' };
}
