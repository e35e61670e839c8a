import { createHmac, randomUUID } from 'node:crypto';
import type { ForgeKind } from './forge-standin.js';

/** Sends `payload` to wharf's endpoint for `kind`, authenticated as that forge does it. */
export async function sendForgeWebhook(
  kind: ForgeKind,
  port: number,
  secret: string,
  event: string,
  payload: unknown,
  delivery: string = randomUUID(),
): Promise<number> {
  const body = JSON.stringify(payload);
  const auth: Record<string, string> =
    kind === 'gitlab'
      ? { 'x-gitlab-event': event, 'x-gitlab-event-uuid': delivery, 'x-gitlab-token': secret }
      : {
          [`x-${kind}-event`]: event,
          [`x-${kind}-delivery`]: delivery,
          [`x-${kind}-signature`]: createHmac('sha256', secret).update(body).digest('hex'),
        };
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body,
  });
  return response.status;
}

/** A push of `after` to `branch`, shaped as the forge documents it (the fields wharf reads). */
export function forgePush(kind: ForgeKind, repository: string, branch: string, after: string) {
  return kind === 'gitlab'
    ? {
        event: 'Push Hook',
        payload: {
          object_kind: 'push',
          ref: `refs/heads/${branch}`,
          after,
          checkout_sha: after,
          project: { id: 15, path_with_namespace: repository },
        },
      }
    : {
        event: 'push',
        payload: { ref: `refs/heads/${branch}`, after, repository: { full_name: repository } },
      };
}

/** A merge/pull request event: `open`, new commits (`update`) or `close`. */
export function forgeRequest(
  kind: ForgeKind,
  repository: string,
  number: number,
  action: 'open' | 'update' | 'close',
  head: string,
) {
  if (kind === 'gitlab')
    return {
      event: 'Merge Request Hook',
      payload: {
        object_kind: 'merge_request',
        project: { id: 15, path_with_namespace: repository },
        object_attributes: {
          iid: number,
          action,
          source_project_id: 15,
          target_project_id: 15,
          last_commit: { id: head },
          ...(action === 'update' ? { oldrev: '0'.repeat(39) + '1' } : {}),
        },
      },
    };
  const repo = { full_name: repository };
  return {
    event: 'pull_request',
    payload: {
      action: { open: 'opened', update: 'synchronized', close: 'closed' }[action],
      number,
      pull_request: { number, head: { sha: head, repo }, base: { repo } },
      repository: repo,
    },
  };
}
