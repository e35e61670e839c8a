import type { Postgres } from '../manifest.js';
import { pgbouncerFiles, pgbouncerPort } from './pgbouncer-files.js';
import { postgres } from './postgres.js';
import { defineServer, healthcheck } from './stateful-server.js';

/** The pool the apps connect to, in front of the local PostgreSQL or the managed one. */
export const pgbouncer = defineServer<Postgres>({
  name: 'pgbouncer',
  dependable: true,
  section: (env) => env.postgres,
  render(pg, { images, repoFiles }) {
    const compose: Record<string, unknown> = {
      image: images(pg.pgbouncer.image),
      command: ['pgbouncer', '/etc/pgbouncer/pgbouncer.ini'],
      volumes: ['./pgbouncer:/etc/pgbouncer:ro'],
      healthcheck: healthcheck(
        ['CMD-SHELL', `pg_isready -h 127.0.0.1 -p ${pgbouncerPort}`],
        '3s',
        '10s',
      ),
    };
    if (!pg.external) compose['depends_on'] = { [postgres.name]: { condition: 'service_healthy' } };
    return {
      compose,
      files: pgbouncerFiles(pg, repoFiles),
      dependsOn: pg.external ? [] : [postgres.name],
      port: pgbouncerPort,
    };
  },
});
