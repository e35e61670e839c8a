import type { AppliedRecord, ColourRecord } from '../core/live.js';
import { planKey, serviceKey } from '../core/plan/plan.js';
import { needsWork } from '../core/plan/types.js';
import type { Colour } from '../core/render/names.js';
import type { RenderedEnvironment } from '../core/render/types.js';
import type { Prepared } from './prepare.js';

/**
 * The record of a successful deploy: every service's hash and definition, what each colour
 * runs (the live one as rendered, `others` as they were), and the colour kept warm.
 */
export function newAppliedRecord(
  prepared: Prepared,
  rendered: RenderedEnvironment,
  colour: Colour,
  others: Partial<Record<Colour, ColourRecord>>,
  warm: AppliedRecord['warm'],
  keepPreviousMs: number,
): AppliedRecord {
  const before = prepared.applied;
  const changed = new Set(prepared.plan.services.filter(needsWork).map((s) => planKey(s)));
  const services: Record<string, AppliedRecord['services'][string]> = {};
  for (const service of [...rendered.infra.services, ...rendered.apps.services]) {
    const key = serviceKey(service);
    const revision = changed.has(key)
      ? rendered.revision
      : (before?.services[key]?.revision ?? rendered.revision);
    services[key] = { configHash: service.configHash, revision, definition: service.definition };
  }
  const apps = Object.fromEntries(
    Object.entries(services).filter(([key]) => key.startsWith('app/')),
  );
  const colours: Partial<Record<Colour, ColourRecord>> = {
    ...others,
    [colour]: { revision: rendered.revision, routes: rendered.edge.apps, services: apps },
  };
  return {
    revision: rendered.revision,
    colour,
    services,
    hosts: rendered.edge.hosts,
    infraRoutes: rendered.edge.infra,
    colours,
    warm,
    keepPreviousMs,
  };
}
