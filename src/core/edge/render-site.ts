import type { EdgeRoute, EdgeSite } from '../render/types.js';

function upstreamName(env: string, service: string): string {
  return `wharf_${env}_${service}`.replaceAll('-', '_');
}

const proxyHeaders = [
  'proxy_http_version 1.1;',
  'proxy_set_header Host $host;',
  'proxy_set_header X-Real-IP $remote_addr;',
  'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  'proxy_set_header X-Forwarded-Proto $scheme;',
  'proxy_set_header Upgrade $http_upgrade;',
  'proxy_set_header Connection $connection_upgrade;',
];

function locations(site: EdgeSite, route: EdgeRoute): string[] {
  const upstream = upstreamName(site.environment, route.service);
  if (route.upstreams.length === 0) {
    return [`location ${route.path === '/' ? '/' : `${route.path}/`} { return 503; }`];
  }
  const body = (target: string): string =>
    [`proxy_pass http://${upstream}${target};`, ...proxyHeaders]
      .map((l) => `        ${l}`)
      .join('\n');
  if (route.path === '/') return [`    location / {\n${body('')}\n    }`];
  // `/api` serves `/api` and `/api/...`, never `/apix`.
  const prefix = `${route.path}/`;
  return [
    `    location = ${route.path} {\n${body(route.stripPrefix ? '/' : '')}\n    }`,
    `    location ${prefix} {\n${body(route.stripPrefix ? '/' : '')}\n    }`,
  ];
}

/** The edge's Nginx configuration for one environment: an upstream per service, a server per host set. */
export function renderSite(site: EdgeSite, listen: number): string {
  // No revision here: a new commit that changes no route must leave the file, and Nginx, alone.
  const lines = [`# Rendered by wharf for environment ${site.environment}.`];
  const seen = new Set<string>();
  for (const route of site.routes) {
    const name = upstreamName(site.environment, route.service);
    if (route.upstreams.length === 0 || seen.has(name)) continue;
    seen.add(name);
    lines.push(
      `upstream ${name} {`,
      ...route.upstreams.map((u) => `    server ${u};`),
      '    keepalive 16;',
      '}',
    );
  }
  lines.push('server {', `    listen ${listen};`, `    server_name ${site.hosts.join(' ')};`);
  const sorted = [...site.routes].sort((a, b) => b.path.length - a.path.length);
  for (const route of sorted) lines.push(...locations(site, route));
  if (!site.routes.some((r) => r.path === '/')) lines.push('    location / { return 404; }');
  lines.push('}', '');
  return lines.join('\n');
}
