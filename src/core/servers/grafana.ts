import type { Environment, Grafana } from '../manifest.js';
import { grafanaFiles } from './grafana-files.js';
import { completeNeeds } from './monitoring-rules.js';
import { prometheusPort } from './prometheus-files.js';
import { prometheus } from './prometheus.js';
import { defineServer } from './stateful-server.js';

function dataVolume(grafana: Grafana): string {
  return grafana.volume;
}

function routePath(grafana: Grafana): string {
  return grafana.route;
}

function grafanaOf(env: Environment): Grafana | undefined {
  return env.monitoring?.grafana;
}

/** Dashboards over the environment's Prometheus, behind the edge. */
export const grafana = defineServer<Grafana>({
  name: 'grafana',
  dependable: true,
  section: grafanaOf,
  render(grafana, { environment, images, repoFiles }) {
    const withPrometheus = prometheus.enabled(environment);
    const dashboards = (grafana.dashboards ?? []).map((path) => ({
      path,
      content: repoFiles.get(path) ?? '{}',
    }));
    return {
      compose: {
        image: images(grafana.image),
        environment: {
          GF_SECURITY_ADMIN_PASSWORD__FILE: `/run/secrets/${grafana.adminPasswordSecret}`,
          GF_SERVER_DOMAIN: environment.host,
          GF_SERVER_ROOT_URL: `%(protocol)s://%(domain)s${routePath(grafana)}/`,
          GF_SERVER_SERVE_FROM_SUB_PATH: 'true',
        },
        secrets: [grafana.adminPasswordSecret],
        volumes: [
          `${dataVolume(grafana)}:/var/lib/grafana`,
          './grafana/provisioning:/etc/grafana/provisioning:ro',
        ],
      },
      files: grafanaFiles(
        withPrometheus ? `http://${prometheus.name}:${prometheusPort}` : undefined,
        dashboards,
      ),
      dependsOn: withPrometheus ? [prometheus.name] : [],
      port: 3000,
    };
  },
  volumes: (grafana) => [dataVolume(grafana)],
  route: (grafana) => ({
    path: routePath(grafana),
    owner: 'Grafana',
    segments: ['monitoring', 'grafana', 'route'],
  }),
  secrets: (env) => {
    const grafana = grafanaOf(env);
    return grafana
      ? [
          {
            name: grafana.adminPasswordSecret,
            segments: ['monitoring', 'grafana', 'adminPasswordSecret'],
          },
        ]
      : [];
  },
  files: (env) =>
    (grafanaOf(env)?.dashboards ?? []).map((path, i) => ({
      path,
      segments: ['monitoring', 'grafana', 'dashboards', i],
    })),
  findings: (env) => completeNeeds(env, 'grafana'),
});
