import { labelMap } from '../policy/compose-values.js';
import type { ImportContext } from './import-context.js';
import { isInterpolated } from './interpolation.js';

/** What a reverse proxy knew of a service: nginx-proxy's variables, Traefik's and Caddy's labels. */
export interface WebHints {
  readonly hosts: string[];
  port?: number;
  path?: string;
  email?: string;
}

const webSettings = /^(VIRTUAL_|LETSENCRYPT_)/;

/** Whether a variable is a setting of nginx-proxy or acme-companion, read by them, not the app. */
export function isWebSetting(key: string): boolean {
  return webSettings.test(key);
}

/**
 * What a reverse proxy's labels said about a service (Traefik's router rule and port, Caddy's
 * site address), read into the same hints as nginx-proxy's VIRTUAL_HOST (import-env.ts).
 */
export function labelHints(labels: unknown, web: WebHints): boolean {
  let found = false;
  for (const [label, value] of Object.entries(labelMap(labels))) {
    if (/^traefik\.http\.routers\.[^.]+\.rule$/.test(label)) {
      for (const match of value.matchAll(/Host\(([^)]*)\)/g))
        for (const host of (match[1] ?? '').matchAll(/[`'"]([^`'"]+)[`'"]/g)) addHost(web, host[1]);
      const prefix = /PathPrefix\(\s*[`'"]([^`'"]+)[`'"]/.exec(value)?.[1];
      if (prefix !== undefined && web.path === undefined)
        web.path = prefix.replace(/\/+$/, '') || '/';
      found = true;
    } else if (/^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(label)) {
      if (/^[0-9]+$/.test(value.trim())) web.port = Number(value.trim());
      found = true;
    } else if (label === 'caddy') {
      for (const site of value.split(/[\s,]+/))
        addHost(web, site.replace(/^https?:\/\//, '').split(/[:/]/)[0]);
      found = true;
    } else if (label === 'caddy.reverse_proxy') {
      const port = /\{\{\s*upstreams\s+([0-9]+)\s*\}\}/.exec(value)?.[1];
      if (port !== undefined) web.port = Number(port);
      found = true;
    }
  }
  return found;
}

function addHost(web: WebHints, host: string | undefined): void {
  const name = host?.trim().toLowerCase();
  if (name && !name.includes('*') && !name.includes('{') && !web.hosts.includes(name))
    web.hosts.push(name);
}

/** One of nginx-proxy's settings, read into `web` with a note. */
export function readWebSetting(
  ctx: ImportContext,
  path: string,
  key: string,
  raw: unknown,
  web: WebHints,
): void {
  const text = String(raw).trim();
  if (typeof raw === 'string' && isInterpolated(raw)) {
    ctx.notes.decide(
      path,
      `not read: ${key} is filled in from the shell or .env; set the host, route or TLS of the environment yourself`,
    );
    return;
  }
  switch (key) {
    case 'VIRTUAL_HOST':
    case 'LETSENCRYPT_HOST':
      for (const host of text.split(',').map((h) => h.trim().toLowerCase()))
        if (host && !web.hosts.includes(host)) web.hosts.push(host);
      ctx.notes.carried(path, 'read by the reverse proxy before; taken for the environment’s host');
      return;
    case 'VIRTUAL_PORT':
      if (/^[0-9]+$/.test(text)) web.port = Number(text);
      ctx.notes.carried(path, 'read by the reverse proxy before; taken for the service’s port');
      return;
    case 'VIRTUAL_PATH':
      web.path = text.replace(/\/+$/, '') || '/';
      ctx.notes.carried(path, 'read by the reverse proxy before; taken for the service’s route');
      return;
    case 'LETSENCRYPT_EMAIL':
      web.email = text;
      ctx.notes.carried(
        path,
        'read by the certificate helper before; taken for tls.email (Let’s Encrypt)',
      );
      return;
    default:
      ctx.notes.dropped(
        path,
        'not carried: a setting of the reverse proxy, which the edge replaces',
      );
  }
}
