import { createHmac, randomUUID } from 'node:crypto';

/** `X-Hub-Signature-256` of a body, as GitHub computes it. */
export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Sends a signed GitHub `push` webhook for `after` on main to wharf at `port`; returns the HTTP status. */
export async function sendPush(
  port: number,
  secret: string,
  after: string,
  repository = 'acme/environments',
): Promise<number> {
  const body = JSON.stringify({
    ref: 'refs/heads/main',
    after,
    repository: { full_name: repository },
  });
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': sign(body, secret),
    },
    body,
  });
  return response.status;
}
