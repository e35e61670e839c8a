import { describe, expect, it } from 'vitest';
import type { PolicyGrant } from '../../src/core/manifest.js';
import { resolvedViolations } from '../../src/core/policy/resolved-project.js';
import { serviceViolations, type ServiceContext } from '../../src/core/policy/service-policy.js';

const stateDir = '/var/lib/wharf';
const projectDir = `${stateDir}/envs/shop/infra`;

interface Case {
  name: string;
  compose: Record<string, unknown>;
  grant?: Partial<PolicyGrant>;
  mode?: ServiceContext['mode'];
  /** The message and the grant of each violation, in order; none: allowed. */
  refused?: [RegExp, string | null][];
}

const cases: Case[] = [
  { name: 'the allowlist alone', compose: allowlisted() },
  {
    name: 'privileged',
    compose: { privileged: true },
    refused: [[/privileged: true/, 'privileged']],
  },
  {
    name: 'privileged as a string',
    compose: { privileged: 'true' },
    refused: [[/privileged: true/, 'privileged']],
  },
  { name: 'privileged as "yes"', compose: { privileged: 'yes' }, refused: [[/yes/, 'privileged']] },
  { name: 'privileged: false', compose: { privileged: false } },
  { name: 'privileged, granted', compose: { privileged: 'true' }, grant: { privileged: true } },
  { name: 'host PID', compose: { pid: 'host' }, refused: [[/pid: host/, 'privileged']] },
  { name: 'host PID, upper case', compose: { pid: ' HOST' }, refused: [[/pid/, 'privileged']] },
  { name: 'host IPC', compose: { ipc: 'host' }, refused: [[/ipc: host/, 'privileged']] },
  { name: 'private IPC', compose: { ipc: 'private' } },
  { name: 'host cgroup', compose: { cgroup: 'host' }, refused: [[/cgroup: host/, 'privileged']] },
  {
    name: 'host user namespace',
    compose: { userns_mode: 'host' },
    refused: [[/userns/, 'privileged']],
  },
  {
    name: 'another container’s network',
    compose: { network_mode: 'container:wharf-production-infra-postgres-1' },
    refused: [[/joins another container/, 'sharedNamespaces']],
  },
  {
    name: 'another service’s PID namespace',
    compose: { pid: 'service:postgres' },
    refused: [[/joins another container/, 'sharedNamespaces']],
  },
  {
    name: 'another container’s IPC, granted',
    compose: { ipc: 'container:x' },
    grant: { sharedNamespaces: true },
  },
  {
    name: 'volumes_from',
    compose: { volumes_from: ['wharf-production-infra-postgres-1'] },
    refused: [[/volumes_from/, 'sharedNamespaces']],
  },
  { name: 'host network', compose: { network_mode: 'host' }, refused: [[/host/, 'hostNetwork']] },
  {
    name: 'host network, granted',
    compose: { network_mode: 'host' },
    grant: { hostNetwork: true },
  },
  { name: 'no network', compose: { network_mode: 'none' } },
  {
    name: 'bridge network',
    compose: { network_mode: 'bridge' },
    refused: [[/bridge/, 'composeKeys']],
  },
  {
    name: 'capabilities',
    compose: { cap_add: ['SYS_ADMIN'] },
    refused: [[/cap_add/, 'privileged']],
  },
  { name: 'dropping capabilities', compose: { cap_drop: ['ALL'] } },
  {
    name: 'seccomp off',
    compose: { security_opt: ['seccomp=unconfined'] },
    refused: [[/security_opt/, 'privileged']],
  },
  { name: 'devices', compose: { devices: ['/dev/fuse'] }, refused: [[/devices/, 'privileged']] },
  {
    name: 'device cgroup rules',
    compose: { device_cgroup_rules: ['c *:* rwm'] },
    refused: [[/device_cgroup_rules/, 'privileged']],
  },
  {
    name: 'sysctls',
    compose: { sysctls: { 'net.ipv4.ip_forward': 1 } },
    refused: [[/sysctls/, 'privileged']],
  },
  {
    name: 'a device reservation',
    compose: { deploy: { resources: { reservations: { devices: [{ capabilities: ['gpu'] }] } } } },
    refused: [[/reserves host devices/, 'privileged']],
  },
  {
    name: 'resource limits',
    compose: { deploy: { resources: { limits: { cpus: '1', memory: '1g' } } } },
  },
  {
    name: 'deploy.replicas in a raw block',
    compose: { deploy: { replicas: 3 } },
    refused: [[/deploy.replicas/, 'composeKeys']],
  },
  { name: 'deploy.replicas resolved', compose: { deploy: { replicas: 3 } }, mode: 'resolved' },
  {
    name: 'deploy.restart_policy, granted',
    compose: { deploy: { restart_policy: { condition: 'any' } } },
    grant: { composeKeys: ['deploy.restart_policy'] },
  },
  { name: 'env_file', compose: { env_file: '/etc/shadow' }, refused: [[/env_file.*never/, null]] },
  {
    name: 'env_file, even with composeKeys',
    compose: { env_file: ['/etc/shadow'] },
    grant: { composeKeys: ['env_file'] },
    refused: [[/env_file/, null]],
  },
  {
    name: 'extends',
    compose: { extends: { file: '/etc/x.yaml', service: 'a' } },
    refused: [[/extends/, null]],
  },
  { name: 'build', compose: { build: { context: '/etc' } }, refused: [[/build/, null]] },
  {
    name: 'container_name',
    compose: { container_name: 'wharf-production-infra-postgres-1' },
    refused: [[/container_name/, null]],
  },
  {
    name: 'extra_hosts',
    compose: { extra_hosts: ['a:1.2.3.4'] },
    refused: [[/allowlist/, 'composeKeys']],
  },
  {
    name: 'extra_hosts, granted',
    compose: { extra_hosts: ['a:1.2.3.4'] },
    grant: { composeKeys: ['extra_hosts'] },
  },
  {
    name: 'networks in a raw block',
    compose: { networks: ['other'] },
    refused: [[/networks/, 'composeKeys']],
  },
  {
    name: 'a network alias with a dot',
    compose: { networks: { env: { aliases: ['web-blue.wharf-production'] } } },
    grant: { composeKeys: ['networks'] },
    refused: [[/has a dot/, null]],
  },
  { name: 'networks resolved', compose: { networks: { default: null } }, mode: 'resolved' },
  {
    name: 'a wharf label',
    compose: { labels: { 'wharf.environment': 'production' } },
    refused: [[/wharf.environment/, null]],
  },
  {
    name: 'a wharf label in list form',
    compose: { labels: ['a=b', 'wharf.environment=production'] },
    refused: [[/wharf.environment/, null]],
  },
  {
    name: 'a Docker label',
    compose: { labels: { 'com.docker.compose.project': 'x' } },
    refused: [[/com.docker/, null]],
  },
  { name: 'an own label', compose: { labels: { 'team.owner': 'shop' } } },
  {
    name: 'the Docker socket',
    compose: { volumes: ['/var/run/docker.sock:/var/run/docker.sock'] },
    refused: [[/Docker socket/, 'dockerSocket']],
  },
  {
    name: 'the Docker socket at /run',
    compose: { volumes: [{ type: 'bind', source: '/run/docker.sock', target: '/s' }] },
    refused: [[/Docker socket/, 'dockerSocket']],
  },
  {
    name: 'the Docker socket, granted',
    compose: { volumes: ['/var/run/docker.sock:/var/run/docker.sock:ro'] },
    grant: { dockerSocket: true },
  },
  {
    name: 'the folder around the Docker socket',
    compose: { volumes: ['/var/run:/r'] },
    grant: { hostPaths: ['/var'] },
    refused: [[/Docker socket/, 'dockerSocket']],
  },
  {
    name: 'the root folder',
    compose: { volumes: ['/:/host:ro'] },
    refused: [
      [/Docker socket/, 'dockerSocket'],
      [/host path \/$/, 'hostPaths'],
    ],
  },
  {
    name: 'an interpolated socket',
    compose: { volumes: ['${UNSET:-/var/run/docker.sock}:/var/run/docker.sock'] },
    refused: [[/not interpolated/, 'dockerSocket']],
  },
  {
    name: 'an interpolated host path',
    compose: { volumes: ['$HOME:/h'] },
    refused: [[/not interpolated/, 'hostPaths']],
  },
  {
    name: 'a host path',
    compose: { volumes: ['/etc:/host-etc:ro'] },
    refused: [[/host path \/etc/, 'hostPaths']],
  },
  {
    name: 'a host path under a grant',
    compose: { volumes: ['/srv/data/x:/x'] },
    grant: { hostPaths: ['/srv/data'] },
  },
  {
    name: 'a path beside a grant',
    compose: { volumes: ['/srv/database:/x'] },
    grant: { hostPaths: ['/srv/data'] },
    refused: [[/\/srv\/database/, 'hostPaths']],
  },
  {
    name: 'a path climbing out of a grant',
    compose: { volumes: ['/srv/data/../../etc:/x'] },
    grant: { hostPaths: ['/srv/data'] },
    refused: [[/host path \/etc/, 'hostPaths']],
  },
  {
    name: 'a relative path climbing to the host',
    compose: { volumes: ['../../../../../../etc:/x'] },
    refused: [[/host path \/etc/, 'hostPaths']],
  },
  {
    name: 'a relative path into wharf’s secrets',
    compose: { volumes: ['../../../secrets:/s'] },
    grant: { hostPaths: ['/'] },
    refused: [[/wharf's state/, null]],
  },
  {
    name: 'the state directory, even granted',
    compose: {
      volumes: [{ type: 'bind', source: '/var/lib/wharf/secrets/production', target: '/s' }],
    },
    grant: { hostPaths: ['/var/lib'] },
    refused: [[/wharf's state/, null]],
  },
  {
    name: 'a home path',
    compose: { volumes: ['~/.ssh:/k'] },
    refused: [[/\/root\/.ssh/, 'hostPaths']],
  },
  {
    name: 'a long-form bind',
    compose: { volumes: [{ type: 'bind', source: '/root', target: '/r' }] },
    refused: [[/\/root/, 'hostPaths']],
  },
  {
    name: 'a long form with no type and a path',
    compose: { volumes: [{ source: '/etc', target: '/r' }] },
    refused: [[/\/etc/, 'hostPaths']],
  },
  {
    name: 'an npipe mount',
    compose: { volumes: [{ type: 'npipe', source: 'x', target: '/r' }] },
    refused: [[/type/, null]],
  },
  {
    name: 'named volumes and tmpfs',
    compose: {
      volumes: [
        'data:/data',
        { type: 'volume', source: 'x', target: '/x' },
        { type: 'tmpfs', target: '/t' },
      ],
    },
  },
  {
    name: 'a published port',
    compose: { ports: ['8080:80'] },
    refused: [[/host port 8080/, 'hostPorts']],
  },
  {
    name: 'a random host port',
    compose: { ports: ['80'] },
    refused: [[/one Docker picks/, 'hostPorts']],
  },
  {
    name: 'a port on an address',
    compose: { ports: ['127.0.0.1:9000:9000/udp'] },
    refused: [[/host port 9000/, 'hostPorts']],
  },
  {
    name: 'a port on an IPv6 address',
    compose: { ports: ['[::1]:9001:9000'] },
    refused: [[/host port 9001/, 'hostPorts']],
  },
  {
    name: 'a long-form port',
    compose: { ports: [{ target: 80, published: '8081' }] },
    refused: [[/host port 8081/, 'hostPorts']],
  },
  { name: 'a granted port', compose: { ports: ['5432:5432'] }, grant: { hostPorts: [5432] } },
  {
    name: 'an image with spaces',
    compose: { image: 'a:1 --privileged' },
    refused: [[/image/, null]],
  },
  {
    name: 'several at once',
    compose: { privileged: true, env_file: 'x', ports: ['1:1'] },
    refused: [
      [/privileged/, 'privileged'],
      [/env_file/, null],
      [/host port 1/, 'hostPorts'],
    ],
  },
];

function allowlisted(): Record<string, unknown> {
  return {
    image: 'ghcr.io/shop/app:1',
    environment: { A: '${WHARF_ADMIN_TOKEN}' },
    command: ['sh', '-c', 'echo $HOME'],
    entrypoint: ['/init'],
    healthcheck: { test: ['CMD', 'true'] },
    labels: { team: 'shop' },
    deploy: { resources: { limits: { cpus: '0.5', memory: '256m', pids: 100 } } },
    ulimits: { nofile: 1024 },
    tmpfs: ['/tmp'],
    stop_grace_period: '30s',
    stop_signal: 'SIGINT',
    working_dir: '/app',
    user: '1000',
    read_only: true,
    init: true,
    shm_size: '64m',
  };
}

describe('the policy on one service', () => {
  it.each(cases)('$name', ({ compose, grant, mode, refused }) => {
    const found = serviceViolations('svc', compose, {
      grant: grant ?? {},
      mode: mode ?? 'raw',
      projectDir,
      stateDir,
    });
    expect(found.map((v) => v.grant)).toEqual((refused ?? []).map(([, g]) => g));
    for (const [i, [message]] of (refused ?? []).entries())
      expect(found[i]?.message).toMatch(message);
  });

  it('trusts exactly the files wharf rendered for the service', () => {
    const ctx = {
      grant: {},
      mode: 'resolved' as const,
      projectDir,
      stateDir,
      trustedSources: new Set([`${projectDir}/pgbouncer`]),
    };
    expect(
      serviceViolations('pgbouncer', { volumes: ['./pgbouncer:/etc/pgbouncer:ro'] }, ctx),
    ).toEqual([]);
    expect(
      serviceViolations('pgbouncer', { volumes: ['./pgbouncer/../../../secrets:/s'] }, ctx),
    ).toHaveLength(1);
  });

  it('requires the wharf labels a resolved service must carry, exactly', () => {
    const ctx = {
      grant: {},
      mode: 'resolved' as const,
      projectDir,
      stateDir,
      wharfLabels: { 'wharf.environment': 'staging' },
    };
    expect(serviceViolations('a', { labels: { 'wharf.environment': 'staging' } }, ctx)).toEqual([]);
    expect(
      serviceViolations('a', { labels: { 'wharf.environment': 'production' } }, ctx).map(
        (v) => v.message,
      ),
    ).toEqual([
      expect.stringMatching(/may not set it/),
      expect.stringMatching(/must be `staging`/),
    ]);
  });
});

describe('the policy on a resolved project with a job', () => {
  const job = { profiles: ['wharf-jobs'], labels: { 'wharf.role': 'job', 'wharf.job': 'report' } };
  const app = { labels: { 'wharf.role': 'app' } };
  const check = { grant: undefined, stateDir, projectDir, trusted: {} };
  it.each([
    ['the job’s own profile, as written', { 'wharf-job-report': job }, job, []],
    [
      'another profile on the job',
      { 'wharf-job-report': job },
      { ...job, profiles: ['debug'] },
      [/`profiles` is never allowed/],
    ],
    [
      'a profile on an app service, even as written',
      { web: { ...app, profiles: ['wharf-jobs'] } },
      { ...app, profiles: ['wharf-jobs'] },
      [/`profiles` is never allowed/],
    ],
  ] as const)('%s', (_name, written, resolvedService, refused) => {
    const [name = ''] = Object.keys(written);
    const found = resolvedViolations(
      { services: { [name]: resolvedService } },
      { services: written },
      check,
    );
    expect(found).toHaveLength(refused.length);
    for (const [i, message] of refused.entries()) expect(found[i]?.message).toMatch(message);
  });
});
