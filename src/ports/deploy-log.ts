/** One line of a deploy's log, as the CLI printed it and the dashboard shows it. */
export interface DeployLogLine {
  readonly time: string;
  readonly environment: string;
  readonly step: string;
  readonly message: string;
  readonly revision?: string;
}

/** Each deploy's own log, kept after it ends, and which deploy runs now per environment. */
export interface DeployLog {
  /** Marks `id` as the deploy running in `environment`. */
  start(id: string, environment: string): Promise<void>;
  append(id: string, line: DeployLogLine): Promise<void>;
  finish(id: string, environment: string): Promise<void>;
  /** The lines of a deploy from index `from` on (all by default); empty if unknown. */
  lines(id: string, from?: number): Promise<DeployLogLine[]>;
  /** Lines from index `from` on, and whether that deploy still runs (a live view polls this). */
  read(id: string, from: number): Promise<{ lines: DeployLogLine[]; running: boolean }>;
  /** The id of the deploy running in an environment now, if any. */
  running(environment: string): Promise<string | null>;
  /** The same for each environment given, read together; null where none runs. */
  runningIn(environments: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
}
