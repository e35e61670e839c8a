import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PolicyError, WharfError } from '../../src/core/errors.js';
import { composeDocument } from '../../src/core/render/compose-document.js';
import { renderEnvironment, type RenderInput } from '../../src/core/render/render-environment.js';
import type { RenderedService } from '../../src/core/render/types.js';
import { shopEnvironment } from '../helpers/environments.js';
import { resolved } from '../helpers/resolved.js';

const base: RenderInput = {
  environment: shopEnvironment(),
  revision: 'a'.repeat(40),
  colour: 'blue',
  stateDir: '/var/lib/wharf',
};

function service(input: RenderInput, name: string): RenderedService {
  const rendered = renderEnvironment(input);
  const found = [...rendered.infra.services, ...rendered.apps.services].find(
    (s) => s.name === name,
  );
  if (!found) throw new Error(`no service ${name}`);
  return found;
}

describe('renderEnvironment', () => {
  it('is deterministic: the same input renders the same projects and hashes', () => {
    expect(renderEnvironment(base)).toEqual(renderEnvironment(structuredClone(base)));
  });

  it('names projects, network and volumes after the environment and colour', () => {
    const r = renderEnvironment(base);
    expect(r.infra.name).toBe('wharf-shop-infra');
    expect(r.apps.name).toBe('wharf-shop-blue');
    expect(r.network).toBe('wharf-shop');
    expect(r.infra.services.map((s) => s.name)).toEqual(['postgres', 'pgbouncer', 'rabbitmq']);
    expect(r.apps.services.map((s) => s.composeName)).toEqual([
      'web-blue',
      'api-blue',
      'worker-blue',
    ]);
    expect(r.volumes).toEqual([
      { name: 'wharf-shop-pgdata', prunable: false },
      { name: 'wharf-shop-rabbitmq-data', prunable: false },
    ]);
    expect(renderEnvironment({ ...base, colour: 'green' }).apps.name).toBe('wharf-shop-green');
  });

  it('labels every container so live state can be rebuilt from Docker alone', () => {
    const r = renderEnvironment(base);
    const doc = composeDocument(r.apps, () => 'b'.repeat(40)) as {
      services: Record<string, { labels: Record<string, string> }>;
    };
    expect(doc.services['api-blue']?.labels).toEqual({
      'wharf.managed': 'true',
      'wharf.environment': 'shop',
      'wharf.service': 'api',
      'wharf.role': 'stateless',
      'wharf.colour': 'blue',
      'wharf.revision': 'b'.repeat(40),
      'wharf.config-hash': service(base, 'api').configHash,
    });
    const infra = composeDocument(r.infra, () => 'c'.repeat(40)) as {
      services: Record<string, { labels: Record<string, string> }>;
    };
    expect(infra.services['postgres']?.labels['wharf.role']).toBe('stateful');
    expect(infra.services['postgres']?.labels['wharf.colour']).toBeUndefined();
  });

  it('changes the hash of exactly the service whose image changed', () => {
    const before = renderEnvironment(base);
    const env = shopEnvironment();
    const changed = renderEnvironment({
      ...base,
      environment: resolved('Environment', {
        ...env,
        services: {
          ...env.services,
          web: { ...env.services['web'], image: 'ghcr.io/jupiter/web:1.9.0' },
        },
      }),
    });
    const hashes = (r: typeof before) =>
      Object.fromEntries(
        [...r.infra.services, ...r.apps.services].map((s) => [s.name, s.configHash]),
      );
    const a = hashes(before);
    const b = hashes(changed);
    expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual(['web']);
  });

  it('does not let the revision change any hash (unchanged containers are not recreated)', () => {
    const a = renderEnvironment(base);
    const b = renderEnvironment({ ...base, revision: 'f'.repeat(40) });
    expect(b.apps.services.map((s) => s.configHash)).toEqual(
      a.apps.services.map((s) => s.configHash),
    );
  });

  it('substitutes images from the host configuration', () => {
    const api = service(
      { ...base, imageOverrides: { 'ghcr.io/jupiter/api:2.3.1': 'wharf-test/app:2' } },
      'api',
    );
    expect(api.compose['image']).toBe('wharf-test/app:2');
  });

  it('gives app services their colour-free name only on the colour network', () => {
    const api = service(base, 'api');
    expect(api.compose['networks']).toEqual({ default: { aliases: ['api'] }, env: {} });
  });

  it('mounts secrets from the state directory and points NAME_FILE at them', () => {
    const r = renderEnvironment(base);
    const api = service(base, 'api');
    expect(api.compose['secrets']).toEqual(['DATABASE_PASSWORD']);
    expect((api.compose['environment'] as Record<string, string>)['DATABASE_PASSWORD_FILE']).toBe(
      '/run/secrets/DATABASE_PASSWORD',
    );
    expect(r.apps.topLevel['secrets']).toEqual({
      DATABASE_PASSWORD: { file: '/var/lib/wharf/secrets/shop/DATABASE_PASSWORD' },
    });
  });

  it('keeps secret values out of rendered files: PgBouncer and RabbitMQ get placeholders', () => {
    const r = renderEnvironment(base);
    const userlist = r.infra.files.find((f) => f.path === 'pgbouncer/userlist.txt');
    expect(userlist).toEqual({
      path: 'pgbouncer/userlist.txt',
      content: '"shop" "{{secret DATABASE_PASSWORD}}"\n',
      containsSecrets: true,
    });
    const ini = r.infra.files.find((f) => f.path === 'pgbouncer/pgbouncer.ini')?.content ?? '';
    expect(ini).toContain('shop = host=postgres port=5432 dbname=shop');
    expect(ini).toContain('pool_mode = transaction');
  });

  it('routes the edge to every replica by container name, probing health paths', () => {
    const r = renderEnvironment(base);
    expect(r.edge.hosts).toEqual(['shop.test']);
    expect(r.edge.apps).toEqual([
      {
        path: '/',
        service: 'web',
        upstreams: ['wharf-shop-blue-web-blue-1:3000'],
        stripPrefix: false,
        probePath: '/healthz',
      },
      {
        path: '/api',
        service: 'api',
        upstreams: ['wharf-shop-blue-api-blue-1:8080', 'wharf-shop-blue-api-blue-2:8080'],
        stripPrefix: false,
        probePath: '/api',
      },
    ]);
    expect(r.edge.infra).toEqual([
      {
        path: '/rabbitmq',
        service: 'rabbitmq',
        upstreams: ['wharf-shop-infra-rabbitmq-1:15672'],
        stripPrefix: false,
        probePath: '/rabbitmq',
      },
    ]);
  });

  it('hashes a stateless service the same in both colours, so plans compare across colours', () => {
    const blue = renderEnvironment(base).apps.services.map((s) => s.configHash);
    const green = renderEnvironment({ ...base, colour: 'green' }).apps.services.map(
      (s) => s.configHash,
    );
    expect(green).toEqual(blue);
  });

  it('renders hybrid without a local PostgreSQL, PgBouncer pointing at the managed server', () => {
    const env = shopEnvironment({
      topology: 'hybrid',
      postgres: {
        database: 'shop',
        user: 'shop',
        passwordSecret: 'DATABASE_PASSWORD',
        external: { host: 'db.managed.test', sslmode: 'verify-full' },
      },
    });
    const r = renderEnvironment({ ...base, environment: env });
    expect(r.infra.services.map((s) => s.name)).toEqual(['pgbouncer', 'rabbitmq']);
    const ini = r.infra.files.find((f) => f.path === 'pgbouncer/pgbouncer.ini')?.content ?? '';
    expect(ini).toContain('shop = host=db.managed.test port=5432 dbname=shop');
    expect(ini).toContain('server_tls_sslmode = verify-full');
    expect(ini).not.toContain('server_tls_ca_file');
    // Its exporter reads the managed server: nothing local to wait for or mount.
    const monitored = renderEnvironment({
      ...base,
      environment: resolved('Environment', { ...env, monitoring: { prometheus: {} } }),
    });
    const exporter = monitored.infra.services.find((s) => s.name === 'postgres-exporter');
    expect(exporter?.compose).not.toHaveProperty('depends_on');
    expect(exporter?.compose).not.toHaveProperty('volumes');
    expect(exporter?.compose['environment']).toMatchObject({
      DATA_SOURCE_URI: 'db.managed.test:5432/shop?sslmode=verify-full',
    });
  });

  it('trusts the managed server’s authority from the repository when caFile is given', () => {
    const env = shopEnvironment({
      topology: 'hybrid',
      postgres: {
        database: 'shop',
        user: 'shop',
        passwordSecret: 'DATABASE_PASSWORD',
        external: { host: 'db.managed.test', sslmode: 'verify-full', caFile: 'certs/db-ca.pem' },
      },
    });
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const r = renderEnvironment({
      ...base,
      environment: env,
      repoFiles: new Map([['certs/db-ca.pem', pem]]),
    });
    const ini = r.infra.files.find((f) => f.path === 'pgbouncer/pgbouncer.ini')?.content ?? '';
    expect(ini).toContain('server_tls_ca_file = /etc/pgbouncer/server-ca.pem');
    expect(r.infra.files.find((f) => f.path === 'pgbouncer/server-ca.pem')?.content).toBe(pem);
    // A new authority is a change of PgBouncer's files: it restarts with it.
    const other = renderEnvironment({
      ...base,
      environment: env,
      repoFiles: new Map([['certs/db-ca.pem', pem.replace('MIIB', 'MIIC')]]),
    });
    expect(other.infra.services.find((s) => s.name === 'pgbouncer')?.configHash).not.toBe(
      r.infra.services.find((s) => s.name === 'pgbouncer')?.configHash,
    );
  });

  it('restarts what reads a repository-encrypted secret when its ciphertext changes', () => {
    const env = shopEnvironment({
      secrets: {
        DATABASE_PASSWORD: { source: 'file', path: 'secrets/shop/db.age' },
        RABBITMQ_PASSWORD: { source: 'store' },
      },
    });
    const at = (ciphertext: string) =>
      renderEnvironment({
        ...base,
        environment: env,
        repoFiles: new Map([['secrets/shop/db.age', ciphertext]]),
      });
    const before = at('-----BEGIN AGE ENCRYPTED FILE-----\none\n');
    const after = at('-----BEGIN AGE ENCRYPTED FILE-----\ntwo\n');
    const hash = (r: ReturnType<typeof at>, name: string) =>
      [...r.infra.services, ...r.apps.services].find((s) => s.name === name)?.configHash;
    // The api mounts it; PgBouncer's user list is filled with it; web does neither.
    expect(hash(after, 'api')).not.toBe(hash(before, 'api'));
    expect(hash(after, 'pgbouncer')).not.toBe(hash(before, 'pgbouncer'));
    expect(hash(after, 'web')).toBe(hash(before, 'web'));
    expect(
      Object.keys(after.apps.services.find((s) => s.name === 'api')?.definition.files ?? {}),
    ).toEqual(['secret DATABASE_PASSWORD']);
  });

  it('renders complete with Prometheus and a provisioned Grafana under /grafana', () => {
    const env = shopEnvironment({
      topology: 'complete',
      monitoring: {
        prometheus: { rules: ['alerts.yaml'] },
        grafana: { adminPasswordSecret: 'GF', dashboards: ['board.json'] },
      },
      secrets: {
        DATABASE_PASSWORD: { source: 'store' },
        RABBITMQ_PASSWORD: { source: 'store' },
        GF: { source: 'store' },
      },
    });
    const r = renderEnvironment({
      ...base,
      environment: env,
      repoFiles: new Map([
        ['alerts.yaml', 'groups: []\n'],
        ['board.json', '{"title":"x"}'],
      ]),
    });
    expect(r.infra.services.map((s) => s.name)).toEqual([
      'postgres',
      'pgbouncer',
      'rabbitmq',
      'prometheus',
      'nginx-exporter',
      'postgres-exporter',
      'grafana',
    ]);
    const scrape = parse(
      r.infra.files.find((f) => f.path === 'prometheus/prometheus.yml')?.content ?? '',
    ) as { scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[] };
    expect(
      Object.fromEntries(
        scrape.scrape_configs.map((c) => [c.job_name, c.static_configs[0]?.targets]),
      ),
    ).toEqual({
      prometheus: ['localhost:9090'],
      nginx: ['nginx-exporter:9113'],
      rabbitmq: ['rabbitmq:15692'],
      postgres: ['postgres-exporter:9187'],
    });
    expect(
      service({ ...base, environment: env }, 'nginx-exporter').compose['environment'],
    ).toMatchObject({
      SCRAPE_URI: 'http://wharf-edge-nginx-1:8082/stub_status',
    });
    expect(service({ ...base, environment: env }, 'postgres-exporter').compose).toMatchObject({
      environment: {
        DATA_SOURCE_URI: 'postgres:5432/shop?sslmode=disable',
        DATA_SOURCE_PASS_FILE: '/run/secrets/DATABASE_PASSWORD',
      },
      secrets: ['DATABASE_PASSWORD'],
    });
    // With wharf's bridge listener, Prometheus scrapes wharf on the host too.
    const withWharf = renderEnvironment({ ...base, environment: env, wharfMetricsPort: 8788 });
    expect(
      withWharf.infra.files.find((f) => f.path === 'prometheus/prometheus.yml')?.content,
    ).toContain('host.docker.internal:8788');
    expect(
      withWharf.infra.services.find((s) => s.name === 'prometheus')?.compose['extra_hosts'],
    ).toEqual(['host.docker.internal:host-gateway']);
    expect(r.infra.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'prometheus/prometheus.yml',
        'prometheus/rules/0.yaml',
        'grafana/provisioning/datasources/wharf.yaml',
        'grafana/provisioning/dashboards/files/0-board.json',
      ]),
    );
    expect(r.edge.infra.map((route) => route.path)).toContain('/grafana');
  });

  it('merges a raw compose block and applies policy to the result', () => {
    const env = shopEnvironment({
      compose: { services: { worker: { volumes: ['/srv/exports:/exports'] } } },
    });
    expect(() => renderEnvironment({ ...base, environment: env })).toThrow(PolicyError);
    const granted = renderEnvironment({
      ...base,
      environment: env,
      policy: { hostPaths: ['/srv/exports'] },
    });
    expect(
      service({ ...base, environment: env, policy: { hostPaths: ['/srv'] } }, 'worker').compose[
        'volumes'
      ],
    ).toEqual(['/srv/exports:/exports']);
    expect(granted.apps.services.find((s) => s.name === 'worker')?.definition.volumes).toEqual([
      '/srv/exports:/exports',
    ]);
  });

  it('adds a service only the raw block defines to the stateful project', () => {
    const env = shopEnvironment({ compose: { services: { cache: { image: 'redis:7' } } } });
    const r = renderEnvironment({
      ...base,
      environment: env,
      imageOverrides: { 'redis:7': 'wharf-test/app:1' },
    });
    const cache = r.infra.services.find((s) => s.name === 'cache');
    expect(cache?.compose['image']).toBe('wharf-test/app:1');
    expect(cache?.role).toBe('stateful');
  });

  it('refuses a container name Docker could not resolve', () => {
    const long = 'a'.repeat(38);
    const { postgres: _pg, rabbitmq: _mq, ...rest } = shopEnvironment();
    const env = resolved('Environment', {
      ...rest,
      name: long,
      services: { [long]: { image: 'x:1' } },
    });
    expect(() => renderEnvironment({ ...base, environment: env })).toThrow(WharfError);
  });
});
