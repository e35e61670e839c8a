import { stringify } from 'yaml';
import type { Environment } from '../manifest.js';
import type { RenderedFile } from './types.js';

/** Prometheus' configuration: itself, and the exporters the environment runs. */
export function prometheusFiles(env: Environment, ruleFiles: readonly string[]): RenderedFile[] {
  const prometheus = env.monitoring?.prometheus ?? {};
  const scrape = [{ job_name: 'prometheus', static_configs: [{ targets: ['localhost:9090'] }] }];
  if (env.rabbitmq)
    scrape.push({ job_name: 'rabbitmq', static_configs: [{ targets: ['rabbitmq:15692'] }] });
  const config = {
    global: { scrape_interval: prometheus.scrapeInterval ?? '15s' },
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
