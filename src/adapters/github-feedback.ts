import type { Octokit } from '@octokit/rest';
import type { Logger } from 'pino';
import type { GitHubSettings } from '../core/github-settings.js';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { Feedback } from '../ports/feedback.js';

// GitHub refuses commit status descriptions over 140 characters.
function short(text: string, max = 140): string {
  const line = scrubCredentials(text).replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * Commit statuses and Deployments through @octokit/rest, at a configurable API base URL
 * (GitHub, GitHub Enterprise, or the stand-in in tests). A failure to report, an answer later
 * than `timeoutMs` included, is logged and never fails the deploy it reports on.
 */
export function githubFeedback(
  settings: GitHubSettings,
  log: Logger,
  timeoutMs = 30_000,
): Feedback {
  // Every request to the API gives up after timeoutMs: a GitHub that accepts the connection
  // and never answers must not hold the job that reports.
  const fetchWithDeadline: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      signal: init?.signal
        ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs),
    });
  // Loaded at the first report: a process that never reports does not hold the client.
  let loaded: Promise<Octokit> | undefined;
  function client(): Promise<Octokit> {
    loaded ??= import('@octokit/rest').then(
      ({ Octokit }) =>
        new Octokit({
          baseUrl: settings.apiUrl,
          ...(settings.token ? { auth: settings.token } : {}),
          userAgent: 'wharf',
          request: { retries: 0, fetch: fetchWithDeadline },
          log: {
            debug: () => undefined,
            info: () => undefined,
            warn: () => undefined,
            error: () => undefined,
          },
        }),
    );
    return loaded;
  }
  const repo = { owner: settings.owner, repo: settings.repo };
  async function safely<T>(
    what: string,
    call: (octokit: Octokit) => Promise<T>,
    fallback: T,
  ): Promise<T> {
    try {
      return await call(await client());
    } catch (error) {
      log.warn({ err: { message: messageOf(error) }, what }, 'github feedback failed');
      return fallback;
    }
  }
  return {
    async commitStatus(sha, state, description, context) {
      await safely(
        'commit status',
        (octokit) =>
          octokit.rest.repos.createCommitStatus({
            ...repo,
            sha,
            state,
            context,
            description: short(description),
          }),
        undefined,
      );
    },
    async createDeployment(environment, sha, options) {
      return safely(
        'create deployment',
        async (octokit) => {
          const response = await octokit.rest.repos.createDeployment({
            ...repo,
            ref: sha,
            environment,
            description: short(options.description),
            auto_merge: false,
            // wharf already validated the commit; GitHub's own checks are not a gate for it.
            required_contexts: [],
            transient_environment: options.transient,
            production_environment: options.production,
          });
          return 'id' in response.data ? response.data.id : null;
        },
        null,
      );
    },
    async upsertComment(number, marker, text, knownId) {
      const body = scrubCredentials(text);
      return safely(
        'pull request comment',
        async (octokit) => {
          if (knownId !== null) {
            try {
              await octokit.rest.issues.updateComment({ ...repo, comment_id: knownId, body });
              return knownId;
            } catch (error) {
              // Deleted by someone: find another of ours, or write a new one.
              if ((error as { status?: number }).status !== 404) throw error;
            }
          }
          const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: number,
            per_page: 100,
          });
          const ours = comments.find((c) => c.body?.startsWith(marker));
          if (ours) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: ours.id, body });
            return ours.id;
          }
          const created = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: number,
            body,
          });
          return created.data.id;
        },
        null,
      );
    },
    async pullRequestState(number) {
      return safely(
        'pull request state',
        async (octokit) => {
          const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
          return data.state === 'open' ? ('open' as const) : ('closed' as const);
        },
        null,
      );
    },
    async deploymentStatus(id, state, options) {
      await safely(
        'deployment status',
        (octokit) =>
          octokit.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state,
            description: short(options.description),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            auto_inactive: false,
          }),
        undefined,
      );
    },
  };
}

/** Without a forge configured, feedback goes to the log only. */
export function logFeedback(log: Logger): Feedback {
  return {
    commitStatus(sha, state, description, context) {
      log.info({ sha, state, context, description }, 'commit status');
      return Promise.resolve();
    },
    createDeployment() {
      return Promise.resolve(null);
    },
    upsertComment(number, _marker, body) {
      log.info({ pullRequest: number, body }, 'pull request comment');
      return Promise.resolve(null);
    },
    pullRequestState() {
      return Promise.resolve(null);
    },
    deploymentStatus() {
      return Promise.resolve();
    },
  };
}
