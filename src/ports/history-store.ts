import type { DeployRecord } from '../core/deploy-record.js';
import type { DeployTally } from '../core/deploy-tally.js';

// The record is data that core's status reads too; the store's users import it from here.
export type { DeployRecord, DeployResult } from '../core/deploy-record.js';

export interface LatestOf {
  readonly newest: DeployRecord | null;
  readonly lastSeen: string | null;
}

/** Deploy history per environment, newest first. */
export interface HistoryStore {
  record(entry: DeployRecord): Promise<void>;
  list(environment: string, limit: number): Promise<DeployRecord[]>;
  environments(): Promise<string[]>;
  /** The newest commit seen as desired for an environment, so it never moves back by itself. */
  lastSeen(environment: string, ref?: string): Promise<string | null>;
  markSeen(environment: string, revision: string, ref?: string): Promise<void>;
  /**
   * Drops all the store keeps of an environment that is gone (a closed preview): its records,
   * its place in the list of environments, its branch's last seen commit and its tally.
   */
  forget(environment: string): Promise<void>;
  /** The newest record and the last seen revision of each environment given, read together. */
  latestOf(environments: readonly string[]): Promise<ReadonlyMap<string, LatestOf>>;
  /** Deploys counted since the store began, kept as records are written (`/metrics`). */
  tally(): Promise<DeployTally[]>;
}
