import type { JobRunRecord } from '../core/jobs/job-runs.js';
import type { AppliedRecord } from '../core/live.js';
import type { RenderedFile } from '../core/render/types.js';

/** The stack a deploy hands to Docker, the last one that converged, and a job's run. */
export type StackFileName = 'stack.yml' | 'stack.applied.json' | `job-${string}.stack.yml`;

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
  /**
   * Writes a Swarm stack into a project's folder (as `writeProject` returned it): `stack.yml`
   * for `docker stack deploy`, `stack.applied.json` once it converged, to go back to.
   */
  writeStack(directory: string, name: StackFileName, stack: Record<string, unknown>): Promise<void>;
  readStack(directory: string, name: StackFileName): Promise<Record<string, unknown> | null>;
  /** SHA-256 of files as written, by absolute path ('' for one that is not there). */
  hashFiles(files: readonly string[]): Promise<Readonly<Record<string, string>>>;
  readApplied(environment: string): Promise<AppliedRecord | null>;
  writeApplied(environment: string, record: AppliedRecord): Promise<void>;
  /** The environment's job runs, newest first. */
  readJobRuns(environment: string): Promise<readonly JobRunRecord[]>;
  /** Adds a job run in front (written by the deploy holding the environment's lock). */
  recordJobRun(environment: string, run: JobRunRecord): Promise<void>;
  /** Removes everything wharf keeps for an environment: rendered files, record, secrets. */
  removeEnvironment(environment: string): Promise<void>;
  /**
   * Gives a preview the secrets it needs: each copied from the shared preview store
   * (`secrets/_previews/NAME`) when there, else a new random value. Never production's.
   */
  provisionSecrets(
    environment: string,
    names: readonly string[],
  ): Promise<{ readonly copied: string[]; readonly generated: string[] }>;
  /** Writes one secret into the environment's store; false when it already held that value. */
  putSecret(environment: string, name: string, value: string): Promise<boolean>;
  /** Names of secrets the environment's store lacks, of those given. */
  missingSecrets(environment: string, names: readonly string[]): Promise<string[]>;
}
