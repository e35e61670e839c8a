// `scheme://user:password@host`: everything between `://` and the last `@` before the host is
// the userinfo (RFC 3986 §3.2.1), which may hold a password or a token used as the user name.
const userinfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"`<>]*@(?=[^\s/?#'"`<>@]*(?:[/?#'"`<>\s]|$))/gi;

/**
 * Removes the credentials of every URL in a text (`https://user:token@host/…` becomes
 * `https://***@host/…`), and any secret value given. Used wherever text leaves wharf: error
 * messages, logs, the dashboard, history records, the CLI and commit statuses.
 */
export function scrubCredentials(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(userinfo, '$1***@');
  for (const secret of secrets) if (secret.length >= 4) out = out.replaceAll(secret, '***');
  return out;
}

/** The same for every string inside a log line's metadata (objects and arrays, a few deep). */
export function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubCredentials(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  if (value instanceof Error) return { message: scrubCredentials(value.message) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}
