import type { Environment } from '../core/manifest.js';
import { stackKeyVerdict } from '../core/swarm/stack-format.js';
import type { Finding } from './finding.js';

const verdictWords = {
  forbidden: 'is refused by `docker stack deploy`',
  ignored: 'would be ignored by `docker stack deploy`',
  unknown: 'is not in the stack file format',
} as const;

/**
 * A `runtime: swarm` environment deploys as a stack: every key of its raw Compose fragment that
 * the stack format refuses, drops or does not know is refused here, where it was written, so a
 * service never runs without what its file asked for.
 */
export function swarmRules(env: Environment, file: string): Finding[] {
  if (env.runtime !== 'swarm') return [];
  const findings: Finding[] = [];
  for (const [service, keys] of Object.entries(env.compose?.services ?? {})) {
    for (const [key, value] of Object.entries(keys ?? {})) {
      const segments = ['compose', 'services', service, key];
      const verdict = stackKeyVerdict(key);
      if (verdict) {
        findings.push({
          file,
          segments,
          at: 'key',
          rule: `stack-key-${verdict.kind}`,
          message: `\`${key}\` ${verdictWords[verdict.kind]} (runtime: swarm): ${verdict.instead}`,
        });
      } else if (key === 'depends_on' && value !== null && !Array.isArray(value)) {
        findings.push({
          file,
          segments,
          rule: 'stack-depends-on-conditions',
          message:
            '`depends_on` with conditions would be ignored by `docker stack deploy` (runtime: swarm): write it as a list of service names; wharf deploys stateful services before apps itself',
        });
      }
    }
  }
  return findings;
}
