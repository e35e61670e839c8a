import { maintenanceIncludeLine } from './render-maintenance.js';
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

/**
 * What the edge asks Docker's DNS for, at run time: `<compose service>.<network>` is every
 * running replica of that service on the environment's network and on no other network the
 * edge joins (Docker's resolver reads `a.b` as name `a` in network `b`). A name nothing answers
 * to is a 502 for that route only; Nginx never needs it to start or reload.
 */
export function serviceAddress(environment: string, composeService: string, port: string): string {
  return `${composeService}.${names.network(environment)}:${port}`;
}

/**
 * The upstream group of one Compose service on one port. Its name fixes its one server line:
 * on a reload Nginx keeps the addresses it resolved for a group whose configuration did not
 * change, so a switch (which only changes which group `proxy_pass` names) never meets a group
 * still waiting for its first DNS answer. Re-pointing one group would (bench/edge-upstreams.ts).
 */
export function upstreamGroup(environment: string, composeService: string, port: string): string {
  return `${names.network(environment)}.${composeService}.${port}`;
}

function upstreamBlock(env: string, { composeService, route }: ScopedRoute): string {
  const group = upstreamGroup(env, composeService, portOf(route));
  return [
    `upstream ${group} {`,
    // Shared memory is what lets `resolve` follow Docker's DNS and survive reloads.
    `    zone ${group} 64k;`,
    `    server ${serviceAddress(env, composeService, portOf(route))} resolve;`,
    // Idle connections kept open to the replicas: no connect per request on the bridge.
    '    keepalive 16;',
    '}',
  ].join('\n');
}

const unavailable = '@wharf_unavailable';

const proxyHeaders = [
  'proxy_http_version 1.1;',
  'proxy_set_header Host $host;',
  'proxy_set_header X-Real-IP $remote_addr;',
  'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  'proxy_set_header X-Forwarded-Proto $scheme;',
  'proxy_set_header Upgrade $http_upgrade;',
  'proxy_set_header Connection $connection_upgrade;',
  // Upstreams share a bridge (or a swarm's overlay) with the edge: a connect that takes
  // seconds means the container is gone. An address Docker's DNS no longer gives but Nginx
  // still holds (for up to the resolver's `valid`) answers nothing at all on an overlay: the
  // request moves on to the next replica after this, not after Nginx's default minute.
  'proxy_connect_timeout 2s;',
  // A replica that refuses or vanished mid-request: the request gets a second chance on another.
  'proxy_next_upstream error timeout http_502;',
  // Nginx's own 502/504 (no container answers to the name, or none accepts): a clear 503 page.
  // An app's own 502 passes through untouched (proxy_intercept_errors is off).
  `error_page 502 504 =503 ${unavailable};`,
];

interface ScopedRoute {
  readonly route: EdgeRoute;
  /** The Compose service whose replicas serve the route. */
  readonly composeService: string;
}

function portOf(route: EdgeRoute): string {
  return /:(\d+)$/.exec(route.upstreams[0] ?? '')?.[1] ?? '80';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function locations(env: string, { route, composeService }: ScopedRoute): string[] {
  if (route.upstreams.length === 0)
    return [`    location ${route.path === '/' ? '/' : `${route.path}/`} { return 503; }`];
  const body = (strip: string | null): string =>
    [
      `set $wharf_service ${route.service};`,
      ...(strip ? [strip] : []),
      `proxy_pass http://${upstreamGroup(env, composeService, portOf(route))};`,
      ...proxyHeaders,
    ]
      .map((l) => `        ${l}`)
      .join('\n');
  if (route.path === '/') return [`    location / {\n${body(null)}\n    }`];
  // `/api` serves `/api` and `/api/...`, never `/apix`.
  const prefix = escapeRegex(route.path);
  return [
    `    location = ${route.path} {\n${body(route.stripPrefix ? 'rewrite ^ / break;' : null)}\n    }`,
    `    location ${route.path}/ {\n${body(route.stripPrefix ? `rewrite ^${prefix}/(.*)$ /$1 break;` : null)}\n    }`,
  ];
}

/** The page a route answers while none of its containers does. */
function unavailableLocation(env: string): string {
  return [
    `    location ${unavailable} {`,
    '        default_type text/plain;',
    '        add_header Retry-After 10 always;',
    `        return 503 "503 Service Unavailable: ${env} has no running container of service $wharf_service for this address right now (wharf starts it again on its next reconcile).\\n";`,
    '    }',
  ].join('\n');
}

function server(
  env: string,
  listen: number,
  names: readonly string[],
  routes: readonly ScopedRoute[],
  publicFor?: string,
): string[] {
  const lines = ['server {', `    listen ${listen};`, `    server_name ${names.join(' ')};`];
  // The public block also serves ACME challenges, HTTPS once a certificate exists, and the
  // maintenance page while it is up (after HTTPS: plain HTTP is still sent there first).
  if (publicFor)
    lines.push(
      `    ${tlsIncludeLine(publicFor)}`,
      `    ${maintenanceIncludeLine(publicFor)}`,
      acmeLocation,
    );
  for (const r of [...routes].sort((a, b) => b.route.path.length - a.route.path.length))
    lines.push(...locations(env, r));
  if (!routes.some((r) => r.route.path === '/')) lines.push('    location / { return 404; }');
  if (routes.some((r) => r.route.upstreams.length > 0)) lines.push(unavailableLocation(env));
  lines.push('}');
  return lines;
}

function scoped(scope: Colour | 'infra', routes: readonly EdgeRoute[]): ScopedRoute[] {
  return routes.map((route) => ({
    route,
    composeService: scope === 'infra' ? route.service : names.appService(route.service, scope),
  }));
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
    ...(site.liveColour ? scoped(site.liveColour, site.live) : []),
    ...scoped('infra', site.infra),
  ];
  const previews = site.previews.map((p) => ({
    colour: p.colour,
    routes: scoped(p.colour, p.routes),
  }));
  const groups = new Map<string, string>();
  for (const r of [...liveRoutes, ...previews.flatMap((p) => p.routes)])
    if (r.route.upstreams.length > 0)
      groups.set(upstreamGroup(env, r.composeService, portOf(r.route)), upstreamBlock(env, r));
  lines.push(...[...groups.keys()].sort().map((group) => groups.get(group) ?? ''));
  if (liveRoutes.length > 0 || site.liveColour)
    lines.push(...server(env, edgePorts.live, site.hosts, liveRoutes, env));
  for (const preview of previews)
    lines.push(
      ...server(env, edgePorts.preview, [previewHost(env, preview.colour)], preview.routes),
    );
  lines.push('');
  return lines.join('\n');
}
