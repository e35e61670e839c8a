import { describe, expect, it } from 'vitest';
import { convergeActions, type Observed } from '../../src/core/bluegreen/converge.js';
import {
  nextStep,
  startSwap,
  type Phase,
  type SwapEvent,
} from '../../src/core/bluegreen/machine.js';
import { loopGuard } from '../../src/core/loop-guard.js';

const ok: SwapEvent = { type: 'done' };
const fail: SwapEvent = { type: 'failed', reason: 'web unhealthy' };

describe('the blue-green state machine', () => {
  it('runs start, jobs, gate, cutover, jobs, verify, finish when every step succeeds', () => {
    let state = startSwap('blue', 'green');
    const phases: Phase[] = [state.phase];
    while (!['succeeded', 'failed', 'rolled-back'].includes(state.phase)) {
      state = nextStep(state, ok);
      phases.push(state.phase);
    }
    expect(phases).toEqual([
      'start-candidate',
      'before-cutover-jobs',
      'gate',
      'cutover',
      'after-cutover-jobs',
      'verify',
      'finish',
      'succeeded',
    ]);
  });

  it.each([
    ['start-candidate', 'abort', 'failed'],
    ['gate', 'abort', 'failed'],
    ['before-cutover-jobs', 'abort', 'failed'],
    ['cutover', 'rollback', 'rolled-back'],
    ['after-cutover-jobs', 'rollback', 'rolled-back'],
    ['verify', 'rollback', 'rolled-back'],
  ] as const)('a failure in %s leads to %s and ends %s, keeping the reason', (phase, undo, end) => {
    const failed = nextStep({ ...startSwap('blue', 'green'), phase }, fail);
    expect(failed).toMatchObject({ phase: undo, reason: 'web unhealthy' });
    expect(nextStep(failed, ok).phase).toBe(end);
  });

  it.each([
    ['start-candidate', true, 'failed'],
    ['gate', false, 'failed'],
    ['cutover', true, 'rolled-back'],
    ['verify', false, 'rolled-back'],
  ] as const)(
    'a failure in %s that may pass by itself (%s) ends %s saying so, whatever its cleanup does',
    (phase, retryable, end) => {
      const failed = nextStep(
        { ...startSwap('blue', 'green'), phase },
        { type: 'failed', reason: 'compose up timed out', retryable },
      );
      expect(failed.retryable ?? false).toBe(retryable);
      const cleanupFailed = nextStep(failed, { type: 'failed', reason: 'docker busy' });
      expect(cleanupFailed).toMatchObject({ phase: end });
      expect(cleanupFailed.retryable ?? false).toBe(retryable);
      expect(nextStep(failed, ok).retryable ?? false).toBe(retryable);
    },
  );

  it('does not undo a verified cutover when only recording it fails', () => {
    expect(nextStep({ ...startSwap('blue', 'green'), phase: 'finish' }, fail).phase).toBe(
      'succeeded',
    );
  });

  it('still ends when the cleanup of an abort fails, saying both reasons', () => {
    const end = nextStep(
      { ...startSwap('blue', 'green'), phase: 'abort', reason: 'web unhealthy' },
      { type: 'failed', reason: 'docker busy' },
    );
    expect(end.phase).toBe('failed');
    expect(end.reason).toMatch(/web unhealthy\n\(cleanup failed too: docker busy\)/);
  });

  it('stays in a final phase whatever happens next', () => {
    const done = { ...startSwap('blue', 'green'), phase: 'succeeded' as const };
    expect(nextStep(done, fail)).toBe(done);
  });
});

const healthy = { present: true, healthy: true };
const sick = { present: true, healthy: false };
const absent = { present: false, healthy: false };

describe('convergence after a crash', () => {
  const cases: [string, Observed, ReturnType<typeof convergeActions>][] = [
    [
      'nothing to do when all is consistent',
      {
        edgeColour: 'blue',
        appliedColour: 'blue',
        warmColour: 'green',
        colours: { blue: healthy, green: healthy },
      },
      [],
    ],
    [
      'removes a half-started colour (killed while it started, or before the cutover)',
      {
        edgeColour: 'blue',
        appliedColour: 'blue',
        warmColour: null,
        colours: { blue: healthy, green: sick },
      },
      [
        {
          kind: 'remove-colour',
          colour: 'green',
          reason: 'green is neither live nor kept warm (a deploy stopped half-way)',
        },
      ],
    ],
    [
      'undoes a cutover that was never verified (killed during verification)',
      {
        edgeColour: 'green',
        appliedColour: 'blue',
        warmColour: null,
        colours: { blue: healthy, green: healthy },
      },
      [
        {
          kind: 'switch-edge',
          to: 'blue',
          reason: 'the switch to green was never verified; back to blue',
        },
        {
          kind: 'remove-colour',
          colour: 'green',
          reason: 'green is neither live nor kept warm (a deploy stopped half-way)',
        },
      ],
    ],
    [
      'moves traffic to the healthy colour when the live one died',
      {
        edgeColour: 'blue',
        appliedColour: 'blue',
        warmColour: 'green',
        colours: { blue: sick, green: healthy },
      },
      [
        { kind: 'switch-edge', to: 'green', reason: 'blue is not healthy and green is' },
        {
          kind: 'remove-colour',
          colour: 'blue',
          reason: 'blue is neither live nor kept warm (a deploy stopped half-way)',
        },
      ],
    ],
    [
      'keeps the warm colour',
      {
        edgeColour: 'green',
        appliedColour: 'green',
        warmColour: 'blue',
        colours: { blue: healthy, green: healthy },
      },
      [],
    ],
    [
      'leaves an environment with one colour alone',
      {
        edgeColour: 'blue',
        appliedColour: 'blue',
        warmColour: null,
        colours: { blue: healthy, green: absent },
      },
      [],
    ],
  ];
  it.each(cases)('%s', (_name, observed, expected) => {
    expect(convergeActions(observed)).toEqual(expected);
  });
});

describe('the loop guard', () => {
  const rev = 'a'.repeat(40);
  it.each([
    ['a revision never deployed', [], null],
    [
      'a revision that failed on a manifest or health problem',
      [{ revision: rev, result: 'failed' }],
      /failed to deploy/,
    ],
    [
      'a revision that was rolled back',
      [{ revision: rev, result: 'rolled-back' }],
      /was rolled back/,
    ],
    [
      'a revision whose failure may pass (network, busy daemon)',
      [{ revision: rev, result: 'failed', retryable: true }],
      null,
    ],
    [
      'a revision that succeeded after failing',
      [
        { revision: rev, result: 'success' },
        { revision: rev, result: 'failed' },
      ],
      null,
    ],
    ['another revision that failed', [{ revision: 'b'.repeat(40), result: 'failed' }], null],
  ] as const)('%s', (_name, history, expected) => {
    const verdict = loopGuard(history, rev);
    if (expected === null) expect(verdict).toBeNull();
    else expect(verdict).toMatch(expected);
  });
});
