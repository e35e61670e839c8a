import type { ServiceDefinition } from '../render/types.js';
import { stableJson } from '../stable-json.js';
import type { FieldChange, PlanField } from './types.js';

const secretLooking = /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY/i;
export const masked = '******';

/** Environment values whose names look secret are shown as `******` in plans. */
export function maskEnv(env: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, secretLooking.test(k) ? masked : v]),
  );
}

const fields: readonly PlanField[] = [
  'image',
  'env',
  'command',
  'ports',
  'volumes',
  'health',
  'resources',
  'replicas',
  'secrets',
  'files',
  'other',
];

function envChange(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): FieldChange | undefined {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = keys.filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return undefined;
  const pick = (env: Readonly<Record<string, string>>): Record<string, string> =>
    maskEnv(Object.fromEntries(changed.filter((k) => k in env).map((k) => [k, env[k] ?? ''])));
  return { field: 'env', before: pick(before), after: pick(after) };
}

/** The fields that differ between what was applied and what is desired, secrets masked. */
export function diffDefinitions(
  before: ServiceDefinition,
  after: ServiceDefinition,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (field === 'env') {
      const change = envChange(before.env, after.env);
      if (change) changes.push(change);
    } else if (stableJson(before[field]) !== stableJson(after[field])) {
      changes.push({ field, before: before[field], after: after[field] });
    }
  }
  return changes;
}
