import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionStore, SignInLimit } from '../ports/admin-sessions.js';

export const sessionCookie = 'wharf_session';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time comparison of a presented token with the admin token (equal-length digests). */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

/** The session id the browser's cookie carries. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === sessionCookie) return value.join('=');
  }
  return undefined;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : undefined;
}

export interface AdminAuth {
  readonly token: string;
  readonly sessions: SessionStore;
  readonly signInLimit: SignInLimit;
}

export type TokenCheck =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds?: number };

/**
 * Checks a token against the admin token, under the client's attempt limit. Over the limit the
 * token is not even compared, so guessing on gets no answer at all.
 */
export async function checkToken(
  auth: AdminAuth,
  client: string,
  presented: string | undefined,
): Promise<TokenCheck> {
  const attempt = await auth.signInLimit.take(client);
  if (!attempt.allowed) return { ok: false, retryAfterSeconds: attempt.retryAfterSeconds };
  if (!tokenMatches(presented, auth.token)) return { ok: false };
  await auth.signInLimit.giveBack(client);
  return { ok: true };
}

/** 429 with Retry-After, for an address that guessed too often. */
export async function refuseTooMany(reply: FastifyReply, retryAfterSeconds: number): Promise<void> {
  await reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({
      error: `too many wrong admin tokens from this address; retry in ${retryAfterSeconds} s`,
    });
}

/**
 * A preHandler that lets through a browser with a live session or a tool with
 * `Authorization: Bearer <admin token>`. A browser asking for a page without one is sent to
 * the sign-in form; anything else gets 401 (429 once the address has guessed too often).
 */
export function requireAdmin(auth: AdminAuth) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const bearer = bearerOf(request);
    if (bearer !== undefined) {
      const check = await checkToken(auth, request.ip, bearer);
      if (check.ok) return;
      if (check.retryAfterSeconds !== undefined)
        return refuseTooMany(reply, check.retryAfterSeconds);
    } else {
      const id = sessionIdOf(request);
      if (id !== undefined && (await auth.sessions.valid(id))) return;
    }
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) await reply.redirect(`/login?next=${encodeURIComponent(request.url)}`);
    else
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'sign in or send Authorization: Bearer <admin token>' });
  };
}

/**
 * The session cookie: the random id only (never the token), HttpOnly (no script reads it),
 * SameSite=Strict, Secure behind TLS.
 */
export function sessionCookieHeader(id: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookie}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** Tells the browser to forget the cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${sessionCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
