// Every `code` a WharfError can carry: people search for them and code matches on them, so a
// new one is added here (and to the table in docs/operations.md) before it is thrown.

/** wharf's own configuration and command line. */
export type ConfigErrorCode =
  /** No configuration file where --config or WHARF_CONFIG points, or `serve` has no webhook secret. */
  | 'config-missing'
  /** The configuration file does not validate (ConfigError, with each problem's line). */
  | 'config-invalid'
  /** A token or secret file the configuration names cannot be read. */
  | 'config-token'
  /** The installation id in the state directory cannot be written, or is empty. */
  | 'installation-id'
  /** A command-line argument has the wrong form (a pull request number that is not one). */
  | 'invalid-argument';

/** The environments repository (GitError). */
export type GitErrorCode =
  /** A git command on the mirror failed (fetch, ls-tree, cat-file...). */
  | 'git-failed'
  /** The first clone of the mirror failed. */
  | 'git-clone-failed'
  /** A ref from outside is not a branch, pull-request ref or sha wharf accepts. */
  | 'invalid-ref'
  /** The revision asked for does not exist in the repository. */
  | 'revision-not-found';

/** What a revision asks for, checked before anything changes. */
export type RevisionErrorCode =
  /** The manifests at the revision do not validate (ValidationError). */
  | 'validation-failed'
  /** wharf.yaml on the default branch does not validate, and grants are read from it. */
  | 'default-branch-invalid'
  /** The environment is not in wharf.yaml (on the default branch or at the revision). */
  | 'environment-unknown'
  /** The revision changes its own environment's grant; that change must reach the default branch first. */
  | 'grant-not-on-default-branch'
  /** The manifest decrypts a repository secret its grant does not name. */
  | 'secret-not-granted'
  /** A host the environment routes belongs to another environment on the default branch. */
  | 'host-taken'
  /** The rendered environment asks for something its policy does not grant (PolicyError). */
  | 'policy-denied'
  /** The manifest cannot be rendered (a raw service without image, a container name too long). */
  | 'render-invalid'
  /** The loop guard: the revision failed or was rolled back before; --retry deploys it again. */
  | 'revision-blocked'
  /** The plan would remove or replace data and the manifest does not set deploy.allowDataLoss. */
  | 'data-at-risk'
  /** The maintenance page cannot be put up as asked (a message for a repository page, a page not read). */
  | 'maintenance-refused';

/** Pull-request previews. */
export type PreviewErrorCode =
  /** A `pr-N` environment is asked for, and previews are off on the default branch. */
  | 'previews-off'
  /** The preview's manifest, with the preview settings applied, does not validate. */
  | 'preview-invalid'
  /** The preview's manifest has a raw `compose` block, and previews.allowCompose is not set. */
  | 'preview-compose-refused'
  /** A preview command names an environment that is not a preview. */
  | 'not-a-preview';

/** Secrets in the host's store and in the repository. */
export type SecretErrorCode =
  /** A secret the environment needs is not in the store, or its file not in the repository. */
  | 'secret-missing'
  /** Repository secrets need an age identity, and the host has none (or cannot read it). */
  | 'secret-key-missing'
  /** A repository secret is not an armored age file, or the host's identity cannot open it. */
  | 'secret-decrypt-failed';

/** Docker, Compose and the host. */
export type DockerErrorCode =
  /** A `docker compose` call failed or timed out (ComposeError). */
  | 'compose-failed'
  /** A `docker` call failed or timed out. */
  | 'docker-failed'
  /** DOCKER_HOST names an endpoint wharf cannot talk to (TLS or ssh://). */
  | 'docker-host-unsupported'
  /** A command run in a container (such as `nginx -t` in the edge) exited non-zero (ExecError). */
  | 'exec-failed'
  /** A Docker network wharf connects to does not exist (yet). */
  | 'network-missing'
  /** Another wharf process holds the environment's deploy lock (LockedError). */
  | 'environment-locked'
  /** The deploy lost its lock (a renewal refused, failed or late) and stopped (LockLostError). */
  | 'lock-lost'
  /** A write carried an older fencing token than the one already written (StaleFenceError). */
  | 'stale-fence'
  /** Containers or the edge belong to another wharf installation (ForeignInstallationError). */
  | 'foreign-installation'
  /** `runtime: swarm`, and the engine wharf talks to is not a manager of an active swarm. */
  | 'swarm-unavailable'
  /** A `docker stack deploy` or `docker stack rm` failed or timed out. */
  | 'stack-failed'
  /** A service that may run on any node of a swarm has an image no registry has. */
  | 'image-not-in-registry';

/** Switching colours and rolling back. */
export type DeployErrorCode =
  /** A new colour's services did not become healthy, or fell sick while being watched. */
  | 'health-failed'
  /** A Swarm rollout did not converge: a service rolled back, or its tasks did not all run. */
  | 'rollout-failed'
  /** A rollback or switch finds no warm colour to go to, or it is not healthy any more. */
  | 'no-warm-colour'
  /** A job (`jobs:`) exited with a failure or ran past its timeout. */
  | 'job-failed'
  /** `wharf adopt`: the running Compose project does not match the environment, or cannot be taken over as it is. */
  | 'adopt-refused';

/** The Nginx edge (EdgeConfigError). */
export type EdgeErrorCode =
  /** The new edge configuration failed `nginx -t`; the live one is unchanged. */
  | 'edge-config-invalid'
  /** The edge image's Nginx is older than 1.27.3, which wharf's sites need. */
  | 'edge-nginx-too-old'
  /** The edge did not load its new configuration in time. */
  | 'edge-reload'
  /** Another process kept the host's edge busy past the wait (its test, write and reload). */
  | 'edge-busy'
  /** The edge did not answer after it started. */
  | 'edge-unhealthy';

/** HTTPS certificates. */
export type TlsErrorCode =
  /** The ACME server (Let's Encrypt) gave no certificate. */
  | 'tls-acme'
  /** Another wharf process of this host is obtaining the environment's certificate. */
  | 'tls-busy'
  /** openssl could not make a self-signed certificate. */
  | 'tls-self-signed';

/** Backups, restores and `wharf render --out`. */
export type FilesErrorCode =
  /** A backup or restore command failed, or its file vanished. */
  | 'backup-failed'
  /** The environment has no backup with that id. */
  | 'backup-unknown'
  /** A backup or restore needs the environment deployed on this host, and it is not. */
  | 'not-deployed'
  /** `wharf render --out` could not write the rendered files. */
  | 'render-write-failed'
  /** Another process kept an environment's applied record locked past the wait. */
  | 'state-busy';

/** Where an environment runs (nodes and their agents). */
export type NodeErrorCode =
  /** A commit moves a running environment to another node; it must be released from the old one first. */
  | 'node-moved'
  /** An agent took a deploy of an environment that belongs to another node (a commit moved it since it was queued). */
  | 'node-mismatch';

export type ErrorCode =
  | NodeErrorCode
  | ConfigErrorCode
  | GitErrorCode
  | RevisionErrorCode
  | PreviewErrorCode
  | SecretErrorCode
  | DockerErrorCode
  | DeployErrorCode
  | EdgeErrorCode
  | TlsErrorCode
  | FilesErrorCode;
