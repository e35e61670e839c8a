import { loopGuard } from '../loop-guard.js';
import { dataRisks } from '../plan/data-risks.js';
import { needsWork } from '../plan/types.js';
import { durationMs } from '../duration.js';
import { inPlaceSite } from '../edge/site-text.js';
import { labels, names } from '../render/names.js';
import { secretsIn } from '../render/secret-template.js';
import type { RenderedEnvironment } from '../render/types.js';
import { planKey } from '../plan/plan.js';
import { decideBlueGreen, jobsStep } from './blue-green.js';
import { decideRecreate } from './recreate.js';
import { decideSwarm } from './swarm.js';
import type { DeployDecision, DeployInput, DeployStep } from './types.js';

/** Every secret the rendered projects name, top-level or in a rendered file. */
export function secretsWanted(rendered: RenderedEnvironment): string[] {
  const wanted = new Set<string>();
  for (const project of [rendered.infra, rendered.apps]) {
    for (const name of Object.keys(
      (project.topLevel['secrets'] as Record<string, unknown> | undefined) ?? {},
    ))
      wanted.add(name);
    for (const file of project.files) for (const name of secretsIn(file.content)) wanted.add(name);
  }
  return [...wanted].sort();
}

/** What every deploy that changes something does first: secrets, network, stateful services. */
function commonSteps(input: DeployInput, waitSeconds: number): DeployStep[] {
  const rendered = input.live;
  const env = rendered.environment;
  const steps: DeployStep[] = [
    { kind: 'secrets', names: secretsWanted(rendered), preview: input.preview },
    {
      kind: 'network',
      name: rendered.network,
      labels: { [labels.managed]: 'true', [labels.environment]: env },
    },
  ];
  const infraWork = input.plan.services.filter((s) => needsWork(s) && s.role === 'stateful');
  if (infraWork.length > 0)
    steps.push({
      kind: 'apply-stateful',
      project: rendered.infra,
      services: infraWork,
      waitSeconds,
    });
  const inUse = new Set(rendered.volumes.map((v) => v.name));
  const prunable = input.pruneVolumes
    .map((key) => names.volume(env, key))
    .filter((name) => !inUse.has(name));
  if (prunable.length > 0) steps.push({ kind: 'prune-volumes', volumes: prunable });
  return steps;
}

/** Steps that change what serves without a cutover of their own: the page goes up before them. */
const changesInPlace = new Set<DeployStep['kind']>([
  'apply-stateful',
  'prune-volumes',
  'instant-switch',
  'apply-in-place',
]);

/**
 * `deploy.maintenance`: the page goes up before the first step that changes what serves in
 * place (a blue-green swap puts it up itself, at its cutover); the executor takes it down.
 */
function withMaintenance(steps: DeployStep[], on: boolean): DeployStep[] {
  const at = on ? steps.findIndex((s) => changesInPlace.has(s.kind)) : -1;
  if (at < 0) return steps;
  return [...steps.slice(0, at), { kind: 'maintenance-up' }, ...steps.slice(at)];
}

/**
 * What a deploy of the prepared revision does, decided before anything changes: nothing
 * (`synced`), nothing because it must not (`refused`), or the steps of its strategy in order.
 * Blue-green when stateless services change under strategy `blue-green`; in place otherwise.
 */
export function decideDeploy(input: DeployInput): DeployDecision {
  const { plan, live: rendered } = input;
  const env = rendered.environment;
  const blocked = input.retry ? null : loopGuard(input.history, rendered.revision);
  if (blocked)
    return {
      kind: 'refused',
      code: 'revision-blocked',
      message: `not deploying ${env}: ${blocked}. Push a newer commit, or run \`wharf deploy ${env} --retry\` to try it again.`,
    };
  const statelessChanged = plan.services.some(
    (s) => s.role === 'stateless' && s.action !== 'unchanged',
  );
  const swarm = input.runtime === 'swarm';
  const blueGreen = !swarm && input.settings.strategy === 'blue-green' && statelessChanged;
  // A swap always writes the site; in place, the site must be the one this revision renders.
  const siteWanted = blueGreen ? null : inPlaceSite(input.applied, rendered);
  if (plan.empty && input.siteNow === siteWanted && input.edgeRunning) return { kind: 'synced' };
  const risks = dataRisks(plan);
  if (risks.length > 0 && !input.settings.allowDataLoss)
    return {
      kind: 'refused',
      code: 'data-at-risk',
      message: `not deploying ${env}: ${risks.join('; ')}. Nothing was changed. Set deploy.allowDataLoss: true in the manifest to go ahead anyway.`,
    };
  const waitSeconds = Math.ceil(durationMs(input.settings.healthTimeout) / 1000);
  // A stack rolls out with Swarm's own gate: no colours, no page (validation refuses it).
  if (swarm)
    return {
      kind: 'steps',
      strategy: 'swarm',
      steps: decideSwarm(input, waitSeconds, secretsWanted(rendered)),
      onFailure: jobsStep(input, rendered.apps, 'on-failure', 'all')[0] ?? null,
    };
  const steps = withMaintenance(
    [
      ...commonSteps(input, waitSeconds),
      ...(blueGreen ? decideBlueGreen(input) : decideRecreate(input, waitSeconds)),
    ],
    input.settings.maintenance,
  );
  // The colour the new revision was started in (or meant to be), where its jobs run.
  const swapped = steps.find((s) => s.kind === 'blue-green' || s.kind === 'instant-switch');
  const project = swapped ? input.idle.apps : rendered.apps;
  const changing = blueGreen
    ? 'all'
    : plan.services.filter((s) => needsWork(s) && s.role === 'stateless').map(planKey);
  const [onFailure] = jobsStep(input, project, 'on-failure', changing);
  return {
    kind: 'steps',
    strategy: blueGreen ? 'blue-green' : 'in-place',
    steps,
    onFailure: onFailure ?? null,
  };
}
