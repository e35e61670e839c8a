import type { AppliedRecord } from '../live.js';
import type { Colour } from '../render/names.js';
import type { EdgeRoute, RenderedEnvironment } from '../render/types.js';
import { renderSite } from './render-site.js';

/*
 * Every edge site text a deploy, a rollback or a recovery writes is built here, so the
 * decision and what the executor applies cannot disagree about it.
 */

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

/**
 * The edge text for an in-place deploy: the live colour as `rendered` for it, the warm colour
 * of the `applied` record kept.
 */
export function inPlaceSite(applied: AppliedRecord | null, rendered: RenderedEnvironment): string {
  const colour = rendered.colour;
  const warm = applied?.warm;
  const warmRoutes =
    warm && warm.colour !== colour ? applied.colours[warm.colour]?.routes : undefined;
  return siteText({
    environment: rendered.environment,
    hosts: rendered.edge.hosts,
    infraRoutes: rendered.edge.infra,
    live: colour,
    colours: {
      [colour]: rendered.edge.apps,
      ...(warm && warmRoutes ? { [warm.colour]: warmRoutes } : {}),
    },
  });
}

/**
 * The edge text once a blue-green candidate takes live traffic: the cutover's, with the old
 * colour still previewed while it is `kept` warm, and the final one of a swap.
 */
export function swapSite(
  rendered: RenderedEnvironment,
  candidate: Colour,
  kept: { readonly colour: Colour; readonly routes: readonly EdgeRoute[] } | null,
): string {
  return siteText({
    environment: rendered.environment,
    hosts: rendered.edge.hosts,
    infraRoutes: rendered.edge.infra,
    live: candidate,
    colours: {
      ...(kept ? { [kept.colour]: kept.routes } : {}),
      [candidate]: rendered.edge.apps,
    },
  });
}

/**
 * The edge text once live traffic switches to the warm colour `to` (an instant switch or
 * `wharf rollback`): the colour left stays previewed, warm in its place.
 */
export function switchSite(
  environment: string,
  applied: AppliedRecord,
  to: Colour,
  rendered?: RenderedEnvironment,
): string {
  const from = applied.colour;
  const toRoutes = applied.colours[to]?.routes ?? [];
  const fromRoutes = applied.colours[from]?.routes;
  return siteText({
    environment,
    hosts: rendered?.edge.hosts ?? applied.hosts,
    infraRoutes: rendered?.edge.infra ?? applied.infraRoutes,
    live: to,
    colours: { ...(fromRoutes ? { [from]: fromRoutes } : {}), [to]: toRoutes },
  });
}
