import type { Postgres } from '../manifest.js';
import { pgbouncer } from '../servers/pgbouncer.js';
import { pgbouncerPort } from '../servers/pgbouncer-files.js';
import { majorVersion, postgresPort } from '../servers/postgres.js';
import { isMap, mounts, type ComposeMap } from './compose-spellings.js';
import { storeAdvice, type ImportContext } from './import-context.js';
import { importImage } from './import-image.js';
import { notePath } from './import-notes.js';
import { composeSecret } from './import-secrets.js';
import { volumeFor } from './import-volumes.js';
import { serverKeyNotes, serverVariables, type ServerKeys } from './server-keys.js';

type PostgresInput = Omit<Postgres, 'pgbouncer' | 'volume' | 'image'> & {
  volume?: string;
  image?: string;
};

const dataDir = '/var/lib/postgresql/data';
const initDir = '/docker-entrypoint-initdb.d';
/** The variables wharf's PostgreSQL sets itself (src/core/servers/postgres.ts). */
const ownVariables = new Set([
  'POSTGRES_DB',
  'POSTGRES_USER',
  'POSTGRES_PASSWORD',
  'POSTGRES_PASSWORD_FILE',
]);

/** Where PgBouncer is for the apps: the host and port that replace the Compose service's. */
const pgbouncerAddress = `${pgbouncer.name}:${pgbouncerPort}`;

/** A database or role name the schema takes: lowercase letters, digits and underscores. */
function identifier(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 63);
  return /^[a-z_]/.test(name) ? name : `_${name}`.slice(0, 63);
}

/**
 * The Compose PostgreSQL service as the manifest's `postgres` section: wharf runs it in the
 * infra project behind PgBouncer, with the password from the store. The Compose file's
 * password is never written; its value is kept (in memory) to find it again in the apps.
 */
export function importPostgres(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
): PostgresInput {
  const at = (...rest: (string | number)[]): string => notePath('services', composeName, ...rest);
  const vars = serverVariables(ctx, composeName, definition['environment']);
  const named = vars.value;
  const user = identifier(named('POSTGRES_USER') ?? 'postgres');
  const database = identifier(named('POSTGRES_DB') ?? named('POSTGRES_USER') ?? 'postgres');
  for (const [key, value] of [
    ['POSTGRES_USER', user],
    ['POSTGRES_DB', database],
  ] as const) {
    const given = named(key);
    if (given !== undefined && given !== value)
      ctx.notes.decide(
        at('environment', key),
        `\`${given}\` is written as \`${value}\` (lowercase letters, digits and underscores); the apps must use that name`,
      );
  }
  ctx.publicValues.add(user);
  ctx.publicValues.add(database);

  const image = importImage(ctx, composeName, definition, 'postgres');
  if (image === undefined) ctx.notes.carried(at('image'), 'postgres.image left to its default');
  else if (majorVersion(image) === null && !image.includes('@'))
    ctx.notes.decide(
      at('image'),
      `\`${image}\` names no major version; pin one (\`postgres:16-alpine\`): a new major version cannot read the data of the old, and wharf refuses such a change unless deploy.allowDataLoss`,
    );
  const section: PostgresInput = {
    ...(image === undefined ? {} : { image }),
    database,
    user,
    passwordSecret: passwordSecret(ctx, composeName, definition, named),
  };
  for (const key of vars.keys)
    if (!ownVariables.has(key))
      ctx.notes.dropped(
        at('environment', key),
        key === 'POSTGRES_HOST_AUTH_METHOD'
          ? 'not carried: wharf’s PostgreSQL always asks for the password'
          : `not carried: wharf’s PostgreSQL sets only POSTGRES_DB, POSTGRES_USER and POSTGRES_PASSWORD_FILE; add it under compose.services.postgres.environment if it is needed`,
      );

  const volume = dataVolume(ctx, composeName, definition);
  if (volume !== undefined) section.volume = volume;
  serverKeyNotes(ctx, composeName, definition, postgresKeys);
  ctx.notes.carried(
    at(),
    `postgres: image ${section.image ?? '(default)'}, database ${database}, user ${user}, password in the secret ${section.passwordSecret}, data in ${section.volume ? `the volume ${section.volume}` : 'the default volume of postgres.volume'}`,
  );
  ctx.notes.decide(
    at(),
    `wharf's apps reach PostgreSQL through PgBouncer at ${pgbouncerAddress} (database ${database} only), not at ${composeName}:${postgresPort}; the app variables that named \`${composeName}\` were changed (each is listed), check the others`,
  );
  return section;
}

function passwordSecret(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
  named: (key: string) => string | undefined,
): string {
  const at = (key: string): string => notePath('services', composeName, 'environment', key);
  const file = named('POSTGRES_PASSWORD_FILE');
  const mounted: unknown[] = Array.isArray(definition['secrets']) ? definition['secrets'] : [];
  const sources = mounted.map((s) => (isMap(s) ? s['source'] : s));
  const source = sources.find(
    (s): s is string => typeof s === 'string' && file === `/run/secrets/${s}`,
  );
  for (const [i, other] of sources.entries())
    if (other !== source)
      ctx.notes.dropped(
        notePath('services', composeName, 'secrets', i),
        'not carried: wharf’s PostgreSQL mounts the secret of its password only',
      );
  if (source !== undefined) {
    const name = composeSecret(ctx, source);
    ctx.notes.carried(
      at('POSTGRES_PASSWORD_FILE'),
      `postgres.passwordSecret ${name}, from the Compose secret ${source}`,
    );
    return name;
  }
  const { name } = ctx.secrets.declare('postgres-password', 'POSTGRES_PASSWORD');
  const given = named('POSTGRES_PASSWORD');
  if (given !== undefined) ctx.values.set(name, given);
  ctx.notes.decide(
    at('POSTGRES_PASSWORD'),
    `${given === undefined ? 'the password' : 'the value'} is not written into the manifest: postgres.passwordSecret is the secret ${name} (source: store); ${storeAdvice(ctx, name)}. Use the password the data was created with when you move the data`,
  );
  if (file !== undefined)
    ctx.notes.decide(
      at('POSTGRES_PASSWORD_FILE'),
      `\`${file}\` is not a Compose secret of the service; the password comes from the secret ${name}`,
    );
  return name;
}

/** The named volume of the data directory, under a valid key; the other mounts reported. */
function dataVolume(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
): string | undefined {
  let volume: string | undefined;
  for (const [i, mount] of mounts(definition['volumes']).entries()) {
    const at = notePath('services', composeName, 'volumes', i);
    const target = mount.target.replace(/\/+$/, '');
    if (target === initDir || target.startsWith(`${initDir}/`)) {
      ctx.notes.decide(
        at,
        `not written: scripts in ${initDir} run when the data volume is first created; wharf runs one SQL file of the repository then: copy it into the repository and set postgres.seed to its path`,
      );
    } else if (target === dataDir || target === '/var/lib/postgresql') {
      if (mount.type === 'volume' && volume === undefined) {
        volume = volumeFor(
          ctx,
          mount.source,
          'pgdata',
          'copy it into that volume before the first deploy (the same major version only), or dump and restore it',
        );
        if (target !== dataDir)
          ctx.notes.decide(
            at,
            `mounted at ${target} in Compose; wharf mounts postgres.volume at ${dataDir}`,
          );
      } else if (mount.type === 'bind') {
        ctx.notes.decide(
          at,
          `not written: the data was in the host folder ${mount.source}, which import does not move; wharf keeps it in the volume wharf-${ctx.env}-pgdata (docs/adopting.md, "Moving data")`,
        );
      } else {
        ctx.notes.dropped(
          at,
          `not carried: \`${mount.spelling}\`; wharf keeps the data in the volume postgres.volume`,
        );
      }
    } else {
      ctx.notes.dropped(
        at,
        `not carried: \`${mount.spelling}\`; wharf's PostgreSQL mounts its data volume only (add more under compose.services.postgres.volumes if needed)`,
      );
    }
  }
  if (volume === undefined)
    ctx.notes.carried(
      notePath('services', composeName, 'volumes'),
      'the data is kept in the volume pgdata',
    );
  return volume;
}

const postgresKeys: ServerKeys = {
  into: 'compose.services.postgres',
  label: 'PostgreSQL',
  modelled: new Set(['image', 'build', 'environment', 'volumes', 'secrets']),
  reasons: {
    ports: {
      kind: 'dropped',
      message: `not carried: wharf publishes no port of PostgreSQL; the apps reach it through PgBouncer at ${pgbouncerAddress}, and \`docker exec\` reaches it from the host`,
    },
    expose: {
      kind: 'dropped',
      message: `not carried: PostgreSQL listens on ${postgresPort} on the environment network`,
    },
    healthcheck: {
      kind: 'dropped',
      message: 'not carried: wharf checks PostgreSQL with pg_isready itself',
    },
    command: {
      kind: 'decide',
      message:
        'not written: wharf starts PostgreSQL with the image’s command; put server settings under compose.services.postgres.command if they are needed',
    },
    depends_on: {
      kind: 'dropped',
      message: 'not carried: PostgreSQL is the first service wharf starts',
    },
  },
};
