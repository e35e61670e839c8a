import type { DeployResult } from './history-store.js';

/** What wharf counts as it runs; `/metrics` exposes it with what it reads at scrape time. */
export interface Metrics {
  /** A deploy ended (`synced`, which changed nothing, is not a deploy). */
  deployFinished(environment: string, result: DeployResult, seconds: number): void;
  /** A webhook delivery and what became of it (`queued`, `duplicate`, `ignored`, `unauthorized`...). */
  webhook(event: string, outcome: string): void;
}

/** For commands that run once: nothing scrapes them. */
export const noMetrics: Metrics = {
  deployFinished: () => undefined,
  webhook: () => undefined,
};
