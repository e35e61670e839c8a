import type { AppService, Environment } from '../manifest.js';
import { composeHealthcheck } from './health.js';
import { labels, names, type Colour } from './names.js';
import type { ServiceDraft } from './types.js';

export interface AppRenderInput {
  readonly environment: Environment;
  readonly colour: Colour;
  readonly stateDir: string;
  readonly images: (image: string) => string;
}

function appService(
  input: AppRenderInput,
  name: string,
  service: AppService,
): Record<string, unknown> {
  const env = input.environment.name;
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(service.env ?? {})) {
    if (value !== undefined) environment[key] = String(value);
  }
  for (const secret of service.secrets ?? [])
    environment[`${secret}_FILE`] = `/run/secrets/${secret}`;

  const compose: Record<string, unknown> = {
    image: input.images(service.image),
    environment,
    restart: 'unless-stopped',
    // The plain service name is an alias only on the colour's own network: apps of one colour
    // find each other as `api`, and the shared environment network never sees two `api`s.
    networks: { default: { aliases: [name] }, env: {} },
    labels: {
      [labels.managed]: 'true',
      [labels.environment]: env,
      [labels.service]: name,
      [labels.role]: 'stateless',
      [labels.colour]: input.colour,
    },
  };
  if (service.command) compose['command'] = [...service.command];
  if (service.secrets?.length) compose['secrets'] = [...service.secrets];
  const healthcheck = composeHealthcheck(service.health);
  if (healthcheck) compose['healthcheck'] = healthcheck;
  const deploy: Record<string, unknown> = { replicas: service.replicas };
  if (service.resources && (service.resources.cpus !== undefined || service.resources.memory)) {
    const limits: Record<string, unknown> = {};
    if (service.resources.cpus !== undefined) limits['cpus'] = String(service.resources.cpus);
    if (service.resources.memory) limits['memory'] = service.resources.memory;
    deploy['resources'] = { limits };
  }
  compose['deploy'] = deploy;
  const appDependencies = (service.dependsOn ?? []).filter((d) => d in input.environment.services);
  if (appDependencies.length > 0) {
    compose['depends_on'] = Object.fromEntries(
      appDependencies.map((d) => [
        names.appService(d, input.colour),
        {
          condition: input.environment.services[d]?.health?.command
            ? 'service_healthy'
            : 'service_started',
        },
      ]),
    );
  }
  return compose;
}

/** The stateless services of one colour, before any raw `compose` block is merged. */
export function renderAppServices(input: AppRenderInput): ServiceDraft[] {
  const project = names.appProject(input.environment.name, input.colour);
  return Object.entries(input.environment.services).flatMap(([name, service]) => {
    if (!service) return [];
    const draft: ServiceDraft = {
      name,
      composeName: names.appService(name, input.colour),
      project,
      role: 'stateless',
      colour: input.colour,
      compose: appService(input, name, service),
      replicas: service.replicas,
      dependsOn: service.dependsOn ?? [],
      mounts: [],
      ...(service.port !== undefined ? { port: service.port } : {}),
    };
    return [draft];
  });
}
