import type { AppliedRecord, ColourRecord } from '../live.js';
import { planKey, serviceKey } from '../plan/plan.js';
import { needsWork, type Plan } from '../plan/types.js';
import type { Colour } from '../render/names.js';
import type { RenderedEnvironment } from '../render/types.js';

/**
 * The record of a successful deploy: every service's hash and definition, what each colour
 * runs (the live one as rendered, `others` as they were), and the colour kept warm.
 */
export function newAppliedRecord(
  before: AppliedRecord | null,
  plan: Plan,
  rendered: RenderedEnvironment,
  colour: Colour,
  others: Partial<Record<Colour, ColourRecord>>,
  warm: AppliedRecord['warm'],
  keepPreviousMs: number,
): AppliedRecord {
  const changed = new Set(plan.services.filter(needsWork).map((s) => planKey(s)));
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

/**
 * An applied record to write once a step has run. A colour that becomes warm is kept warm
 * from the moment the record is written, which only the executor knows: `warmFor` says for
 * how long, and `appliedAt` stamps it.
 */
export interface PendingApplied {
  readonly record: AppliedRecord;
  readonly warmFor: {
    readonly colour: Colour;
    readonly revision: string;
    readonly ms: number;
  } | null;
}

export function appliedAt(pending: PendingApplied, now: Date): AppliedRecord {
  const { record, warmFor } = pending;
  if (!warmFor) return record;
  return {
    ...record,
    warm: {
      colour: warmFor.colour,
      revision: warmFor.revision,
      until: new Date(now.getTime() + warmFor.ms).toISOString(),
    },
  };
}
