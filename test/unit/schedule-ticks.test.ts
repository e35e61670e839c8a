import { describe, expect, it } from 'vitest';
import {
  countedTicks,
  describeMissed,
  latestTick,
  nextTick,
  scheduleProblem,
  tickDecision,
  tickMissedWhileRunning,
  ticksMissedBetween,
} from '../../src/core/jobs/schedule-ticks.js';

const at = (iso: string): Date => new Date(iso);
const utc = 'UTC';

describe('the newest tick at or before now', () => {
  it.each([
    ['*/3 * * * * *', '2026-12-07T10:00:07.500Z', '2026-12-07T10:00:06.000Z'],
    ['*/3 * * * * *', '2026-12-07T10:00:06.000Z', '2026-12-07T10:00:06.000Z'],
    ['*/3 * * * * *', '2026-12-07T10:00:05.999Z', '2026-12-07T10:00:03.000Z'],
    ['* * * * * *', '2026-12-07T10:00:00.400Z', '2026-12-07T10:00:00.000Z'],
    ['*/15 * * * *', '2026-12-07T10:29:59.000Z', '2026-12-07T10:15:00.000Z'],
    ['0 3 * * *', '2026-12-07T02:00:00.000Z', '2026-12-06T03:00:00.000Z'],
    ['0 3 * * *', '2026-12-07T03:00:00.000Z', '2026-12-07T03:00:00.000Z'],
    ['@hourly', '2026-12-07T10:59:00.000Z', '2026-12-07T10:00:00.000Z'],
    ['@daily', '2026-12-07T00:00:00.001Z', '2026-12-07T00:00:00.000Z'],
    ['@monthly', '2026-12-07T10:00:00.000Z', '2026-12-01T00:00:00.000Z'],
  ])('%s at %s is %s', (schedule, now, tick) => {
    expect(latestTick(schedule, at(now), utc).toISOString()).toBe(tick);
  });
});

describe('the next tick after now', () => {
  it.each([
    ['*/3 * * * * *', '2026-12-07T10:00:06.000Z', '2026-12-07T10:00:09.000Z'],
    ['*/3 * * * * *', '2026-12-07T10:00:07.100Z', '2026-12-07T10:00:09.000Z'],
    ['0 3 * * *', '2026-12-07T03:00:00.000Z', '2026-12-08T03:00:00.000Z'],
    ['@weekly', '2026-12-07T10:00:00.000Z', '2026-12-13T00:00:00.000Z'],
  ])('%s after %s is %s', (schedule, now, tick) => {
    expect(nextTick(schedule, at(now), utc).toISOString()).toBe(tick);
  });
});

describe('whether a tick is to be claimed', () => {
  it.each([
    [
      'nothing handled yet: the newest tick',
      '*/5 * * * * *',
      '2026-12-07T10:00:07Z',
      null,
      '2026-12-07T10:00:05.000Z',
    ],
    [
      'that tick handled: wait',
      '*/5 * * * * *',
      '2026-12-07T10:00:07Z',
      '2026-12-07T10:00:05Z',
      null,
    ],
    [
      'a newer tick came',
      '*/5 * * * * *',
      '2026-12-07T10:00:10Z',
      '2026-12-07T10:00:05Z',
      '2026-12-07T10:00:10.000Z',
    ],
    [
      'many ticks since: only the newest',
      '*/5 * * * * *',
      '2026-12-07T10:01:02Z',
      '2026-12-07T10:00:05Z',
      '2026-12-07T10:01:00.000Z',
    ],
    [
      'a clock that went back: wait',
      '*/5 * * * * *',
      '2026-12-07T10:00:02Z',
      '2026-12-07T10:00:05Z',
      null,
    ],
    ['daily, not yet due', '0 3 * * *', '2026-12-07T02:59:59Z', '2026-12-06T03:00:00Z', null],
    [
      'daily, due',
      '0 3 * * *',
      '2026-12-07T03:00:00Z',
      '2026-12-06T03:00:00Z',
      '2026-12-07T03:00:00.000Z',
    ],
  ])('%s', (_name, schedule, now, handled, tick) => {
    const decision = tickDecision(schedule, at(now), handled ? at(handled) : null, utc);
    expect(decision.kind === 'claim' ? decision.tick.toISOString() : null).toBe(tick);
  });
});

describe('ticks missed between the last claimed tick and this one', () => {
  it.each([
    ['the next tick: none', '*/5 * * * * *', '2026-12-07T10:00:05Z', '2026-12-07T10:00:10Z', null],
    [
      'one skipped',
      '*/5 * * * * *',
      '2026-12-07T10:00:05Z',
      '2026-12-07T10:00:15Z',
      [1, '2026-12-07T10:00:10.000Z', '2026-12-07T10:00:10.000Z'],
    ],
    [
      'three skipped',
      '*/2 * * * * *',
      '2026-12-07T10:00:00Z',
      '2026-12-07T10:00:08Z',
      [3, '2026-12-07T10:00:02.000Z', '2026-12-07T10:00:06.000Z'],
    ],
    [
      'a down night, hourly',
      '@hourly',
      '2026-12-06T22:00:00Z',
      '2026-12-07T06:00:00Z',
      [7, '2026-12-06T23:00:00.000Z', '2026-12-07T05:00:00.000Z'],
    ],
    [
      'daily across a month end',
      '0 3 * * *',
      '2026-11-29T03:00:00Z',
      '2026-12-02T03:00:00Z',
      [2, '2026-11-30T03:00:00.000Z', '2026-12-01T03:00:00.000Z'],
    ],
  ] as const)('%s', (_name, schedule, previous, tick, expected) => {
    const missed = ticksMissedBetween(schedule, at(previous), at(tick), utc);
    expect(missed ? [missed.count, missed.first, missed.last] : null).toEqual(expected);
    if (missed)
      expect({ atLeast: missed.atLeast, reason: missed.reason }).toEqual({
        atLeast: false,
        reason: 'no-scheduler',
      });
  });

  it('stops counting at a bound and says "at least"', () => {
    const missed = ticksMissedBetween(
      '* * * * * *',
      at('2026-12-01T00:00:00Z'),
      at('2026-12-07T00:00:00Z'),
      utc,
    );
    expect(missed?.count).toBe(countedTicks);
    expect(missed?.atLeast).toBe(true);
    expect(describeMissed(missed!)).toMatch(
      /^at least 10000 ticks missed between 2026-12-01T00:00:01.000Z and /,
    );
  });
});

describe('how missed ticks read', () => {
  it.each([
    [
      { count: 3, atLeast: false, first: 'A', last: 'B', reason: 'no-scheduler' as const },
      '3 ticks missed between A and B (no wharf process was running the schedule; not run later)',
    ],
    [
      tickMissedWhileRunning(at('2026-12-07T10:00:06Z')),
      '1 tick missed at 2026-12-07T10:00:06.000Z (the previous run was still going; not run later)',
    ],
  ])('%j reads %s', (missed, text) => {
    expect(describeMissed(missed)).toBe(text);
  });
});

describe('which schedules are schedules', () => {
  it.each([
    ['*/5 * * * * *', true],
    ['0 3 * * *', true],
    ['@daily', true],
    ['61 * * * *', false],
    ['* * * 13 *', false],
    ['every day', false],
  ])('%s parses: %s', (schedule, ok) => {
    expect(scheduleProblem(schedule) === null).toBe(ok);
  });
});
