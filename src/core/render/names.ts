/** The names wharf gives to Docker objects. Live state is rebuilt from these and the labels. */
export type Colour = 'blue' | 'green';
export const colours: readonly Colour[] = ['blue', 'green'];

export function otherColour(colour: Colour): Colour {
  return colour === 'blue' ? 'green' : 'blue';
}

export const names = {
  network: (env: string) => `wharf-${env}`,
  infraProject: (env: string) => `wharf-${env}-infra`,
  appProject: (env: string, colour: Colour) => `wharf-${env}-${colour}`,
  /** The edge's Compose project when the configuration names none (`edge.project`). */
  edgeProject: 'wharf-edge',
  /** The edge's one container, in whichever project it runs. */
  edgeContainer: (project: string) => `${project}-nginx-1`,
  /** App services carry their colour, so two colours never share a name on the environment network. */
  appService: (service: string, colour: Colour) => `${service}-${colour}`,
  /** Compose v2's container name for replica `index` (1-based). */
  container: (project: string, composeService: string, index: number) =>
    `${project}-${composeService}-${index}`,
  volume: (env: string, volume: string) => `wharf-${env}-${volume}`,
  /** Folder of a project's rendered files, relative to the state directory. */
  projectDir: (env: string, part: Colour | 'infra') => `envs/${env}/${part}`,
  secretFile: (stateDir: string, env: string, secret: string) =>
    `${stateDir}/secrets/${env}/${secret}`,
};

/** Labels every container wharf manages carries (DESIGN.md, "Rendering"). */
export const labels = {
  managed: 'wharf.managed',
  environment: 'wharf.environment',
  revision: 'wharf.revision',
  colour: 'wharf.colour',
  configHash: 'wharf.config-hash',
  service: 'wharf.service',
  role: 'wharf.role',
  /** The wharf installation that owns the container (the edge's too); others refuse to adopt it. */
  installation: 'wharf.installation',
} as const;
