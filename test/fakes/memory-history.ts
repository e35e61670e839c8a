import { parseTally, tallyEnvironmentOf, tallyIncrements } from '../../src/core/deploy-tally.js';
import { scrubCredentials } from '../../src/core/scrub-credentials.js';
import type { DeployRecord, HistoryStore } from '../../src/ports/history-store.js';
import { atOnce } from './at-once.js';

const keep = 200;

/** Deploy history in memory: a capped list per environment, newest first, scrubbed as stored. */
export function memoryHistory(): HistoryStore {
  const lists = new Map<string, string[]>();
  const seen = new Map<string, string>();
  const tally = new Map<string, number>();
  return {
    record: (entry) =>
      atOnce(() => {
        const list = [
          scrubCredentials(JSON.stringify(entry)),
          ...(lists.get(entry.environment) ?? []),
        ];
        lists.set(entry.environment, list.slice(0, keep));
        if (entry.result === 'synced') return;
        const seconds = Math.max(
          0,
          (Date.parse(entry.finishedAt) - Date.parse(entry.startedAt)) / 1000,
        );
        for (const [field, by] of Object.entries(
          tallyIncrements(entry.environment, entry.result, seconds),
        ))
          tally.set(field, (tally.get(field) ?? 0) + by);
      }),
    forget: (environment) =>
      atOnce(() => {
        lists.delete(environment);
        seen.delete(environment);
        for (const field of [...tally.keys()])
          if (tallyEnvironmentOf(field) === environment) tally.delete(field);
      }),
    list: (environment, limit) =>
      atOnce(() => {
        return (lists.get(environment) ?? [])
          .slice(0, Math.max(1, limit))
          .map((item) => JSON.parse(item) as DeployRecord);
      }),
    environments: () =>
      atOnce(() => {
        return [...lists.keys()].sort();
      }),
    lastSeen: (environment, ref) =>
      atOnce(() => {
        return seen.get(ref ? `${environment}:${ref}` : environment) ?? null;
      }),
    markSeen: (environment, revision, ref) =>
      atOnce(() => {
        seen.set(ref ? `${environment}:${ref}` : environment, revision);
      }),
    latestOf: (environments) =>
      atOnce(() => {
        return new Map(
          environments.map((env) => {
            const newest = lists.get(env)?.[0];
            return [
              env,
              {
                newest: newest === undefined ? null : (JSON.parse(newest) as DeployRecord),
                lastSeen: seen.get(env) ?? null,
              },
            ];
          }),
        );
      }),
    tally: () =>
      atOnce(() => {
        return parseTally(Object.fromEntries([...tally].map(([k, v]) => [k, String(v)])));
      }),
  };
}
