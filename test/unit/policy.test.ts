import { describe, expect, it } from 'vitest';
import type { PolicyGrant } from '../../src/core/manifest.js';
import { policyViolations } from '../../src/core/render/policy.js';

const trusted = new Set(['./pgbouncer']);

const cases: {
  name: string;
  compose: Record<string, unknown>;
  grant?: PolicyGrant;
  violation?: RegExp;
}[] = [
  { name: 'a plain service', compose: { image: 'a:1' } },
  {
    name: 'privileged',
    compose: { privileged: true },
    violation: /asks for privileged: true \(grant: privileged\)/,
  },
  { name: 'privileged, granted', compose: { privileged: true }, grant: { privileged: true } },
  { name: 'host PID namespace', compose: { pid: 'host' }, violation: /pid: host/ },
  {
    name: 'added capabilities',
    compose: { cap_add: ['SYS_ADMIN'] },
    violation: /cap_add: SYS_ADMIN/,
  },
  { name: 'devices', compose: { devices: ['/dev/fuse'] }, violation: /asks for devices/ },
  {
    name: 'host network',
    compose: { network_mode: 'host' },
    violation: /uses the host network \(grant: hostNetwork\)/,
  },
  {
    name: 'host network, granted',
    compose: { network_mode: 'host' },
    grant: { hostNetwork: true },
  },
  {
    name: 'the Docker socket',
    compose: { volumes: ['/var/run/docker.sock:/var/run/docker.sock'] },
    violation: /mounts the Docker socket/,
  },
  {
    name: 'the Docker socket, granted',
    compose: { volumes: ['/var/run/docker.sock:/var/run/docker.sock'] },
    grant: { dockerSocket: true },
  },
  {
    name: 'a host path',
    compose: { volumes: ['/etc:/host-etc:ro'] },
    violation: /mounts host path \/etc \(grant: hostPaths\)/,
  },
  {
    name: 'a host path under a granted one',
    compose: { volumes: ['/srv/data/x:/x'] },
    grant: { hostPaths: ['/srv/data'] },
  },
  {
    name: 'a path beside a granted one',
    compose: { volumes: ['/srv/database:/x'] },
    grant: { hostPaths: ['/srv/data'] },
    violation: /\/srv\/database/,
  },
  {
    name: 'a path climbing out of a granted one',
    compose: { volumes: ['/srv/data/../../etc:/x'] },
    grant: { hostPaths: ['/srv/data'] },
    violation: /mounts host path/,
  },
  {
    name: 'a relative host path',
    compose: { volumes: ['../../etc:/x'] },
    violation: /mounts host path \.\.\/\.\.\/etc/,
  },
  {
    name: 'a long-form bind mount',
    compose: { volumes: [{ type: 'bind', source: '/root', target: '/r' }] },
    violation: /mounts host path \/root/,
  },
  {
    name: 'a named volume',
    compose: { volumes: ['data:/data', { type: 'volume', source: 'x', target: '/x' }] },
  },
  {
    name: 'a mount wharf rendered itself',
    compose: { volumes: ['./pgbouncer:/etc/pgbouncer:ro'] },
  },
  {
    name: 'a published port',
    compose: { ports: ['8080:80'] },
    violation: /publishes host port 8080 \(grant: hostPorts\)/,
  },
  {
    name: 'a port bound to an address',
    compose: { ports: ['127.0.0.1:9000:9000'] },
    violation: /host port 9000/,
  },
  {
    name: 'a long-form port',
    compose: { ports: [{ target: 80, published: 8081 }] },
    violation: /host port 8081/,
  },
  { name: 'a granted port', compose: { ports: ['5432:5432'] }, grant: { hostPorts: [5432] } },
];

describe('policy on rendered services', () => {
  it.each(cases)('$name', ({ compose, grant, violation }) => {
    const violations = policyViolations([{ name: 'svc', compose }], grant, trusted);
    if (violation) {
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatch(violation);
    } else {
      expect(violations).toEqual([]);
    }
  });
});
