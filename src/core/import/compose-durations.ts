/**
 * Compose durations are Go durations: `1m30s`, `1.5s`, `500ms`, `10us`
 * (docs.docker.com/reference/compose-file/extension/#specifying-durations, Go's
 * time.ParseDuration). A wharf duration is one whole number and one unit: `90s`.
 */
const goUnits: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
};

// Largest first: the first unit that divides the length exactly gives the shortest spelling.
const wharfUnits = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
] as const;

const maxAmount = 999_999;

export type DurationResult =
  { readonly ok: true; readonly value: string; readonly rounded: boolean } | { readonly ok: false };

/** Milliseconds of a Go duration, or undefined when `text` is not one. */
function goDurationMs(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (!/^([0-9]*\.?[0-9]+|[0-9]+\.)(ns|us|µs|μs|ms|s|m|h)/.test(trimmed)) return undefined;
  let total = 0;
  let rest = trimmed;
  while (rest.length > 0) {
    const match = /^([0-9]*\.?[0-9]*)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    const amount = match?.[1];
    const unit = match?.[2];
    if (!match || !amount || amount === '.' || !unit) return undefined;
    total += Number(amount) * (goUnits[unit] ?? 0);
    rest = rest.slice(match[0].length);
  }
  return total;
}

/** A Compose duration as wharf writes it; `rounded` when it had a part below a millisecond. */
export function wharfDuration(value: unknown): DurationResult {
  if (typeof value !== 'string') return { ok: false };
  const exact = goDurationMs(value);
  if (exact === undefined) return { ok: false };
  const ms = Math.ceil(exact);
  if (ms === 0) return { ok: true, value: '0s', rounded: exact !== 0 };
  for (const [unit, size] of wharfUnits) {
    if (ms % size === 0 && ms / size <= maxAmount) {
      return { ok: true, value: `${ms / size}${unit}`, rounded: ms !== exact };
    }
  }
  return { ok: false };
}
