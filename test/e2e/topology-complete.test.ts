import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { dockerBridgeGateway } from '../../src/adapters/docker-bridge.js';
import { startService, type RunningService } from '../../src/main.js';
import { docker, freePort, waitFor } from '../helpers/docker-cli.js';
import {
  fromInside,
  itemProcessed,
  listeningPorts,
  promQuery,
  serviceContainer,
  startJupiterSite,
  type JupiterSite,
} from '../helpers/jupiter-topology.js';

// The `complete` topology, deployed from environments/analytics.yaml (images substituted, ACME
// at pebble): everything of `minimal`, plus Prometheus scraping the edge's Nginx, RabbitMQ,
// PostgreSQL and wharf itself, with the repository's alert rules loaded, and Grafana at
// /grafana. Prometheus runs for real; Grafana's image cannot be built here, so a web server
// stands in for it and its provisioning is checked as the files Grafana would read.
const env = 'analytics';
const hostName = 'analytics.app.ar';
const grafanaPassword = 'grafana-password-for-tests';

let site: JupiterSite;
let wharf: RunningService;
let bridgeMetricsPort: number;
let deployed = '';

const get = (urlPath: string) => site.get(hostName, urlPath);

interface Target {
  labels: { job: string };
  health: 'up' | 'down' | 'unknown';
  lastError: string;
}

beforeAll(async () => {
  bridgeMetricsPort = await freePort();
  site = await startJupiterSite([env], {
    config: { server: { bind: '127.0.0.1', port: await freePort(), bridgeMetricsPort } },
    secrets: {
      [env]: {
        DATABASE_PASSWORD: 'db-password-for-tests',
        RABBITMQ_PASSWORD: 'mq-password-for-tests',
        GRAFANA_ADMIN_PASSWORD: grafanaPassword,
      },
    },
  });
  // wharf serve's HTTP side: its bridge listener is what the environment's Prometheus scrapes.
  wharf = await startService(site.host.config, { http: true, workers: false });
}, 180_000);

afterAll(async () => {
  await wharf?.stop();
  await site?.close();
});

describe('the complete topology (environments/analytics.yaml)', { timeout: 300_000 }, () => {
  it('deploys, with the exporters in the stateful project and nothing published', async () => {
    const outcome = await deployEnvironment(site.host.wired.deps, {
      environment: env,
      trigger: 'test',
    });
    expect(outcome.result).toBe('success');
    deployed = outcome.revision;
    expect(await get('/')).toMatchObject({ status: 200, body: 'jupiter web\n' });
    expect((await get('/api/health')).status).toBe(200);
    expect(await itemProcessed(site, hostName)).toBe(true);
    const running = await docker([
      'ps',
      '--filter',
      `label=wharf.environment=${env}`,
      '--format',
      '{{.Label "wharf.service"}} {{.Ports}}',
    ]);
    for (const service of ['prometheus', 'grafana', 'nginx-exporter', 'postgres-exporter'])
      expect(running).toContain(service);
    for (const line of running.split('\n')) expect(line, line).not.toMatch(/->/);
  });

  it('has Prometheus scraping Nginx, RabbitMQ, PostgreSQL and wharf, every target up', async () => {
    const jobs = ['prometheus', 'nginx', 'rabbitmq', 'postgres', 'wharf'];
    // The scrape interval is 15 s: wait for one round over every target.
    const targets = await waitFor(
      'a scrape of every target',
      async () =>
        (
          await fromInside<{ data: { activeTargets: Target[] } }>(
            env,
            'http://prometheus:9090/api/v1/targets',
          )
        ).data.activeTargets,
      (active) => active.length === jobs.length && active.every((t) => t.health !== 'unknown'),
      90_000,
    );
    // wharf's listener for them is on the Docker bridge only, not on every address.
    const bridgeListeners = [...listeningPorts()].filter((a) =>
      a.endsWith(`:${bridgeMetricsPort}`),
    );
    expect(bridgeListeners).toEqual([`${await dockerBridgeGateway()}:${bridgeMetricsPort}`]);
    const errors = JSON.stringify(targets.map((t) => [t.labels.job, t.lastError]));
    expect(Object.fromEntries(targets.map((t) => [t.labels.job, t.health])), errors).toEqual(
      Object.fromEntries(jobs.map((j) => [j, 'up'])),
    );
  });

  it('collects the series the alerts and dashboards ask for', async () => {
    const query = (expr: string) => promQuery(env, expr);
    expect(await query('pg_up == 1')).toHaveLength(1);
    expect(await query('nginx_up == 1')).toHaveLength(1);
    expect(await query('nginx_http_requests_total > 0')).toHaveLength(1);
    expect(await query('rabbitmq_queue_messages_ready')).not.toHaveLength(0);
    expect(await query('pg_stat_activity_count')).not.toHaveLength(0);
    // wharf's own metrics, scraped from the host: the environment and the revision it runs.
    const info = await waitFor(
      'wharf_environment_info after the deploy',
      () => query(`wharf_environment_info{environment="${env}",health_status="Healthy"}`),
      (result) => result.length === 1,
      40_000,
    );
    expect(info[0]?.metric['revision']).toBe(deployed);
  });

  it('loads the repository’s alert rules (jupiter’s and wharf’s)', async () => {
    const rules = await fromInside<{
      data: { groups: { name: string; rules: { name: string; health: string }[] }[] };
    }>(env, 'http://prometheus:9090/api/v1/rules');
    const loaded = rules.data.groups.flatMap((g) => g.rules);
    expect(loaded.map((r) => r.name)).toEqual(
      expect.arrayContaining(['PostgresDown', 'EdgeDown', 'QueueBacklog']),
    );
    expect(loaded.some((r) => r.name.startsWith('Wharf'))).toBe(true);
    for (const rule of loaded) expect(rule.health, rule.name).not.toBe('err');
  });

  it('routes /grafana and gives Grafana its provisioning, data source and dashboards', async () => {
    expect(await get('/grafana/')).toMatchObject({ status: 200, body: 'grafana stand-in\n' });
    const grafana = await serviceContainer(env, 'grafana');
    const inGrafana = (file: string) => docker(['exec', grafana, 'cat', file]);
    // The admin password comes from the store as a Compose secret, never in the environment.
    expect((await inGrafana('/run/secrets/GRAFANA_ADMIN_PASSWORD')).trim()).toBe(grafanaPassword);
    const inspected = JSON.parse(await docker(['inspect', grafana])) as {
      Config: { Env: string[] };
    }[];
    const grafanaEnv = inspected[0]?.Config.Env ?? [];
    expect(grafanaEnv).toEqual(
      expect.arrayContaining([
        'GF_SECURITY_ADMIN_PASSWORD__FILE=/run/secrets/GRAFANA_ADMIN_PASSWORD',
        'GF_SERVER_SERVE_FROM_SUB_PATH=true',
        `GF_SERVER_DOMAIN=${hostName}`,
        'GF_SERVER_ROOT_URL=%(protocol)s://%(domain)s/grafana/',
      ]),
    );
    expect(grafanaEnv.join('\n')).not.toContain(grafanaPassword);

    // The data source points at the Prometheus of this environment, which answers there.
    const datasources = parse(
      await inGrafana('/etc/grafana/provisioning/datasources/wharf.yaml'),
    ) as { datasources: { type: string; url: string; isDefault: boolean }[] };
    expect(datasources.datasources).toEqual([
      expect.objectContaining({
        type: 'prometheus',
        url: 'http://prometheus:9090',
        isDefault: true,
      }),
    ]);
    const build = await fromInside<{ status: string }>(
      env,
      `${datasources.datasources[0]?.url ?? ''}/api/v1/status/buildinfo`,
    );
    expect(build.status).toBe('success');

    // The dashboard provider reads the folder the repository's dashboards are mounted in.
    const providers = parse(await inGrafana('/etc/grafana/provisioning/dashboards/wharf.yaml')) as {
      providers: { type: string; options: { path: string } }[];
    };
    const folder = providers.providers[0]?.options.path ?? '';
    const listed = (await docker(['exec', grafana, 'ls', folder])).split('\n').filter(Boolean);
    expect(listed).toEqual(['0-jupiter-dashboard.json', '1-wharf-dashboard.json']);
    for (const [i, source] of ['jupiter-dashboard.json', 'wharf-dashboard.json'].entries()) {
      const mounted = await inGrafana(`${folder}/${listed[i] ?? ''}`);
      // The repository's file as it is (the helper trims what docker prints).
      expect(mounted).toBe(
        (await readFile(path.join('environments', 'monitoring', source), 'utf8')).trim(),
      );
      const dashboard = JSON.parse(mounted) as { title: string; panels: unknown[] };
      expect(dashboard.title).toBeTruthy();
      expect(dashboard.panels.length).toBeGreaterThan(0);
    }
  });
});
