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

/**
 * How a service is matched across desired, live and applied state. Stateless services are
 * matched by name whatever their colour, so a new colour is compared with the live one.
 */
function keyOf(role: string, project: string, composeName: string, service: string): string {
  return role === 'stateless' ? `app/${service}` : `${project}/${composeName}`;
}

export function serviceKey(s: RenderedService): string {
  return keyOf(s.role, s.project, s.composeName, s.name);
}

export function containerKey(c: LiveContainer): string {
  return keyOf(c.role, c.project, c.composeService, c.service);
}

export function planKey(p: ServicePlan): string {
  return keyOf(p.role, p.project, p.composeName, p.service);
}

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
  const record = applied?.services[serviceKey(service)];
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
    const k = containerKey(container);
    byKey.set(k, [...(byKey.get(k) ?? []), container]);
  }
  const desiredKeys = new Set(input.desired.map((s) => serviceKey(s)));
  const planned = dependencyOrder(input.desired).map((s) =>
    planService(s, byKey.get(serviceKey(s)) ?? [], input.applied),
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
