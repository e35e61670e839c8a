// `scheme://user:password@host`: everything between `://` and the last `@` before the host is
// the userinfo (RFC 3986 §3.2.1), which may hold a password or a token used as the user name.
const userinfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"`<>]*@(?=[^\s/?#'"`<>@]*(?:[/?#'"`<>\s]|$))/gi;

/**
 * Removes the credentials of every URL in a text (`https://user:token@host/…` becomes
 * `https://***@host/…`), and any secret value given. Used wherever text leaves wharf: error
 * messages, logs, the dashboard, history records, the CLI and commit statuses.
 */
export function scrubCredentials(text: string, secrets: readonly string[] = []): string {
  // Every log line passes through here: most hold no URL at all.
  let out = text.includes('://') ? text.replace(userinfo, '$1***@') : text;
  for (const secret of secrets) if (secret.length >= 4) out = out.replaceAll(secret, '***');
  return out;
}

/**
 * The credentials inside a URL, decoded, to scrub wherever they appear on their own: the
 * password, or the user name when it stands alone (a token used as the user, as GitHub allows).
 */
export function credentialsOf(url: string): string[] {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url);
  if (!match?.[1]) return [];
  const [user = '', ...rest] = match[1].split(':');
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const password = rest.join(':');
  const found = password ? [password, decode(password)] : [user, decode(user)];
  return [...new Set(found.filter((s) => s.length >= 4))];
}
