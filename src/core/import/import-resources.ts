import { cpuCount, wharfMemory } from './compose-sizes.js';
import { isMap, spelled, type ComposeMap } from './compose-spellings.js';
import type { ImportContext, ImportedService } from './import-context.js';
import { notePath } from './import-notes.js';

/** `deploy.replicas`, `scale`, and the limits of `deploy.resources`, `cpus` and `mem_limit`. */
export function scaleOf(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
  service: ImportedService,
  raw: Record<string, unknown>,
): void {
  const at = (...rest: string[]): string => notePath('services', composeName, ...rest);
  const deploy = isMap(definition['deploy']) ? definition['deploy'] : {};
  const replicas = deploy['replicas'] ?? definition['scale'];
  if (replicas !== undefined) {
    const n = Number(replicas);
    const where = deploy['replicas'] !== undefined ? at('deploy', 'replicas') : at('scale');
    if (Number.isInteger(n) && n >= 0) {
      service.replicas = Math.min(n, 50);
      ctx.notes.carried(
        where,
        `replicas ${service.replicas}${n > 50 ? ' (lowered to 50, the most wharf runs)' : ''}`,
      );
    } else ctx.notes.dropped(where, 'not carried: replicas must be a whole number');
  }
  const resources = isMap(deploy['resources']) ? deploy['resources'] : {};
  const limits = isMap(resources['limits']) ? resources['limits'] : {};
  const cpus = limits['cpus'] ?? definition['cpus'];
  const memory = limits['memory'] ?? definition['mem_limit'];
  const out: { cpus?: number; memory?: string } = {};
  if (cpus !== undefined) {
    const n = cpuCount(cpus);
    if (n !== undefined) out.cpus = n;
    else
      ctx.notes.dropped(
        at(limits['cpus'] !== undefined ? 'deploy.resources.limits.cpus' : 'cpus'),
        'not carried: not a number of cores from 0 to 256',
      );
  }
  if (memory !== undefined) {
    const size = wharfMemory(memory);
    const where = at(
      limits['memory'] !== undefined ? 'deploy.resources.limits.memory' : 'mem_limit',
    );
    if (size.ok) {
      out.memory = size.value;
      if (size.rounded)
        ctx.notes.carried(where, `written as ${size.value}, rounded up to whole KiB`);
    } else
      ctx.notes.dropped(where, `not carried: \`${spelled(memory)}\` is not a size wharf can read`);
  }
  if (out.cpus !== undefined || out.memory !== undefined) {
    service.resources = out;
    ctx.notes.carried(at('deploy', 'resources'), `resources ${JSON.stringify(out)}`);
  }
  if (definition['cpus'] !== undefined && limits['cpus'] !== undefined)
    ctx.notes.dropped(at('cpus'), 'not carried: deploy.resources.limits.cpus is taken');
  if (definition['mem_limit'] !== undefined && limits['memory'] !== undefined)
    ctx.notes.dropped(at('mem_limit'), 'not carried: deploy.resources.limits.memory is taken');
  const pids = limits['pids'];
  const reservations = resources['reservations'];
  const rawResources: Record<string, unknown> = {};
  if (pids !== undefined) rawResources['limits'] = { pids };
  if (isMap(reservations)) {
    const kept = Object.fromEntries(
      Object.entries(reservations).filter(([k]) => ['cpus', 'memory', 'pids'].includes(k)),
    );
    if (Object.keys(kept).length > 0) rawResources['reservations'] = kept;
    for (const k of Object.keys(reservations).filter((k) => !(k in kept)))
      ctx.notes.decide(
        at('deploy', 'resources', 'reservations', k),
        `not written: reserving \`${k}\` needs policy.${ctx.env}.privileged`,
      );
  }
  if (Object.keys(rawResources).length > 0) {
    raw['deploy'] = { resources: rawResources };
    ctx.notes.carried(
      at('deploy', 'resources'),
      `${Object.keys(rawResources).join(' and ')} written under compose.services.<name>.deploy.resources`,
    );
  }
  for (const key of Object.keys(resources).filter((k) => k !== 'limits' && k !== 'reservations'))
    ctx.notes.dropped(
      at('deploy', 'resources', key),
      'not carried: not a resource setting wharf knows',
    );
  for (const key of Object.keys(limits).filter((k) => !['cpus', 'memory', 'pids'].includes(k)))
    ctx.notes.dropped(
      at('deploy', 'resources', 'limits', key),
      'not carried: not a limit wharf knows',
    );
  deployRest(ctx, composeName, deploy);
}

const deployReasons: Readonly<Record<string, string>> = {
  restart_policy: 'wharf restarts every service it runs itself (`unless-stopped`)',
  update_config: 'wharf rolls out app services blue-green (deploy.strategy in the manifest)',
  rollback_config: 'wharf rolls back by itself when the new colour fails its health checks',
  placement: 'an environment runs on one host (its `node`)',
  mode: 'an environment runs on one host (its `node`); use replicas',
  endpoint_mode: 'the edge balances between the replicas itself',
  labels: 'labels for other tools do nothing under wharf, which sets its own',
};

/** Keys of `deploy` besides replicas and resources, each reported. */
export function deployRest(
  ctx: ImportContext,
  composeName: string,
  deploy: Readonly<Record<string, unknown>>,
): void {
  for (const key of Object.keys(deploy)) {
    if (key === 'replicas' || key === 'resources') continue;
    ctx.notes.dropped(
      notePath('services', composeName, 'deploy', key),
      `not carried: ${deployReasons[key] ?? `\`deploy.${key}\` is not on the allowlist; to keep it, grant policy.${ctx.env}.composeKeys: [deploy.${key}]`}`,
    );
  }
}
