import { containersOf, workerServices } from '../bluegreen/colours.js';
import { switchSite } from '../edge/site-text.js';
import { WharfError } from '../errors.js';
import type { AppliedRecord, LiveContainer } from '../live.js';
import type { Colour } from '../render/names.js';
import type { RenderedEnvironment } from '../render/types.js';
import type { PendingApplied } from './applied-record.js';

/** Moving live traffic to the warm colour, as data: the instant switch and `wharf rollback`. */
export interface ColourSwitch {
  readonly from: Colour;
  readonly to: Colour;
  readonly site: string;
  /** Workers run in the live colour only: those of `to` start, those of `from` stop. */
  readonly startWorkers: readonly string[];
  readonly stopWorkers: readonly string[];
  /** The colour left stays warm in its place. */
  readonly applied: PendingApplied;
}

/**
 * Points the live route at the warm colour `to` and keeps the current one warm in its place.
 * `rendered` (a deploy's revision) supplies hosts and infra routes; without it (a rollback),
 * the record's.
 */
export function decideSwitch(
  env: string,
  applied: AppliedRecord,
  live: readonly LiveContainer[],
  to: Colour,
  revision: string,
  rendered?: RenderedEnvironment,
): ColourSwitch {
  const from = applied.colour;
  const toRecord = applied.colours[to];
  const fromRecord = applied.colours[from];
  if (!toRecord)
    throw new WharfError('no-warm-colour', `environment ${env} has no record of what ${to} runs`);
  const infraServices = Object.fromEntries(
    Object.entries(applied.services).filter(([key]) => !key.startsWith('app/')),
  );
  return {
    from,
    to,
    site: switchSite(env, applied, to, rendered),
    startWorkers: workerServices(containersOf(live, to), toRecord.routes),
    stopWorkers: fromRecord ? workerServices(containersOf(live, from), fromRecord.routes) : [],
    applied: {
      record: {
        ...applied,
        revision,
        colour: to,
        services: { ...infraServices, ...toRecord.services },
        hosts: rendered?.edge.hosts ?? applied.hosts,
        infraRoutes: rendered?.edge.infra ?? applied.infraRoutes,
        warm: null,
      },
      warmFor: fromRecord
        ? { colour: from, revision: fromRecord.revision, ms: applied.keepPreviousMs }
        : null,
    },
  };
}
