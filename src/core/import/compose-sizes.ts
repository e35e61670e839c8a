/**
 * Compose memory sizes: a number of bytes, or a number and a unit `b`, `k`, `m`, `g` (optionally
 * followed by `b`), decimals allowed (docs.docker.com/reference/compose-file/extension/
 * #specifying-byte-values). wharf's `resources.memory` is a whole number and `K`, `M` or `G`.
 */
const unitBytes: Readonly<Record<string, number>> = {
  b: 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
};

const wharfUnits = [
  ['G', 1024 ** 3],
  ['M', 1024 ** 2],
  ['K', 1024],
] as const;

export type SizeResult =
  { readonly ok: true; readonly value: string; readonly rounded: boolean } | { readonly ok: false };

function bytesOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*([0-9]*\.?[0-9]+)\s*([bkmgt]?)b?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Number(match[1]) * (unitBytes[(match[2] || 'b').toLowerCase()] ?? 1);
  return bytes > 0 ? bytes : undefined;
}

/** A Compose memory size as wharf writes it; `rounded` when it was not a whole number of KiB. */
export function wharfMemory(value: unknown): SizeResult {
  const bytes = bytesOf(value);
  if (bytes === undefined) return { ok: false };
  const whole = Math.ceil(bytes / 1024) * 1024;
  for (const [unit, size] of wharfUnits) {
    if (whole % size === 0 && whole / size <= 999_999)
      return { ok: true, value: `${whole / size}${unit}`, rounded: whole !== bytes };
  }
  return { ok: false };
}

/** A Compose CPU count (`0.5`, `"1.5"`) as a number of cores, or undefined. */
export function cpuCount(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 256 ? n : undefined;
}
