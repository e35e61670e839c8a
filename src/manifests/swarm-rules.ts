import type { Environment, EnvironmentInput } from '../core/manifest.js';
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

/**
 * What a `runtime: swarm` environment cannot have yet, refused where it is written rather
 * than deployed without: colours and what hangs on them, the deploy's maintenance page,
 * scheduled jobs and backups (both reach a container by its Compose name), and routed
 * services Swarm could not tell ready.
 */
export function swarmRuntimeRules(
  env: Environment,
  file: string,
  written: EnvironmentInput,
): Finding[] {
  if (env.runtime !== 'swarm') return [];
  const findings: Finding[] = [];
  const refuse = (segments: (string | number)[], rule: string, message: string): void => {
    findings.push({ file, segments, rule, message: `${message} (runtime: swarm)` });
  };
  const deploy = written.deploy ?? {};
  if (deploy.strategy !== undefined)
    refuse(
      ['deploy', 'strategy'],
      'swarm-strategy',
      '`deploy.strategy` is for Compose: Swarm rolls each service out task by task, start-first, gated by its health check; remove it',
    );
  if (deploy.keepPrevious !== undefined)
    refuse(
      ['deploy', 'keepPrevious'],
      'swarm-keep-previous',
      '`deploy.keepPrevious` keeps a blue-green colour warm, and a stack has no colours; remove it (a rollback deploys the previous revision again)',
    );
  if (deploy.maintenance !== undefined)
    refuse(
      ['deploy', 'maintenance'],
      'swarm-unavailable-field',
      '`deploy.maintenance` is not available yet; remove it (`wharf maintenance on` still puts the page up by hand)',
    );
  for (const [name, job] of Object.entries(written.jobs ?? {})) {
    if (job?.schedule !== undefined)
      refuse(
        ['jobs', name, 'schedule'],
        'swarm-unavailable-field',
        `job ${name}: scheduled jobs are not available yet; run it from a deploy with \`phase\`, or remove it`,
      );
    if (job?.maintenance !== undefined)
      refuse(
        ['jobs', name, 'maintenance'],
        'swarm-unavailable-field',
        `job ${name}: \`maintenance\` is not available yet; remove it (\`wharf maintenance on\` still puts the page up by hand)`,
      );
  }
  if (written.backups !== undefined)
    refuse(['backups'], 'swarm-unavailable-field', '`backups` are not available yet; remove them');
  for (const [name, service] of Object.entries(env.services)) {
    if (!service) continue;
    if (service.route !== undefined && !service.health?.command)
      refuse(
        ['services', name, ...(service.health ? ['health'] : ['route'])],
        'swarm-needs-health-command',
        `service ${name} is routed, and Swarm sends a task traffic once its container health check passes: give the check as \`health.command\`${service.health?.path ? ' instead of `health.path`' : ''} (for example [wget, -q, -O, /dev/null, "http://127.0.0.1:${String(service.port ?? 8080)}${service.health?.path ?? service.route}"]); wharf still probes the route through the edge`,
      );
  }
  return findings;
}
