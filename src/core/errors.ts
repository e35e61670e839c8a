import type { EdgeErrorCode, ErrorCode, GitErrorCode } from './error-codes.js';
import type { Problem } from './problem.js';
import { scrubCredentials } from './scrub-credentials.js';

export interface WharfErrorOptions {
  readonly retryable?: boolean;
  readonly cause?: unknown;
}

/**
 * Base of every error wharf reports to a person: a stable `code` to search and match on,
 * and whether trying again could help (network, a busy daemon) or not (a bad manifest).
 */
export class WharfError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: WharfErrorOptions = {}) {
    // A repository URL's credentials never reach a person, whichever error carries them.
    super(
      scrubCredentials(message),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** The manifests at a revision do not validate; nothing was changed. */
export class ValidationError extends WharfError {
  readonly problems: readonly Problem[];
  constructor(revision: string, problems: readonly Problem[]) {
    const first = problems[0];
    const where = first
      ? ` (first: ${first.file}:${first.line}:${first.column} ${first.path} ${first.message})`
      : '';
    super(
      'validation-failed',
      `revision ${revision.slice(0, 12)} is invalid: ${problems.length} problem(s)${where}`,
    );
    this.problems = problems;
  }
}

/** The rendered environment asks for something its policy does not grant. */
export class PolicyError extends WharfError {
  readonly violations: readonly string[];
  constructor(environment: string, violations: readonly string[]) {
    super(
      'policy-denied',
      `environment ${environment} violates policy: ${violations.join('; ')}. Grant it in wharf.yaml under policy.${environment} if it is intended.`,
    );
    this.violations = violations;
  }
}

/** A `docker compose` call failed or timed out. */
/** A command run in a running container exited non-zero; `output` is the end of what it wrote. */
export class ExecError extends WharfError {
  constructor(
    readonly container: string,
    readonly command: readonly string[],
    readonly exitCode: number,
    readonly output: string,
  ) {
    super(
      'exec-failed',
      `${command.join(' ')} in ${container} exited ${exitCode}${output ? `:\n${output}` : ''}`,
    );
  }
}

export class ComposeError extends WharfError {
  constructor(
    readonly details: {
      environment: string;
      project: string;
      services: readonly string[];
      command: string;
      exitCode: number | null;
      stderrTail: string;
      timedOut: boolean;
    },
  ) {
    const what = details.timedOut ? 'timed out' : `failed (exit code ${String(details.exitCode)})`;
    const services = details.services.length > 0 ? ` for ${details.services.join(', ')}` : '';
    // A registry that wants a login says so the same way every time: no retry mends it.
    const loginRefused =
      /no basic auth credentials|unauthorized: authentication required|pull access denied|denied: requested access/i.test(
        details.stderrTail,
      );
    const hint = loginRefused
      ? '\nthe registry refused to give the image without a login: add its credentials to `registries` in the configuration (docs/operations.md, "Private registries")'
      : '';
    super(
      'compose-failed',
      `environment ${details.environment}: docker compose ${details.command}${services} in project ${details.project} ${what}${details.stderrTail ? `:\n${details.stderrTail}` : ''}${hint}`,
      {
        retryable:
          !loginRefused &&
          (details.timedOut ||
            /daemon|connection refused|i\/o timeout|TLS handshake/i.test(details.stderrTail)),
      },
    );
  }
}

/** A git operation failed; fetching can be retried, a missing revision cannot. */
export class GitError extends WharfError {
  declare readonly code: GitErrorCode;
  constructor(code: GitErrorCode, message: string, options: WharfErrorOptions = {}) {
    super(code, message, options);
  }
}

/** The edge did not take its new configuration or did not come up; `code` says which. */
export class EdgeConfigError extends WharfError {
  declare readonly code: EdgeErrorCode;
  constructor(code: EdgeErrorCode, message: string, options: WharfErrorOptions = {}) {
    super(code, message, options);
  }
}

/** A deploy could not start because another one holds the environment's lock. */
export class LockedError extends WharfError {
  constructor(environment: string) {
    super(
      'environment-locked',
      `environment ${environment} is being deployed by another wharf process; try again when it finishes`,
      {
        retryable: true,
      },
    );
  }
}

/**
 * The deploy's lock was lost while it ran: it stops before its next change so that the process
 * that holds the lock now is the only one changing the environment. Retryable: the next run
 * converges what was left half done.
 */
export class LockLostError extends WharfError {
  constructor(environment: string, why: string) {
    super(
      'lock-lost',
      `environment ${environment}: this deploy lost its lock (${why}) and stopped before its next change; the next run converges the environment`,
      { retryable: true },
    );
  }
}

/**
 * A write whose fencing token is older than the one already written: another process took the
 * lock since and changed the environment after this one.
 */
export class StaleFenceError extends WharfError {
  constructor(what: string, mine: number, written: number) {
    super(
      'stale-fence',
      `${what} was written under fencing token ${written}, newer than this deploy's ${mine}: another wharf process took the lock since; nothing was written`,
      { retryable: true },
    );
  }
}

/**
 * Whether the failure means another process may own the environment now: the deploy stops
 * where it is, undoing nothing (an undo is a change too); the lock's next holder converges.
 */
export function leaseLost(error: unknown): error is LockLostError | StaleFenceError {
  return error instanceof LockLostError || error instanceof StaleFenceError;
}

/**
 * Containers (or the edge) that another wharf installation on the same Docker host owns: this
 * one neither adopts, changes nor removes them. Not retryable: it lasts until a person decides.
 */
export class ForeignInstallationError extends WharfError {
  constructor(
    readonly details: {
      /** What was found: `environment shop` or `the edge wharf-edge`. */
      readonly what: string;
      readonly containers: readonly string[];
      readonly owner: string;
      readonly installation: string;
    },
  ) {
    super(
      'foreign-installation',
      `${details.what}: ${details.containers.join(', ')} belong${details.containers.length === 1 ? 's' : ''} to wharf installation ${details.owner}, not to this one (${details.installation}); not adopting ${details.containers.length === 1 ? 'it' : 'them'}. Give this installation its own environment names and edge (edge.project, ports), or remove them from the installation that owns them.`,
    );
  }
}
