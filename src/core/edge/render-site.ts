import { acmeLocation, tlsIncludeLine } from './render-tls.js';
import { names, type Colour } from '../render/names.js';
import type { EdgeRoute, EdgeSite } from '../render/types.js';

/** Ports Nginx listens on inside the edge container. */
export const edgePorts = { live: 80, preview: 8081 } as const;

/** The Host a colour's preview answers to on the preview listener. */
export function previewHost(environment: string, colour: Colour): string {
  return `${colour}.${environment}.preview`;
}

const liveMarker = '# wharf-live-colour: ';

/** The colour a site file sends live traffic to, read back from the file itself. */
export function liveColourOf(site: string | null): Colour | null {
  const line = site?.split('\n').find((l) => l.startsWith(liveMarker));
  const colour = line?.slice(liveMarker.length).trim();
  return colour === 'blue' || colour === 'green' ? colour : null;
}

const proxyHeaders = [
  'proxy_http_version 1.1;',
  'proxy_set_header Host $host;',
  'proxy_set_header X-Real-IP $remote_addr;',
  'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  'proxy_set_header X-Forwarded-Proto $scheme;',
  'proxy_set_header Upgrade $http_upgrade;',
  'proxy_set_header Connection $connection_upgrade;',
  // Upstreams share a bridge with the edge: a connect that takes seconds means the container
  // is gone, and a client should hear so soon rather than after Nginx's default minute.
  'proxy_connect_timeout 5s;',
  // A request on a connection the old workers are closing gets a second chance elsewhere.
  'proxy_next_upstream error timeout http_502;',
];

interface ScopedRoute {
  readonly route: EdgeRoute;
  readonly upstream: string;
}

function locations({ route, upstream }: ScopedRoute): string[] {
  if (route.upstreams.length === 0)
    return [`    location ${route.path === '/' ? '/' : `${route.path}/`} { return 503; }`];
  const body = (target: string): string =>
    [`proxy_pass http://${upstream}${target};`, ...proxyHeaders]
      .map((l) => `        ${l}`)
      .join('\n');
  if (route.path === '/') return [`    location / {\n${body('')}\n    }`];
  // `/api` serves `/api` and `/api/...`, never `/apix`.
  const target = route.stripPrefix ? '/' : '';
  return [
    `    location = ${route.path} {\n${body(target)}\n    }`,
    `    location ${route.path}/ {\n${body(target)}\n    }`,
  ];
}

function server(
  listen: number,
  hosts: readonly string[],
  routes: readonly ScopedRoute[],
  publicFor?: string,
): string[] {
  const lines = ['server {', `    listen ${listen};`, `    server_name ${hosts.join(' ')};`];
  // The public block also serves ACME challenges, and HTTPS once a certificate exists.
  if (publicFor) lines.push(`    ${tlsIncludeLine(publicFor)}`, acmeLocation);
  for (const r of [...routes].sort((a, b) => b.route.path.length - a.route.path.length))
    lines.push(...locations(r));
  if (!routes.some((r) => r.route.path === '/')) lines.push('    location / { return 404; }');
  lines.push('}');
  return lines;
}

function scoped(env: string, scope: string, routes: readonly EdgeRoute[]): ScopedRoute[] {
  return routes.map((route) => ({ route, upstream: names.upstream(env, scope, route.service) }));
}

/**
 * The edge's Nginx configuration for one environment: live traffic on the public listener
 * goes to the live colour; each colour also answers on the loopback-only preview listener,
 * where wharf probes a new colour before it gets any traffic.
 */
export function renderSite(site: EdgeSite): string {
  const env = site.environment;
  // No revision here: a new commit that changes no route must leave the file, and Nginx, alone.
  const lines = [
    `# Rendered by wharf for environment ${env}.`,
    `${liveMarker}${site.liveColour ?? 'none'}`,
  ];
  const liveRoutes = [
    ...scoped(env, site.liveColour ?? 'live', site.live),
    ...scoped(env, 'infra', site.infra),
  ];
  const previewRoutes = site.previews.map((p) => ({
    colour: p.colour,
    routes: scoped(env, p.colour, p.routes),
  }));
  const upstreams = new Map<string, readonly string[]>();
  for (const r of [...liveRoutes, ...previewRoutes.flatMap((p) => p.routes)]) {
    if (r.route.upstreams.length > 0) upstreams.set(r.upstream, r.route.upstreams);
  }
  for (const [name, servers] of [...upstreams.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `upstream ${name} {`,
      ...servers.map((s) => `    server ${s};`),
      '    keepalive 16;',
      '}',
    );
  }
  if (liveRoutes.length > 0 || site.liveColour)
    lines.push(...server(edgePorts.live, site.hosts, liveRoutes, env));
  for (const preview of previewRoutes)
    lines.push(...server(edgePorts.preview, [previewHost(env, preview.colour)], preview.routes));
  lines.push('');
  return lines.join('\n');
}
