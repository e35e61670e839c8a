import type { Colour } from '../render/names.js';

/**
 * The blue-green deploy of the stateless services, as a pure state machine (DESIGN.md
 * "Deploy", steps 4 to 8). The orchestrator performs the step a phase names and reports
 * the outcome as an event; `nextStep` says what comes next. Nothing here touches Docker.
 */
export type Phase =
  | 'start-candidate' // start the idle colour at the new revision
  | 'before-cutover-jobs' // the revision's `before-cutover` jobs (migrations) once it started
  | 'gate' // every service healthy: container checks, then HTTP through the preview route
  | 'cutover' // point the edge's live route at the candidate, nginx -t, reload
  | 'after-cutover-jobs' // the revision's `after-cutover` jobs, traffic on the candidate
  | 'verify' // watch the live route for `verify`
  | 'finish' // record success, keep the old colour warm
  | 'abort' // before cutover: remove the candidate, the active colour never changed
  | 'rollback' // after cutover: point the edge back, remove the candidate
  | 'succeeded'
  | 'failed'
  | 'rolled-back';

export interface SwapState {
  readonly phase: Phase;
  readonly active: Colour | null;
  readonly candidate: Colour;
  /** Why the deploy is being undone, with the failing service's last log lines. */
  readonly reason?: string;
  /** The failure that undid it may pass by itself (a Docker timeout); its history record says so. */
  readonly retryable?: boolean;
}

export type SwapEvent =
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly reason: string; readonly retryable?: boolean };

export const terminal: ReadonlySet<Phase> = new Set(['succeeded', 'failed', 'rolled-back']);

export function startSwap(active: Colour | null, candidate: Colour): SwapState {
  return { phase: 'start-candidate', active, candidate };
}

export function nextStep(state: SwapState, event: SwapEvent): SwapState {
  if (terminal.has(state.phase)) return state;
  if (event.type === 'failed') {
    // The first failure says whether the deploy may pass when tried again; a cleanup's does not.
    const cause = event.retryable ? { retryable: true } : {};
    switch (state.phase) {
      case 'start-candidate':
      case 'before-cutover-jobs':
      case 'gate':
        return { ...state, phase: 'abort', reason: event.reason, ...cause };
      // A failed cutover may or may not have switched; undoing it is safe either way.
      case 'cutover':
      case 'after-cutover-jobs':
      case 'verify':
        return { ...state, phase: 'rollback', reason: event.reason, ...cause };
      case 'finish':
        // Traffic already moved and was verified; a failure to record does not undo it.
        return { ...state, phase: 'succeeded', reason: event.reason };
      case 'abort':
        return {
          ...state,
          phase: 'failed',
          reason: `${state.reason ?? ''}\n(cleanup failed too: ${event.reason})`,
        };
      case 'rollback':
        return {
          ...state,
          phase: 'rolled-back',
          reason: `${state.reason ?? ''}\n(rollback cleanup failed: ${event.reason})`,
        };
    }
  }
  const next: Record<Exclude<Phase, 'succeeded' | 'failed' | 'rolled-back'>, Phase> = {
    // A migration runs before the gate: the new version may need it to be healthy at all.
    'start-candidate': 'before-cutover-jobs',
    'before-cutover-jobs': 'gate',
    gate: 'cutover',
    cutover: 'after-cutover-jobs',
    'after-cutover-jobs': 'verify',
    verify: 'finish',
    finish: 'succeeded',
    abort: 'failed',
    rollback: 'rolled-back',
  };
  return { ...state, phase: next[state.phase as keyof typeof next] };
}
