import { labels } from './names.js';
import type { RenderedProject, RenderedService } from './types.js';

function nonEmpty(value: unknown): boolean {
  return !(typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

/**
 * The Compose file of a project. Each service's revision label is the revision its
 * definition last changed at, supplied by the caller: stamping every container with the
 * newest revision would change every definition, and Compose would recreate them all.
 */
export function composeDocument(
  project: RenderedProject,
  revisionOf: (service: RenderedService) => string,
): Record<string, unknown> {
  const services = Object.fromEntries(
    project.services.map((service) => [
      service.composeName,
      {
        ...service.compose,
        labels: {
          ...(service.compose['labels'] as Record<string, string> | undefined),
          [labels.revision]: revisionOf(service),
          [labels.configHash]: service.configHash,
        },
      },
    ]),
  );
  const topLevel = Object.fromEntries(
    Object.entries(project.topLevel).filter(([, v]) => nonEmpty(v)),
  );
  return { name: project.name, services, ...topLevel };
}
