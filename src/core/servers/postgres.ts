import type { Environment, EnvironmentInput, Postgres, Previews } from '../manifest.js';
import {
  defineServer,
  healthcheck,
  type ManifestReference,
  type ServerFinding,
} from './stateful-server.js';

const name = 'postgres';

/** The port PostgreSQL serves on, on the environment network. */
export const postgresPort = 5432;

/** The major version in an image's tag (`postgres:16.2-bookworm` is 16), or null if it has none. */
export function majorVersion(image: string): number | null {
  if (image.includes('@')) return null;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon <= slash) return null;
  const match = /^(\d+)/.exec(image.slice(colon + 1));
  return match ? Number(match[1]) : null;
}

/** The file a preview's own database starts from (`previews.overrides` of wharf.yaml). */
export function previewSeed(
  previews: Previews | undefined,
): (ManifestReference & { readonly path: string }) | undefined {
  const path = previews?.overrides?.postgres?.seed;
  return path === undefined
    ? undefined
    : { path, segments: ['previews', 'overrides', name, 'seed'] };
}

function dataVolume(pg: Postgres): string {
  return pg.volume;
}

/** `hybrid` is the topology of a managed database outside the host, and only it. */
function hybridFindings(env: Environment, written: EnvironmentInput): ServerFinding[] {
  const pg = env.postgres;
  if (env.topology === 'hybrid') {
    if (!pg)
      return [
        {
          segments: ['topology'],
          rule: 'hybrid-external-db',
          message:
            'the `hybrid` topology needs `postgres` with `external` set: its database is managed outside the host',
        },
      ];
    if (!pg.external)
      return [
        {
          segments: [name],
          rule: 'hybrid-external-db',
          message:
            'the `hybrid` topology needs `postgres.external` (host of the managed PostgreSQL); without it, use topology `minimal`',
        },
      ];
    // What the manifest says, not what the schema's defaults for a local server fill in.
    return (['image', 'volume', 'seed'] as const)
      .filter((local) => written.postgres?.[local] !== undefined)
      .map((local) => ({
        segments: [name, local],
        at: 'key',
        rule: 'hybrid-no-local-db',
        message: `\`postgres.${local}\` describes a local server, but \`hybrid\` runs no local PostgreSQL: remove it`,
      }));
  }
  if (pg?.external)
    return [
      {
        segments: [name, 'external'],
        at: 'key',
        rule: 'external-db-needs-hybrid',
        message: `an external PostgreSQL is the \`hybrid\` topology; set \`topology: hybrid\` or remove \`postgres.external\` (topology is \`${env.topology}\`)`,
      },
    ];
  return [];
}

/** The environment's own PostgreSQL; none in `hybrid`, whose database is managed elsewhere. */
export const postgres = defineServer<Postgres>({
  name,
  dependable: true,
  section: (env) => (env.postgres?.external ? undefined : env.postgres),
  render(pg, { images, repoFiles }) {
    const data = dataVolume(pg);
    return {
      compose: {
        image: images(pg.image),
        environment: {
          POSTGRES_DB: pg.database,
          POSTGRES_USER: pg.user,
          POSTGRES_PASSWORD_FILE: `/run/secrets/${pg.passwordSecret}`,
        },
        secrets: [pg.passwordSecret],
        volumes: [
          `${data}:/var/lib/postgresql/data`,
          // The server runs these only when it initialises an empty data volume.
          ...(pg.seed ? ['./postgres/seed.sql:/docker-entrypoint-initdb.d/seed.sql:ro'] : []),
        ],
        healthcheck: healthcheck(
          ['CMD-SHELL', `pg_isready -h 127.0.0.1 -U ${pg.user} -d ${pg.database}`],
          '3s',
          '60s',
          10,
        ),
        stop_grace_period: '60s',
      },
      files: pg.seed
        ? [
            {
              path: 'postgres/seed.sql',
              content: repoFiles.get(pg.seed) ?? '',
              containsSecrets: false,
            },
          ]
        : [],
      // Read only into an empty volume: a new seed is no reason to recreate the server.
      mounts: [],
    };
  },
  volumes: (pg) => [dataVolume(pg)],
  secrets: (env) =>
    env.postgres ? [{ name: env.postgres.passwordSecret, segments: [name, 'passwordSecret'] }] : [],
  files: (env) => [
    ...(env.postgres?.seed ? [{ path: env.postgres.seed, segments: [name, 'seed'] }] : []),
    ...(env.postgres?.external?.caFile
      ? [{ path: env.postgres.external.caFile, segments: [name, 'external', 'caFile'] }]
      : []),
  ],
  findings: hybridFindings,
  imageRisk(before, after) {
    const [from, to] = [majorVersion(before), majorVersion(after)];
    if (from === null || to === null || from === to) return undefined;
    return `postgres would move from major version ${from} to ${to}, which cannot read the data directory of ${from}: dump the database, deploy the new version on a new volume and restore it`;
  },
});
