import { convergeActions } from '../core/bluegreen/converge.js';
import { liveColourOf } from '../core/edge/render-site.js';
import type { AppliedRecord } from '../core/live.js';
import type { Colour } from '../core/render/names.js';
import { containersOf, observeColour } from './colours.js';
import type { DeployDeps } from './deps.js';
import type { ProgressListener } from './progress.js';
import { siteFromRecord } from './site.js';

export interface ConvergeOutcome {
  /** A cutover that was interrupted before it was verified, and undone. */
  readonly undone: {
    readonly colour: Colour;
    readonly revision: string;
    readonly reason: string;
  } | null;
  readonly changed: boolean;
}

/**
 * Brings an environment back to a consistent state from what Docker and the edge show, after
 * wharf was killed anywhere in a deploy: the edge points at a healthy colour, no half-started
 * colour is left, and a warm colour past its `keepPrevious` is removed.
 */
export async function converge(
  deps: DeployDeps,
  env: string,
  onProgress: ProgressListener,
): Promise<ConvergeOutcome> {
  const applied = await deps.state.readApplied(env);
  if (!applied) return { undone: null, changed: false };
  const say = (message: string): void => onProgress({ environment: env, step: 'edge', message });
  let record: AppliedRecord = applied;
  let live = await deps.engine.listContainers(env);
  const site = await deps.edge.currentSite(env);
  const edgeColour = liveColourOf(site);
  const observe = (colour: Colour) =>
    observeColour(containersOf(live, colour), record.colours[colour]?.routes);
  const warmExpired = record.warm && Date.parse(record.warm.until) <= deps.now().getTime();
  const actions = convergeActions({
    edgeColour,
    appliedColour: record.colour,
    warmColour: warmExpired ? null : (record.warm?.colour ?? null),
    colours: { blue: observe('blue'), green: observe('green') },
  });
  if (actions.length === 0) return { undone: null, changed: false };

  let undone: ConvergeOutcome['undone'] = null;
  let liveColour = edgeColour;
  for (const action of actions) {
    if (action.kind === 'switch-edge') {
      say(`recovering: ${action.reason}`);
      if (edgeColour && edgeColour !== action.to) {
        const revision = containersOf(live, edgeColour)[0]?.revision ?? '';
        undone = { colour: edgeColour, revision, reason: action.reason };
      }
      liveColour = action.to;
      await deps.edge.ensureRunning();
      await deps.edge.applySite(
        env,
        siteFromRecord(
          env,
          record,
          action.to,
          ['blue', 'green'].filter((c) => containersOf(live, c as Colour).length > 0) as Colour[],
        ),
      );
      if (record.colour !== action.to) record = { ...record, colour: action.to };
    } else {
      say(
        action.colour === record.warm?.colour
          ? `removing ${action.colour}: kept warm until ${record.warm.until}, now past`
          : `recovering: removing ${action.reason}`,
      );
      await deps.engine.removeContainers(containersOf(live, action.colour).map((c) => c.id));
      if (record.warm?.colour === action.colour) record = { ...record, warm: null };
      live = await deps.engine.listContainers(env);
    }
  }
  const present = (['blue', 'green'] as const).filter((c) => containersOf(live, c).length > 0);
  // The site must not name containers that are gone: Nginx would refuse the next reload.
  await deps.edge.applySite(env, siteFromRecord(env, record, liveColour, present));
  await deps.state.writeApplied(env, record);
  return { undone, changed: true };
}
