import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { dockerBridgeGateway } from '../../src/adapters/docker-bridge.js';
import { docker, freePort, waitFor } from './docker-cli.js';

const run = promisify(execFile);

export interface ManagedPostgres {
  /** Address and port the environment's PgBouncer connects to (the host, as a remote server). */
  readonly host: string;
  readonly port: number;
  /** PEM of the authority that signed the server's certificate. */
  readonly caPem: string;
  /** Runs SQL on the server as its owner; returns psql's unaligned output. */
  sql(query: string): Promise<string>;
  close(): Promise<void>;
}

const container = 'wharf-test-managed-postgres';

/**
 * A PostgreSQL server wharf does not manage, standing in for a provider's managed database:
 * its own container, TLS with a certificate from its own authority (for `verify-full`, the
 * certificate names the address it is reached at), TCP connections refused without TLS. It
 * is published on the Docker bridge's address, so an environment reaches it through the host,
 * as it would a server on another machine.
 */
export async function startManagedPostgres(options: {
  readonly database: string;
  readonly user: string;
  readonly password: string;
}): Promise<ManagedPostgres> {
  const host = await dockerBridgeGateway();
  if (!host) throw new Error('Docker has no default bridge to publish the managed server on');
  const port = await freePort();
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-managed-pg-'));
  const file = (name: string) => path.join(dir, name);
  await run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=wharf test managed PostgreSQL CA',
    '-keyout', file('ca.key'), '-out', file('ca.pem'),
  ]); // prettier-ignore
  await run('openssl', [
    'req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${host}`,
    '-keyout', file('server.key'), '-out', file('server.csr'),
  ]); // prettier-ignore
  await writeFile(file('san.cnf'), `subjectAltName = IP:${host}\n`);
  await run('openssl', [
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '2', '-extfile', file('san.cnf'), '-out', file('server.crt'),
  ]); // prettier-ignore
  // Over TCP only TLS is accepted: a PgBouncer that did not use TLS could not log in.
  await writeFile(
    file('pg_hba.conf'),
    'local all all trust\nhostssl all all all scram-sha-256\nhostnossl all all all reject\n',
  );
  await docker(['rm', '-f', container]).catch(() => undefined);
  // The server wants its key owned by its own user: copied in before it starts.
  await docker([
    'run', '-d', '--name', container,
    '-p', `${host}:${port}:5432`,
    '-v', `${dir}:/certs-in:ro`,
    '-e', `POSTGRES_DB=${options.database}`,
    '-e', `POSTGRES_USER=${options.user}`,
    '-e', `POSTGRES_PASSWORD=${options.password}`,
    '--entrypoint', 'sh',
    'wharf-test/postgres:1', '-c',
    'mkdir -p /certs && cp /certs-in/server.crt /certs-in/server.key /certs-in/pg_hba.conf /certs/ ' +
      '&& chown -R postgres /certs && chmod 0600 /certs/server.key ' +
      '&& exec docker-entrypoint.sh postgres -c ssl=on -c ssl_cert_file=/certs/server.crt ' +
      '-c ssl_key_file=/certs/server.key -c hba_file=/certs/pg_hba.conf',
  ]); // prettier-ignore
  const sql = (query: string) =>
    docker(['exec', container, 'psql', '-At', '-h', '/var/run/postgresql', '-U', options.user,
      '-d', options.database, '-c', query]); // prettier-ignore
  await waitFor(
    'the managed PostgreSQL',
    () => sql('select 1'),
    (out) => out === '1',
    60_000,
  );
  const caPem = await readFile(file('ca.pem'), 'utf8');
  return {
    host,
    port,
    caPem,
    sql,
    async close() {
      await docker(['rm', '-f', container]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
