import type { AppliedRecord, LiveContainer } from '../live.js';
import type { RenderedService } from '../render/types.js';
import { diffDefinitions } from './diff-definition.js';
import { dependencyOrder } from './order.js';
import type { Action, Drift, FieldChange, Plan, ServicePlan } from './types.js';
import { needsWork } from './types.js';

export interface PlanInput {
  readonly environment: string;
  readonly revision: string;
  /** The rendered services of the projects being planned. */
  readonly desired: readonly RenderedService[];
  /** Live containers of those projects. */
  readonly live: readonly LiveContainer[];
  /** What wharf last applied, if it remembers. */
  readonly applied: AppliedRecord | null;
}

const key = (project: string, composeService: string): string => `${project}/${composeService}`;

function driftOf(
  service: RenderedService,
  containers: readonly LiveContainer[],
  appliedHash: string | undefined,
): Drift[] {
  const drift: Drift[] = [];
  if (containers.length === 0) {
    if (appliedHash !== undefined)
      drift.push({ kind: 'missing', detail: 'no container (removed outside wharf)' });
    return drift;
  }
  const stopped = containers.filter((c) => c.state !== 'running');
  if (stopped.length > 0) {
    drift.push({
      kind: 'stopped',
      detail: stopped.map((c) => `${c.name} is ${c.state}`).join(', '),
    });
  }
  if (appliedHash !== undefined && containers.some((c) => c.configHash !== appliedHash)) {
    drift.push({ kind: 'changed', detail: 'a container differs from what wharf last applied' });
  }
  if (containers.length !== service.replicas) {
    drift.push({
      kind: 'replicas',
      detail: `${containers.length} running, ${service.replicas} wanted`,
    });
  }
  return drift;
}

function planService(
  service: RenderedService,
  containers: readonly LiveContainer[],
  applied: AppliedRecord | null,
): ServicePlan {
  const record = applied?.services[key(service.project, service.composeName)];
  const liveHash = containers[0]?.configHash;
  const drift = driftOf(service, containers, record?.configHash);
  let action: Action;
  let changes: FieldChange[] = [];
  if (containers.length === 0 && !record) {
    action = 'create';
  } else {
    const current = record?.configHash ?? liveHash;
    action = current === service.configHash ? 'unchanged' : 'update';
    if (action === 'update') {
      changes = record
        ? diffDefinitions(record.definition, service.definition)
        : [
            {
              field: 'other',
              before: '(unknown: no record of the last deploy)',
              after: service.configHash,
            },
          ];
      if (!record && containers[0] && containers[0].image !== service.definition.image) {
        changes.unshift({
          field: 'image',
          before: containers[0].image,
          after: service.definition.image,
        });
      }
    }
  }
  return {
    service: service.name,
    composeName: service.composeName,
    project: service.project,
    role: service.role,
    action,
    changes,
    drift,
  };
}

/**
 * What it takes to go from the live containers to the desired services. Pure: the same
 * three inputs always give the same plan.
 */
export function plan(input: PlanInput): Plan {
  const byKey = new Map<string, LiveContainer[]>();
  for (const container of input.live) {
    const k = key(container.project, container.composeService);
    byKey.set(k, [...(byKey.get(k) ?? []), container]);
  }
  const desiredKeys = new Set(input.desired.map((s) => key(s.project, s.composeName)));
  const planned = dependencyOrder(input.desired).map((s) =>
    planService(s, byKey.get(key(s.project, s.composeName)) ?? [], input.applied),
  );

  const removals: ServicePlan[] = [];
  for (const [k, containers] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const first = containers[0];
    if (desiredKeys.has(k) || !first || first.role === 'edge') continue;
    removals.push({
      service: first.service,
      composeName: first.composeService,
      project: first.project,
      role: first.role,
      action: 'remove',
      changes: [],
      drift: [],
    });
  }
  // Apps go before the stateful services they may use.
  removals.sort((a, b) => (a.role === b.role ? 0 : a.role === 'stateless' ? -1 : 1));
  const services = [...planned, ...removals];
  return {
    environment: input.environment,
    revision: input.revision,
    fromRevision: input.applied?.revision ?? null,
    services,
    empty: !services.some(needsWork),
  };
}
