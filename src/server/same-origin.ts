import type { FastifyReply, FastifyRequest } from 'fastify';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hasBody(request: FastifyRequest): boolean {
  const length = header(request.headers['content-length']);
  return (
    header(request.headers['transfer-encoding']) !== undefined ||
    (length !== undefined && length !== '0')
  );
}

/** The request is authenticated as a tool: browsers never add this header by themselves. */
export function hasBearer(request: FastifyRequest): boolean {
  return (request.headers.authorization ?? '').startsWith('Bearer ');
}

/** Why a state-changing request is refused, or null when it may go on. */
export function crossSiteRefusal(
  request: FastifyRequest,
): { readonly status: 403 | 415; readonly error: string } | null {
  if (safeMethods.has(request.method)) return null;
  const site = header(request.headers['sec-fetch-site']);
  const origin = header(request.headers.origin);
  // Fetch Metadata (w3c.github.io/webappsec-fetch-metadata): `same-site` is a page of another
  // origin on the same registrable domain, such as a preview: refused like any other site.
  if (site !== undefined && site !== 'same-origin')
    return { status: 403, error: `cross-origin request refused (Sec-Fetch-Site: ${site})` };
  if (origin !== undefined) {
    const own = `${request.protocol}://${request.host}`.toLowerCase();
    if (origin.toLowerCase() !== own)
      return { status: 403, error: 'cross-origin request refused (Origin is not this site)' };
  } else if (site === undefined && !hasBearer(request)) {
    // Browsers send Origin with every POST, PUT and DELETE; a request without it and without
    // a bearer token is not one the dashboard made.
    return {
      status: 403,
      error: 'request refused: a browser request needs Origin, a tool needs Authorization: Bearer',
    };
  }
  const type = (header(request.headers['content-type']) ?? '').split(';')[0]?.trim().toLowerCase();
  // A form (urlencoded, multipart, text/plain) is what another site can make a browser send.
  if ((hasBody(request) || type) && type !== 'application/json')
    return { status: 415, error: 'state-changing requests take application/json only' };
  return null;
}

/**
 * An onRequest hook for every dashboard and admin route: POST, PUT, PATCH and DELETE go on only
 * when they come from this site's own pages (or from a tool with a bearer token) and carry
 * JSON. It runs before the body is read.
 */
export async function sameOriginOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const refusal = crossSiteRefusal(request);
  if (refusal) await reply.code(refusal.status).send({ error: refusal.error });
}
