import { createHmac, randomUUID } from 'node:crypto';

/** `X-Hub-Signature-256` of a body, as GitHub computes it. */
export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Sends a signed GitHub webhook to wharf at `port`; returns the HTTP status. */
export async function sendWebhook(
  port: number,
  secret: string,
  event: string,
  payload: Record<string, unknown>,
  delivery: string = randomUUID(),
): Promise<number> {
  const body = JSON.stringify(payload);
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': sign(body, secret),
    },
    body,
  });
  return response.status;
}

/** Sends a signed GitHub `push` webhook for `after` on main to wharf at `port`; returns the HTTP status. */
export function sendPush(
  port: number,
  secret: string,
  after: string,
  repository = 'acme/environments',
): Promise<number> {
  return sendWebhook(port, secret, 'push', {
    ref: 'refs/heads/main',
    after,
    repository: { full_name: repository },
  });
}

export interface PullRequestEvent {
  readonly number: number;
  readonly action: 'opened' | 'synchronize' | 'reopened' | 'closed';
  readonly head: string;
  readonly branch: string;
  readonly merged?: boolean;
  /** The head's repository, when it is a fork. */
  readonly fork?: string;
}

/** Sends a signed `pull_request` webhook shaped like GitHub's (the fields wharf may read). */
export function sendPullRequest(
  port: number,
  secret: string,
  pr: PullRequestEvent,
  repository = 'acme/environments',
  delivery?: string,
): Promise<number> {
  const repo = (fullName: string): Record<string, unknown> => ({
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: { login: fullName.split('/')[0] },
    fork: fullName !== repository,
  });
  return sendWebhook(
    port,
    secret,
    'pull_request',
    {
      action: pr.action,
      number: pr.number,
      pull_request: {
        number: pr.number,
        state: pr.action === 'closed' ? 'closed' : 'open',
        merged: pr.merged ?? false,
        head: { ref: pr.branch, sha: pr.head, repo: repo(pr.fork ?? repository) },
        base: { ref: 'main', repo: repo(repository) },
      },
      repository: repo(repository),
    },
    delivery,
  );
}
