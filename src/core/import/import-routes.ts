import type { EnvironmentInput } from '../manifest.js';
import { dependencies, mounts, type ComposeMap } from './compose-spellings.js';
import type { ImportContext } from './import-context.js';
import type { ImportedApp } from './import-app-service.js';
import { notePath } from './import-notes.js';

const routePattern = /^\/([A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)?$/;
const hostnamePattern =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The app services a reverse proxy forwarded to: what it depends on or links to. */
function proxyTargets(ctx: ImportContext, proxy: ComposeMap): string[] {
  const links = Array.isArray(proxy['links'])
    ? proxy['links'].map((l) => String(l).split(':')[0] ?? '')
    : [];
  return [...dependencies(proxy['depends_on']).map((d) => d.service), ...links].filter(
    (s) => ctx.roles.get(s)?.kind === 'app',
  );
}

/**
 * Routes for the app services that took web traffic under Compose: those a reverse proxy
 * forwarded to, those with nginx-proxy or Traefik settings, then those that published a port.
 * The first gets `/`, each other `/<name>`; a service whose port is unknown is reported.
 */
export function assignRoutes(
  ctx: ImportContext,
  apps: readonly (ImportedApp & { readonly composeName: string })[],
  proxies: readonly (readonly [string, ComposeMap])[],
): void {
  const reasons = new Map<string, string>();
  for (const [proxyName, proxy] of proxies) {
    const targets = proxyTargets(ctx, proxy);
    for (const t of targets)
      if (!reasons.has(t)) reasons.set(t, `${proxyName} forwarded to it before`);
    if (
      targets.length === 0 &&
      ctx.roles.get(proxyName)?.kind === 'proxy' &&
      !isCertificates(ctx, proxyName)
    )
      ctx.notes.decide(
        notePath('services', proxyName),
        'it forwarded by its own configuration, which import does not read: give services.<name>.route to the services it served',
      );
  }
  for (const app of apps)
    if (app.web.hosts.length > 0 || app.web.port !== undefined || app.web.path !== undefined)
      if (!reasons.has(app.composeName))
        reasons.set(app.composeName, 'its reverse proxy settings said so');
  for (const app of apps)
    if (app.published && !reasons.has(app.composeName))
      reasons.set(app.composeName, 'Compose published its port');

  const taken = new Set<string>();
  for (const [composeName, reason] of reasons) {
    const app = apps.find((a) => a.composeName === composeName);
    if (!app) continue;
    const at = notePath('services', composeName);
    if (app.web.port !== undefined && app.web.port !== app.service.port) {
      app.service.port = app.web.port;
      ctx.notes.carried(at, `port ${app.web.port}, the port its reverse proxy settings named`);
    }
    const listens = app.service.env?.['PORT'];
    if (app.service.port === undefined && /^[0-9]{1,5}$/.test(String(listens ?? ''))) {
      app.service.port = Number(listens);
      ctx.notes.carried(at, `port ${app.service.port}, from its PORT variable`);
    }
    if (app.service.port === undefined) {
      ctx.notes.decide(
        at,
        `not routed: ${reason}, but its port is not known; set services.${app.name}.port and services.${app.name}.route`,
      );
      continue;
    }
    const wanted = app.web.path;
    const route =
      wanted !== undefined && routePattern.test(wanted) && !taken.has(wanted)
        ? wanted
        : !taken.has('/')
          ? '/'
          : `/${app.name}`;
    taken.add(route);
    app.service.route = route;
    ctx.notes.carried(
      at,
      `route ${route} (${reason}); the edge serves it on the environment's host${route === '/' ? '' : `, with the path as it comes (set stripPrefix: true if the service expects its paths at /)`}: adjust it if you like`,
    );
  }
  for (const app of apps) {
    if (reasons.has(app.composeName)) continue;
    ctx.notes.carried(
      notePath('services', app.composeName),
      app.service.port === undefined
        ? 'not routed: it published no port (a worker)'
        : `not routed: it published no port; the other services reach it as ${app.name}:${app.service.port}`,
    );
  }
}

function isCertificates(ctx: ImportContext, name: string): boolean {
  const role = ctx.roles.get(name);
  return role?.kind === 'proxy' && role.certificates;
}

/** The notes for a reverse proxy or certificate helper that the edge replaces. */
export function proxyNotes(ctx: ImportContext, name: string, definition: ComposeMap): void {
  const at = notePath('services', name);
  if (isCertificates(ctx, name)) {
    ctx.notes.dropped(
      at,
      'not imported: the edge gets and renews Let’s Encrypt certificates itself (tls.mode: letsencrypt)',
    );
    return;
  }
  const files = mounts(definition['volumes'])
    .filter((m) => m.type === 'bind' && !m.source.endsWith('docker.sock'))
    .map((m) => m.source);
  ctx.notes.dropped(
    at,
    `not imported: wharf's edge (Nginx, shared by the host's environments) is the one entry point, on ports 80 and 443, and routes by host and path to the app services${files.length > 0 ? `; its configuration (${files.join(', ')}) is not read: check that the routes match it` : ''}`,
  );
}

type Tls = NonNullable<EnvironmentInput['tls']>;

export interface HostChoice {
  readonly host: string;
  readonly aliases?: string[];
  readonly tls?: Tls;
  readonly placeholder?: boolean;
}

/** The environment's host: `--host`, else what the reverse proxy settings named, else a placeholder. */
export function chooseHost(
  ctx: ImportContext,
  apps: readonly ImportedApp[],
  given: string | undefined,
): HostChoice {
  const email = apps.map((a) => a.web.email).find((e) => e !== undefined);
  const tls: Tls | undefined = email ? { mode: 'letsencrypt', email } : undefined;
  if (tls)
    ctx.notes.carried(
      'tls',
      `tls: letsencrypt with the contact ${email}; the edge gets and renews the certificates`,
    );
  else
    ctx.notes.decide(
      'tls',
      'the edge serves plain HTTP (tls.mode none) until you set tls: { mode: letsencrypt, email: you@example.com }, once the host name points at this host',
    );
  const withTls = (choice: {
    host: string;
    aliases?: string[];
    placeholder?: boolean;
  }): HostChoice => (tls ? { ...choice, tls } : choice);
  if (given !== undefined) {
    ctx.notes.carried('host', `host ${given}, as --host gave it`);
    return withTls({ host: given });
  }
  const hinted = apps.filter((a) => a.web.hosts.some((h) => hostnamePattern.test(h)));
  const first = hinted[0];
  if (first) {
    const [host = '', ...aliases] = first.web.hosts.filter((h) => hostnamePattern.test(h));
    ctx.notes.carried(
      'host',
      `host ${host}${aliases.length > 0 ? ` and aliases ${aliases.join(', ')}` : ''}, from the reverse proxy settings of services.${first.name}; check it`,
    );
    const others = hinted
      .slice(1)
      .flatMap((a) =>
        a.web.hosts
          .filter((h) => h !== host && !aliases.includes(h))
          .map((h) => `${h} (${a.name})`),
      );
    if (others.length > 0)
      ctx.notes.decide(
        'host',
        `the reverse proxy also served ${others.join(', ')}; an environment has one host (and aliases that serve the same routes): split the services into environments, or serve them under paths of ${host}`,
      );
    return withTls(aliases.length > 0 ? { host, aliases } : { host });
  }
  const host = `${ctx.env}.example.com`;
  ctx.notes.decide(
    'host',
    `host ${host} is a placeholder: set the public host name the edge serves this environment on (wharf import --host, or edit the manifest)`,
  );
  return withTls({ host, placeholder: true });
}
