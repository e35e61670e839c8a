import type { ServiceRole } from '../render/types.js';

export type Action = 'create' | 'update' | 'remove' | 'unchanged';

export type PlanField =
  | 'image'
  | 'env'
  | 'command'
  | 'ports'
  | 'volumes'
  | 'health'
  | 'resources'
  | 'replicas'
  | 'secrets'
  | 'files'
  | 'other';

export interface FieldChange {
  readonly field: PlanField;
  readonly before: unknown;
  readonly after: unknown;
}

export type DriftKind = 'missing' | 'stopped' | 'changed' | 'replicas';

export interface Drift {
  readonly kind: DriftKind;
  readonly detail: string;
}

export interface ServicePlan {
  /** Name in the manifest (`web`, `postgres`). */
  readonly service: string;
  readonly composeName: string;
  readonly project: string;
  readonly role: ServiceRole;
  readonly action: Action;
  readonly changes: readonly FieldChange[];
  readonly drift: readonly Drift[];
}

export interface Plan {
  readonly environment: string;
  readonly revision: string;
  /** Revision of the last deploy, if wharf remembers one. */
  readonly fromRevision: string | null;
  /** In dependency order: databases before poolers before apps; removals last. */
  readonly services: readonly ServicePlan[];
  /** Nothing to create, update, remove or repair. */
  readonly empty: boolean;
}

/** A service needs work: a change, or drift to repair. */
export function needsWork(service: ServicePlan): boolean {
  return service.action !== 'unchanged' || service.drift.length > 0;
}
