import { statefulServers } from '../servers/registry.js';
import type { ServerInput } from '../servers/stateful-server.js';
import { labels, names } from './names.js';
import type { RenderedFile, ServiceDraft } from './types.js';

export type InfraRenderInput = ServerInput;

export interface InfraRender {
  readonly services: ServiceDraft[];
  readonly files: RenderedFile[];
  /** Volume keys (as in the manifest) to Docker volume names. */
  readonly volumes: Record<string, string>;
}

/** The stateful services of an environment: updated in place, their volumes kept. */
export function renderInfra(input: InfraRenderInput): InfraRender {
  const env = input.environment;
  const project = names.infraProject(env.name);
  const services: ServiceDraft[] = [];
  const files: RenderedFile[] = [];
  const volumes: Record<string, string> = {};
  for (const server of statefulServers) {
    const rendered = server.render(input);
    if (!rendered) continue;
    for (const key of server.volumes?.(env) ?? []) volumes[key] = names.volume(env.name, key);
    const own = rendered.files ?? [];
    files.push(...own);
    services.push({
      name: server.name,
      composeName: server.name,
      project,
      role: 'stateful',
      compose: {
        ...rendered.compose,
        restart: 'unless-stopped',
        labels: {
          [labels.managed]: 'true',
          [labels.environment]: env.name,
          [labels.service]: server.name,
          [labels.role]: 'stateful',
        },
      },
      replicas: 1,
      dependsOn: rendered.dependsOn ?? [],
      mounts: rendered.mounts ?? own.map((f) => f.path),
      ...(rendered.port !== undefined ? { port: rendered.port } : {}),
    });
  }
  return { services, files, volumes };
}
