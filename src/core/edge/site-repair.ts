import type { AppliedRecord } from '../live.js';
import type { Colour } from '../render/names.js';
import { maintenanceIncludeLine } from './render-maintenance.js';
import { edgePorts, previewHost } from './render-site.js';
import { startResolvedNames } from './site-names.js';

export interface SiteObservation {
  readonly environment: string;
  /** The site file the edge has now, or null. */
  readonly site: string | null;
  /** Why the edge took the site out when it started, if it did. */
  readonly setAside: string | null;
  /** The colour that takes live traffic. */
  readonly live: Colour;
  /** Colours with containers. */
  readonly present: readonly Colour[];
  readonly record: AppliedRecord;
  /** Names of the environment's running containers. */
  readonly running: ReadonlySet<string>;
}

/**
 * Why an environment's site must be written again from the applied record, or null: it was
 * set aside, it is in the old form that makes Nginx resolve names when it starts (worse when
 * one of them does not run), it is from before maintenance mode (its public block cannot show
 * the maintenance page), or it previews a colour whose containers are gone. The sentence names
 * the containers.
 */
export function siteRepair(o: SiteObservation): string | null {
  if (o.setAside) return `it was set aside (${o.setAside})`;
  if (o.site === null) return null;
  const resolvedAtStart = startResolvedNames(o.site);
  const missing = resolvedAtStart.filter((name) => !o.running.has(name));
  if (missing.length > 0)
    return `it names ${missing.join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not run, in a form Nginx resolves when it starts`;
  // Running now, but the edge would not start the day one of them is gone.
  if (resolvedAtStart.length > 0)
    return 'it is in the old form, whose names Nginx resolves when it starts';
  if (
    o.site.includes(`listen ${edgePorts.live};`) &&
    !o.site.includes(maintenanceIncludeLine(o.environment))
  )
    return 'it is from before maintenance mode: its public block cannot show the maintenance page';
  for (const colour of ['blue', 'green'] as const) {
    if (colour === o.live || o.present.includes(colour)) continue;
    if (!o.site.includes(`server_name ${previewHost(o.environment, colour)};`)) continue;
    const containers = (o.record.colours[colour]?.routes ?? []).flatMap((r) =>
      r.upstreams.map((u) => u.replace(/:\d+$/, '')),
    );
    return `it names ${colour}'s containers${containers.length > 0 ? ` (${containers.join(', ')})` : ''}, which are gone`;
  }
  return null;
}
