import type { Environment } from '../manifest.js';
import { edgeStubStatus } from '../edge/render-nginx-conf.js';
import { grafanaFiles, prometheusFiles } from './monitoring-files.js';
import { labels, names } from './names.js';
import { pgbouncerFiles } from './pgbouncer-files.js';
import { rabbitmqFiles } from './rabbitmq-files.js';
import type { RenderedFile, ServiceDraft } from './types.js';

export interface InfraRenderInput {
  readonly environment: Environment;
  readonly images: (image: string) => string;
  /** Contents of repository files the manifest references (dashboards, rule files). */
  readonly repoFiles: ReadonlyMap<string, string>;
  /** Port of wharf's metrics listener on the Docker bridge, for Prometheus to scrape; none: 0. */
  readonly wharfMetricsPort?: number;
}

export interface InfraRender {
  readonly services: ServiceDraft[];
  readonly files: RenderedFile[];
  /** Volume keys (as in the manifest) to Docker volume names. */
  readonly volumes: Record<string, string>;
}

const defaults = {
  postgresExporter: 'quay.io/prometheuscommunity/postgres-exporter:v0.15.0',
  nginxExporter: 'nginx/nginx-prometheus-exporter:1.3.0',
};

function check(
  test: string[],
  interval: string,
  startPeriod: string,
  retries = 5,
): Record<string, unknown> {
  return { test, interval, timeout: '5s', retries, start_period: startPeriod };
}

/** The stateful services of an environment: updated in place, their volumes kept. */
export function renderInfra(input: InfraRenderInput): InfraRender {
  const env = input.environment;
  const project = names.infraProject(env.name);
  const services: ServiceDraft[] = [];
  const files: RenderedFile[] = [];
  const volumes: Record<string, string> = {};

  function add(
    name: string,
    compose: Record<string, unknown>,
    extra: Partial<ServiceDraft> = {},
  ): void {
    compose['restart'] = 'unless-stopped';
    compose['labels'] = {
      [labels.managed]: 'true',
      [labels.environment]: env.name,
      [labels.service]: name,
      [labels.role]: 'stateful',
    };
    services.push({
      name,
      composeName: name,
      project,
      role: 'stateful',
      compose,
      replicas: 1,
      dependsOn: [],
      mounts: [],
      ...extra,
    });
  }
  function volume(key: string): string {
    volumes[key] = names.volume(env.name, key);
    return key;
  }

  const pg = env.postgres;
  if (pg && !pg.external) {
    const data = volume(pg.volume);
    if (pg.seed)
      files.push({
        path: 'postgres/seed.sql',
        content: input.repoFiles.get(pg.seed) ?? '',
        containsSecrets: false,
      });
    add('postgres', {
      image: input.images(pg.image),
      environment: {
        POSTGRES_DB: pg.database,
        POSTGRES_USER: pg.user,
        POSTGRES_PASSWORD_FILE: `/run/secrets/${pg.passwordSecret}`,
      },
      secrets: [pg.passwordSecret],
      volumes: [
        `${data}:/var/lib/postgresql/data`,
        // The server runs these only when it initialises an empty data volume.
        ...(pg.seed ? ['./postgres/seed.sql:/docker-entrypoint-initdb.d/seed.sql:ro'] : []),
      ],
      healthcheck: check(
        ['CMD-SHELL', `pg_isready -h 127.0.0.1 -U ${pg.user} -d ${pg.database}`],
        '3s',
        '60s',
        10,
      ),
      stop_grace_period: '60s',
    });
  }
  if (pg) {
    const bouncerFiles = pgbouncerFiles(pg, input.repoFiles);
    files.push(...bouncerFiles);
    const compose: Record<string, unknown> = {
      image: input.images(pg.pgbouncer.image),
      command: ['pgbouncer', '/etc/pgbouncer/pgbouncer.ini'],
      volumes: ['./pgbouncer:/etc/pgbouncer:ro'],
      healthcheck: check(['CMD-SHELL', 'pg_isready -h 127.0.0.1 -p 6432'], '3s', '10s'),
    };
    if (!pg.external) compose['depends_on'] = { postgres: { condition: 'service_healthy' } };
    add('pgbouncer', compose, {
      dependsOn: pg.external ? [] : ['postgres'],
      mounts: bouncerFiles.map((f) => f.path),
      port: 6432,
    });
  }

  const mq = env.rabbitmq;
  if (mq) {
    const data = volume(mq.volume);
    const mqFiles = rabbitmqFiles(mq);
    files.push(...mqFiles);
    add(
      'rabbitmq',
      {
        image: input.images(mq.image),
        // The node name, and with it the data directory's name, follows the hostname.
        hostname: 'rabbitmq',
        volumes: [
          `${data}:/var/lib/rabbitmq`,
          './rabbitmq/10-wharf.conf:/etc/rabbitmq/conf.d/10-wharf.conf:ro',
        ],
        healthcheck: check(['CMD', 'rabbitmq-diagnostics', '-q', 'ping'], '10s', '60s'),
        stop_grace_period: '60s',
      },
      { mounts: mqFiles.map((f) => f.path), port: 15672 },
    );
  }

  const prometheus = env.monitoring?.prometheus;
  if (prometheus) {
    const data = volume(prometheus.volume);
    const rules = prometheus.rules ?? [];
    const promFiles = [
      ...prometheusFiles(env, rules, input.wharfMetricsPort),
      ...rules.map((path, i) => ({
        path: `prometheus/rules/${i}.yaml`,
        content: input.repoFiles.get(path) ?? '',
        containsSecrets: false,
      })),
    ];
    files.push(...promFiles);
    add(
      'prometheus',
      {
        image: input.images(prometheus.image),
        command: [
          '--config.file=/etc/prometheus/prometheus.yml',
          '--storage.tsdb.path=/prometheus',
          `--storage.tsdb.retention.time=${prometheus.retention}`,
          '--web.enable-lifecycle',
        ],
        volumes: [`${data}:/prometheus`, './prometheus:/etc/prometheus:ro'],
        // wharf serves its metrics on the host, at the Docker bridge's address.
        ...(input.wharfMetricsPort ? { extra_hosts: ['host.docker.internal:host-gateway'] } : {}),
      },
      { mounts: promFiles.map((f) => f.path), port: 9090 },
    );
    add('nginx-exporter', {
      image: input.images(defaults.nginxExporter),
      environment: {
        // The edge serves its counters on a port only the environments' networks reach.
        SCRAPE_URI: `http://${edgeStubStatus.host}:${edgeStubStatus.port}${edgeStubStatus.path}`,
        // The edge joins this network after the stateful services start: wait for it.
        NGINX_RETRIES: '60',
      },
    });
    if (pg) exporterForPostgres(pg);
  }

  function exporterForPostgres(postgres: NonNullable<typeof pg>): void {
    const external = postgres.external;
    const server = external ? `${external.host}:${external.port}` : 'postgres:5432';
    const tls = external
      ? `sslmode=${external.sslmode}${external.caFile ? '&sslrootcert=/etc/postgres-exporter/server-ca.pem' : ''}`
      : 'sslmode=disable';
    if (external?.caFile)
      files.push({
        path: 'postgres-exporter/server-ca.pem',
        content: input.repoFiles.get(external.caFile) ?? '',
        containsSecrets: false,
      });
    add(
      'postgres-exporter',
      {
        image: input.images(defaults.postgresExporter),
        environment: {
          DATA_SOURCE_URI: `${server}/${postgres.database}?${tls}`,
          DATA_SOURCE_USER: postgres.user,
          DATA_SOURCE_PASS_FILE: `/run/secrets/${postgres.passwordSecret}`,
        },
        secrets: [postgres.passwordSecret],
        ...(external?.caFile ? { volumes: ['./postgres-exporter:/etc/postgres-exporter:ro'] } : {}),
        ...(external ? {} : { depends_on: { postgres: { condition: 'service_healthy' } } }),
      },
      {
        dependsOn: external ? [] : ['postgres'],
        mounts: external?.caFile ? ['postgres-exporter/server-ca.pem'] : [],
      },
    );
  }

  const grafana = env.monitoring?.grafana;
  if (grafana) {
    const data = volume(grafana.volume);
    const dashboards = (grafana.dashboards ?? []).map((path) => ({
      path,
      content: input.repoFiles.get(path) ?? '{}',
    }));
    const gFiles = grafanaFiles(env, dashboards);
    files.push(...gFiles);
    const route = grafana.route;
    add(
      'grafana',
      {
        image: input.images(grafana.image),
        environment: {
          GF_SECURITY_ADMIN_PASSWORD__FILE: `/run/secrets/${grafana.adminPasswordSecret}`,
          GF_SERVER_DOMAIN: env.host,
          GF_SERVER_ROOT_URL: `%(protocol)s://%(domain)s${route}/`,
          GF_SERVER_SERVE_FROM_SUB_PATH: 'true',
        },
        secrets: [grafana.adminPasswordSecret],
        volumes: [
          `${data}:/var/lib/grafana`,
          './grafana/provisioning:/etc/grafana/provisioning:ro',
        ],
      },
      {
        dependsOn: prometheus ? ['prometheus'] : [],
        mounts: gFiles.map((f) => f.path),
        port: 3000,
      },
    );
  }
  return { services, files, volumes };
}
