import type { Logger } from 'pino';
import type { ForgeSettings } from '../core/forge-settings.js';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { CommitState, DeploymentState, Feedback } from '../ports/feedback.js';
import { findInPages, ForgeHttpError, forgeRequest, shortLine } from './forge-http.js';

// GitLab REST API v4, "Commits" → "Set the pipeline status of a commit": state is one of
// pending, running, success, failed, canceled.
const commitStates: Record<CommitState, string> = {
  pending: 'pending',
  success: 'success',
  failure: 'failed',
  error: 'failed',
};

// "Deployments": a deployment is created and updated with one of running, success, failed,
// canceled (GitLab refuses `created` from the API). wharf creates it `running`, as the deploy
// is under way from then on, so `in_progress` changes nothing; `inactive` has no GitLab word:
// GitLab itself marks older deployments of an environment as superseded.
const deploymentStates: Partial<Record<DeploymentState, string>> = {
  success: 'success',
  failure: 'failed',
  error: 'failed',
};

interface Note {
  readonly id: number;
  readonly body: string;
  readonly system?: boolean;
}

/**
 * Commit statuses, the merge request note and Deployments on GitLab's REST API v4, by plain
 * fetch with a deadline per call. A failure to report is logged and never fails the deploy.
 */
export function gitlabFeedback(settings: ForgeSettings, log: Logger, timeoutMs = 30_000): Feedback {
  const request = forgeRequest(
    settings.apiUrl,
    settings.token ? { 'private-token': settings.token } : {},
    timeoutMs,
  );
  // A project is addressed by its URL-encoded path, nested groups included.
  const project = `/projects/${encodeURIComponent(settings.repository)}`;
  async function safely<T>(what: string, call: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await call();
    } catch (error) {
      log.warn({ err: { message: messageOf(error) }, what }, 'gitlab feedback failed');
      return fallback;
    }
  }
  async function findNote(number: number, marker: string): Promise<Note | undefined> {
    const notes = `${project}/merge_requests/${number}/notes`;
    return findInPages(
      (page) => request<Note[]>('GET', `${notes}?per_page=100&page=${page}`),
      100,
      (n) => !n.system && n.body.startsWith(marker),
    );
  }
  return {
    async commitStatus(sha, state, description, context) {
      await safely(
        'commit status',
        () =>
          request('POST', `${project}/statuses/${sha}`, {
            state: commitStates[state],
            name: context,
            description: shortLine(description, 255),
          }),
        undefined,
      );
    },
    // GitLab deployments have no transient or production flag: the environment's tier says so.
    async createDeployment(environment, sha) {
      return safely(
        'create deployment',
        async () => {
          const created = await request<{ id: number }>('POST', `${project}/deployments`, {
            environment,
            sha,
            // GitLab asks for the deployed ref; wharf deploys commits, named by their sha.
            ref: sha,
            tag: false,
            status: 'running',
          });
          return created.id;
        },
        null,
      );
    },
    async upsertComment(number, marker, text, knownId) {
      const body = scrubCredentials(text);
      const notes = `${project}/merge_requests/${number}/notes`;
      return safely(
        'merge request note',
        async () => {
          if (knownId !== null) {
            try {
              await request('PUT', `${notes}/${knownId}`, { body });
              return knownId;
            } catch (error) {
              // Deleted by someone: find another of ours, or write a new one.
              if (!(error instanceof ForgeHttpError) || error.status !== 404) throw error;
            }
          }
          const ours = await findNote(number, marker);
          if (ours) {
            await request('PUT', `${notes}/${ours.id}`, { body });
            return ours.id;
          }
          return (await request<Note>('POST', notes, { body })).id;
        },
        null,
      );
    },
    async pullRequestState(number) {
      return safely(
        'merge request state',
        async () => {
          const mr = await request<{ state: string }>('GET', `${project}/merge_requests/${number}`);
          // GitLab's states: opened, closed, locked, merged.
          return mr.state === 'opened' || mr.state === 'locked'
            ? ('open' as const)
            : ('closed' as const);
        },
        null,
      );
    },
    async deploymentStatus(id, state) {
      const status = deploymentStates[state];
      if (!status) return;
      await safely(
        'deployment status',
        () => request('PUT', `${project}/deployments/${id}`, { status }),
        undefined,
      );
    },
  };
}
