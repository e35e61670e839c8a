import { labels } from './names.js';
import type { RenderedProject, RenderedService } from './types.js';

function nonEmpty(value: unknown): boolean {
  return !(typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

/**
 * Every `$` doubled, in every string value: Compose then hands the text to the container as
 * it was written, and nothing from wharf's environment or a `.env` file is substituted.
 * Keys are not interpolated by Compose, so they stay as they are.
 */
export function escapeInterpolation(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('$', '$$$$');
  if (Array.isArray(value)) return value.map(escapeInterpolation);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeInterpolation(v)]));
  return value;
}

/**
 * The Compose file of a project, as wharf means it (before escaping: see `composeFile`). Each service's revision label is the revision its
 * definition last changed at, supplied by the caller: stamping every container with the
 * newest revision would change every definition, and Compose would recreate them all.
 */
export function composeDocument(
  project: RenderedProject,
  revisionOf: (service: RenderedService) => string,
  installation?: string,
): Record<string, unknown> {
  const services: Record<string, unknown> = Object.fromEntries(
    project.services.map((service) => [
      service.composeName,
      {
        ...service.compose,
        labels: {
          ...(service.compose['labels'] as Record<string, string> | undefined),
          [labels.revision]: revisionOf(service),
          [labels.configHash]: service.configHash,
          // The owning installation is no part of the definition, so it changes no hash or plan.
          ...(installation ? { [labels.installation]: installation } : {}),
        },
      },
    ]),
  );
  for (const job of project.jobs ?? [])
    services[job.composeName] = {
      ...job.compose,
      labels: {
        ...(job.compose['labels'] as Record<string, string> | undefined),
        ...(installation ? { [labels.installation]: installation } : {}),
      },
    };
  const topLevel = Object.fromEntries(
    Object.entries(project.topLevel).filter(([, v]) => nonEmpty(v)),
  );
  return { name: project.name, services, ...topLevel };
}

/** The Compose file of a project as written to disk: `composeDocument` with every `$` escaped. */
export function composeFile(
  project: RenderedProject,
  revisionOf: (service: RenderedService) => string,
  installation?: string,
): Record<string, unknown> {
  return escapeInterpolation(composeDocument(project, revisionOf, installation)) as Record<
    string,
    unknown
  >;
}
