import { execFile } from 'node:child_process';
import { docker, freePort } from './docker-cli.js';

/**
 * Runs `docker compose -p NAME -f FILE ...` as a team runs its own project, with WEB_PORT a
 * free port (test/fixtures/import/local-web-postgres publishes the app on it).
 */
export async function composeProject(
  name: string,
  file: string,
  ...args: string[]
): Promise<string> {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    execFile(
      'docker',
      ['compose', '-p', name, '-f', file, ...args],
      { env: { ...process.env, WEB_PORT: String(port) }, timeout: 180_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** A query as the fixture's role `shop` on its database `shop`, with its password. */
export function shopPsql(container: string, query: string): Promise<string> {
  return docker([
    'exec',
    container,
    'sh',
    '-c',
    `PGPASSWORD=s3cret-pw psql -h 127.0.0.1 -U shop -d shop -tAc "${query}"`,
  ]);
}

/** Names and states of a Compose project's containers, as `NAME STATE` lines, sorted. */
export async function projectContainers(name: string): Promise<string[]> {
  const out = await docker([
    'ps',
    '-a',
    '--filter',
    `label=com.docker.compose.project=${name}`,
    '--format',
    '{{.Names}} {{.State}}',
  ]);
  return out.split('\n').filter(Boolean).sort();
}
