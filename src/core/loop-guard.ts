export interface PastDeploy {
  readonly revision: string;
  readonly result: 'synced' | 'success' | 'failed' | 'rolled-back';
  /** A failure that may pass by itself (network, a busy daemon) does not mark a revision bad. */
  readonly retryable?: boolean;
}

/**
 * Why a revision must not be deployed again without `--retry`, or null if it may: its last
 * deploy failed for a reason that will not pass by itself, or was rolled back (DESIGN.md,
 * "Deploy" step 8). `history` is newest first.
 */
export function loopGuard(history: readonly PastDeploy[], revision: string): string | null {
  const last = history.find((entry) => entry.revision === revision);
  if (!last) return null;
  if (last.result === 'rolled-back') return `revision ${revision.slice(0, 12)} was rolled back`;
  if (last.result === 'failed' && !last.retryable)
    return `revision ${revision.slice(0, 12)} failed to deploy`;
  return null;
}
