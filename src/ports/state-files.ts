import type { AppliedRecord } from '../core/live.js';
import type { RenderedFile } from '../core/render/types.js';

/** wharf's files under the state directory: rendered projects, the applied record, secrets. */
export interface StateFiles {
  readonly root: string;
  /** Writes a project's compose.yaml and files atomically; secrets are filled in from the store. */
  writeProject(
    environment: string,
    directory: string,
    compose: Record<string, unknown>,
    files: readonly RenderedFile[],
  ): Promise<string>;
  readApplied(environment: string): Promise<AppliedRecord | null>;
  writeApplied(environment: string, record: AppliedRecord): Promise<void>;
  /** Names of secrets the environment's store lacks, of those given. */
  missingSecrets(environment: string, names: readonly string[]): Promise<string[]>;
}
