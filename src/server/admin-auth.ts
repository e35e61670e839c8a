import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookie = 'wharf_admin';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time comparison of a presented token with the admin token. */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The token a request carries: `Authorization: Bearer …` for tools, the cookie for a browser. */
export function presentedToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  return cookieValue(request, sessionCookie);
}

/**
 * A preHandler that lets through only requests with the admin token; a browser asking for a
 * page is sent to the login form, anything else gets 401.
 */
export function requireAdmin(token: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (tokenMatches(presentedToken(request), token)) return;
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) await reply.redirect(`/login?next=${encodeURIComponent(request.url)}`);
    else
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'admin token required' });
  };
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
export function sessionCookieHeader(token: string, secure: boolean): string {
  return `${sessionCookie}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200${secure ? '; Secure' : ''}`;
}
