/**
 * The names wharf gives to Docker objects. Live state is rebuilt from these and the labels.
 *
 * Names are injective: no two environments (previews `pr-<n>` included) share a project,
 * network, volume, container or upstream name, whatever valid names they have. The schema
 * (schemas/environment.schema.json) makes it so, and test/unit/names-injective.test.ts checks
 * it over many pairs. Read a name as its dash-separated segments; environment names (E) and
 * service names (S) never contain the segments `blue`, `green` or `infra` (EnvironmentName,
 * ServiceName), and the environment `edge` does not exist. Then, for each kind:
 *
 * - projects `wharf-E-infra`, `wharf-E-<colour>`: the last segment is the part, the rest is E;
 *   the edge's `wharf-edge` has two segments, every other project at least three.
 * - networks `wharf-E` and `wharf-E-<colour>`: a name ending in a colour segment is a colour
 *   network (E cannot end so), and what precedes is E. The edge's network is `wharf-edge_default`
 *   and has an underscore, which no name wharf gives has.
 * - containers `wharf-E-infra-S-<n>` and `wharf-E-<c>-S-<c>-<n>`: the first `blue`, `green` or
 *   `infra` segment after `wharf` comes right after E (E has none), so it gives E and the
 *   project; the replica number is the last segment (digits) and the colour before it, so S is
 *   what lies between. The edge's `wharf-edge-nginx-1` has no such segment at all. A job's
 *   run `wharf-E-<c>-wharf-job-J` has its colour right after E too, and then `wharf`, which no
 *   service name S starts with; J has no colour segment, so it never ends as `-<c>-<n>`.
 * - volumes `wharf-E-K`: volume keys K are one word, or one word and `-data` (VolumeKey, never
 *   `data` alone). If `E1-K1` = `E2-K2` with E1 shorter, then E2 = `E1-X` and K1 = `X-K2`: K1
 *   would end in a dash and a key, but the only key with a dash is `word-data`, whose tail
 *   `data` is no key. So E1 = E2. (No rule on environment names is needed for this one.)
 * - the edge's DNS names `S.wharf-E` (Docker's `<service>.<network>`): names have no dot, and
 *   the network part is injective as above.
 *
 * Previews are environments named `pr-<n>`; other environments may not be named `pr-<n>` or
 * `pr-<n>-...` (environment-rules.ts), which also keeps per-pull-request keys such as the
 * comment's lock `pr-<n>-comment` apart from every environment's.
 */
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
  /** A job's service in a colour's project: app services cannot start with `wharf`. */
  jobService: (job: string) => `wharf-job-${job}`,
  /** The one container of a job's run; one job runs at a time per environment. */
  jobContainer: (env: string, colour: Colour, job: string) =>
    `wharf-${env}-${colour}-wharf-job-${job}`,
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
  /** The job a one-shot container runs (`jobs.<name>`). */
  job: 'wharf.job',
  /** The wharf installation that owns the container (the edge's too); others refuse to adopt it. */
  installation: 'wharf.installation',
} as const;
