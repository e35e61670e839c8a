// Generated from schemas/ by `npm run gen:types`; do not edit. The schema is the source.

export type Hostname = string;
export type SecretName = string;
export type Name = string;
export type RepoPath = string;
export type VolumeKey = string;

/**
 * One deployed copy of a topology (production, staging, a preview): what wharf runs on a host, rendered to Docker Compose projects behind the edge Nginx.
 */
export interface Environment {
  /**
   * Editor hint; ignored by wharf.
   */
  $schema?: string;
  /**
   * Version of the manifest format. Always `wharf/v1`.
   */
  apiVersion: 'wharf/v1';
  /**
   * Always `Environment` for this file.
   */
  kind: 'Environment';
  /**
   * Environment name, unique in the repository and equal to its key in `wharf.yaml`. Compose projects are named `wharf-<name>-infra` and `wharf-<name>-<colour>`.
   */
  name: string;
  /**
   * Shape of the environment. `minimal`: one host, PostgreSQL behind PgBouncer, RabbitMQ. `hybrid`: PostgreSQL is managed outside the host, PgBouncer on the host points at it. `complete`: everything on one host plus Prometheus and Grafana.
   */
  topology: 'minimal' | 'hybrid' | 'complete';
  /**
   * Public hostname the edge serves this environment on, for example `app.ar`.
   */
  host: string;
  /**
   * Further hostnames served like `host` (for example `www.app.ar`).
   *
   * @maxItems 20
   */
  aliases?: Hostname[];
  /**
   * The host that runs this environment: only agents started with `wharf agent --node NAME` take its deploys, resyncs, backups and scheduled jobs. Without it, the default node (the node of `wharf serve`, `local` unless configured). Moving an environment to another node is refused until it is released from the old one (`wharf node release ENV` there).
   */
  node?: string;
  /**
   * `compose` runs `docker compose` projects on this host. `swarm` deploys the environment as Swarm stacks with `docker stack deploy` (wharf runs on a manager): stateful services pinned to the node, apps rolled out task by task, start-first, gated by their container health checks, and the whole deploy rolled back if any service fails. See docs/scaling.md.
   */
  runtime: 'compose' | 'swarm';
  tls: Tls;
  deploy: DeploySettings;
  maintenance: Maintenance;
  /**
   * Stateless app services (web, api, worker), deployed blue-green. Keys are service names.
   */
  services: {
    [k: string]: AppService | undefined;
  };
  postgres?: Postgres;
  rabbitmq?: RabbitMQ;
  monitoring?: Monitoring;
  backups?: Backups;
  /**
   * Secrets the services use, declared by name. Values never live in the repository in clear.
   */
  secrets?: {
    [k: string]: SecretSource | undefined;
  };
  /**
   * One-shot jobs run by each deploy (migrations before traffic moves, tasks after it, clean-ups when a deploy fails) or on a schedule, in the image of one of the app services with that service's env and secrets. Keys are job names.
   */
  jobs?: {
    [k: string]: Job | undefined;
  };
  /**
   * Named volumes (by their key, like `pgdata`) wharf deletes once no service of the environment uses them any more, for example after their service is removed. Every other volume is kept.
   *
   * @maxItems 20
   */
  pruneVolumes?: VolumeKey[];
  /**
   * Raw Docker Compose fragment merged into the rendered projects, for what the manifest does not model. Only the keys of the allowlist in docs/security.md may appear without a grant in wharf.yaml on the default branch; the policy is checked on the project as Compose resolves it.
   */
  compose?: {
    /**
     * Compose service definitions by name: merged into the rendered service of that name, or run as a new stateful service (which then needs an `image`).
     */
    services?: {
      [k: string]:
        | {
            /**
             * Image of a service the raw block adds or changes; written like an app service's `image`.
             */
            image?: string;
            [k: string]: unknown | undefined;
          }
        | undefined;
    };
    /**
     * Named volumes to add, each `NAME: {}`; wharf creates them as `wharf-<environment>-NAME` with the local driver.
     */
    volumes?: {};
  };
}
/**
 * How the edge serves HTTPS for this environment.
 */
export interface Tls {
  /**
   * `letsencrypt`: certificates by ACME HTTP-01 through the edge, renewed before expiry. `self-signed`: a certificate made by wharf (previews, tests). `none`: plain HTTP only.
   */
  mode: 'letsencrypt' | 'self-signed' | 'none';
  /**
   * Contact address given to the ACME server (expiry notices). Required with `letsencrypt`.
   */
  email?: string;
  /**
   * ACME directory URL. Defaults to Let's Encrypt production.
   */
  acmeDirectory?: string;
  /**
   * Answer plain HTTP with a redirect to HTTPS (ACME challenges excepted).
   */
  redirectHttp: boolean;
}
/**
 * How stateless services are rolled out.
 */
export interface DeploySettings {
  /**
   * `blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime).
   */
  strategy: 'blue-green' | 'recreate';
  /**
   * How long the new colour may take to become healthy before the deploy fails and is undone.
   */
  healthTimeout: string;
  /**
   * How long traffic is watched through the live route after cutover; a failure switches back.
   */
  verify: string;
  /**
   * How long the previous colour stays warm for an instant rollback.
   */
  keepPrevious: string;
  /**
   * Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported.
   */
  selfHeal: boolean;
  /**
   * Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise.
   */
  allowDataLoss: boolean;
  /**
   * Put the environment's maintenance page up for the duration of each deploy that changes what runs: up before the cutover (before stateful services or an in-place update change), down when the deploy ends, whatever its outcome. A page put up by `wharf maintenance on` stays up.
   */
  maintenance: boolean;
}
/**
 * The page the edge answers the environment's public routes with while it is in maintenance (`wharf maintenance on`, or `deploy.maintenance`): HTTP 503 with `Retry-After`; the apps keep running.
 */
export interface Maintenance {
  /**
   * An HTML file of the repository, served as it is (at most 256 KiB), read at the deployed revision. Without it, wharf's default page, which names the environment.
   */
  page?: string;
  /**
   * What the `Retry-After` header tells clients, rounded up to whole seconds; `wharf maintenance on --retry-after` overrides it.
   */
  retryAfter: string;
}
/**
 * A stateless service: deployed blue-green, routed by path through the edge when it has a `route`.
 */
export interface AppService {
  /**
   * Container image. Pin a tag or digest.
   */
  image: string;
  /**
   * Port the service listens on inside its container (never published on the host).
   */
  port?: number;
  /**
   * Path prefix the edge routes to this service, for example `/api`. Requires `port`.
   */
  route?: string;
  /**
   * Remove the route prefix before passing the request on (`/api/users` arrives as `/users`).
   */
  stripPrefix: boolean;
  health?: Health;
  /**
   * Environment variables. Use `secrets` for passwords and keys.
   */
  env?: {
    [k: string]: string | number | boolean | undefined;
  };
  /**
   * Names of secrets (declared under the top-level `secrets`) mounted at `/run/secrets/NAME`; `NAME_FILE` holds that path.
   *
   * @maxItems 50
   */
  secrets?: SecretName[];
  /**
   * Number of containers of this service in each colour.
   */
  replicas: number;
  resources?: Resources;
  /**
   * Overrides the image's command.
   *
   * @minItems 1
   * @maxItems 100
   */
  command?: [string, ...string[]];
  /**
   * Services (or `postgres`, `pgbouncer`, `rabbitmq`) that must be healthy before this one starts.
   *
   * @maxItems 50
   */
  dependsOn?: Name[];
}
/**
 * How wharf and Docker tell that a service is healthy. Routed services are also probed over HTTP through the edge.
 */
export interface Health {
  /**
   * HTTP path that answers 2xx when the service is healthy.
   */
  path?: string;
  /**
   * Command run inside the container; exit 0 means healthy (for services without HTTP, such as workers).
   *
   * @minItems 1
   * @maxItems 50
   */
  command?: [string, ...string[]];
  /**
   * Time between checks.
   */
  interval: string;
  /**
   * Time one check may take.
   */
  timeout: string;
  /**
   * Consecutive failures before the service counts as unhealthy.
   */
  retries: number;
  /**
   * Grace period after start during which failures do not count.
   */
  startPeriod: string;
}
/**
 * Limits applied to each container of the service.
 */
export interface Resources {
  /**
   * CPU limit in cores, for example `0.5`.
   */
  cpus?: number;
  /**
   * Memory limit, for example `512M`.
   */
  memory?: string;
}
/**
 * PostgreSQL behind PgBouncer. Local (in the infra project, data in a named volume) unless `external` is set.
 */
export interface Postgres {
  /**
   * Image of the local server. Not allowed with `external`.
   */
  image: string;
  /**
   * Database the apps use.
   */
  database: string;
  /**
   * Role the apps log in as.
   */
  user: string;
  /**
   * Name of the secret that holds the role's password.
   */
  passwordSecret: string;
  /**
   * Named volume of the local server's data. Not allowed with `external`.
   */
  volume: string;
  /**
   * SQL file of this repository run once, as the role in its database, when the local server's data volume is first created. Not allowed with `external`.
   */
  seed?: string;
  external?: ExternalPostgres;
  pgbouncer: PgBouncer;
}
/**
 * A managed PostgreSQL outside the host (the `hybrid` topology). Reached only through the host's PgBouncer.
 */
export interface ExternalPostgres {
  /**
   * Hostname of the managed server.
   */
  host: string;
  /**
   * Port of the managed server.
   */
  port: number;
  /**
   * TLS mode PgBouncer uses towards the managed server.
   */
  sslmode: 'disable' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
  /**
   * PEM file of this repository with the certificate authority that signed the managed server's certificate (providers publish theirs), for `verify-ca` and `verify-full`. Without it, the image's system authorities.
   */
  caFile?: string;
}
/**
 * The connection pooler every app connects through.
 */
export interface PgBouncer {
  /**
   * PgBouncer image.
   */
  image: string;
  /**
   * When a server connection returns to the pool: after the client disconnects, after each transaction, or after each statement.
   */
  poolMode: 'session' | 'transaction' | 'statement';
  /**
   * Most client connections PgBouncer accepts.
   */
  maxClientConn: number;
  /**
   * Server connections per database and user pair.
   */
  defaultPoolSize: number;
  /**
   * Extra server connections allowed when a pool is exhausted.
   */
  reservePoolSize: number;
}
/**
 * The message broker, with its management UI routed through the edge.
 */
export interface RabbitMQ {
  /**
   * RabbitMQ image, with the management plugin.
   */
  image: string;
  /**
   * User the apps log in as.
   */
  user: string;
  /**
   * Name of the secret that holds the user's password.
   */
  passwordSecret: string;
  /**
   * Virtual host the apps use.
   */
  vhost: string;
  /**
   * Named volume of the broker's data.
   */
  volume: string;
  /**
   * The management UI.
   */
  management: {
    /**
     * Path the edge serves the management UI on.
     */
    route: string;
  };
}
/**
 * Prometheus and Grafana (the `complete` topology).
 */
export interface Monitoring {
  prometheus?: Prometheus;
  grafana?: Grafana;
}
/**
 * Prometheus, scraping Nginx, RabbitMQ, PostgreSQL and wharf; data in a named volume.
 */
export interface Prometheus {
  /**
   * Prometheus image.
   */
  image: string;
  /**
   * How long samples are kept.
   */
  retention: string;
  /**
   * How often targets are scraped.
   */
  scrapeInterval: string;
  /**
   * Named volume of the time-series data.
   */
  volume: string;
  /**
   * Alerting and recording rule files in the repository.
   *
   * @maxItems 50
   */
  rules?: RepoPath[];
}
/**
 * Grafana, routed through the edge and provisioned with the Prometheus data source and dashboards.
 */
export interface Grafana {
  /**
   * Grafana image.
   */
  image: string;
  /**
   * Path the edge serves Grafana on.
   */
  route: string;
  /**
   * Name of the secret that holds the Grafana admin password.
   */
  adminPasswordSecret: string;
  /**
   * Named volume of Grafana's own database.
   */
  volume: string;
  /**
   * Dashboard JSON files in the repository, provisioned into Grafana.
   *
   * @maxItems 100
   */
  dashboards?: RepoPath[];
}
/**
 * Scheduled backups, written outside the containers under the state directory.
 */
export interface Backups {
  /**
   * When to back up, as a cron expression (host time).
   */
  schedule: string;
  /**
   * Number of backups kept; older ones are deleted.
   */
  keep: number;
  /**
   * What to back up: the database (`pg_dump`), RabbitMQ definitions, wharf's rendered config.
   */
  include: ('postgres' | 'rabbitmq' | 'config')[];
}
/**
 * Where a secret's value comes from.
 */
export interface SecretSource {
  /**
   * `store`: a file under the state directory (`secrets/<environment>/<NAME>`), written by the operator. `file`: an age-encrypted file in this repository, decrypted at apply time.
   */
  source: 'store' | 'file';
  /**
   * With `source: file`: the encrypted file, relative to the repository root.
   */
  path?: string;
}
/**
 * A command run to completion in an app service's image.
 */
export interface Job {
  /**
   * The app service (a key of `services`) whose image of the revision being deployed, env and secrets the job runs with, on the environment's network.
   */
  service: string;
  /**
   * The command, replacing the image's; exit 0 is success.
   *
   * @minItems 1
   * @maxItems 100
   */
  command: [string, ...string[]];
  /**
   * When a deploy runs it. `before-cutover`: once the new version's containers have started, before its health gate and before traffic moves to it (migrations: the new version may need them to be healthy at all); a failure stops the deploy and the old version keeps serving. `after-cutover`: once traffic has moved, before verification; a failure switches traffic back. `on-failure`: after a deploy failed or was rolled back; its own failure changes nothing. A job has either `phase` or `schedule`, not both.
   */
  phase?: 'before-cutover' | 'after-cutover' | 'on-failure';
  /**
   * Run the job on this cron schedule (host time) instead of with deploys: five fields, or six with seconds first. One wharf process of the host or cluster runs each tick once, in the live colour at the applied revision; a tick that comes while the previous run still goes, or while no wharf runs, is missed and reported, never run later. A job has either `phase` or `schedule`, not both.
   */
  schedule?: string;
  /**
   * How long the job may run; then it is stopped and counts as failed.
   */
  timeout: string;
  /**
   * Put the environment's maintenance page up before this job runs (see `maintenance`); it comes down when the deploy ends, whatever its outcome. For jobs with a `phase` only: a scheduled job runs outside deploys.
   */
  maintenance: boolean;
}
