import { durationMs } from '../duration.js';
import { inPlaceSite } from '../edge/site-text.js';
import type { ColourRecord } from '../live.js';
import { needsWork } from '../plan/types.js';
import type { Colour } from '../render/names.js';
import { planKey } from '../plan/plan.js';
import { newAppliedRecord } from './applied-record.js';
import { jobsStep } from './blue-green.js';
import type { DeployInput, DeployStep } from './types.js';

/**
 * The apps' steps in place, in the live colour: strategy `recreate`, or a blue-green
 * environment with only drift to repair. Then the edge, and the record: the colour kept
 * warm stays warm, until the time it already had.
 */
export function decideRecreate(input: DeployInput, waitSeconds: number): DeployStep[] {
  const rendered = input.live;
  const env = rendered.environment;
  const colour = rendered.colour;
  const work = input.plan.services.filter(needsWork);
  const appWork = work.filter((s) => s.role === 'stateless');
  const changing = appWork.map(planKey);
  // In place there is no second colour: `before-cutover` runs before the apps are replaced.
  const steps: DeployStep[] = [...jobsStep(input, rendered.apps, 'before-cutover', changing)];
  if (appWork.length > 0)
    steps.push({ kind: 'apply-in-place', project: rendered.apps, services: appWork, waitSeconds });
  steps.push({ kind: 'edge-start' }, { kind: 'edge-attach', network: rendered.network });
  const site = inPlaceSite(input.applied, rendered);
  if (input.siteNow !== site)
    steps.push({
      kind: 'edge-site',
      text: site,
      routing: `routing ${rendered.edge.hosts.join(', ')}: ${[...rendered.edge.apps, ...rendered.edge.infra].map((r) => `${r.path} -> ${r.service}`).join(', ')}`,
    });
  // Recreated containers have new addresses: new workers start with an empty DNS cache.
  else if (work.some((s) => s.action !== 'remove')) steps.push({ kind: 'edge-reload' });

  const applied = input.applied;
  const warm = applied?.warm && applied.warm.colour !== colour ? applied.warm : null;
  const others: Partial<Record<Colour, ColourRecord>> = {};
  const warmRecord = warm ? applied?.colours[warm.colour] : undefined;
  if (warm && warmRecord) others[warm.colour] = warmRecord;
  const keepMs = durationMs(input.settings.keepPrevious);
  steps.push(
    {
      kind: 'write-applied',
      applied: {
        record: newAppliedRecord(applied, input.plan, rendered, colour, others, warm, keepMs),
        warmFor: null,
      },
    },
    ...jobsStep(input, rendered.apps, 'after-cutover', changing),
    {
      kind: 'record',
      result: 'success',
      message: `${env} now runs ${rendered.revision.slice(0, 12)}`,
    },
  );
  return steps;
}
