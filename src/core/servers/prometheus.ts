import type { Prometheus } from '../manifest.js';
import { completeNeeds } from './monitoring-rules.js';
import { prometheusFiles, prometheusPort } from './prometheus-files.js';
import { defineServer } from './stateful-server.js';

function dataVolume(prometheus: Prometheus): string {
  return prometheus.volume;
}

/** The environment's metrics: the servers, the edge, and wharf itself. */
export const prometheus = defineServer<Prometheus>({
  name: 'prometheus',
  dependable: true,
  section: (env) => env.monitoring?.prometheus,
  render(prometheus, { environment, images, repoFiles, wharfMetricsPort }) {
    const rules = prometheus.rules ?? [];
    return {
      compose: {
        image: images(prometheus.image),
        command: [
          '--config.file=/etc/prometheus/prometheus.yml',
          '--storage.tsdb.path=/prometheus',
          `--storage.tsdb.retention.time=${prometheus.retention}`,
          '--web.enable-lifecycle',
        ],
        volumes: [`${dataVolume(prometheus)}:/prometheus`, './prometheus:/etc/prometheus:ro'],
        // wharf serves its metrics on the host, at the Docker bridge's address.
        ...(wharfMetricsPort ? { extra_hosts: ['host.docker.internal:host-gateway'] } : {}),
      },
      files: [
        ...prometheusFiles(environment, prometheus, rules, wharfMetricsPort),
        ...rules.map((path, i) => ({
          path: `prometheus/rules/${i}.yaml`,
          content: repoFiles.get(path) ?? '',
          containsSecrets: false,
        })),
      ],
      port: prometheusPort,
    };
  },
  volumes: (prometheus) => [dataVolume(prometheus)],
  files: (env) =>
    (env.monitoring?.prometheus?.rules ?? []).map((path, i) => ({
      path,
      segments: ['monitoring', 'prometheus', 'rules', i],
    })),
  findings: (env) => completeNeeds(env, 'prometheus'),
});
