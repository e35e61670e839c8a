import type { Postgres } from '../manifest.js';
import { secretPlaceholder } from '../render/secret-template.js';
import type { RenderedFile } from '../render/types.js';
import { postgres as postgresServer, postgresPort } from './postgres.js';

const serverCa = 'server-ca.pem';

/** The port PgBouncer serves the apps on, on the environment network. */
export const pgbouncerPort = 6432;

/**
 * PgBouncer's configuration: one database, reached at the local `postgres` service or at the
 * managed server (`hybrid`). Apps connect to `pgbouncer:6432` with the database role; the
 * user list carries the role's password as a secret placeholder.
 */
export function pgbouncerFiles(
  postgres: Postgres,
  repoFiles: ReadonlyMap<string, string>,
): RenderedFile[] {
  const bouncer = postgres.pgbouncer;
  const external = postgres.external;
  const server = external
    ? `host=${external.host} port=${external.port}`
    : `host=${postgresServer.name} port=${postgresPort}`;
  const ini = [
    '; Rendered by wharf; changes here are overwritten on the next deploy.',
    '[databases]',
    `${postgres.database} = ${server} dbname=${postgres.database}`,
    '',
    '[pgbouncer]',
    'listen_addr = 0.0.0.0',
    `listen_port = ${pgbouncerPort}`,
    'auth_type = scram-sha-256',
    'auth_file = /etc/pgbouncer/userlist.txt',
    `pool_mode = ${bouncer.poolMode}`,
    `max_client_conn = ${bouncer.maxClientConn}`,
    `default_pool_size = ${bouncer.defaultPoolSize}`,
    `reserve_pool_size = ${bouncer.reservePoolSize}`,
    // Drivers send this at connect; in transaction pooling PgBouncer must not refuse it.
    'ignore_startup_parameters = extra_float_digits,options',
    ...(external ? [`server_tls_sslmode = ${external.sslmode}`] : []),
    ...(external?.caFile ? [`server_tls_ca_file = /etc/pgbouncer/${serverCa}`] : []),
    '',
  ].join('\n');
  const userlist = `"${postgres.user}" "${secretPlaceholder(postgres.passwordSecret)}"\n`;
  return [
    { path: 'pgbouncer/pgbouncer.ini', content: ini, containsSecrets: false },
    { path: 'pgbouncer/userlist.txt', content: userlist, containsSecrets: true },
    ...(external?.caFile
      ? [
          {
            path: `pgbouncer/${serverCa}`,
            content: repoFiles.get(external.caFile) ?? '',
            containsSecrets: false,
          },
        ]
      : []),
  ];
}
