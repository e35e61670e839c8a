import { renderSite } from '../core/edge/render-site.js';
import type { AppliedRecord } from '../core/live.js';
import type { Colour } from '../core/render/names.js';
import type { EdgeRoute } from '../core/render/types.js';

export interface SiteInput {
  readonly environment: string;
  readonly hosts: readonly string[];
  readonly infraRoutes: readonly EdgeRoute[];
  readonly live: Colour | null;
  /** Routes of each colour that has containers to preview. */
  readonly colours: Readonly<Partial<Record<Colour, readonly EdgeRoute[]>>>;
}

/** The edge configuration text for an environment: live traffic to one colour, previews of each. */
export function siteText(input: SiteInput): string {
  const previews = (['blue', 'green'] as const).flatMap((colour) => {
    const routes = input.colours[colour];
    return routes ? [{ colour, routes }] : [];
  });
  return renderSite({
    environment: input.environment,
    hosts: input.hosts,
    liveColour: input.live,
    live: input.live ? (input.colours[input.live] ?? []) : [],
    infra: input.infraRoutes,
    previews,
  });
}

/** The site as the applied record describes it, with a different live colour or colour set. */
export function siteFromRecord(
  environment: string,
  record: AppliedRecord,
  live: Colour | null,
  present: readonly Colour[],
): string {
  const colours: Partial<Record<Colour, readonly EdgeRoute[]>> = {};
  for (const colour of present) {
    const routes = record.colours[colour]?.routes;
    if (routes) colours[colour] = routes;
  }
  return siteText({
    environment,
    hosts: record.hosts,
    infraRoutes: record.infraRoutes,
    live,
    colours,
  });
}
