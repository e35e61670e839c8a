import { stringify } from 'yaml';
import type { Environment, Prometheus } from '../manifest.js';
import type { RenderedFile } from '../render/types.js';
import { nginxExporter } from './nginx-exporter.js';
import { postgresExporter } from './postgres-exporter.js';
import { rabbitmq } from './rabbitmq.js';
import type { StatefulServer } from './stateful-server.js';

/** Where Prometheus reaches wharf's own /metrics: the host, from inside the container. */
export const wharfScrapeHost = 'host.docker.internal';

/** The port Prometheus serves on, on the environment network. */
export const prometheusPort = 9090;

// In the order prometheus.yml has always listed them: another order would change every
// environment's configuration, and so restart its Prometheus.
const scraped: readonly StatefulServer[] = [nginxExporter, rabbitmq, postgresExporter];

/**
 * Prometheus' configuration: itself, RabbitMQ's built-in endpoint, the exporters for
 * PostgreSQL and the edge's Nginx, and wharf on the host (when it serves metrics there).
 */
export function prometheusFiles(
  env: Environment,
  prometheus: Prometheus,
  ruleFiles: readonly string[],
  wharfMetricsPort?: number,
): RenderedFile[] {
  const job = (name: string, target: string) => ({
    job_name: name,
    static_configs: [{ targets: [target] }],
  });
  const scrape = [job('prometheus', `localhost:${prometheusPort}`)];
  for (const server of scraped)
    if (server.scrape && server.enabled(env))
      scrape.push(job(server.scrape.job, `${server.name}:${server.scrape.port}`));
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
