/**
 * Deploys counted by environment and result, with their durations in histogram buckets: kept
 * beside the history (in Redis) by whichever process deploys, so one `/metrics` reports the
 * deploys of agents and commands too. Deploys that changed nothing (`synced`) are not counted.
 */
export const deployBuckets = [5, 10, 20, 30, 60, 120, 300, 600, 1200] as const;

export interface DeployTally {
  readonly environment: string;
  readonly result: string;
  readonly count: number;
  readonly sumSeconds: number;
  /** Deploys that took at most each of `deployBuckets`, in that order (cumulative). */
  readonly buckets: readonly number[];
}

const separator = '\t';

/** The hash fields one finished deploy adds to, and by how much. */
export function tallyIncrements(
  environment: string,
  result: string,
  seconds: number,
): Record<string, number> {
  const key = (part: string) => [environment, result, part].join(separator);
  const fields: Record<string, number> = { [key('count')]: 1, [key('sum')]: seconds };
  for (const bound of deployBuckets) if (seconds <= bound) fields[key(`le${bound}`)] = 1;
  return fields;
}

/** The environment a field of the tally counts for. */
export function tallyEnvironmentOf(field: string): string {
  return field.split(separator)[0] ?? '';
}

/** The tally back from the hash's fields. */
export function parseTally(fields: Readonly<Record<string, string>>): DeployTally[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const [field, raw] of Object.entries(fields)) {
    const [environment, result, part] = field.split(separator);
    if (!environment || !result || !part) continue;
    const id = `${environment}${separator}${result}`;
    const parts = byKey.get(id) ?? new Map<string, number>();
    parts.set(part, Number(raw));
    byKey.set(id, parts);
  }
  return [...byKey.entries()]
    .map(([id, parts]) => {
      const [environment = '', result = ''] = id.split(separator);
      return {
        environment,
        result,
        count: parts.get('count') ?? 0,
        sumSeconds: parts.get('sum') ?? 0,
        buckets: deployBuckets.map((b) => parts.get(`le${b}`) ?? 0),
      };
    })
    .sort((a, b) => `${a.environment} ${a.result}`.localeCompare(`${b.environment} ${b.result}`));
}
