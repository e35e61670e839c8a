import { appliedAt } from '../core/deploy/applied-record.js';
import { decideSwitch, type ColourSwitch } from '../core/deploy/switch-colours.js';
import type { AppliedRecord, LiveContainer } from '../core/live.js';
import type { Colour } from '../core/render/names.js';
import { colourTarget } from './colour-target.js';
import type { DeployDeps } from './deps.js';

/** Performs a decided switch of the live route to the warm colour; no container of it starts. */
export async function performSwitch(
  deps: DeployDeps,
  env: string,
  decided: ColourSwitch,
): Promise<AppliedRecord> {
  await deps.edge.ensureRunning();
  await deps.edge.applySite(env, decided.site);
  if (decided.startWorkers.length > 0)
    await deps.compose.start(colourTarget(deps, env, decided.to), decided.startWorkers);
  if (decided.stopWorkers.length > 0)
    await deps.compose.stop(colourTarget(deps, env, decided.from), decided.stopWorkers);
  const next = appliedAt(decided.applied, deps.now());
  await deps.state.writeApplied(env, next);
  return next;
}

/** `wharf rollback`: the live route back to the warm colour, the current one warm instead. */
export function switchColours(
  deps: DeployDeps,
  env: string,
  applied: AppliedRecord,
  live: readonly LiveContainer[],
  to: Colour,
  revision: string,
): Promise<AppliedRecord> {
  return performSwitch(deps, env, decideSwitch(env, applied, live, to, revision));
}
