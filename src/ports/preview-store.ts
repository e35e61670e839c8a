import type {
  EnvironmentChanges,
  PreviewReport,
  ValidationReport,
} from '../core/previews/pr-comment.js';

/**
 * What the pull request asks for: `open` wants a preview; `closed` (merged or not) and
 * `expired` (idle past the ttl) want none; `refused` is a fork that may not have one.
 */
export type PreviewWish = 'open' | 'closed' | 'expired' | 'refused';

export interface PullRequestRecord {
  readonly number: number;
  readonly wish: PreviewWish;
  readonly fork: boolean;
  /** The head commit last seen (sha). */
  readonly head: string;
  readonly openedAt: string;
  /** When the head last changed: the ttl counts from here. */
  readonly activeAt: string;
  readonly commentId: number | null;
  /** GitHub Deployments made for the preview, made `inactive` when it goes. */
  readonly deployments: readonly number[];
  readonly validation: ValidationReport | null;
  readonly plans: readonly EnvironmentChanges[] | null;
  readonly preview: PreviewReport | null;
}

export type PullRequestFields = Partial<Omit<PullRequestRecord, 'number' | 'deployments'>>;

/** Pull requests wharf knows of, and the preview slots (at most `maxActive` hold one). */
export interface PreviewStore {
  get(number: number): Promise<PullRequestRecord | null>;
  list(): Promise<PullRequestRecord[]>;
  /** Sets some fields; each is stored apart, so two writers of different fields never clash. */
  update(number: number, fields: PullRequestFields): Promise<void>;
  addDeployment(number: number, id: number): Promise<void>;
  forget(number: number): Promise<void>;
  /**
   * Gives the pull request a slot if it holds one or one is free (atomically, across
   * processes); otherwise puts it in line. Returns its place: `active` or `waiting` (with
   * the slots in use).
   */
  claim(number: number, maxActive: number): Promise<{ active: boolean; inUse: number }>;
  /** Frees the pull request's slot or place in line; returns those moved from line to a slot. */
  release(number: number, maxActive: number): Promise<number[]>;
  /** Numbers holding a slot, and those in line (oldest first). */
  slots(): Promise<{ active: number[]; waiting: number[] }>;
}
