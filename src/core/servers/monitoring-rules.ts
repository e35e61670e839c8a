import type { Environment } from '../manifest.js';
import type { ServerFinding } from './stateful-server.js';

/** The `complete` topology is the one with Prometheus and Grafana on the host. */
export function completeNeeds(env: Environment, part: 'prometheus' | 'grafana'): ServerFinding[] {
  if (env.topology !== 'complete' || env.monitoring?.[part]) return [];
  return [
    {
      segments: env.monitoring ? ['monitoring'] : ['topology'],
      rule: 'complete-needs-monitoring',
      message: `the \`complete\` topology needs \`monitoring.${part}\``,
    },
  ];
}
