/** One backup of an environment: a folder under the state directory. */
export interface BackupEntry {
  readonly id: string;
  readonly environment: string;
  readonly createdAt: string;
  /** What it holds (`postgres.dump`, `rabbitmq-definitions.json`, `config`) and sizes in bytes. */
  readonly parts: readonly { readonly name: string; readonly bytes: number }[];
}

/** Where PostgreSQL runs and how to log in to it (the password file is inside the container). */
export interface PostgresTarget {
  readonly container: string;
  readonly user: string;
  readonly database: string;
  readonly passwordFile: string;
}

export interface BackupRequest {
  readonly environment: string;
  readonly postgres?: PostgresTarget;
  readonly rabbitmqContainer?: string;
  /** Copy wharf's rendered files of the environment. */
  readonly config: boolean;
  /** Backups kept after this one; older ones are deleted. */
  readonly keep: number;
}

/** Backups written outside the containers, by `pg_dump` and `rabbitmqctl` run inside them. */
export interface Backups {
  list(environment: string): Promise<BackupEntry[]>;
  run(request: BackupRequest): Promise<BackupEntry>;
  /** Restores the database and RabbitMQ definitions of backup `id` into the running servers. */
  restore(
    environment: string,
    id: string,
    targets: { readonly postgres?: PostgresTarget; readonly rabbitmqContainer?: string },
  ): Promise<BackupEntry>;
}
