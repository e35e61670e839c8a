// Keys whose lists add up when a raw `compose` block is merged, as in Compose's own override
// files; any other list, and every scalar, is replaced.
const appendedLists = new Set([
  'volumes',
  'ports',
  'secrets',
  'configs',
  'extra_hosts',
  'dns',
  'cap_add',
  'devices',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges a raw Compose service fragment over wharf's rendered definition. */
export function mergeCompose(
  base: Readonly<Record<string, unknown>>,
  override: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    if (isObject(current) && isObject(value)) {
      merged[key] = mergeCompose(current, value);
    } else if (Array.isArray(current) && Array.isArray(value) && appendedLists.has(key)) {
      const before = current as unknown[];
      const extra = value as unknown[];
      merged[key] = [
        ...before,
        ...extra.filter((item) => !before.some((c) => JSON.stringify(c) === JSON.stringify(item))),
      ];
    } else {
      merged[key] = value;
    }
  }
  return merged;
}
