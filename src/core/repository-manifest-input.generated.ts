// Generated from schemas/ by `npm run gen:types`; do not edit. The schema is the source.

/**
 * `wharf.yaml` at the root of an environments repository: which environments exist, the branch each follows, previews for pull requests, and the policy exceptions each environment is granted.
 */
export interface Repository {
  /**
   * Editor hint; ignored by wharf.
   */
  $schema?: string;
  /**
   * Version of the manifest format. Always `wharf/v1`.
   */
  apiVersion: 'wharf/v1';
  /**
   * Always `Repository` for `wharf.yaml`.
   */
  kind: 'Repository';
  /**
   * The environments of this repository. Keys are environment names; each must match the `name` in its manifest.
   */
  environments: {
    [k: string]: EnvironmentBinding | undefined;
  };
  previews?: Previews;
  /**
   * Exceptions to wharf's default-deny policy, per environment name. Anything not granted here is refused at render time.
   */
  policy?: {
    [k: string]: PolicyGrant | undefined;
  };
}
/**
 * Where an environment's manifest is and which git ref it follows.
 */
export interface EnvironmentBinding {
  /**
   * The environment's manifest file, relative to the repository root.
   */
  manifest: string;
  /**
   * Branch whose pushes deploy this environment.
   */
  branch: string;
  /**
   * Also deploy pushed tags matching this glob (tags are ignored otherwise).
   */
  tags?: string;
  /**
   * Deploy on push and resync. When false, wharf only plans; `wharf deploy` applies.
   */
  autoDeploy?: boolean;
  /**
   * Report this environment's GitHub Deployments as production. Default: true for an environment named `production`.
   */
  production?: boolean;
}
/**
 * A staging environment `pr-<number>` for each open pull request.
 */
export interface Previews {
  /**
   * Turn previews on or off without removing the settings.
   */
  enabled?: boolean;
  /**
   * Environment whose manifest (at the pull request's head) a preview is rendered from.
   */
  from: string;
  /**
   * Hostname template; `{number}` becomes the pull request number.
   */
  host: string;
  /**
   * Most previews running at once; further pull requests wait for a free slot.
   */
  maxActive?: number;
  /**
   * A preview with no new commit for this long is removed.
   */
  ttl?: string;
  /**
   * Give previews to pull requests from forks (their manifests are untrusted).
   */
  allowForks?: boolean;
  /**
   * TLS mode of previews.
   */
  tls?: 'self-signed' | 'letsencrypt' | 'none';
  /**
   * Render previews of a manifest that has a raw `compose` block. Off by default: a pull request's head is deployed before review, and its preview is refused while the manifest has one.
   */
  allowCompose?: boolean;
  overrides?: PreviewOverrides;
}
/**
 * Changes applied to the `from` environment when rendering a preview.
 */
export interface PreviewOverrides {
  deploy?: DeployOverrides;
  /**
   * Per-service changes, by service name.
   */
  services?: {
    /**
     * Changes to one service of a preview.
     */
    [k: string]:
      | {
          env?: Env;
          /**
           * Containers of this service in a preview.
           */
          replicas?: number;
          resources?: Resources;
        }
      | undefined;
  };
  /**
   * Changes to the preview's own database.
   */
  postgres?: {
    /**
     * SQL file run once when the preview's empty database is created.
     */
    seed?: string;
  };
}
/**
 * Deploy settings of previews that replace the `from` environment's; a field left out keeps its value.
 */
export interface DeployOverrides {
  /**
   * `blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime). Default: the `from` environment's `deploy.strategy`.
   */
  strategy?: 'blue-green' | 'recreate';
  /**
   * How long the new colour may take to become healthy before the deploy fails and is undone. Default: the `from` environment's `deploy.healthTimeout`.
   */
  healthTimeout?: string;
  /**
   * How long traffic is watched through the live route after cutover; a failure switches back. Default: the `from` environment's `deploy.verify`.
   */
  verify?: string;
  /**
   * How long the previous colour stays warm for an instant rollback. Default: the `from` environment's `deploy.keepPrevious`.
   */
  keepPrevious?: string;
  /**
   * Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported. Default: the `from` environment's `deploy.selfHeal`.
   */
  selfHeal?: boolean;
  /**
   * Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise. Default: the `from` environment's `deploy.allowDataLoss`.
   */
  allowDataLoss?: boolean;
}
/**
 * Environment variables added to or replacing the service's own.
 */
export interface Env {
  [k: string]: string | number | boolean | undefined;
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
 * What one environment may do beyond the default policy.
 */
export interface PolicyGrant {
  /**
   * Allow what reaches the host's kernel: `privileged`, `cap_add`, `security_opt`, `devices`, `device_cgroup_rules`, `gpus`, `sysctls`, `runtime`, `cgroup_parent`, `oom_kill_disable`, `oom_score_adj`, `storage_opt`, device reservations, and the host's PID, IPC, UTS, user and cgroup namespaces (`pid: host` and the like).
   */
  privileged?: boolean;
  /**
   * Allow `network_mode: host`: the container sees every interface and port of the host.
   */
  hostNetwork?: boolean;
  /**
   * Allow bind-mounting the Docker socket, or a folder that holds it (`/`, `/var`, `/run`, `/var/run`): full control of the host.
   */
  dockerSocket?: boolean;
  /**
   * Host paths (and what is below them) that may be bind-mounted. A relative source is resolved against the project's folder under the state directory, as Compose does, and needs a grant like any other.
   *
   * @maxItems 50
   */
  hostPaths?: string[];
  /**
   * Host ports, besides the edge's, that services may publish (`ports`).
   *
   * @maxItems 50
   */
  hostPorts?: number[];
  /**
   * Allow joining another container's namespaces or volumes: `network_mode`, `pid` or `ipc` set to `container:NAME` or `service:NAME`, and `volumes_from`. Such a container reaches whatever the other one reaches, in any environment.
   */
  sharedNamespaces?: boolean;
  /**
   * Further Compose service keys the raw `compose` block may set beyond the allowlist (docs/security.md), such as `extra_hosts`, `dns`, `logging`, `networks` or `deploy.restart_policy`. Keys that have a grant of their own (above) are granted there; `build`, `extends`, `env_file`, `container_name` and `profiles` are never allowed.
   *
   * @maxItems 50
   */
  composeKeys?: string[];
  /**
   * Encrypted repository files (`source: file` secrets) the environment may decrypt besides its own under `secrets/<environment>/`: a file's path, or a folder ending in `/` for everything below it.
   *
   * @maxItems 100
   */
  secrets?: string[];
}
