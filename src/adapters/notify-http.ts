import { messageOf } from '../core/message-of.js';

/** A receiver's answer or silence, in words that never hold its URL (the URL is the secret). */
export class DeliveryError extends Error {}

/** POSTs a JSON body; anything but a 2xx answer within `timeoutMs` is a failed try. */
export async function postBody(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'wharf', ...headers },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new DeliveryError(`no answer within ${timeoutMs} ms`);
    const cause = (error as { cause?: unknown }).cause;
    throw new DeliveryError(
      `request failed: ${messageOf(cause ?? error).replace(/https?:\/\/\S+/g, '<url>')}`,
    );
  }
  // The body is read only to free the connection; its text may echo the request.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new DeliveryError(`answered HTTP ${response.status}`);
}
