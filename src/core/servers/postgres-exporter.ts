import type { Postgres } from '../manifest.js';
import { postgres, postgresPort } from './postgres.js';
import { defineServer } from './stateful-server.js';

const defaultImage = 'quay.io/prometheuscommunity/postgres-exporter:v0.15.0';
const caPath = 'postgres-exporter/server-ca.pem';

/** PostgreSQL's statistics as Prometheus series, local or managed; runs wherever Prometheus does. */
export const postgresExporter = defineServer<Postgres>({
  name: 'postgres-exporter',
  dependable: false,
  section: (env) => (env.monitoring?.prometheus ? env.postgres : undefined),
  render(pg, { images, repoFiles }) {
    const external = pg.external;
    const server = external
      ? `${external.host}:${external.port}`
      : `${postgres.name}:${postgresPort}`;
    const tls = external
      ? `sslmode=${external.sslmode}${external.caFile ? `&sslrootcert=/etc/${caPath}` : ''}`
      : 'sslmode=disable';
    return {
      compose: {
        image: images(defaultImage),
        environment: {
          DATA_SOURCE_URI: `${server}/${pg.database}?${tls}`,
          DATA_SOURCE_USER: pg.user,
          DATA_SOURCE_PASS_FILE: `/run/secrets/${pg.passwordSecret}`,
        },
        secrets: [pg.passwordSecret],
        ...(external?.caFile ? { volumes: ['./postgres-exporter:/etc/postgres-exporter:ro'] } : {}),
        ...(external ? {} : { depends_on: { [postgres.name]: { condition: 'service_healthy' } } }),
      },
      files: external?.caFile
        ? [{ path: caPath, content: repoFiles.get(external.caFile) ?? '', containsSecrets: false }]
        : [],
      dependsOn: external ? [] : [postgres.name],
    };
  },
  scrape: { job: 'postgres', port: 9187 },
});
