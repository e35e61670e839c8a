const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const pattern = /^([0-9]{1,6})(ms|s|m|h|d)$/;

/** Milliseconds of a manifest duration such as `30s` or `2h`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const [, amount, unit] = match;
  return Number(amount) * units[unit as keyof typeof units];
}

/** Milliseconds of a duration the schema has already checked (a validated manifest's). */
export function durationMs(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new Error(`not a duration: ${JSON.stringify(text)}`);
  return ms;
}

/** A time taken, for people: tenths of a second under 10 s (`2.4s`), whole seconds above. */
export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}
