import type { HostRewrite } from './import-context.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface RewrittenHosts {
  readonly text: string;
  /** Each host changed, with the rewrite that changed it. */
  readonly changed: readonly (HostRewrite & { readonly from: string })[];
  /** Whether the whole text was one host name (`DB_HOST=db`), whose port is set elsewhere. */
  readonly whole: boolean;
}

/**
 * `text` with the host names of renamed services replaced where they stand as a host: the
 * whole value, after `://`, `@` or `host=`, or after a space or comma, and followed by a port,
 * a path, a query, a separator or the end (`postgres://u@db:5432/app`, `db:5432`, `host=db`).
 * A PostgreSQL URL without a port gets PgBouncer's; libpq's `port=5432` becomes its port too.
 */
export function rewriteHosts(
  text: string,
  rewrites: ReadonlyMap<string, HostRewrite>,
): RewrittenHosts {
  let out = text;
  const changed: (HostRewrite & { from: string })[] = [];
  let whole = false;
  // Longest first, so that `db` does not take a part of `db-replica`.
  const hosts = [...rewrites.keys()].sort((a, b) => b.length - a.length);
  for (const from of hosts) {
    const rewrite = rewrites.get(from);
    if (!rewrite || rewrite.host === from) continue;
    const pattern = new RegExp(
      `(^|://|@|host=|[\\s,])${escape(from)}(?::([0-9]+))?(?=$|[/?,\\s;])`,
      'g',
    );
    let hit = false;
    out = out.replace(pattern, (_match, before: string, port: string | undefined) => {
      hit = true;
      if (before === '' && port === undefined && out === from) whole = true;
      const target = rewrite.port;
      const newPort =
        port !== undefined
          ? target && Number(port) === target.from
            ? String(target.to)
            : port
          : target && /^postgres(ql)?:\/\//i.test(text) && (before === '://' || before === '@')
            ? String(target.to)
            : undefined;
      return `${before}${rewrite.host}${newPort === undefined ? '' : `:${newPort}`}`;
    });
    if (hit) {
      if (rewrite.port)
        out = out.replace(
          new RegExp(`\\bport=${rewrite.port.from}\\b`, 'g'),
          `port=${rewrite.port.to}`,
        );
      changed.push({ ...rewrite, from });
    }
  }
  return { text: out, changed, whole };
}

/** A URL's password shown as `***`, for messages: `postgres://app:***@db:5432/app`. */
export function maskPassword(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]+@/i, '$1***@');
}

/** Whether `text` is a URL with a password in it (`amqp://guest:guest@rabbit`). */
export function hasUrlPassword(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:[^@\s/]+@/i.test(text);
}

/** The password of a URL (`amqp://guest:guest@rabbit` has `guest`), or undefined. */
export function urlPassword(text: string): string | undefined {
  const encoded = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@\s/]+)@/i.exec(text)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
