import { stringify } from 'yaml';
import type { RenderedFile } from '../render/types.js';

/** Grafana's provisioning: the Prometheus data source and the dashboards from the repository. */
export function grafanaFiles(
  /** Where Grafana reaches Prometheus, if the environment runs one. */
  prometheusUrl: string | undefined,
  dashboards: readonly { path: string; content: string }[],
): RenderedFile[] {
  const files: RenderedFile[] = [];
  if (prometheusUrl) {
    const datasources = {
      apiVersion: 1,
      datasources: [
        {
          name: 'Prometheus',
          type: 'prometheus',
          access: 'proxy',
          url: prometheusUrl,
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
