import { durationMs } from '../duration.js';
import type { MaintenanceSettings } from '../manifest.js';
import type { Maintenance, MaintenanceBy } from './render-maintenance.js';

/** The largest repository page the edge serves (a page, not a site: images belong elsewhere). */
export const maintenancePageMaxBytes = 256 * 1024;

/** The longest operator message the default page shows. */
export const maintenanceMessageMaxLength = 500;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** wharf's own page: plain HTML naming the environment, and the operator's message if any. */
export function defaultMaintenancePage(environment: string, message?: string): string {
  const name = escapeHtml(environment);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${name}: under maintenance</title>`,
    '</head>',
    '<body>',
    '<h1>Under maintenance</h1>',
    `<p>${name} is under maintenance. Please try again in a few minutes.</p>`,
    ...(message ? [`<p>${escapeHtml(message)}</p>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface MaintenanceRequest {
  readonly by: MaintenanceBy;
  readonly since: string;
  /** Overrides the manifest's `maintenance.retryAfter`. */
  readonly retryAfterSeconds?: number;
  /** Shown on the default page; refused with a repository page, which is served as it is. */
  readonly message?: string;
}

export type MaintenanceDecision =
  | { readonly ok: true; readonly maintenance: Maintenance }
  | { readonly ok: false; readonly reason: string };

/**
 * The maintenance an environment gets: its repository page (`maintenance.page`, read at the
 * revision into `files`) or the default page, and `Retry-After` from the request or the
 * manifest's `maintenance` block.
 */
export function decideMaintenance(
  environment: string,
  settings: MaintenanceSettings,
  files: ReadonlyMap<string, string>,
  request: MaintenanceRequest,
): MaintenanceDecision {
  const retryAfterSeconds =
    request.retryAfterSeconds ?? Math.ceil(durationMs(settings.retryAfter) / 1000);
  if (request.message !== undefined && request.message.length > maintenanceMessageMaxLength)
    return {
      ok: false,
      reason: `the message is ${request.message.length} characters long; at most ${maintenanceMessageMaxLength} are shown`,
    };
  const common = { by: request.by, since: request.since, retryAfterSeconds };
  const path = settings.page;
  if (path === undefined)
    return {
      ok: true,
      maintenance: {
        ...common,
        source: { kind: 'default' },
        ...(request.message ? { message: request.message } : {}),
        page: defaultMaintenancePage(environment, request.message),
      },
    };
  if (request.message !== undefined)
    return {
      ok: false,
      reason: `${environment} serves its own maintenance page (${path}) as it is; a message goes on wharf's default page only: edit the page in the repository instead`,
    };
  const page = files.get(path);
  if (page === undefined)
    return { ok: false, reason: `the maintenance page ${path} was not read from the repository` };
  const size = new TextEncoder().encode(page).length;
  if (size > maintenancePageMaxBytes)
    return {
      ok: false,
      reason: `the maintenance page ${path} is ${size} bytes; at most ${maintenancePageMaxBytes} are served`,
    };
  return { ok: true, maintenance: { ...common, source: { kind: 'repository', path }, page } };
}
