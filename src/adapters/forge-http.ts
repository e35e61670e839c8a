import { scrubCredentials } from '../core/scrub-credentials.js';

/** A forge API call that answered with an error status. */
export class ForgeHttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
  ) {
    super(`${method} ${path} answered ${status}`);
  }
}

export type ForgeRequest = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * JSON requests to a forge's REST API at `apiUrl`, each abandoned after `timeoutMs`: a forge
 * that accepts the connection and never answers must not hold the job that reports.
 * The token travels in `auth` headers only, never in a URL that an error message could show.
 */
export function forgeRequest(
  apiUrl: string,
  auth: Record<string, string>,
  timeoutMs: number,
): ForgeRequest {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        'user-agent': 'wharf',
        ...auth,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new ForgeHttpError(method, scrubCredentials(path), response.status);
    return (text ? JSON.parse(text) : null) as T;
  };
}

/** A status description a forge accepts: one line, at most `max` characters, nothing secret. */
export function shortLine(text: string, max = 140): string {
  const line = scrubCredentials(text).replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * The first item of a paged list that `matches`, reading at most `maxPages` pages of
 * `pageSize`; a page shorter than that is the last.
 */
export async function findInPages<T>(
  page: (number: number) => Promise<T[]>,
  pageSize: number,
  matches: (item: T) => boolean,
  maxPages = 20,
): Promise<T | undefined> {
  for (let number = 1; number <= maxPages; number += 1) {
    const batch = await page(number);
    const found = batch.find(matches);
    if (found || batch.length < pageSize) return found;
  }
  return undefined;
}
