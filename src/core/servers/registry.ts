import type { Environment } from '../manifest.js';
import { grafana } from './grafana.js';
import { nginxExporter } from './nginx-exporter.js';
import { pgbouncer } from './pgbouncer.js';
import { postgresExporter } from './postgres-exporter.js';
import { postgres } from './postgres.js';
import { prometheus } from './prometheus.js';
import { rabbitmq } from './rabbitmq.js';
import type { StatefulServer } from './stateful-server.js';

/**
 * Every stateful server wharf renders, in the order of the infra project's Compose file (its
 * services, files and volumes): another order would change every environment's file.
 */
export const statefulServers: readonly StatefulServer[] = [
  postgres,
  pgbouncer,
  rabbitmq,
  prometheus,
  nginxExporter,
  postgresExporter,
  grafana,
];

/** The names of the servers: no app service may take one. */
export const statefulServerNames: readonly string[] = statefulServers.map((s) => s.name);

export function serverNamed(name: string): StatefulServer | undefined {
  return statefulServers.find((s) => s.name === name);
}

/** The servers the environment runs, in registry order. */
export function runningServers(env: Environment): StatefulServer[] {
  return statefulServers.filter((s) => s.enabled(env));
}
