import { randomUUID } from 'node:crypto';
import { WharfError } from '../core/errors.js';
import { containersOf, observeColour } from '../core/bluegreen/colours.js';
import { switchColours } from './switch-colours.js';
import { converge } from './converge.js';
import type { DeployDeps } from './deps.js';
import { loggedProgress, silent, type ProgressListener } from './progress.js';
import { withEnvironmentLease } from './environment-lease.js';

export interface RollbackOutcome {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly colour: string;
}

/**
 * Switches the live route back to the warm previous colour: no container of it starts (its
 * stopped workers excepted). The revision rolled back from is recorded as rolled back, so it
 * is not deployed again automatically.
 */
export async function rollbackEnvironment(
  deps: DeployDeps,
  environment: string,
  trigger: string,
  progress: ProgressListener = silent,
): Promise<RollbackOutcome> {
  return withEnvironmentLease(deps, environment, async (deps) => {
    const id = randomUUID();
    // Its steps go to its own log too, under the id its history record carries.
    const onProgress = loggedProgress(deps.deployLog, id, deps.now, progress);
    await converge(deps, environment, onProgress);
    const applied = await deps.state.readApplied(environment);
    const warm = applied?.warm;
    const hint = `roll back to an older revision with \`wharf deploy ${environment} --revision SHA\``;
    if (!applied || !warm)
      throw new WharfError(
        'no-warm-colour',
        `environment ${environment} has no previous colour kept warm; ${hint}`,
      );
    const live = await deps.engine.listContainers(environment);
    const record = applied.colours[warm.colour];
    if (!record || !observeColour(containersOf(live, warm.colour), record.routes).healthy) {
      throw new WharfError(
        'no-warm-colour',
        `the warm colour ${warm.colour} of ${environment} is not running healthy any more; ${hint}`,
      );
    }
    const from = applied.revision;
    onProgress({
      environment,
      step: 'edge',
      message: `switching live traffic from ${applied.colour} (${from.slice(0, 12)}) to ${warm.colour} (${warm.revision.slice(0, 12)})`,
    });
    await switchColours(deps, environment, applied, live, warm.colour, warm.revision);
    onProgress({
      environment,
      step: 'record',
      message: `${environment} rolled back to ${warm.revision.slice(0, 12)} in ${warm.colour} (${trigger})`,
    });
    const now = deps.now().toISOString();
    await deps.history.record({
      id,
      environment,
      revision: from,
      startedAt: now,
      finishedAt: now,
      result: 'rolled-back',
      trigger,
      summary: { create: 0, update: 0, remove: 0, drift: 0 },
      error: `rolled back by ${trigger} to ${warm.revision.slice(0, 12)}`,
      ...(deps.worker ? { worker: deps.worker } : {}),
    });
    return { id, from, to: warm.revision, colour: warm.colour };
  });
}
