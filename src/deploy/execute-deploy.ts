import type { DeployStep, JobsStep } from '../core/deploy/types.js';
import { leaseLost } from '../core/errors.js';
import { appliedAt } from '../core/deploy/applied-record.js';
import type { DeployResult } from '../ports/history-store.js';
import { applyInPlace } from './apply-project.js';
import { deployMaintenance, type DeployPage } from './deploy-maintenance.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';
import { pruneVolumes } from './prune-volumes.js';
import { checkSecrets } from './secrets.js';
import { runBlueGreen } from './strategies/blue-green.js';
import { runSwarmRollout } from './strategies/swarm.js';
import { performSwitch } from './switch-colours.js';
import { messageOf } from './describe-failure.js';
import { runJobs } from './run-jobs.js';

/** Writes the deploy's history entry; the executor says when and with what. */
export type RecordResult = (
  result: DeployResult,
  error?: string,
  retryable?: boolean,
) => Promise<void>;

export interface Executed {
  readonly result: DeployResult;
  readonly reason?: string;
}

/** The decided work: the steps in order, and the jobs to run if they fail. */
export interface Decided {
  readonly steps: readonly DeployStep[];
  readonly onFailure: JobsStep | null;
}

/**
 * Runs decided steps in order through the ports, deciding nothing: a swap that fails or is
 * rolled back ends the deploy there, recorded with its reason; a step that throws ends it too,
 * and the caller records the failure. Either way the `on-failure` jobs run first, and what
 * becomes of them changes nothing of the outcome. A maintenance page the deploy put up goes
 * down at the end, whatever the outcome.
 */
export async function executeDeploy(
  deps: DeployDeps,
  prepared: Prepared,
  decided: Decided,
  record: RecordResult,
  onProgress: ProgressListener,
  deployId: string,
): Promise<Executed> {
  const env = prepared.rendered.environment;
  const page = deployMaintenance(deps, prepared, onProgress);
  let ranOnFailure = false;
  async function onFailure(): Promise<void> {
    if (!decided.onFailure || ranOnFailure) return;
    ranOnFailure = true;
    try {
      await runJobs(deps, prepared, decided.onFailure, deployId, onProgress, () => page.up());
    } catch (error) {
      if (leaseLost(error)) throw error;
      onProgress({ environment: env, step: 'job', message: messageOf(error) });
    }
  }
  const run = { deployId, page, onFailure };
  try {
    return await performSteps(deps, prepared, decided.steps, record, onProgress, run);
  } catch (error) {
    if (!leaseLost(error)) await onFailure();
    throw error;
  } finally {
    await page.down();
  }
}

/** What the steps share of the deploy that runs them. */
interface StepsRun {
  readonly deployId: string;
  readonly page: DeployPage;
  readonly onFailure: () => Promise<void>;
}

async function performSteps(
  deps: DeployDeps,
  prepared: Prepared,
  steps: readonly DeployStep[],
  record: RecordResult,
  onProgress: ProgressListener,
  { deployId, page, onFailure }: StepsRun,
): Promise<Executed> {
  const env = prepared.rendered.environment;
  const say = (step: 'network' | 'edge' | 'apps' | 'record', message: string): void =>
    onProgress({ environment: env, step, message });
  for (const step of steps) {
    switch (step.kind) {
      case 'secrets':
        await checkSecrets(deps, prepared, step, onProgress);
        break;
      case 'maintenance-up':
        await page.up();
        break;
      case 'network':
        if (
          await deps.engine.ensureNetwork(
            step.name,
            step.labels,
            step.overlay ? { overlay: true } : {},
          )
        )
          say('network', `created ${step.overlay ? 'overlay network' : 'network'} ${step.name}`);
        break;
      case 'apply-stateful':
      case 'apply-in-place':
        await applyInPlace(
          deps,
          prepared,
          step.project,
          step.services,
          step.waitSeconds,
          onProgress,
        );
        break;
      case 'jobs':
        await runJobs(deps, prepared, step, deployId, onProgress, () => page.up());
        break;
      case 'prune-volumes':
        await pruneVolumes(deps, env, step.volumes, onProgress);
        break;
      case 'instant-switch':
        say(
          'apps',
          `${step.switch.to} already runs these services (warm since ${step.warmRevision.slice(0, 12)}); switching to it without starting containers`,
        );
        await performSwitch(deps, env, step.switch);
        break;
      case 'swarm-rollout': {
        const rollout = await runSwarmRollout(deps, prepared, step, deployId, onProgress);
        if (rollout.result === 'success') break;
        await onFailure();
        await record(rollout.result, rollout.reason, rollout.retryable);
        say('record', `${rollout.result}: every stack of ${env} is back as it was`);
        return { result: rollout.result, ...(rollout.reason ? { reason: rollout.reason } : {}) };
      }
      case 'blue-green': {
        const swap = await runBlueGreen(deps, prepared, step, deployId, onProgress, page);
        if (swap.result === 'success') break;
        await onFailure();
        await record(swap.result, swap.reason, swap.retryable);
        say('record', `${swap.result}: ${step.active ?? 'nothing'} stays live`);
        return { result: swap.result, ...(swap.reason ? { reason: swap.reason } : {}) };
      }
      case 'edge-start':
        if (await deps.edge.ensureRunning())
          say('edge', `started the edge (${deps.edgeSettings.project})`);
        break;
      case 'edge-attach':
        if (await deps.edge.attach(step.network))
          say('edge', `connected the edge to ${step.network}`);
        break;
      case 'edge-site':
        say('edge', step.routing);
        await deps.edge.applySite(env, step.text);
        break;
      case 'edge-reload':
        await deps.edge.reload();
        break;
      case 'write-applied':
        await deps.state.writeApplied(env, appliedAt(step.applied, deps.now()));
        break;
      case 'record':
        await record(step.result);
        say('record', step.message);
        return { result: step.result };
    }
  }
  throw new Error(`the steps decided for ${env} end without a record`);
}
