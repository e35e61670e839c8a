import { renderSite } from '../core/edge/render-site.js';
import type { AppliedRecord, LiveContainer } from '../core/live.js';
import { plan as makePlan } from '../core/plan/plan.js';
import type { Plan } from '../core/plan/types.js';
import type { Colour } from '../core/render/names.js';
import { renderEnvironment } from '../core/render/render-environment.js';
import type { RenderedEnvironment } from '../core/render/types.js';
import type { DeployDeps } from './deps.js';
import { followedBranch, loadRevision, type LoadedRevision } from './load-revision.js';
import type { ProgressListener } from './progress.js';

export interface Prepared {
  readonly loaded: LoadedRevision;
  readonly rendered: RenderedEnvironment;
  readonly plan: Plan;
  readonly live: readonly LiveContainer[];
  readonly applied: AppliedRecord | null;
  readonly colour: Colour;
  readonly site: string;
}

/** The colour the environment's apps run in now: the last applied, else what runs, else blue. */
export function activeColour(
  applied: AppliedRecord | null,
  live: readonly LiveContainer[],
): Colour {
  if (applied) return applied.colour;
  return live.find((c) => c.role === 'stateless' && c.colour)?.colour ?? 'blue';
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
): Promise<Prepared> {
  onProgress({ environment, step: 'fetch', message: 'fetching the environments repository' });
  await deps.git.fetch();
  const target = ref ?? (await followedBranch(deps.git, environment));
  const revision = await deps.git.resolve(target);
  onProgress({
    environment,
    step: 'validate',
    message: `validating revision ${revision.slice(0, 12)}${ref ? '' : ` (head of ${target})`}`,
  });
  const loaded = await loadRevision(deps.git, revision, environment);

  const [live, applied] = await Promise.all([
    deps.engine.listContainers(environment),
    deps.state.readApplied(environment),
  ]);
  const colour = activeColour(applied, live);
  onProgress({
    environment,
    step: 'render',
    message: `rendering ${loaded.environment.topology} topology (apps in ${colour})`,
  });
  const rendered = renderEnvironment({
    environment: loaded.environment,
    revision,
    colour,
    stateDir: deps.state.root,
    imageOverrides: deps.imageOverrides,
    ...(loaded.policy ? { policy: loaded.policy } : {}),
    repoFiles: loaded.repoFiles,
  });
  const projects = new Set([rendered.infra.name, rendered.apps.name]);
  const plan = makePlan({
    environment,
    revision,
    desired: [...rendered.infra.services, ...rendered.apps.services],
    live: live.filter((c) => projects.has(c.project)),
    applied,
  });
  return { loaded, rendered, plan, live, applied, colour, site: renderSite(rendered.edge, 80) };
}
