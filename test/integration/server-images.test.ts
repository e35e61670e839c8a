import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EnvironmentInput } from '../../src/core/manifest.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { fillSecrets } from '../../src/core/render/secret-template.js';
import type { RenderedService } from '../../src/core/render/types.js';
import { docker, publishedPort, waitFor } from '../helpers/docker-cli.js';
import { testImages } from '../helpers/wharf-host.js';
import { resolved } from '../helpers/resolved.js';

// The server images of test/images/ running what wharf renders for the example `production`
// environment (minimal topology) plus the `complete` topology's Prometheus with the example
// alert rules, started with plain `docker run` on one network: the rendered commands, files,
// environment, secrets and health checks must work in them as in the public images.

const exec = promisify(execFile);
const id = randomUUID().slice(0, 8);
const prefix = `wharf-srv-${id}`;
const label = `wharf.test=server-images-${id}`;
const jupiterApp = 'ghcr.io/jupiter/app:1.0.0';
const secrets = {
  DATABASE_PASSWORD: `db-${id}`,
  RABBITMQ_PASSWORD: `mq-${id}`,
  SESSION_SECRET: `session-${id}`,
};

let dir: string;
const services = new Map<string, RenderedService>();

interface ComposeService {
  image: string;
  command?: string[];
  hostname?: string;
  environment?: Record<string, string>;
  secrets?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}

function compose(name: string): ComposeService {
  const service = services.get(name);
  if (!service) throw new Error(`wharf rendered no service ${name}`);
  return service.compose as unknown as ComposeService;
}

/** `docker run` of a rendered service: named volumes become anonymous ones, removed with it. */
async function runRendered(name: string, publish: number[] = []): Promise<void> {
  const service = compose(name);
  const args = ['run', '-d', '--name', `${prefix}-${name}`, '--label', label];
  args.push('--network', prefix, '--network-alias', name);
  if (service.hostname) args.push('--hostname', service.hostname);
  for (const [key, value] of Object.entries(service.environment ?? {}))
    args.push('-e', `${key}=${value}`);
  for (const secret of service.secrets ?? [])
    args.push('-v', `${path.join(dir, 'secrets', secret)}:/run/secrets/${secret}:ro`);
  for (const volume of service.volumes ?? []) {
    const [source = '', target = '', mode] = volume.split(':');
    if (source.startsWith('./'))
      args.push('-v', `${path.join(dir, 'infra', source)}:${target}${mode ? `:${mode}` : ''}`);
    else args.push('--mount', `type=volume,target=${target}`);
  }
  for (const port of publish) args.push('-p', `127.0.0.1::${port}`);
  await docker([...args, service.image, ...(service.command ?? [])]);
}

async function run(name: string, args: string[]): Promise<void> {
  const common = ['--name', `${prefix}-${name}`, '--label', label, '--network', prefix];
  await docker(['run', '-d', ...common, '--network-alias', name, ...args]);
}

/** Runs the service's rendered health check in its container, as Docker would. */
async function healthCheck(name: string): Promise<boolean> {
  const [kind, ...test] = compose(name).healthcheck?.test ?? [];
  const command = kind === 'CMD-SHELL' ? ['sh', '-c', test.join(' ')] : test;
  return docker(['exec', `${prefix}-${name}`, ...command]).then(
    () => true,
    () => false,
  );
}

async function port(name: string, containerPort: number): Promise<number> {
  return publishedPort(`${prefix}-${name}`, containerPort);
}

async function get(url: string, init: RequestInit = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  // Built once per machine; when nothing changed this is a check of their hashes.
  await exec(
    'bash',
    ['test/images/build.sh', 'nginx', 'postgres', 'rabbitmq', 'prometheus', 'jupiter-app'],
    { timeout: 900_000 },
  );
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-server-images-'));
  const production = parse(
    await readFile('environments/production.yaml', 'utf8'),
  ) as EnvironmentInput;
  const rules = ['monitoring/alerts.yaml', 'monitoring/wharf-alerts.yaml'];
  const environment = resolved('Environment', {
    ...production,
    services: {
      ...production.services,
      api: { ...production.services['api'], image: jupiterApp },
      worker: { ...production.services['worker'], image: jupiterApp },
    },
    monitoring: { prometheus: { scrapeInterval: '1s', rules } },
  });
  const repoFiles = new Map<string, string>();
  for (const rule of rules)
    repoFiles.set(rule, await readFile(path.join('environments', rule), 'utf8'));
  const rendered = renderEnvironment({
    environment,
    revision: 'server-images',
    colour: 'blue',
    stateDir: dir,
    imageOverrides: testImages,
    repoFiles,
  });
  for (const service of [...rendered.infra.services, ...rendered.apps.services])
    services.set(service.name, service);

  // As wharf writes them: rendered files 0644 with the secrets filled in, secrets 0600.
  for (const file of rendered.infra.files) {
    const target = path.join(dir, 'infra', file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(
      target,
      fillSecrets(file.content, (name) => secrets[name as keyof typeof secrets]),
    );
  }
  await mkdir(path.join(dir, 'secrets'));
  for (const [name, value] of Object.entries(secrets)) {
    const file = path.join(dir, 'secrets', name);
    await writeFile(file, `${value}\n`);
    await chmod(file, 0o600);
  }

  await docker(['network', 'create', '--label', label, prefix]);
  await runRendered('postgres');
  await runRendered('pgbouncer');
  await runRendered('rabbitmq', [15672, 15692]);
  await runRendered('prometheus', [9090]);
  await runRendered('api', [8080]);
  await runRendered('worker');
}, 900_000);

afterAll(async () => {
  const ids = await docker(['ps', '-aq', '--filter', `label=${label}`]);
  if (ids) await docker(['rm', '-f', '-v', ...ids.split('\n')]);
  await docker(['network', 'rm', prefix]).catch(() => undefined);
  if (dir) await rm(dir, { recursive: true, force: true });
}, 120_000);

describe('server images running what wharf renders', () => {
  it('renders the stand-in images for the public ones', () => {
    expect(compose('postgres').image).toBe('wharf-test/postgres:1');
    expect(compose('pgbouncer').image).toBe('wharf-test/postgres:1');
    expect(compose('rabbitmq').image).toBe('wharf-test/rabbitmq:1');
    expect(compose('prometheus').image).toBe('wharf-test/prometheus:1');
    expect(compose('api').image).toBe('wharf-test/jupiter-app:1');
    expect(compose('worker').command).toEqual(['node', 'dist/worker.js']);
  });

  it('passes the health checks wharf renders', async () => {
    for (const name of ['postgres', 'pgbouncer', 'rabbitmq', 'worker'])
      await waitFor(`the health check of ${name}`, () => healthCheck(name), Boolean, 90_000);
  }, 200_000);

  it('has the api healthy through PgBouncer and RabbitMQ, and the worker processing items', async () => {
    const api = `http://127.0.0.1:${await port('api', 8080)}`;
    await waitFor(
      'the api to be healthy',
      () => get(`${api}/api/health`),
      (r) => r.status === 200,
      60_000,
    );
    const created = await get(`${api}/api/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'first' }),
    });
    expect(created.status).toBe(201);
    const items = await waitFor(
      'the worker to process the item',
      async () => JSON.parse((await get(`${api}/api/items`)).body) as unknown[],
      (list) => list.some((item) => (item as { processed: boolean }).processed),
      20_000,
    );
    expect(items).toEqual([{ id: 1, name: 'first', processed: true }]);
  }, 90_000);

  it('has the api unhealthy while PgBouncer is down', async () => {
    const api = `http://127.0.0.1:${await port('api', 8080)}`;
    await docker(['stop', `${prefix}-pgbouncer`]);
    expect((await get(`${api}/api/health`)).status).toBe(503);
    await docker(['start', `${prefix}-pgbouncer`]);
    await waitFor(
      'the api to be healthy again',
      () => get(`${api}/api/health`),
      (r) => r.status === 200,
      30_000,
    );
  }, 60_000);

  it('answers RabbitMQ management under its edge route, and Prometheus metrics', async () => {
    const auth = Buffer.from(`jupiter:${secrets.RABBITMQ_PASSWORD}`).toString('base64');
    // wharf serves the management UI under its edge route (management.path_prefix).
    const management = `http://127.0.0.1:${await port('rabbitmq', 15672)}/rabbitmq`;
    const overview = await waitFor(
      'the management API',
      () => get(`${management}/api/overview`, { headers: { Authorization: `Basic ${auth}` } }),
      (r) => r.status === 200,
      60_000,
    );
    expect(JSON.parse(overview.body)).toMatchObject({ node: 'rabbit@rabbitmq' });
    const metrics = await get(`http://127.0.0.1:${await port('rabbitmq', 15692)}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('rabbitmq_connections');
  }, 90_000);

  it('has Prometheus scraping RabbitMQ, with the example alert rules loaded', async () => {
    const prometheus = `http://127.0.0.1:${await port('prometheus', 9090)}`;
    const targets = await waitFor(
      'every target to be up',
      async () => {
        const body = JSON.parse((await get(`${prometheus}/api/v1/targets`)).body) as {
          data: { activeTargets: { labels: { job: string }; health: string }[] };
        };
        return body.data.activeTargets;
      },
      // The exporters are not run here (topology-complete runs them): only these two answer.
      (list) =>
        ['prometheus', 'rabbitmq'].every((job) =>
          list.some((t) => t.labels.job === job && t.health === 'up'),
        ),
      60_000,
    );
    expect(targets.map((t) => t.labels.job).sort()).toEqual([
      'nginx',
      'postgres',
      'prometheus',
      'rabbitmq',
    ]);
    const rules = JSON.parse((await get(`${prometheus}/api/v1/rules`)).body) as {
      data: { groups: { file: string }[] };
    };
    expect(rules.data.groups.map((g) => g.file).sort()).toEqual([
      '/etc/prometheus/rules/0.yaml',
      '/etc/prometheus/rules/1.yaml',
    ]);
  }, 90_000);
});

describe('the exporter images', () => {
  it('postgres-exporter reads PostgreSQL', async () => {
    await run('postgres-exporter', [
      ...['-p', '127.0.0.1::9187', '-e', 'DATA_SOURCE_URI=postgres:5432/jupiter?sslmode=disable'],
      ...['-e', 'DATA_SOURCE_USER=jupiter', '-e', `DATA_SOURCE_PASS=${secrets.DATABASE_PASSWORD}`],
      'wharf-test/postgres-exporter:1',
    ]);
    const url = `http://127.0.0.1:${await port('postgres-exporter', 9187)}/metrics`;
    await waitFor(
      'pg_up 1',
      () => get(url),
      (r) => /^pg_up 1$/m.test(r.body),
      30_000,
    );
  }, 60_000);

  it('nginx-exporter reads the stub status of Nginx', async () => {
    const conf = path.join(dir, 'status.conf');
    await writeFile(conf, 'server { listen 8081; location = /status { stub_status; } }\n');
    await run('nginx', ['-v', `${conf}:/etc/nginx/conf.d/status.conf:ro`, 'wharf-test/nginx:1']);
    await run('nginx-exporter', [
      ...['-p', '127.0.0.1::9113', 'wharf-test/nginx-exporter:1'],
      '--nginx.scrape-uri=http://nginx:8081/status',
    ]);
    const url = `http://127.0.0.1:${await port('nginx-exporter', 9113)}/metrics`;
    await waitFor(
      'nginx_up 1',
      () => get(url),
      (r) => /^nginx_up 1$/m.test(r.body),
      30_000,
    );
  }, 60_000);
});
