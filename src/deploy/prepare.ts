import { liveColourOf } from '../core/edge/render-site.js';
import type { AppliedRecord, LiveContainer } from '../core/live.js';
import { plan as makePlan } from '../core/plan/plan.js';
import type { Plan } from '../core/plan/types.js';
import { names, otherColour, type Colour } from '../core/render/names.js';
import { renderEnvironment } from '../core/render/render-environment.js';
import type { RenderedEnvironment } from '../core/render/types.js';
import { stableJson } from '../core/stable-json.js';
import type { DeployDeps } from './deps.js';
import { followedBranch, loadRevision, type LoadedRevision } from './load-revision.js';
import type { ProgressListener } from './progress.js';
import { swarmLive } from './swarm-live.js';

export interface Prepared {
  readonly loaded: LoadedRevision;
  /** Rendered for the colour that is live now (blue before the first deploy). */
  readonly rendered: RenderedEnvironment;
  readonly plan: Plan;
  readonly live: readonly LiveContainer[];
  readonly applied: AppliedRecord | null;
  /** The colour taking traffic now, if any does. */
  readonly active: Colour | null;
  readonly siteNow: string | null;
  /** The same revision rendered for another colour (the idle one, for blue-green). */
  readonly renderFor: (colour: Colour) => RenderedEnvironment;
}

/** The live colour: what the edge routes to, else what the last deploy recorded, else what runs. */
export function activeColour(
  siteNow: string | null,
  applied: AppliedRecord | null,
  live: readonly LiveContainer[],
): Colour | null {
  return (
    liveColourOf(siteNow) ??
    applied?.colour ??
    live.find((c) => c.role === 'stateless' && c.colour)?.colour ??
    null
  );
}

export function idleColour(active: Colour | null): Colour {
  return active ? otherColour(active) : 'blue';
}

/**
 * Fetches, validates, renders and plans one environment at a revision, touching nothing:
 * the shared first half of `wharf plan` and `wharf deploy`.
 */
export async function prepare(
  deps: DeployDeps,
  environment: string,
  ref: string | undefined,
  onProgress: ProgressListener,
  options: {
    readonly fetched?: boolean;
    /** The environment's containers, when a resync has just listed every environment's. */
    readonly live?: readonly LiveContainer[];
    /** Its applied record and edge site, when the caller has just read them. */
    readonly read?: { readonly applied: AppliedRecord | null; readonly siteNow: string | null };
  } = {},
): Promise<Prepared> {
  // A caller that has just fetched (a queue job) need not fetch again.
  if (!options.fetched) {
    onProgress({ environment, step: 'fetch', message: 'fetching the environments repository' });
    await deps.git.fetch();
  }
  const target = ref ?? (await followedBranch(deps.git, environment));
  const revision = await deps.git.resolve(target);
  onProgress({
    environment,
    step: 'validate',
    message: `validating revision ${revision.slice(0, 12)}${ref ? '' : ` (head of ${target})`}`,
  });
  const loaded = await loadRevision(deps.git, revision, environment);

  const swarm = loaded.environment.runtime === 'swarm';
  const [live, applied, siteNow] = await Promise.all([
    // A stack's tasks run on any node: the manager's list of them, never the host's containers.
    swarm
      ? swarmLive(deps, environment)
      : (options.live ?? deps.engine.listContainers(environment)),
    options.read ? options.read.applied : deps.state.readApplied(environment),
    options.read ? options.read.siteNow : deps.edge.currentSite(environment),
  ]);
  const active = activeColour(siteNow, applied, live);
  // A render depends on the commit and on these alone (a preview's manifest also on the
  // default branch's settings): the snapshot keeps it for the job's later steps (the deploy
  // after its dry run) and the next jobs at the same commit.
  const renderKey = (colour: Colour): string =>
    stableJson({
      manifest: loaded.environment,
      colour,
      policy: loaded.policy ?? null,
      stateDir: deps.state.root,
      images: deps.imageOverrides,
      metrics: deps.wharfMetricsPort ?? null,
    });
  const renderFor = (colour: Colour): RenderedEnvironment =>
    loaded.snapshot.rendered(renderKey(colour), () =>
      renderEnvironment({
        environment: loaded.environment,
        revision,
        colour,
        stateDir: deps.state.root,
        imageOverrides: deps.imageOverrides,
        ...(loaded.policy ? { policy: loaded.policy } : {}),
        repoFiles: loaded.repoFiles,
        ...(deps.wharfMetricsPort ? { wharfMetricsPort: deps.wharfMetricsPort } : {}),
      }),
    );
  const rendered = renderFor(active ?? 'blue');
  onProgress({
    environment,
    step: 'render',
    message: `rendered the ${loaded.environment.topology} topology; live colour: ${active ?? 'none yet'}`,
  });
  // Stateless services are compared with the live colour's, whatever colour they will run in.
  const projects = new Set([rendered.infra.name, names.appProject(environment, active ?? 'blue')]);
  const plan = makePlan({
    environment,
    revision,
    desired: [...rendered.infra.services, ...rendered.apps.services],
    live: live.filter((c) => projects.has(c.project)),
    applied,
  });
  return { loaded, rendered, plan, live, applied, active, siteNow, renderFor };
}
