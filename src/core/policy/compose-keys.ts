/**
 * What each Compose service key may do, for the policy (docs/security.md, "The allowlist").
 * A key is `allowed` when no value of it can widen what the container reaches beyond its own
 * environment; a key with a grant needs that grant on the default branch; `never` keys read
 * files or names from outside what wharf renders and are refused whatever is granted. Every
 * key not listed needs `composeKeys` to name it.
 */
export type GrantName =
  | 'privileged'
  | 'hostNetwork'
  | 'dockerSocket'
  | 'hostPaths'
  | 'hostPorts'
  | 'sharedNamespaces'
  | 'composeKeys';

export type KeyRule =
  | { readonly kind: 'allowed' }
  /** Allowed, but every value is checked (volumes, ports, labels, deploy, namespaces). */
  | { readonly kind: 'checked' }
  | { readonly kind: 'grant'; readonly grant: GrantName }
  | { readonly kind: 'never'; readonly why: string };

const allowed = { kind: 'allowed' } as const;
const checked = { kind: 'checked' } as const;
const privileged = { kind: 'grant', grant: 'privileged' } as const;

export const serviceKeys: Readonly<Record<string, KeyRule>> = {
  image: checked,
  environment: allowed,
  command: allowed,
  entrypoint: allowed,
  healthcheck: allowed,
  labels: checked,
  deploy: checked,
  ulimits: allowed,
  tmpfs: allowed,
  stop_grace_period: allowed,
  stop_signal: allowed,
  working_dir: allowed,
  user: allowed,
  read_only: allowed,
  init: allowed,
  shm_size: allowed,
  cap_drop: allowed,
  restart: allowed,
  depends_on: allowed,
  expose: allowed,
  hostname: allowed,
  domainname: allowed,
  mem_limit: allowed,
  mem_reservation: allowed,
  memswap_limit: allowed,
  cpus: allowed,
  cpu_shares: allowed,
  pids_limit: allowed,
  stdin_open: allowed,
  tty: allowed,
  secrets: allowed,
  volumes: checked,
  ports: checked,
  network_mode: checked,
  pid: checked,
  ipc: checked,
  uts: checked,
  userns_mode: checked,
  cgroup: checked,
  privileged,
  cap_add: privileged,
  security_opt: privileged,
  devices: privileged,
  device_cgroup_rules: privileged,
  gpus: privileged,
  sysctls: privileged,
  runtime: privileged,
  cgroup_parent: privileged,
  oom_kill_disable: privileged,
  oom_score_adj: privileged,
  storage_opt: privileged,
  isolation: privileged,
  volumes_from: { kind: 'grant', grant: 'sharedNamespaces' },
  build: {
    kind: 'never',
    why: 'wharf runs images, it does not build them on the host; push the image to a registry',
  },
  extends: {
    kind: 'never',
    why: 'it reads another Compose file; write the keys themselves',
  },
  env_file: {
    kind: 'never',
    why: 'it reads a file of the host into the container; use `environment` or `secrets`',
  },
  container_name: {
    kind: 'never',
    why: 'wharf names containers itself, and a chosen name can take another environment’s',
  },
  profiles: {
    kind: 'never',
    why: 'wharf starts services by name, so a profile would only hide a service from it',
  },
};

/** Keys under `deploy` allowed without a grant: resource limits and reservations. */
export const deployResourceKeys: ReadonlySet<string> = new Set(['cpus', 'memory', 'pids']);

/**
 * Keys wharf itself renders for some services. They are accepted in a resolved project (what
 * `docker compose config` prints), where the raw block cannot have put them without a grant.
 */
export const renderedKeys: ReadonlySet<string> = new Set(['networks', 'extra_hosts']);

/** Label prefixes that belong to wharf and Docker; a manifest may set none of them. */
export const reservedLabelPrefixes = ['wharf.', 'com.docker.'] as const;
