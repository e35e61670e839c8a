// Generated from schemas/ by `npm run gen:types`; do not edit. The schema is the source.

/**
 * Settings of one wharf installation (one host): where the environments repository is, where wharf keeps its state, how to reach Redis, and how the edge listens. Secrets (tokens) are named by file, never written here.
 */
export interface WharfConfig {
  /**
   * Editor hint; ignored by wharf.
   */
  $schema?: string;
  /**
   * The environments repository.
   */
  repository: {
    /**
     * Clone URL (https://, ssh://, file://) or local path of the environments repository.
     */
    url: string;
    /**
     * File holding a token for HTTPS clones (a GitHub token with read access to the repository).
     */
    tokenFile?: string;
  };
  /**
   * Where wharf keeps rendered Compose projects, the repository mirror and the secret store.
   */
  stateDir: string;
  /**
   * Identity of this wharf installation, carried by the edge and every container it deploys (label `wharf.installation`): another installation on the same Docker host refuses to adopt them. Default: the id kept in `<stateDir>/installation-id`, written at random the first time wharf starts.
   */
  installationId?: string;
  /**
   * Redis for history, locks and (with `wharf serve`) the job queue.
   */
  redis: {
    /**
     * Redis URL.
     */
    url: string;
    /**
     * Prefix of every key wharf writes, so several installations can share a Redis.
     */
    prefix: string;
  };
  /**
   * The host's Nginx, the only entry point of every environment.
   */
  edge: {
    /**
     * Compose project of the edge (its container is `<project>-nginx-1`). One per Docker host for the installation that serves it; a second installation on the same host needs its own project and ports.
     */
    project: string;
    /**
     * Nginx image of the edge: Nginx 1.27.3 or newer (upstream servers are resolved at run time, with `resolve`).
     */
    image: string;
    /**
     * Address the edge's ports are published on.
     */
    bind: string;
    /**
     * Host port for HTTP.
     */
    httpPort: number;
    /**
     * Host port for HTTPS.
     */
    httpsPort: number;
    /**
     * Host port of the preview listener, where wharf probes a new colour before it gets traffic. Always bound to 127.0.0.1.
     */
    previewPort: number;
    /**
     * Certificates are renewed when they expire sooner than this (checked on every reconcile).
     */
    renewBefore: string;
    /**
     * Longest one request to the ACME server may take before the issuance gives up (retried at the next reconcile).
     */
    acmeTimeout: string;
    /**
     * Longest a whole ACME issuance (order, challenges, polling) may take. It runs after the deploy released the environment's lock, so it never holds a deploy.
     */
    acmeDeadline: string;
    /**
     * PEM file of a certificate authority to trust for the ACME server's own HTTPS (a private or test ACME server); the system's authorities otherwise.
     */
    acmeCaFile?: string;
    /**
     * ACME directory for environments whose manifest names none (for example Let's Encrypt's staging server while trying wharf out). Default: Let's Encrypt production.
     */
    acmeDirectory?: string;
  };
  /**
   * Image substitutions on this host: the image a manifest names -> the image run instead (a local mirror, or test images).
   */
  images: {
    [k: string]: string | undefined;
  };
  /**
   * Private registries and the credentials to pull from them. For each deploy wharf writes a Docker client configuration holding only these logins, passes it to `docker compose`, and removes it when the command ends; the password is read from its file each time and never logged. Credentials live here, not in manifests: a pull request cannot send them to a registry of its choosing.
   *
   * @maxItems 50
   */
  registries: {
    /**
     * The registry's host (and port) as image names begin with it: `registry.example.com/app:1` is pulled from `registry.example.com`.
     */
    server: string;
    /**
     * The account wharf logs in with (a read-only, pull-only account or token name is enough).
     */
    username: string;
    /**
     * File holding the password or access token (mode 0600).
     */
    passwordFile: string;
  }[];
  /**
   * Longest one `docker compose` call may take (health waits come on top).
   */
  composeTimeout: string;
  /**
   * Longest one backup or restore command (`pg_dump`, `pg_restore`, the RabbitMQ export) may take; it is stopped after that, inside the container too, and the backup fails, retryable.
   */
  backupTimeout: string;
  /**
   * The HTTP server of `wharf serve`: GitHub webhooks, health, metrics, the dashboard and the queue view.
   */
  server: {
    /**
     * Address to listen on; put a TLS-terminating proxy (or the edge) in front for GitHub.
     */
    bind: string;
    /**
     * Port to listen on.
     */
    port: number;
    /**
     * Port of a second listener, on the Docker bridge's gateway address (what `host.docker.internal` resolves to in a container), that answers only `GET /metrics`: an environment's Prometheus scrapes wharf there. 0 turns it off.
     */
    bridgeMetricsPort: number;
    /**
     * File holding the token that opens the dashboard (`/`) and the queue view (`/admin/queues`); `WHARF_ADMIN_TOKEN` overrides it. Without one, both stay closed.
     */
    adminTokenFile?: string;
  };
  /**
   * Secrets kept in the environments repository, encrypted with age (`source: file` in a manifest).
   */
  secrets?: {
    /**
     * File with this host's age identities (`AGE-SECRET-KEY-1…` lines, as `age-keygen` writes them), read at each deploy. Encrypt a secret to its recipient (`age-keygen -y FILE`) and commit it; wharf decrypts it into the environment's secret store when it applies the environment. Without it, an environment with such a secret does not deploy.
     */
    ageIdentityFile?: string;
  };
  /**
   * Forge webhooks (GitHub, GitLab, Gitea, Forgejo): one secret for all, one allow-list of repositories.
   */
  webhook: {
    /**
     * File holding the webhook secret (also read from WHARF_WEBHOOK_SECRET). Required by `wharf serve`.
     */
    secretFile?: string;
    /**
     * While rotating the secret: the old one, still accepted.
     */
    previousSecretFile?: string;
    /**
     * Repositories (`owner/name`; on GitLab the project path, which may be nested: `group/sub/name`) whose webhooks are accepted; others get 403.
     *
     * @minItems 1
     */
    repositories?: [string, ...string[]];
    /**
     * Route pushed tags to environments whose `tags` glob matches (ignored otherwise).
     */
    deployTags: boolean;
  };
  /**
   * Feedback on GitHub: commit statuses and Deployments. Without it, wharf reports nothing to GitHub.
   */
  github?: {
    /**
     * GitHub API base URL (GitHub Enterprise: `https://HOST/api/v3`).
     */
    apiUrl: string;
    /**
     * File holding a token with the `repo` scope (fine-grained: Commit statuses, Deployments, Pull requests and Issues, read and write: statuses, Deployments, the pull-request comment).
     */
    tokenFile?: string;
    /**
     * The environments repository on GitHub, where statuses and Deployments go.
     */
    repository: string;
    /**
     * URL shown on each Deployment; `{host}` becomes the environment's host.
     */
    environmentUrl: string;
    /**
     * GitHub's web address, for links to commits and pull requests from the dashboard.
     */
    webUrl: string;
  };
  /**
   * Feedback on GitLab, Gitea or Forgejo: commit statuses, the plan comment on the merge or pull request, and (GitLab only) deployments. Takes the place of `github`: one forge gets feedback at a time. See docs/forges.md.
   */
  forge?: {
    /**
     * Which forge the environments repository lives on.
     */
    kind: 'gitlab' | 'gitea' | 'forgejo';
    /**
     * The forge's REST API base URL: GitLab `https://HOST/api/v4`, Gitea and Forgejo `https://HOST/api/v1`.
     */
    apiUrl: string;
    /**
     * The forge's web address, for links to commits and merge or pull requests.
     */
    webUrl: string;
    /**
     * File holding the API token (GitLab: a project access token with the `api` scope and the Developer role; Gitea and Forgejo: a token with `write:repository` and `write:issue`).
     */
    tokenFile?: string;
    /**
     * The environments repository on the forge: `owner/name`, or GitLab's project path (`group/sub/name`).
     */
    repository: string;
  };
  /**
   * The node (host) this process deploys for: it takes only the deploys of environments whose manifest names this node (`wharf agent --node` and `wharf serve --node` override it). The node of `wharf serve` is also the default node, where environments that name none go.
   */
  node: string;
  /**
   * The BullMQ job queue that runs deploys.
   */
  queue: {
    /**
     * Environments one process deploys at the same time (one deploy per environment across all processes, always).
     */
    concurrency: number;
    /**
     * How often every environment is reconciled with git, so a lost webhook costs at most this long.
     */
    resyncInterval: string;
    /**
     * Tries of a deploy that fails for a reason that may pass (network, Docker busy), with exponential backoff.
     */
    attempts: number;
  };
  /**
   * Who hears about deploys: Slack-compatible webhooks, Microsoft Teams, email, a signed JSON webhook. Delivered from a Redis queue with retries; a failed delivery never changes the deploy it reports. See docs/notifications.md.
   */
  notifications: {
    /**
     * Tries of one delivery, the first included.
     */
    attempts: number;
    /**
     * Wait before the second try; it doubles before each next one.
     */
    backoff: string;
    /**
     * Longest one try may take (connect, send, answer).
     */
    timeout: string;
    /**
     * The receivers; each gets the events its filters let through.
     *
     * @maxItems 50
     */
    receivers: (
      | {
          /**
           * Name of the receiver, shown in logs, metrics and the dashboard.
           */
          name: string;
          /**
           * Environment globs (`*` any run of characters) this receiver hears about; every environment without it.
           *
           * @minItems 1
           */
          environments?: [string, ...string[]];
          /**
           * Events this receiver hears about; every event without it.
           *
           * @minItems 1
           */
          events?: [
            (
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            ),
            ...(
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            )[],
          ];
          kind: 'slack';
          /**
           * File holding the webhook URL (it carries the secret, so it is never written in the configuration).
           */
          urlFile: string;
        }
      | {
          /**
           * Name of the receiver, shown in logs, metrics and the dashboard.
           */
          name: string;
          /**
           * Environment globs (`*` any run of characters) this receiver hears about; every environment without it.
           *
           * @minItems 1
           */
          environments?: [string, ...string[]];
          /**
           * Events this receiver hears about; every event without it.
           *
           * @minItems 1
           */
          events?: [
            (
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            ),
            ...(
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            )[],
          ];
          kind: 'teams';
          /**
           * File holding the webhook URL (it carries the secret, so it is never written in the configuration).
           */
          urlFile: string;
        }
      | {
          /**
           * Name of the receiver, shown in logs, metrics and the dashboard.
           */
          name: string;
          /**
           * Environment globs (`*` any run of characters) this receiver hears about; every environment without it.
           *
           * @minItems 1
           */
          environments?: [string, ...string[]];
          /**
           * Events this receiver hears about; every event without it.
           *
           * @minItems 1
           */
          events?: [
            (
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            ),
            ...(
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            )[],
          ];
          kind: 'webhook';
          /**
           * Where the JSON is posted (keep secrets out of it: the signature authenticates).
           */
          url: string;
          /**
           * File holding the signing secret.
           */
          secretFile: string;
        }
      | {
          /**
           * Name of the receiver, shown in logs, metrics and the dashboard.
           */
          name: string;
          /**
           * Environment globs (`*` any run of characters) this receiver hears about; every environment without it.
           *
           * @minItems 1
           */
          environments?: [string, ...string[]];
          /**
           * Events this receiver hears about; every event without it.
           *
           * @minItems 1
           */
          events?: [
            (
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            ),
            ...(
              | 'deploy-succeeded'
              | 'deploy-failed'
              | 'rolled-back'
              | 'blocked'
              | 'waiting'
              | 'preview-ready'
              | 'preview-removed'
              | 'certificate-failed'
              | 'backup-failed'
            )[],
          ];
          kind: 'email';
          /**
           * The SMTP server.
           */
          smtp: {
            /**
             * SMTP host.
             */
            host: string;
            /**
             * SMTP port; 587 (465 with `secure`) without it.
             */
            port?: number;
            /**
             * TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. Default: true on port 465 only.
             */
            secure?: boolean;
            /**
             * User to log in as.
             */
            user?: string;
            /**
             * File holding the SMTP password.
             */
            passwordFile?: string;
          };
          /**
           * Sender address.
           */
          from: string;
          /**
           * Recipient addresses.
           *
           * @minItems 1
           */
          to: [string, ...string[]];
        }
    )[];
  };
}
