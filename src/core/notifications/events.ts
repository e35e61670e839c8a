/** What wharf tells people about; each receiver picks the kinds it wants. */
export const notificationKinds = [
  'deploy-succeeded',
  'deploy-failed',
  'rolled-back',
  'blocked',
  'waiting',
  'preview-ready',
  'preview-removed',
  'certificate-failed',
  'backup-failed',
] as const;

export type NotificationKind = (typeof notificationKinds)[number];

/**
 * What a deploy waits for: the environment's lock (another process deploys it), a live agent
 * on the environment's node, or a free preview slot (`previews.maxActive`).
 */
export type WaitingReason = 'lock' | 'agent' | 'preview-slots';

/** One thing that happened to one environment, as the pipeline knows it. Plain data, JSON-safe. */
export interface NotificationEvent {
  readonly kind: NotificationKind;
  readonly environment: string;
  /** When it happened, ISO 8601. */
  readonly at: string;
  /** The commit sha, when the event concerns one. */
  readonly revision?: string;
  /** Who pushed, when the forge said. */
  readonly pushedBy?: string;
  /** What changed: the plan's summary (`web (update: image)`). */
  readonly changes?: string;
  /** Why it failed, was blocked or was removed; what it waits for, in words. */
  readonly reason?: string;
  /** `waiting` only. */
  readonly waitingFor?: WaitingReason;
  /** Where the environment or preview answers. */
  readonly url?: string;
  /** The deploy's id (history, logs). */
  readonly deploy?: string;
  /**
   * Events with the same key are delivered once per receiver while the first is remembered:
   * a deploy that waits for the lock retries every few seconds, and says so once.
   */
  readonly dedupeKey?: string;
}

/** An event as delivered: with the commit's page on the forge when one is known. */
export interface NotificationContext {
  readonly revisionUrl?: string;
}
