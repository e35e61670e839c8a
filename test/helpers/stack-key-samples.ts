/**
 * A plausible value for each Compose service key the stack format refuses, drops or does not
 * know, written as YAML flow values: the same samples go to wharf's validation and to the real
 * `docker stack config`, so wharf's lists are checked against docker/cli's own loader.
 */
export const stackKeySamples: Readonly<Record<string, string>> = {
  // refused by the loader
  extends: '{ service: base }',
  volume_driver: 'local',
  volumes_from: '[other]',
  cpu_quota: '50000',
  cpu_shares: '512',
  cpuset: '"0"',
  mem_limit: '64m',
  memswap_limit: '128m',
  // dropped with a warning
  build: '.',
  cgroupns_mode: 'host',
  cgroup_parent: 'wharf',
  devices: '["/dev/null:/dev/null"]',
  domainname: 'example.test',
  external_links: '[db]',
  ipc: 'host',
  links: '[db]',
  mac_address: '"02:42:ac:11:00:02"',
  network_mode: 'host',
  pid: 'host',
  privileged: 'true',
  restart: 'always',
  security_opt: '["no-new-privileges:true"]',
  shm_size: '64m',
  userns_mode: 'host',
  container_name: 'web',
  expose: '["8080"]',
  // not in the version 3 schema
  cpus: '0.5',
  mem_reservation: '32m',
  pids_limit: '100',
  gpus: 'all',
};

export const unknownStackKeys = ['cpus', 'mem_reservation', 'pids_limit', 'gpus'] as const;
