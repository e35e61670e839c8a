import { CronExpressionParser } from 'cron-parser';

/**
 * Ticks of a job's cron schedule. Pure: the clock is an argument. Times are the host's
 * (as for `backups.schedule`) unless `tz` names a zone.
 */

/** Ticks counted one by one at most; past this a gap is reported as "at least" this many. */
export const countedTicks = 10_000;

/** Ticks of a schedule that came and were not run, all of one reason. */
export interface MissedTicks {
  readonly count: number;
  /** true when there were more than `count` (counting stopped at `countedTicks`). */
  readonly atLeast: boolean;
  readonly first: string;
  readonly last: string;
  /** `no-scheduler`: no wharf process ran the schedule then; `still-running`: the previous run went on. */
  readonly reason: 'no-scheduler' | 'still-running';
}

/** What the scheduler does with a job now. */
export type TickDecision =
  /** The newest tick was handled already (or none came yet). */
  | { readonly kind: 'wait' }
  /** A tick at or before now that is newer than the last one handled: claim it. */
  | { readonly kind: 'claim'; readonly tick: Date };

/** Why a schedule is not one: the parser's own sentence; null when it parses. */
export function scheduleProblem(schedule: string): string | null {
  try {
    CronExpressionParser.parse(schedule, { strict: false });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The newest tick at or before `now`. */
export function latestTick(schedule: string, now: Date, tz?: string): Date {
  // prev() is strictly before its start: start a millisecond later so that `now` counts.
  const after = new Date(now.getTime() + 1);
  return CronExpressionParser.parse(schedule, { currentDate: after, ...(tz ? { tz } : {}) })
    .prev()
    .toDate();
}

/** The first tick after `now`. */
export function nextTick(schedule: string, now: Date, tz?: string): Date {
  return CronExpressionParser.parse(schedule, { currentDate: now, ...(tz ? { tz } : {}) })
    .next()
    .toDate();
}

/** Whether a tick newer than `handled` has come by `now`, and which: only ever the newest. */
export function tickDecision(
  schedule: string,
  now: Date,
  handled: Date | null,
  tz?: string,
): TickDecision {
  const tick = latestTick(schedule, now, tz);
  if (handled && tick.getTime() <= handled.getTime()) return { kind: 'wait' };
  return { kind: 'claim', tick };
}

/**
 * The ticks strictly between `previous` (the last one claimed) and `tick` (the one claimed
 * now): nobody claimed them, so no wharf ran the schedule then. null when there were none.
 */
export function ticksMissedBetween(
  schedule: string,
  previous: Date,
  tick: Date,
  tz?: string,
): MissedTicks | null {
  const ticks = CronExpressionParser.parse(schedule, {
    currentDate: previous,
    endDate: tick,
    ...(tz ? { tz } : {}),
  });
  let count = 0;
  let first: Date | null = null;
  let last: Date | null = null;
  while (count < countedTicks && ticks.hasNext()) {
    const t = ticks.next().toDate();
    if (t.getTime() >= tick.getTime()) break;
    first ??= t;
    last = t;
    count += 1;
  }
  if (!first || !last) return null;
  const atLeast =
    count === countedTicks && ticks.hasNext() && ticks.next().getTime() < tick.getTime();
  return {
    count,
    atLeast,
    first: first.toISOString(),
    last: last.toISOString(),
    reason: 'no-scheduler',
  };
}

/** One tick that came while the job's previous run still went on. */
export function tickMissedWhileRunning(tick: Date): MissedTicks {
  const at = tick.toISOString();
  return { count: 1, atLeast: false, first: at, last: at, reason: 'still-running' };
}

/** A missed-ticks report a person reads: "3 ticks missed between X and Y (...)". */
export function describeMissed(missed: MissedTicks): string {
  const count = `${missed.atLeast ? 'at least ' : ''}${missed.count} tick${missed.count === 1 && !missed.atLeast ? '' : 's'} missed`;
  const when =
    missed.first === missed.last
      ? `at ${missed.first}`
      : `between ${missed.first} and ${missed.last}`;
  const why =
    missed.reason === 'still-running'
      ? 'the previous run was still going; not run later'
      : 'no wharf process was running the schedule; not run later';
  return `${count} ${when} (${why})`;
}
