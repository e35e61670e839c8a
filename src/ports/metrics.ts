/**
 * What wharf counts as it runs; `/metrics` exposes it with what it reads at scrape time.
 * Deploys are counted with their history records (HistoryStore.tally), by any process.
 */
export interface Metrics {
  /** A webhook delivery and what became of it (`queued`, `duplicate`, `ignored`, `unauthorized`...). */
  webhook(event: string, outcome: string): void;
}

/** For commands that run once: nothing scrapes them. */
export const noMetrics: Metrics = {
  webhook: () => undefined,
};
