import { convergeActions } from '../core/bluegreen/converge.js';
import { siteRepair } from '../core/edge/site-repair.js';
import { liveColourOf } from '../core/edge/render-site.js';
import type { AppliedRecord, LiveContainer } from '../core/live.js';
import type { Colour } from '../core/render/names.js';
import { containersOf, observeColour } from '../core/bluegreen/colours.js';
import type { DeployDeps } from './deps.js';
import type { ProgressListener } from './progress.js';
import { siteFromRecord } from '../core/edge/site-text.js';

export interface ConvergeOutcome {
  /** A cutover that was interrupted before it was verified, and undone. */
  readonly undone: {
    readonly colour: Colour;
    readonly revision: string;
    readonly reason: string;
  } | null;
  readonly changed: boolean;
  /** The environment's containers as read, when converge changed nothing: still current. */
  readonly live?: readonly LiveContainer[];
}

/** The record without a colour whose containers are gone: nothing to switch back to. */
function withoutColour(record: AppliedRecord, colour: Colour): AppliedRecord {
  const colours = { ...record.colours };
  delete colours[colour];
  return { ...record, colours, warm: record.warm?.colour === colour ? null : record.warm };
}

/** What converge would do, read from the record, Docker and the edge; nothing changed. */
interface Assessment {
  /** The record, less a warm colour whose containers are gone. */
  readonly record: AppliedRecord;
  readonly warmGone: boolean;
  readonly edgeColour: Colour | null;
  readonly actions: ReturnType<typeof convergeActions>;
}

function assess(
  deps: DeployDeps,
  applied: AppliedRecord,
  live: readonly LiveContainer[],
  site: string | null,
): Assessment {
  let record = applied;
  const present = presentColours(live);
  const warmGone = record.warm !== null && !present.includes(record.warm.colour);
  if (record.warm && warmGone) record = withoutColour(record, record.warm.colour);
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
  return { record, warmGone, edgeColour, actions };
}

function presentColours(live: readonly LiveContainer[]): Colour[] {
  return (['blue', 'green'] as const).filter((c) => containersOf(live, c).length > 0);
}

/** The edge site's repair, if it needs one, once the record and containers are as `live` shows. */
async function repairOf(
  deps: DeployDeps,
  env: string,
  applied: AppliedRecord,
  live: readonly LiveContainer[],
  site: string | null,
  liveColour: Colour,
): Promise<string | null> {
  return siteRepair({
    environment: env,
    site,
    setAside: await deps.edge.setAsideReason(env),
    live: liveColour,
    present: presentColours(live),
    // The record as it was: it still names the containers of a colour just forgotten.
    record: applied,
    running: new Set(live.filter((c) => c.state === 'running').map((c) => c.name)),
  });
}

/**
 * Whether converge would change nothing, from live state read once for many environments (a
 * resync): no interrupted cutover, no colour to remove or forget, a site that needs no repair.
 */
export async function convergeIsNoop(
  deps: DeployDeps,
  env: string,
  applied: AppliedRecord | null,
  live: readonly LiveContainer[],
  site: string | null,
): Promise<boolean> {
  // A stack has no colours to recover: Swarm keeps its tasks as their services say.
  if (!applied || applied.runtime === 'swarm') return true;
  const { warmGone, edgeColour, actions, record } = assess(deps, applied, live, site);
  if (warmGone || actions.length > 0) return false;
  return (await repairOf(deps, env, applied, live, site, edgeColour ?? record.colour)) === null;
}

/**
 * Brings an environment back to a consistent state from what Docker and the edge show, after
 * wharf was killed anywhere in a deploy or containers went away behind its back: the edge
 * points at a healthy colour, no half-started colour is left, a warm colour past its
 * `keepPrevious` is removed, a warm colour that is gone is forgotten, and the site names no
 * colour that does not run.
 */
export async function converge(
  deps: DeployDeps,
  env: string,
  onProgress: ProgressListener,
): Promise<ConvergeOutcome> {
  const applied = await deps.state.readApplied(env);
  if (!applied || applied.runtime === 'swarm') return { undone: null, changed: false };
  const say = (message: string): void => onProgress({ environment: env, step: 'edge', message });
  let live = await deps.engine.listContainers(env);
  const site = await deps.edge.currentSite(env);
  const presentNow = (): Colour[] => presentColours(live);
  const assessed = assess(deps, applied, live, site);
  const { warmGone, edgeColour, actions } = assessed;
  let record = assessed.record;
  if (applied.warm && warmGone)
    say(
      `${applied.warm.colour} was kept warm for ${applied.warm.revision.slice(0, 12)} but its containers are gone: forgetting it, so going back to that revision starts containers`,
    );

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
      await deps.edge.applySite(env, siteFromRecord(env, record, action.to, presentNow()));
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
  // The live colour stays in the site even while its containers are gone (its routes answer
  // 503 until the plan starts them again); any other colour is named only while it runs.
  const present = presentNow();
  const liveForSite = liveColour ?? record.colour;
  const siteColours = present.includes(liveForSite) ? present : [...present, liveForSite];
  const repair = await repairOf(deps, env, applied, live, site, liveForSite);
  if (repair) say(`repairing the edge's site for ${env}: ${repair}`);
  if (actions.length === 0 && !warmGone && !repair) return { undone: null, changed: false, live };
  if (record.colours[liveForSite]) {
    await deps.edge.ensureRunning();
    await deps.edge.applySite(env, siteFromRecord(env, record, liveForSite, siteColours));
  } else {
    // A cutover the record never saw, its colour still serving: the record has no routes to
    // write for it, and the site that serves them is left as it is until the next deploy.
    say(`${liveForSite} serves without a record of its routes; the edge's site is kept`);
  }
  await deps.state.writeApplied(env, record);
  return { undone, changed: true };
}
