import { nextStep, startSwap, terminal, type SwapState } from '../core/bluegreen/machine.js';
import { durationMs } from '../core/duration.js';
import { WharfError } from '../core/errors.js';
import type { AppliedRecord, ColourRecord, LiveContainer } from '../core/live.js';
import { previewHost } from '../core/edge/render-site.js';
import type { Colour } from '../core/render/names.js';
import type { EdgeRoute, RenderedEnvironment } from '../core/render/types.js';
import { revisionFor, upServices, writeProject } from './apply-project.js';
import { colourTarget, containersOf, observeColour, workerServices } from './colours.js';
import type { DeployDeps } from './deps.js';
import { logTails, messageOf } from './describe-failure.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';
import { newAppliedRecord } from './applied-record.js';
import { siteText, swapSite, switchSite } from './site.js';

export interface SwapOutcome {
  readonly result: 'success' | 'failed' | 'rolled-back';
  readonly reason?: string;
  readonly applied?: AppliedRecord;
}

/**
 * Deploys the stateless services blue-green: the idle colour starts at the new revision, is
 * probed through the edge's preview route, takes the live route, and is watched for `verify`.
 * A failure before the cutover leaves the live colour untouched; after it, traffic goes back.
 */
export async function blueGreenSwap(
  deps: DeployDeps,
  prepared: Prepared,
  candidate: Colour,
  onProgress: ProgressListener,
): Promise<SwapOutcome> {
  const env = prepared.rendered.environment;
  const settings = prepared.loaded.environment.deploy;
  const healthMs = durationMs(settings.healthTimeout);
  const verifyMs = durationMs(settings.verify);
  const keepMs = durationMs(settings.keepPrevious);
  const active = prepared.active;
  const rendered: RenderedEnvironment = prepared.renderFor(candidate);
  const { hosts, infra: infraRoutes } = rendered.edge;
  const candidateRoutes = rendered.edge.apps;
  const activeRoutes: readonly EdgeRoute[] = active
    ? (prepared.applied?.colours[active]?.routes ?? prepared.renderFor(active).edge.apps)
    : [];
  const activeTarget = active ? colourTarget(deps, env, active) : null;
  const activeWorkers = active
    ? workerServices(containersOf(prepared.live, active), activeRoutes)
    : [];
  let activeWorkersStopped = false;
  const say = (message: string): void => onProgress({ environment: env, step: 'apps', message });
  const site = (
    live: Colour | null,
    colours: Partial<Record<Colour, readonly EdgeRoute[]>>,
  ): Promise<void> =>
    deps.edge.applySite(env, siteText({ environment: env, hosts, infraRoutes, live, colours }));
  const liveColours = (): Partial<Record<Colour, readonly EdgeRoute[]>> =>
    active ? { [active]: activeRoutes } : {};
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
    for (const route of candidateRoutes) {
      const host = listener === 'preview' ? previewHost(env, candidate) : (hosts[0] ?? '');
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

  async function perform(state: SwapState): Promise<void> {
    switch (state.phase) {
      case 'start-candidate': {
        const leftovers = containersOf(prepared.live, candidate);
        if (leftovers.length > 0) {
          // The warm colour's slot is taken: an instant rollback to it is no longer possible.
          if (prepared.applied?.warm?.colour === candidate)
            await deps.state.writeApplied(env, { ...prepared.applied, warm: null });
          say(
            `clearing ${candidate} (${leftovers.length} container(s) of an older revision) for the new version`,
          );
          await deps.engine.removeContainers(leftovers.map((c) => c.id));
        }
        const target = await writeProject(
          deps,
          prepared,
          rendered.apps,
          revisionFor(prepared, 'all'),
        );
        await upServices(
          deps,
          target,
          {
            services: [],
            waitSeconds: Math.ceil(healthMs / 1000),
            removeOrphans: true,
            step: 'apps',
          },
          onProgress,
        );
        return;
      }
      case 'gate': {
        await deps.edge.ensureRunning();
        await deps.edge.attach(rendered.network);
        await site(active, { ...liveColours(), [candidate]: candidateRoutes });
        say(
          `probing ${candidate} through the edge's preview route: ${candidateRoutes.map((r) => r.probePath).join(', ') || '(no routed services)'}`,
        );
        await probeAll(
          'preview',
          deps.now().getTime() + healthMs,
          `through the preview route within ${Math.round(healthMs / 1000)}s`,
        );
        if (activeTarget && activeWorkers.length > 0) {
          say(
            `stopping ${active ?? ''} workers now that ${candidate} is healthy: ${activeWorkers.join(', ')}`,
          );
          await deps.compose.stop(activeTarget, activeWorkers);
          activeWorkersStopped = true;
        }
        return;
      }
      case 'cutover':
        say(`switching live traffic to ${candidate}`);
        await deps.edge.applySite(
          env,
          swapSite(rendered, candidate, active ? { colour: active, routes: activeRoutes } : null),
        );
        return;
      case 'verify': {
        say(`verifying ${candidate} through the live route for ${Math.round(verifyMs / 1000)}s`);
        const end = deps.now().getTime() + verifyMs;
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
          if (deps.now().getTime() < end)
            await deps.sleep(Math.min(1000, end - deps.now().getTime()));
        } while (deps.now().getTime() < end);
        return;
      }
      case 'finish': {
        let warm =
          active && keepMs > 0
            ? {
                colour: active,
                revision: prepared.applied?.colours[active]?.revision ?? '',
                until: new Date(deps.now().getTime() + keepMs).toISOString(),
              }
            : null;
        if (active && !warm) {
          say(`removing ${active} (keepPrevious is 0)`);
          const old = containersOf(await deps.engine.listContainers(env), active);
          await deps.engine.removeContainers(old.map((c) => c.id));
          await deps.edge.applySite(env, swapSite(rendered, candidate, null));
          warm = null;
        }
        const others: Partial<Record<Colour, ColourRecord>> = {};
        const activeRecord = active ? prepared.applied?.colours[active] : undefined;
        if (warm && active && activeRecord) others[active] = activeRecord;
        const record = newAppliedRecord(prepared, rendered, candidate, others, warm, keepMs);
        await deps.state.writeApplied(env, record);
        outcomeRecord = record;
        return;
      }
      case 'abort':
      case 'rollback': {
        say(
          state.phase === 'abort'
            ? `${candidate} failed before the cutover; removing it, ${active ?? 'nothing'} stays live`
            : `switching traffic back to ${active ?? 'nothing'} and removing ${candidate}`,
        );
        if (active) await site(active, liveColours());
        else await deps.edge.removeSite(env);
        if (activeTarget && activeWorkersStopped)
          await deps.compose.start(activeTarget, activeWorkers);
        await removeCandidate();
        return;
      }
      default:
        return;
    }
  }

  let outcomeRecord: AppliedRecord | undefined;
  let state = startSwap(active, candidate);
  while (!terminal.has(state.phase)) {
    try {
      await perform(state);
      state = nextStep(state, { type: 'done' });
    } catch (error) {
      state = nextStep(state, { type: 'failed', reason: messageOf(error) });
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
    ...(outcomeRecord ? { applied: outcomeRecord } : {}),
  };
}

/** The warm colour, when it runs exactly the revision's stateless services, healthy; else null. */
export function instantSwitchColour(prepared: Prepared): Colour | null {
  const applied = prepared.applied;
  const warm = applied?.warm;
  const active = prepared.active;
  if (!applied || !warm || !active || warm.colour === active) return null;
  const record = applied.colours[warm.colour];
  const warmContainers = containersOf(prepared.live, warm.colour);
  if (!record || !observeColour(warmContainers, record.routes).healthy) return null;
  const desired = prepared.rendered.apps.services;
  const same =
    desired.every((s) => {
      const running = warmContainers.filter((c) => c.service === s.name);
      return running.length === s.replicas && running.every((c) => c.configHash === s.configHash);
    }) && warmContainers.every((c) => desired.some((s) => s.name === c.service));
  return same ? warm.colour : null;
}

/**
 * When the revision's stateless services are exactly what the warm colour runs, switching
 * the live route back to it is the whole deploy: no container starts.
 */
export async function instantSwitch(
  deps: DeployDeps,
  prepared: Prepared,
  onProgress: ProgressListener,
): Promise<AppliedRecord | null> {
  const applied = prepared.applied;
  const warm = applied?.warm;
  if (!applied || !warm || instantSwitchColour(prepared) === null) return null;
  const env = prepared.rendered.environment;
  onProgress({
    environment: env,
    step: 'apps',
    message: `${warm.colour} already runs these services (warm since ${warm.revision.slice(0, 12)}); switching to it without starting containers`,
  });
  return switchColours(
    deps,
    env,
    applied,
    prepared.live,
    warm.colour,
    prepared.rendered.revision,
    prepared.rendered,
  );
}

/**
 * Points the live route at the warm colour and keeps the current one warm in its place:
 * the instant switch and `wharf rollback` both come to this.
 */
export async function switchColours(
  deps: DeployDeps,
  env: string,
  applied: AppliedRecord,
  live: readonly LiveContainer[],
  to: Colour,
  revision: string,
  rendered?: RenderedEnvironment,
): Promise<AppliedRecord> {
  const from = applied.colour;
  const toRecord = applied.colours[to];
  const fromRecord = applied.colours[from];
  if (!toRecord)
    throw new WharfError('no-warm-colour', `environment ${env} has no record of what ${to} runs`);
  const hosts = rendered?.edge.hosts ?? applied.hosts;
  const infraRoutes = rendered?.edge.infra ?? applied.infraRoutes;
  await deps.edge.ensureRunning();
  await deps.edge.applySite(env, switchSite(env, applied, to, rendered));
  const toWorkers = workerServices(containersOf(live, to), toRecord.routes);
  const fromWorkers = fromRecord ? workerServices(containersOf(live, from), fromRecord.routes) : [];
  if (toWorkers.length > 0) await deps.compose.start(colourTarget(deps, env, to), toWorkers);
  if (fromWorkers.length > 0) await deps.compose.stop(colourTarget(deps, env, from), fromWorkers);
  const keepMs = applied.keepPreviousMs;
  const infraServices = Object.fromEntries(
    Object.entries(applied.services).filter(([key]) => !key.startsWith('app/')),
  );
  const next: AppliedRecord = {
    ...applied,
    revision,
    colour: to,
    services: { ...infraServices, ...toRecord.services },
    hosts,
    infraRoutes,
    warm: fromRecord
      ? {
          colour: from,
          revision: fromRecord.revision,
          until: new Date(deps.now().getTime() + keepMs).toISOString(),
        }
      : null,
  };
  await deps.state.writeApplied(env, next);
  return next;
}
