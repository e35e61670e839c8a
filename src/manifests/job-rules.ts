import type { Environment } from '../core/manifest.js';
import type { Finding } from './finding.js';

/** A job runs in an app service's image: the service must exist, and the name must not clash. */
export function jobRules(env: Environment, file: string): Finding[] {
  const findings: Finding[] = [];
  const services = Object.keys(env.services);
  for (const [name, job] of Object.entries(env.jobs ?? {})) {
    if (!job) continue;
    if (!services.includes(job.service))
      findings.push({
        file,
        segments: ['jobs', name, 'service'],
        rule: 'job-service-unknown',
        message: `job \`${name}\` runs in service \`${job.service}\`, which is not an app service of this environment (app services: ${services.sort().join(', ')})`,
      });
  }
  return findings;
}
