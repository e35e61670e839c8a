/** How a deploy ended: `synced` when there was nothing to change. */
export type DeployResult = 'synced' | 'success' | 'failed' | 'rolled-back';

export interface DeployRecord {
  readonly id: string;
  readonly environment: string;
  readonly revision: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly result: DeployResult;
  /** Who or what asked: `cli:root`, `webhook:push`, `resync`. */
  readonly trigger: string;
  readonly summary: {
    readonly create: number;
    readonly update: number;
    readonly remove: number;
    readonly drift: number;
  };
  readonly error?: string;
  /** The failure may pass by itself (network, a busy daemon); the revision is not marked bad. */
  readonly retryable?: boolean;
  /** The wharf process that ran it (`host:pid`); absent in records written before it was kept. */
  readonly worker?: string;
}
