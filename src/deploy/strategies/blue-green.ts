import { containersOf } from '../../core/bluegreen/colours.js';
import { nextStep, startSwap, terminal, type SwapState } from '../../core/bluegreen/machine.js';
import { appliedAt } from '../../core/deploy/applied-record.js';
import type { BlueGreenSwap } from '../../core/deploy/types.js';
import { leaseLost, WharfError } from '../../core/errors.js';
import type { LiveContainer } from '../../core/live.js';
import { revisionFor, upServices, writeProject } from '../apply-project.js';
import { colourTarget } from '../colour-target.js';
import type { DeployDeps } from '../deps.js';
import { logTails, messageOf } from '../describe-failure.js';
import type { Prepared } from '../prepare.js';
import type { ProgressListener } from '../progress.js';

export interface SwapOutcome {
  readonly result: 'success' | 'failed' | 'rolled-back';
  readonly reason?: string;
  /** The failure may pass by itself; recorded so, the loop guard does not hold the revision. */
  readonly retryable?: boolean;
}

/**
 * Performs a decided blue-green swap: the idle colour starts at the new revision, is probed
 * through the edge's preview route, takes the live route, and is watched for `verify`. The
 * state machine says which phase comes next; a failure before the cutover leaves the live
 * colour untouched, after it traffic goes back.
 */
export async function runBlueGreen(
  deps: DeployDeps,
  prepared: Prepared,
  swap: BlueGreenSwap,
  onProgress: ProgressListener,
): Promise<SwapOutcome> {
  const env = prepared.rendered.environment;
  const { active, candidate, sites } = swap;
  const activeTarget = active ? colourTarget(deps, env, active) : null;
  let activeWorkersStopped = false;
  const say = (message: string): void => onProgress({ environment: env, step: 'apps', message });
  const candidateContainers = async (): Promise<LiveContainer[]> =>
    containersOf(await deps.engine.listContainers(env), candidate);

  async function removeCandidate(): Promise<void> {
    const ids = (await candidateContainers()).map((c) => c.id);
    if (ids.length > 0) await deps.engine.removeContainers(ids);
  }

  async function probeAll(
    listener: 'live' | 'preview',
    deadline: number,
    what: string,
  ): Promise<void> {
    const host = listener === 'preview' ? swap.previewHost : swap.liveHost;
    for (const route of swap.routes) {
      for (;;) {
        const result = await deps.probe.probe(listener, host, route.probePath, 5000);
        if (result.ok) break;
        const last = result.detail;
        if (deps.now().getTime() >= deadline) {
          const logs = await logTails(
            deps,
            (await candidateContainers()).filter((c) => c.service === route.service),
          );
          throw new WharfError(
            'health-failed',
            `service ${route.service} did not answer ${route.probePath} ${what} (last: ${last})\n${logs}`,
          );
        }
        await deps.sleep(500);
      }
    }
  }

  async function startCandidate(): Promise<void> {
    if (swap.leftovers.length > 0) {
      // The warm colour's slot is taken: an instant rollback to it is no longer possible.
      if (swap.forgetWarm) await deps.state.writeApplied(env, swap.forgetWarm);
      say(
        `clearing ${candidate} (${swap.leftovers.length} container(s) of an older revision) for the new version`,
      );
      await deps.engine.removeContainers(swap.leftovers);
    }
    const target = await writeProject(deps, prepared, swap.project, revisionFor(prepared, 'all'));
    await upServices(
      deps,
      target,
      {
        services: [],
        waitSeconds: Math.ceil(swap.healthMs / 1000),
        removeOrphans: true,
        step: 'apps',
      },
      onProgress,
    );
  }

  async function gate(): Promise<void> {
    await deps.edge.ensureRunning();
    await deps.edge.attach(swap.network);
    await deps.edge.applySite(env, sites.gate);
    say(
      `probing ${candidate} through the edge's preview route: ${swap.routes.map((r) => r.probePath).join(', ') || '(no routed services)'}`,
    );
    await probeAll(
      'preview',
      deps.now().getTime() + swap.healthMs,
      `through the preview route within ${Math.round(swap.healthMs / 1000)}s`,
    );
    if (activeTarget && swap.activeWorkers.length > 0) {
      say(
        `stopping ${active ?? ''} workers now that ${candidate} is healthy: ${swap.activeWorkers.join(', ')}`,
      );
      await deps.compose.stop(activeTarget, swap.activeWorkers);
      activeWorkersStopped = true;
    }
  }

  async function verify(): Promise<void> {
    say(`verifying ${candidate} through the live route for ${Math.round(swap.verifyMs / 1000)}s`);
    const end = deps.now().getTime() + swap.verifyMs;
    do {
      await probeAll('live', 0, 'through the live route during verification');
      const sick = (await candidateContainers()).filter(
        (c) => c.state !== 'running' || c.health === 'unhealthy',
      );
      if (sick.length > 0) {
        throw new WharfError(
          'health-failed',
          `${sick.map((c) => `${c.name} is ${c.state === 'running' ? c.health : c.state}`).join(', ')} during verification\n${await logTails(deps, sick)}`,
        );
      }
      if (deps.now().getTime() < end) await deps.sleep(Math.min(1000, end - deps.now().getTime()));
    } while (deps.now().getTime() < end);
  }

  async function finish(): Promise<void> {
    if (active && swap.removeOld) {
      say(`removing ${active} (keepPrevious is 0)`);
      const old = containersOf(await deps.engine.listContainers(env), active);
      await deps.engine.removeContainers(old.map((c) => c.id));
      if (sites.final) await deps.edge.applySite(env, sites.final);
    }
    await deps.state.writeApplied(env, appliedAt(swap.applied, deps.now()));
  }

  async function undo(phase: 'abort' | 'rollback'): Promise<void> {
    say(
      phase === 'abort'
        ? `${candidate} failed before the cutover; removing it, ${active ?? 'nothing'} stays live`
        : `switching traffic back to ${active ?? 'nothing'} and removing ${candidate}`,
    );
    if (sites.back !== null) await deps.edge.applySite(env, sites.back);
    else await deps.edge.removeSite(env);
    if (activeTarget && activeWorkersStopped)
      await deps.compose.start(activeTarget, swap.activeWorkers);
    await removeCandidate();
  }

  async function perform(state: SwapState): Promise<void> {
    switch (state.phase) {
      case 'start-candidate':
        return startCandidate();
      case 'gate':
        return gate();
      case 'cutover':
        say(`switching live traffic to ${candidate}`);
        return deps.edge.applySite(env, sites.cutover);
      case 'verify':
        return verify();
      case 'finish':
        return finish();
      case 'abort':
      case 'rollback':
        return undo(state.phase);
      default:
        return;
    }
  }

  let state = startSwap(active, candidate);
  while (!terminal.has(state.phase)) {
    try {
      await perform(state);
      state = nextStep(state, { type: 'done' });
    } catch (error) {
      if (leaseLost(error)) throw error;
      state = nextStep(state, {
        type: 'failed',
        reason: messageOf(error),
        retryable: error instanceof WharfError && error.retryable,
      });
    }
  }
  const result =
    state.phase === 'succeeded'
      ? 'success'
      : state.phase === 'rolled-back'
        ? 'rolled-back'
        : 'failed';
  return {
    result,
    ...(state.reason ? { reason: state.reason } : {}),
    ...(result !== 'success' && state.retryable ? { retryable: true } : {}),
  };
}
