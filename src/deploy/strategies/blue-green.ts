import { containersOf } from '../../core/bluegreen/colours.js';
import { nextStep, startSwap, terminal, type SwapState } from '../../core/bluegreen/machine.js';
import { appliedAt } from '../../core/deploy/applied-record.js';
import type { BlueGreenSwap } from '../../core/deploy/types.js';
import { leaseLost, WharfError } from '../../core/errors.js';
import type { LiveContainer } from '../../core/live.js';
import { revisionFor, upServices, writeProject } from '../apply-project.js';
import { colourTarget } from '../colour-target.js';
import type { DeployPage } from '../deploy-maintenance.js';
import type { DeployDeps } from '../deps.js';
import { logTails, messageOf } from '../describe-failure.js';
import type { Prepared } from '../prepare.js';
import type { ProgressListener } from '../progress.js';
import { runJobs } from '../run-jobs.js';
import type { PhaseJobs } from '../../core/jobs/job-runs.js';

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
  deployId: string,
  onProgress: ProgressListener,
  page: DeployPage,
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

  let saidMaintenance = false;

  /**
   * Every routed service once through the live route; the first that fails ends verification.
   * While the maintenance page is up the live route answers 503 by design: the candidate,
   * which has the live route's configuration, is probed through its preview route instead.
   */
  async function probeLive(): Promise<void> {
    const down = (await deps.edge.currentMaintenance(env)) !== null;
    if (down && !saidMaintenance) {
      say(`the maintenance page is up: verifying ${candidate} through its preview route`);
      saidMaintenance = true;
    }
    for (const route of swap.routes) {
      const result = down
        ? await deps.probe.probe('preview', swap.previewHost, route.probePath, 5000)
        : await deps.probe.probe('live', swap.liveHost, route.probePath, 5000);
      if (result.ok) continue;
      const logs = await logTails(
        deps,
        (await candidateContainers()).filter((c) => c.service === route.service),
      );
      throw new WharfError(
        'health-failed',
        `service ${route.service} did not answer ${route.probePath} through the ${down ? 'preview' : 'live'} route during verification (last: ${result.detail})\n${logs}`,
      );
    }
  }

  /** Until the candidate is ready; set when it starts, so starting and probing share it. */
  let readyBy = 0;

  async function clearLeftovers(): Promise<void> {
    if (swap.leftovers.length === 0) return;
    // The warm colour's slot is taken: an instant rollback to it is no longer possible.
    if (swap.forgetWarm) await deps.state.writeApplied(env, swap.forgetWarm);
    say(
      `clearing ${candidate} (${swap.leftovers.length} container(s) of an older revision) for the new version`,
    );
    await deps.engine.removeContainers(swap.leftovers);
  }

  async function readyEdge(): Promise<void> {
    await deps.edge.ensureRunning();
    await deps.edge.attach(swap.network);
  }

  /**
   * `nginx -t` of a site the swap will write next, while something else runs: the write then
   * need not check it again. A failure is left for that write to report, in its own phase.
   */
  const checkAhead = (site: string): Promise<void> =>
    deps.edge.testSite(env, site).catch(() => undefined);

  async function startCandidate(): Promise<void> {
    // Removing the older revision and resolving the new project (compose config, checked
    // against the policy) do not wait for each other; both come before anything starts.
    const [target] = await Promise.all([
      writeProject(deps, prepared, swap.project, revisionFor(prepared, 'all')),
      clearLeftovers(),
    ]);
    readyBy = deps.now().getTime() + swap.healthMs;
    // The edge is made ready while the containers start. Their preview route is written once
    // they run: Nginx resolves their names when it loads the route, and a name that does not
    // exist yet would stay unresolved until its next lookup, seconds later.
    await Promise.all([
      upServices(
        deps,
        target,
        {
          services: [],
          removeOrphans: true,
          step: 'apps',
          readyWithinSeconds: swap.healthMs / 1000,
        },
        onProgress,
      ),
      // Both sites the swap writes next are checked while the containers start.
      readyEdge().then(async () => {
        await checkAhead(sites.gate);
        await checkAhead(sites.cutover);
      }),
    ]);
    await deps.edge.applySite(env, sites.gate);
  }

  /**
   * Returns once every container of the candidate runs and has passed its health check once
   * (Docker's status, or the same check run now: Docker runs its first only after its
   * interval) and then every routed service answers its probe through the preview route.
   */
  async function waitReady(): Promise<void> {
    const passed = new Set<string>();
    let lastCheck = 0;
    let waiting = 'no container';
    /** The containers the failure report shows the logs of. */
    let blamed: readonly LiveContainer[] = [];
    for (;;) {
      const containers = await candidateContainers();
      const sick = containers.filter(
        (c) => c.state === 'exited' || c.state === 'dead' || c.health === 'unhealthy',
      );
      if (sick.length > 0)
        throw new WharfError(
          'health-failed',
          `${sick.map((c) => `${c.name} is ${c.state === 'running' ? c.health : c.state}`).join(', ')} before the cutover\n${await logTails(deps, sick)}`,
        );
      for (const c of containers)
        if (c.state === 'running' && (c.health === 'healthy' || c.health === 'none'))
          passed.add(c.id);
      const pending = containers.filter((c) => !passed.has(c.id));
      if (pending.length > 0 && deps.now().getTime() - lastCheck >= 250) {
        lastCheck = deps.now().getTime();
        const results = await Promise.all(pending.map((c) => deps.engine.checkHealth(c.id)));
        pending.forEach((c, i) => {
          if (c.state === 'running' && results[i] !== 'failed') passed.add(c.id);
        });
      }
      const unchecked = containers.filter((c) => !passed.has(c.id));
      if (containers.length > 0 && unchecked.length === 0) {
        const probes = await Promise.all(
          swap.routes.map(async (route) => ({
            route,
            result: await deps.probe.probe('preview', swap.previewHost, route.probePath, 2000),
          })),
        );
        const failing = probes.find((p) => !p.result.ok);
        if (!failing) return;
        blamed = containers.filter((c) => c.service === failing.route.service);
        waiting = `service ${failing.route.service} did not answer ${failing.route.probePath} through the preview route (last: ${failing.result.ok ? '' : failing.result.detail})`;
      } else if (containers.length > 0) {
        blamed = unchecked;
        waiting = `${unchecked.map((c) => `${c.name} (${c.state}, health ${c.health})`).join(', ')} did not pass its health check`;
      }
      if (deps.now().getTime() >= readyBy) {
        const logs = await logTails(deps, blamed);
        throw new WharfError(
          'health-failed',
          `${candidate} was not ready within ${Math.round(swap.healthMs / 1000)}s: ${waiting}\n${logs}`,
        );
      }
      await deps.sleep(100);
    }
  }

  async function gate(): Promise<void> {
    say(
      `probing ${candidate} through the edge's preview route: ${swap.routes.map((r) => r.probePath).join(', ') || '(no routed services)'}`,
    );
    await waitReady();
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
      await probeLive();
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
    // Recorded before the old colour goes: a run stopped while it goes then finds the record
    // naming the colour that serves, and removes what is left of the other.
    await deps.state.writeApplied(env, appliedAt(swap.applied, deps.now()));
    if (active && swap.removeOld) {
      say(`removing ${active} (keepPrevious is 0)`);
      const old = containersOf(await deps.engine.listContainers(env), active);
      await deps.engine.removeContainers(old.map((c) => c.id));
      if (sites.final) await deps.edge.applySite(env, sites.final);
    }
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
      case 'before-cutover-jobs':
        await runJobs(deps, prepared, jobsIn(swap.beforeCutover), deployId, onProgress, () =>
          page.up(),
        );
        // The health timeout is the new version's own time to be ready, counted once its
        // migrations are done: a long migration does not use it up.
        if (swap.beforeCutover.run.length > 0) readyBy = deps.now().getTime() + swap.healthMs;
        return;
      case 'cutover':
        if (swap.maintenanceAtCutover) await page.up();
        say(`switching live traffic to ${candidate}`);
        return deps.edge.applySite(env, sites.cutover);
      case 'after-cutover-jobs':
        return runJobs(deps, prepared, jobsIn(swap.afterCutover), deployId, onProgress, () =>
          page.up(),
        );
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

  /** A phase's jobs, in the candidate's project as the swap writes it. */
  const jobsIn = (jobs: PhaseJobs) => ({ project: swap.project, jobs, changing: 'all' as const });

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
