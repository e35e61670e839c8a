/**
 * Maintenance mode at the edge. Every public server block of a site includes the
 * environment's maintenance snippet by a pattern that matches nothing while it is off, so a
 * site never carries the maintenance state itself: whoever writes the site (a deploy, a
 * rollback, a repair) keeps whatever state the snippet is in, and switching it is a write,
 * `nginx -t` and a reload, never a container restart.
 */

/** Who put the page up: an operator's page stays until `wharf maintenance off`. */
export type MaintenanceBy = 'operator' | 'deploy';

/** An environment's maintenance as the edge keeps it (persisted under the state directory). */
export interface Maintenance {
  readonly by: MaintenanceBy;
  /** When it went up (ISO 8601). */
  readonly since: string;
  readonly retryAfterSeconds: number;
  /** Where the page comes from: a repository file (its path), or wharf's default page. */
  readonly source:
    { readonly kind: 'repository'; readonly path: string } | { readonly kind: 'default' };
  /** The operator's message on the default page, if any. */
  readonly message?: string;
  /** The HTML the edge serves, byte for byte. */
  readonly page: string;
}

/** Where the edge container reads maintenance files (the sites folder is mounted there). */
export const edgeMaintenanceDir = '/etc/wharf-edge/maintenance';

/** Folder of the maintenance files, relative to the edge's sites folder on the host. */
export const maintenanceFolder = 'maintenance';

/** The files of one environment's maintenance, in `maintenanceFolder`. */
export function maintenanceFiles(environment: string): {
  readonly snippet: string;
  readonly page: string;
  readonly state: string;
} {
  return {
    snippet: `${environment}.conf`,
    page: `${environment}.html`,
    state: `${environment}.json`,
  };
}

/**
 * The include line of an environment's public server block. As with HTTPS, the `[.]` makes
 * it a pattern: no snippet (maintenance off) is no error, and a half-written temporary file
 * never matches.
 */
export function maintenanceIncludeLine(environment: string): string {
  return `include ${edgeMaintenanceDir}/${environment}[.]conf;`;
}

/** The URI the page is served under; a `:` keeps it apart from every route path. */
export const maintenancePageUri = '/wharf:maintenance';

/**
 * The snippet that puts the page up: every request but an ACME challenge answers 503 with the
 * page (read from a file, never written into the configuration), `Retry-After` and no caching.
 * The `return` runs before any location is chosen, so no route reaches its containers; the
 * internal redirect to the page is a GET whatever the request's method.
 */
export function renderMaintenanceSnippet(environment: string, retryAfterSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(retryAfterSeconds));
  return [
    `# Rendered by wharf: ${environment} is in maintenance.`,
    `error_page 503 ${maintenancePageUri};`,
    `if ($uri !~ "^/(\\.well-known/acme-challenge/|wharf:maintenance$)") { return 503; }`,
    `location = ${maintenancePageUri} {`,
    '    internal;',
    `    alias ${edgeMaintenanceDir}/${maintenanceFiles(environment).page};`,
    '    default_type text/html;',
    '    charset utf-8;',
    `    add_header Retry-After ${seconds} always;`,
    '    add_header Cache-Control "no-store" always;',
    '}',
    '',
  ].join('\n');
}
