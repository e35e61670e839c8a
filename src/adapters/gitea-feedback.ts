import type { Logger } from 'pino';
import type { ForgeSettings } from '../core/forge-settings.js';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { Feedback } from '../ports/feedback.js';
import { ForgeHttpError, forgeRequest, shortLine } from './forge-http.js';

interface Comment {
  readonly id: number;
  readonly body: string;
}

/**
 * Commit statuses and the pull request comment on Gitea's REST API v1, which Forgejo keeps.
 * Neither forge has deployments: createDeployment answers null and the deploy goes on without.
 * A failure to report is logged and never fails the deploy.
 */
export function giteaFeedback(settings: ForgeSettings, log: Logger, timeoutMs = 30_000): Feedback {
  const request = forgeRequest(
    settings.apiUrl,
    settings.token ? { authorization: `token ${settings.token}` } : {},
    timeoutMs,
  );
  const [owner = '', name = ''] = settings.repository.split('/');
  const repo = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  async function safely<T>(what: string, call: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await call();
    } catch (error) {
      log.warn(
        { err: { message: messageOf(error) }, what, forge: settings.kind },
        'forge feedback failed',
      );
      return fallback;
    }
  }
  async function findComment(number: number, marker: string): Promise<Comment | undefined> {
    // Gitea lists an issue's comments in one answer (issueGetComments takes no page or limit).
    const comments = await request<Comment[]>('GET', `${repo}/issues/${number}/comments`);
    return comments.find((c) => c.body.startsWith(marker));
  }
  return {
    async commitStatus(sha, state, description, context) {
      await safely(
        'commit status',
        // Gitea's CommitStatusState has GitHub's four states (and `warning`).
        () =>
          request('POST', `${repo}/statuses/${sha}`, {
            state,
            context,
            description: shortLine(description),
          }),
        undefined,
      );
    },
    createDeployment() {
      return Promise.resolve(null);
    },
    async upsertComment(number, marker, text, knownId) {
      const body = scrubCredentials(text);
      return safely(
        'pull request comment',
        async () => {
          if (knownId !== null) {
            try {
              await request('PATCH', `${repo}/issues/comments/${knownId}`, { body });
              return knownId;
            } catch (error) {
              if (!(error instanceof ForgeHttpError) || error.status !== 404) throw error;
            }
          }
          const ours = await findComment(number, marker);
          if (ours) {
            await request('PATCH', `${repo}/issues/comments/${ours.id}`, { body });
            return ours.id;
          }
          return (await request<Comment>('POST', `${repo}/issues/${number}/comments`, { body })).id;
        },
        null,
      );
    },
    async pullRequestState(number) {
      return safely(
        'pull request state',
        async () => {
          const pr = await request<{ state: string }>('GET', `${repo}/pulls/${number}`);
          return pr.state === 'open' ? ('open' as const) : ('closed' as const);
        },
        null,
      );
    },
    deploymentStatus() {
      return Promise.resolve();
    },
  };
}
