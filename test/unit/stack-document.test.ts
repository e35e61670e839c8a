import { describe, expect, it } from 'vitest';
import { composeFile } from '../../src/core/render/compose-document.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import type { RenderedProject } from '../../src/core/render/types.js';
import {
  jobStackDocument,
  jobStackService,
  objectName,
  rollbackDocument,
  stackDocument,
  stackPlacement,
  stackVersion,
} from '../../src/core/swarm/stack-document.js';
import { stackKeyVerdict } from '../../src/core/swarm/stack-format.js';
import { shopEnvironment } from '../helpers/environments.js';

const revision = 'a'.repeat(40);
type Doc = Record<string, unknown>;

function stacks(overrides: Parameters<typeof shopEnvironment>[0] = {}) {
  const env = shopEnvironment({ runtime: 'swarm', ...overrides });
  const rendered = renderEnvironment({
    environment: env,
    revision,
    colour: 'blue',
    stateDir: '/s',
  });
  const stack = (project: RenderedProject, verifyMs = 2000): Doc =>
    stackDocument(
      project,
      composeFile(project, () => revision, 'inst'),
      {
        node: 'edge-1',
        fileHash: (path) => `file:${path}`,
        secretHash: (name) => `secret:${name}`,
        verifyMs,
      },
    );
  return { rendered, infra: stack(rendered.infra), apps: stack(rendered.apps), stack };
}

const services = (doc: Doc) => doc['services'] as Record<string, Doc>;
const deployOf = (doc: Doc, name: string) => services(doc)[name]?.['deploy'] as Doc;

describe('a rendered environment as Swarm stacks', () => {
  const { infra, apps } = stacks();

  it('is the v3 stack format: a version, no project name, no key the stack loader refuses or drops', () => {
    for (const doc of [infra, apps]) {
      expect(doc['version']).toBe(stackVersion);
      expect(doc).not.toHaveProperty('name');
      for (const service of Object.values(services(doc)))
        for (const key of Object.keys(service))
          expect([key, stackKeyVerdict(key)]).toEqual([key, null]);
    }
  });

  it.each([
    ['postgres', 'stop-first', true],
    ['pgbouncer', 'start-first', true],
  ])('rolls %s out %s, pinned to the node: %s', (name, order, pinned) => {
    const deploy = deployOf(infra, name);
    expect((deploy['update_config'] as Doc)['order']).toBe(order);
    expect(deploy['placement']).toEqual(
      pinned ? { constraints: ['node.labels.wharf.node == edge-1'] } : undefined,
    );
  });

  it.each(['web-blue', 'api-blue', 'worker-blue'])(
    '%s: every task on DNS round robin, start-first, rolled back by Swarm when a task fails, anywhere',
    (name) => {
      const deploy = deployOf(apps, name);
      expect(deploy).toMatchObject({
        endpoint_mode: 'dnsrr',
        update_config: { order: 'start-first', failure_action: 'rollback', parallelism: 1 },
        rollback_config: { order: 'start-first' },
        restart_policy: { condition: 'any' },
      });
      expect(deploy).not.toHaveProperty('placement');
      // Labels on the service too: wharf reads them back whichever node the tasks run on.
      expect((deploy['labels'] as Doc)['wharf.config-hash']).toMatch(/^[0-9a-f]{16}$/);
    },
  );

  it('keeps replicas and resources under deploy', () => {
    expect(deployOf(apps, 'api-blue')['replicas']).toBe(2);
  });

  it('writes depends_on as a list', () => {
    expect(services(infra)['pgbouncer']?.['depends_on']).toEqual(['postgres']);
  });

  it('turns the bind mounts of rendered files into configs, and a file with secrets into a secret', () => {
    const pgbouncer = services(infra)['pgbouncer'] ?? {};
    expect(pgbouncer['volumes']).toBeUndefined();
    expect(pgbouncer['configs']).toEqual([
      { source: 'pgbouncer_pgbouncer.ini', target: '/etc/pgbouncer/pgbouncer.ini', mode: 0o444 },
    ]);
    expect(pgbouncer['secrets']).toEqual([
      { source: 'pgbouncer_userlist.txt', target: '/etc/pgbouncer/userlist.txt', mode: 0o444 },
    ]);
    expect((infra['configs'] as Doc)['pgbouncer_pgbouncer.ini']).toEqual({
      name: objectName(
        'wharf-shop-infra',
        'pgbouncer_pgbouncer.ini',
        'file:pgbouncer/pgbouncer.ini',
      ),
      file: './pgbouncer/pgbouncer.ini',
    });
  });

  it('names each secret by its value: a new value is a new Swarm secret', () => {
    const secret = (infra['secrets'] as Record<string, Doc>)['DATABASE_PASSWORD'] ?? {};
    expect(secret['file']).toBe('/s/secrets/shop/DATABASE_PASSWORD');
    expect(secret['name']).toBe(
      objectName('wharf-shop-infra', 'DATABASE_PASSWORD', 'secret:DATABASE_PASSWORD'),
    );
    expect(objectName('s', 'K', 'v1')).not.toBe(objectName('s', 'K', 'v2'));
    expect(objectName('s1', 'K', 'v1')).not.toBe(objectName('s2', 'K', 'v1'));
    expect(objectName('s', 'K'.repeat(100), 'v').length).toBeLessThanOrEqual(64);
  });

  it('keeps the named volume of a stateful service, which its pin keeps on one node', () => {
    expect(services(infra)['postgres']?.['volumes']).toEqual(['pgdata:/var/lib/postgresql/data']);
  });

  it.each([
    [0, '35s'], // PostgreSQL's check: 3 s × 10 retries + a 5 s timeout
    [60_000, '60s'],
  ])(
    'watches each updated task at least the health-check window (verify %i ms)',
    (verify, monitor) => {
      const { stack, rendered } = stacks();
      const deploy = deployOf(stack(rendered.infra, verify), 'postgres');
      expect((deploy['update_config'] as Doc)['monitor']).toBe(
        monitor === '1m0s' ? '60s' : monitor,
      );
    },
  );

  it('publishes a host port on the host (no routing mesh), and then rolls out stop-first', () => {
    // As a policy grant lets a raw block publish one.
    const { rendered } = stacks();
    const compose = composeFile(rendered.apps, () => revision, 'inst');
    const web = (compose['services'] as Record<string, Doc>)['web-blue'] ?? {};
    web['ports'] = ['9090:3000'];
    const doc = stackDocument(rendered.apps, compose, {
      node: 'edge-1',
      fileHash: () => '',
      secretHash: () => '',
      verifyMs: 0,
    });
    const published = services(doc)['web-blue'] ?? {};
    expect(published['ports']).toEqual([
      { target: 3000, published: 9090, protocol: 'tcp', mode: 'host' },
    ]);
    expect(((published['deploy'] as Doc)['update_config'] as Doc)['order']).toBe('stop-first');
  });

  it('says where each service runs and how its tasks are replaced, for the plan', () => {
    const { rendered } = stacks();
    expect([
      ...stackPlacement(rendered.infra, 'edge-1'),
      ...stackPlacement(rendered.apps, 'edge-1'),
    ]).toEqual([
      'postgres: 1 task(s) pinned to node edge-1, stop-first',
      'pgbouncer: 1 task(s) pinned to node edge-1, start-first',
      'rabbitmq: 1 task(s) pinned to node edge-1, stop-first',
      'web-blue: 1 task(s) on any node, start-first',
      'api-blue: 2 task(s) on any node, start-first',
      'worker-blue: 1 task(s) on any node, start-first',
    ]);
  });

  it('goes back to configs and secrets by name, never made again from files', () => {
    const back = rollbackDocument(infra);
    for (const kind of ['configs', 'secrets'])
      for (const [key, value] of Object.entries(back[kind] as Record<string, Doc>))
        expect(value).toEqual({
          name: ((infra[kind] as Record<string, Doc>)[key] ?? {})['name'],
          external: true,
        });
    expect(back['services']).toEqual(infra['services']);
  });
});

describe('a job of a Swarm environment as a stack of its own', () => {
  const { rendered } = stacks({
    jobs: { migrate: { service: 'api', command: ['node', 'migrate.js'], phase: 'before-cutover' } },
  });
  const apps = rendered.apps;
  const compose = composeFile(apps, () => revision, 'inst');
  const options = {
    node: 'edge-1',
    fileHash: (path: string) => `file:${path}`,
    secretHash: (name: string) => `secret:${name}`,
    verifyMs: 2000,
  };
  const job = apps.jobs?.[0];
  if (!job) throw new Error('the fixture renders a job');
  const doc = jobStackDocument(apps, compose, job, 'wharf-shop-job-migrate', options);
  const service = services(doc)[jobStackService] ?? {};

  it('is not a service of the apps’ stack', () => {
    expect(Object.keys(services(stackDocument(apps, compose, options)))).toEqual([
      'web-blue',
      'api-blue',
      'worker-blue',
    ]);
  });

  it('runs once to completion in its app’s image, with its command, never restarted', () => {
    expect(Object.keys(services(doc))).toEqual([jobStackService]);
    expect(service['image']).toBe('ghcr.io/jupiter/api:2.3.1');
    expect(service['command']).toEqual(['node', 'migrate.js']);
    const { labels, ...deploy } = service['deploy'] as Doc;
    expect(deploy).toEqual({
      mode: 'replicated-job',
      replicas: 1,
      restart_policy: { condition: 'none' },
    });
    expect(labels).toMatchObject({ 'wharf.role': 'job', 'wharf.job': 'migrate' });
    for (const key of Object.keys(service))
      expect([key, stackKeyVerdict(key)]).toEqual([key, null]);
    expect(service).not.toHaveProperty('profiles');
    expect(service).not.toHaveProperty('healthcheck');
  });

  it('has the app’s secrets as objects of its own stack, gone with it', () => {
    expect(service['secrets']).toEqual(services(stacks().apps)['api-blue']?.['secrets']);
    const secrets = doc['secrets'] as Record<string, Doc>;
    expect(secrets['DATABASE_PASSWORD']?.['name']).toBe(
      objectName('wharf-shop-job-migrate', 'DATABASE_PASSWORD', 'secret:DATABASE_PASSWORD'),
    );
  });
});
