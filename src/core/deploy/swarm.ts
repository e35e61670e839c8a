import { durationMs } from '../duration.js';
import { inPlaceSite } from '../edge/site-text.js';
import { needsWork } from '../plan/types.js';
import { labels } from '../render/names.js';
import { newAppliedRecord } from './applied-record.js';
import { jobsOf } from './blue-green.js';
import type { DeployInput, DeployStep, StackStep } from './types.js';

/**
 * The steps of a `runtime: swarm` deploy. Swarm has no colours: the apps' stack is rolled in
 * place, task by task, start-first (Swarm's own health gate), and the edge keeps resolving
 * the tasks of each service. Stateful services go first, in their own stack; then the
 * `before-cutover` jobs, the apps' stack, the edge, and the `after-cutover` jobs.
 */
export function decideSwarm(
  input: DeployInput,
  waitSeconds: number,
  secrets: readonly string[],
): DeployStep[] {
  const rendered = input.live;
  const env = rendered.environment;
  const work = input.plan.services.filter(needsWork);
  const stacks: StackStep[] = [];
  for (const project of [rendered.infra, rendered.apps]) {
    const services = work.filter((s) =>
      s.role === 'stateful' ? project === rendered.infra : project === rendered.apps,
    );
    if (services.length > 0) stacks.push({ project, services });
  }
  const site = inPlaceSite(input.applied, rendered);
  return [
    { kind: 'secrets', names: secrets, preview: input.preview },
    {
      kind: 'network',
      name: rendered.network,
      labels: { [labels.managed]: 'true', [labels.environment]: env },
      overlay: true,
    },
    {
      kind: 'swarm-rollout',
      node: input.node,
      stacks,
      network: rendered.network,
      site: input.siteNow === site && input.edgeRunning ? null : site,
      routing: `routing ${rendered.edge.hosts.join(', ')}: ${[...rendered.edge.apps, ...rendered.edge.infra].map((r) => `${r.path} -> ${r.service}`).join(', ')}`,
      siteBefore: input.siteNow,
      routes: [...rendered.edge.apps, ...rendered.edge.infra],
      liveHost: rendered.edge.hosts[0] ?? env,
      healthMs: waitSeconds * 1000,
      verifyMs: durationMs(input.settings.verify),
      jobs: {
        project: rendered.apps,
        beforeCutover: jobsOf(input, rendered.apps, 'before-cutover'),
        afterCutover: jobsOf(input, rendered.apps, 'after-cutover'),
      },
    },
    {
      kind: 'write-applied',
      applied: {
        record: {
          ...newAppliedRecord(input.applied, input.plan, rendered, rendered.colour, {}, null, 0),
          runtime: 'swarm',
        },
        warmFor: null,
      },
    },
    {
      kind: 'record',
      result: 'success',
      message: `${env} now runs ${rendered.revision.slice(0, 12)} (Swarm)`,
    },
  ];
}
