import { stringify } from 'yaml';
import type { Environment } from '../manifest.js';
import type { RenderedFile } from './types.js';

/** Where Prometheus reaches wharf's own /metrics: the host, from inside the container. */
export const wharfScrapeHost = 'host.docker.internal';

/**
 * Prometheus' configuration: itself, RabbitMQ's built-in endpoint, the exporters for
 * PostgreSQL and the edge's Nginx, and wharf on the host (when it serves metrics there).
 */
export function prometheusFiles(
  env: Environment,
  ruleFiles: readonly string[],
  wharfMetricsPort?: number,
): RenderedFile[] {
  const prometheus = env.monitoring?.prometheus;
  if (!prometheus) return [];
  const job = (name: string, target: string) => ({
    job_name: name,
    static_configs: [{ targets: [target] }],
  });
  const scrape = [job('prometheus', 'localhost:9090'), job('nginx', 'nginx-exporter:9113')];
  if (env.rabbitmq) scrape.push(job('rabbitmq', 'rabbitmq:15692'));
  if (env.postgres) scrape.push(job('postgres', 'postgres-exporter:9187'));
  if (wharfMetricsPort) scrape.push(job('wharf', `${wharfScrapeHost}:${wharfMetricsPort}`));
  const config = {
    global: { scrape_interval: prometheus.scrapeInterval },
    rule_files: ruleFiles.map((_, i) => `/etc/prometheus/rules/${i}.yaml`),
    scrape_configs: scrape,
  };
  return [
    {
      path: 'prometheus/prometheus.yml',
      content: `# Rendered by wharf.\n${stringify(config)}`,
      containsSecrets: false,
    },
  ];
}

/** Grafana's provisioning: the Prometheus data source and the dashboards from the repository. */
export function grafanaFiles(
  env: Environment,
  dashboards: readonly { path: string; content: string }[],
): RenderedFile[] {
  const files: RenderedFile[] = [];
  if (env.monitoring?.prometheus) {
    const datasources = {
      apiVersion: 1,
      datasources: [
        {
          name: 'Prometheus',
          type: 'prometheus',
          access: 'proxy',
          url: 'http://prometheus:9090',
          isDefault: true,
        },
      ],
    };
    files.push({
      path: 'grafana/provisioning/datasources/wharf.yaml',
      content: stringify(datasources),
      containsSecrets: false,
    });
  }
  const providers = {
    apiVersion: 1,
    providers: [
      {
        name: 'wharf',
        type: 'file',
        options: { path: '/etc/grafana/provisioning/dashboards/files' },
      },
    ],
  };
  files.push({
    path: 'grafana/provisioning/dashboards/wharf.yaml',
    content: stringify(providers),
    containsSecrets: false,
  });
  for (const [i, dashboard] of dashboards.entries()) {
    files.push({
      path: `grafana/provisioning/dashboards/files/${i}-${dashboard.path.split('/').pop() ?? 'dashboard.json'}`,
      content: dashboard.content,
      containsSecrets: false,
    });
  }
  return files;
}
