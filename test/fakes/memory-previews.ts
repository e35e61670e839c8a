import type {
  PreviewStore,
  PullRequestFields,
  PullRequestRecord,
} from '../../src/ports/preview-store.js';
import { atOnce } from './at-once.js';

type Stored = Omit<PullRequestRecord, 'number' | 'deployments'>;

/** Members ordered as a Redis sorted set orders them: by score, then by name. */
function ordered(set: ReadonlyMap<number, number>): number[] {
  return [...set]
    .sort(([a, sa], [b, sb]) => sa - sb || String(a).localeCompare(String(b)))
    .map(([n]) => n);
}

/**
 * Pull requests and preview slots in memory. Slots and the line are scored by arrival
 * (`now`), and claim and release do in one step what the Redis scripts do.
 */
export function memoryPreviews(now: () => number = Date.now): PreviewStore {
  const records = new Map<number, Partial<Stored>>();
  const deployments = new Map<number, number[]>();
  const active = new Map<number, number>();
  const waiting = new Map<number, number>();

  function get(number: number): Promise<PullRequestRecord | null> {
    const r = records.get(number);
    if (!r?.wish) return Promise.resolve(null);
    return Promise.resolve(
      JSON.parse(
        JSON.stringify({
          number,
          wish: r.wish,
          fork: r.fork ?? false,
          head: r.head ?? '',
          openedAt: r.openedAt ?? '',
          activeAt: r.activeAt ?? '',
          commentId: r.commentId ?? null,
          deployments: deployments.get(number) ?? [],
          validation: r.validation ?? null,
          plans: r.plans ?? null,
          preview: r.preview ?? null,
        }),
      ) as PullRequestRecord,
    );
  }

  return {
    get,
    async list() {
      const found = await Promise.all([...records.keys()].sort((a, b) => a - b).map(get));
      return found.filter((r): r is PullRequestRecord => r !== null);
    },
    update: (number, fields: PullRequestFields) =>
      atOnce(() => {
        const defined = Object.fromEntries(
          Object.entries(fields).filter(([, v]) => v !== undefined),
        );
        records.set(number, {
          ...records.get(number),
          ...(JSON.parse(JSON.stringify(defined)) as Stored),
        });
      }),
    addDeployment: (number, id) =>
      atOnce(() => {
        deployments.set(number, [...(deployments.get(number) ?? []), id]);
      }),
    forget: (number) =>
      atOnce(() => {
        records.delete(number);
        deployments.delete(number);
        active.delete(number);
        waiting.delete(number);
      }),
    claim: (number, maxActive) =>
      atOnce(() => {
        if (active.has(number)) return { active: true, inUse: active.size };
        const inUse = active.size;
        if (inUse < maxActive) {
          waiting.delete(number);
          active.set(number, now());
          return { active: true, inUse: inUse + 1 };
        }
        if (!waiting.has(number)) waiting.set(number, now());
        return { active: false, inUse };
      }),
    release: (number, maxActive) =>
      atOnce(() => {
        active.delete(number);
        waiting.delete(number);
        const moved: number[] = [];
        while (active.size < maxActive) {
          const next = ordered(waiting)[0];
          if (next === undefined) break;
          waiting.delete(next);
          active.set(next, now());
          moved.push(next);
        }
        return moved;
      }),
    slots: () =>
      atOnce(() => {
        return { active: ordered(active), waiting: ordered(waiting) };
      }),
  };
}
