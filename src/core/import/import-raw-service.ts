import { deployResourceKeys } from '../policy/compose-keys.js';
import {
  dependencies,
  imageBase,
  isMap,
  portMappings,
  type ComposeMap,
} from './compose-spellings.js';
import { otherKey } from './compose-key-fates.js';
import { deployRest } from './import-resources.js';
import type { ImportContext } from './import-context.js';
import { importEnvironment } from './import-env.js';
import { importImage } from './import-image.js';
import { notePath } from './import-notes.js';
import { importServiceSecrets } from './import-secrets.js';
import { importMounts } from './import-volumes.js';

/**
 * Official images that read `NAME_FILE` for their own variables (the docker-library
 * convention: postgres, mysql, mariadb, mongo), by the prefix of those variables.
 */
const fileVariables: Readonly<Record<string, readonly string[]>> = {
  postgres: ['POSTGRES_'],
  postgis: ['POSTGRES_'],
  mysql: ['MYSQL_'],
  mariadb: ['MARIADB_', 'MYSQL_'],
  'percona-server': ['MYSQL_'],
  mongo: ['MONGO_INITDB_'],
};

const modelled = new Set([
  'image',
  'build',
  'environment',
  'secrets',
  'volumes',
  'ports',
  'depends_on',
  'deploy',
]);

/**
 * A stateful Compose service as a raw `compose.services.<name>` entry with its own image:
 * wharf runs it in the environment's infra project, updated in place, its volumes kept. Only
 * what the allowlist takes without a grant is written; the rest is reported.
 */
export function importRawService(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
  why: string,
): Record<string, unknown> {
  const name = ctx.names.get(composeName) ?? composeName;
  const into = `compose.services.${name}`;
  const at = (...rest: (string | number)[]): string => notePath('services', composeName, ...rest);
  const raw: Record<string, unknown> = {};
  const image = importImage(ctx, composeName, definition, into);
  if (image !== undefined) raw['image'] = image;

  const mounted = importServiceSecrets(ctx, composeName, definition['secrets']);
  const prefix = image ? fileVariables[imageBase(image)] : undefined;
  const imported = importEnvironment(
    ctx,
    {
      service: composeName,
      into,
      role: 'stateful',
      ...(prefix ? { fileVariables: prefix } : {}),
      aliases: new Map(),
      secretPaths: mounted.paths,
    },
    definition['environment'],
  );
  if (Object.keys(imported.env).length > 0) raw['environment'] = imported.env;
  const secrets = [...new Set([...mounted.secrets, ...imported.secrets])];
  if (secrets.length > 0) raw['secrets'] = secrets;

  const volumes = importMounts(
    ctx,
    { service: composeName, name, into, role: 'stateful' },
    definition['volumes'],
  );
  if (volumes.length > 0) raw['volumes'] = volumes;

  const ports = portMappings(definition['ports']);
  for (const [i, port] of ports.entries())
    ctx.notes.dropped(
      at('ports', i),
      `not carried: \`${port.spelling}\` publishes a host port; the app services reach it as ${name}:${port.container ?? 'PORT'} on the environment network. To publish it on the host, grant policy.${ctx.env}.hostPorts: [${port.published || 'PORT'}] and add it under ${into}.ports`,
    );

  const dependsOn = infraDependencies(ctx, composeName, definition['depends_on']);
  if (dependsOn.length > 0) raw['depends_on'] = dependsOn;

  if (isMap(definition['deploy'])) {
    const resources = definition['deploy']['resources'];
    const kept: Record<string, unknown> = {};
    if (isMap(resources))
      for (const kind of ['limits', 'reservations'] as const) {
        const limits = resources[kind];
        if (!isMap(limits)) continue;
        const allowed = Object.fromEntries(
          Object.entries(limits).filter(([k]) => deployResourceKeys.has(k)),
        );
        if (Object.keys(allowed).length > 0) kept[kind] = allowed;
        for (const k of Object.keys(limits).filter((k) => !deployResourceKeys.has(k)))
          ctx.notes.dropped(
            at('deploy', 'resources', kind, k),
            'not carried: only cpus, memory and pids are allowed',
          );
      }
    if (Object.keys(kept).length > 0) raw['deploy'] = { resources: kept };
    if (definition['deploy']['replicas'] !== undefined)
      ctx.notes.dropped(
        at('deploy', 'replicas'),
        'not carried: a stateful service runs one container',
      );
    deployRest(ctx, composeName, definition['deploy']);
  }

  for (const [key, value] of Object.entries(definition)) {
    if (modelled.has(key)) continue;
    const kept = otherKey(ctx, { service: composeName, into }, key, value);
    if (kept) raw[key] = kept.carry;
  }
  const port = ports[0]?.container;
  ctx.notes.carried(
    at(),
    `kept stateful as ${into}, since ${why}: updated in place on each deploy, never blue-green, its volumes kept${port === undefined ? '' : `; the app services reach it as ${name}:${port}`}`,
  );
  return raw;
}

/** `depends_on` of a raw service: only services of the infra project it runs in. */
function infraDependencies(ctx: ImportContext, composeName: string, value: unknown): string[] {
  const out: string[] = [];
  for (const dep of dependencies(value)) {
    const role = ctx.roles.get(dep.service);
    if (role?.kind === 'postgres' || role?.kind === 'rabbitmq') out.push(role.kind);
    else if (role?.kind === 'stateful') out.push(ctx.names.get(dep.service) ?? dep.service);
    else
      ctx.notes.dropped(
        notePath('services', composeName, 'depends_on', dep.service),
        `not carried: a stateful service can wait only for other stateful services; \`${dep.service}\` is not one`,
      );
  }
  return [...new Set(out)];
}
