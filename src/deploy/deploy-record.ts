import type { Plan, ServicePlan } from '../core/plan/types.js';
import type { DeployRecord, DeployResult } from '../ports/history-store.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';

/** Counts of what the plan changes, for the history entry. */
export function summary(plan: Plan): DeployRecord['summary'] {
  const count = (action: ServicePlan['action']): number =>
    plan.services.filter((s) => s.action === action).length;
  return {
    create: count('create'),
    update: count('update'),
    remove: count('remove'),
    drift: plan.services.filter((s) => s.drift.length > 0).length,
  };
}

/** One deploy as it goes: its id and start, and the revision once it is prepared. */
export interface Run {
  readonly id: string;
  readonly startedAt: string;
  prepared?: Prepared;
}

/** Writes the run's history entry; `revision` only for an interrupted earlier deploy. */
export function historyWriter(
  deps: DeployDeps,
  request: { readonly environment: string; readonly revision?: string; readonly trigger: string },
  run: Run,
) {
  return async (
    result: DeployResult,
    error?: string,
    retryable?: boolean,
    revision?: string,
  ): Promise<void> => {
    const prepared = run.prepared;
    await deps.history.record({
      id: run.id,
      environment: request.environment,
      revision: revision ?? prepared?.rendered.revision ?? request.revision ?? '',
      startedAt: run.startedAt,
      finishedAt: deps.now().toISOString(),
      result,
      trigger: request.trigger,
      summary: prepared ? summary(prepared.plan) : { create: 0, update: 0, remove: 0, drift: 0 },
      ...(error ? { error } : {}),
      ...(retryable ? { retryable } : {}),
      ...(deps.worker ? { worker: deps.worker } : {}),
    });
  };
}
