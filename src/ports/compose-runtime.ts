import type { ComposeModel } from '../core/policy/resolved-project.js';

/** A Compose project on disk: its name and the folder holding compose.yaml. */
export interface ComposeTarget {
  readonly environment: string;
  readonly project: string;
  readonly directory: string;
}

export interface UpOptions {
  /** Wait until the services are running and healthy, at most this long. */
  readonly waitSeconds?: number;
  /** Remove containers of services no longer in the file. */
  readonly removeOrphans?: boolean;
  /** Each line Compose prints while it works. */
  readonly onOutput?: (line: string) => void;
}

export interface JobRunOptions {
  /** The run's container name, removed first if a run cut off earlier left it. */
  readonly container: string;
  /** Past this the container is removed and the run counts as timed out. */
  readonly timeoutMs: number;
  /** Each line the job prints, stdout and stderr alike. */
  readonly onOutput: (line: string) => void;
  /** Variables set in the run's container on top of its service's (a scheduled run's tick). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface JobExit {
  /** null when it did not exit by itself (timed out, or could not be started at all). */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

/** The `docker compose` calls wharf makes. Failures throw ComposeError. */
export interface ComposeRuntime {
  /**
   * The project as Compose itself reads it (`docker compose config --format json`): what
   * Docker will run, every default, merge and spelling applied. Rejections throw ComposeError.
   */
  resolve(target: ComposeTarget): Promise<ComposeModel>;
  /** Creates or updates exactly the named services (none: all). */
  up(target: ComposeTarget, services: readonly string[], options?: UpOptions): Promise<void>;
  /** Creates the named services' containers without starting them. */
  create(target: ComposeTarget, services: readonly string[]): Promise<void>;
  /** Stops the named services' containers, keeping them (workers of a warm colour). */
  stop(target: ComposeTarget, services: readonly string[]): Promise<void>;
  /** Starts the named services' existing containers. */
  start(target: ComposeTarget, services: readonly string[]): Promise<void>;
  /** Stops and removes the named services' containers; their volumes stay. */
  remove(target: ComposeTarget, services: readonly string[]): Promise<void>;
  /** Stops and removes the whole project's containers and networks; volumes stay. */
  down(target: ComposeTarget): Promise<void>;
  /** Runs a command in a service's running container and returns its output. */
  exec(target: ComposeTarget, service: string, command: readonly string[]): Promise<string>;
  /** Runs a job's service once to completion in a container of its own, then removes it. */
  runJob(target: ComposeTarget, service: string, options: JobRunOptions): Promise<JobExit>;
}
