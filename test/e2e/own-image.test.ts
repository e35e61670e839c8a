import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const exec = promisify(execFile);

const image = 'wharf-test/wharf:1';
const env = 'e2e-own-image';
const site = 'own-image.test';

let repo: TestRepo;
let host: TestHost;
let revision: string;

/** Runs wharf's image with the host's Docker socket, as an operator would. */
function runImage(
  args: readonly string[],
  options: { mounts?: string[]; entrypoint?: string } = {},
) {
  return docker(
    [
      'run',
      '--rm',
      // The edge's preview port and Redis listen on the host's 127.0.0.1.
      '--network',
      'host',
      '-v',
      '/var/run/docker.sock:/var/run/docker.sock',
      ...(options.mounts ?? []).flatMap((mount) => ['-v', mount]),
      ...(options.entrypoint ? ['--entrypoint', options.entrypoint] : []),
      image,
      ...args,
    ],
    240_000,
  );
}

beforeAll(async () => {
  // The image (and its local Node.js base) is built once per machine and rebuilt only when one
  // of its inputs changed; scripts/test.sh has usually built it already, then this is a check.
  await exec('bash', ['test/images/build.sh', 'wharf'], { timeout: 900_000 });
  repo = await TestRepo.create();
  revision = await repo.commit('one web service', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': webEnvironment({
      name: env,
      host: site,
      body: 'served by the image',
      verify: '1s',
    }),
  });
  host = await createTestHost(repo.dir, [env]);
  await mkdir(host.config.stateDir, { recursive: true });
}, 900_000);

afterAll(async () => {
  await host?.close();
  await repo?.remove();
});

describe('wharf in its own image (built from the Dockerfile on a local Node.js base)', () => {
  it('answers --help with its commands, and has the docker CLI, Compose v2 and git', async () => {
    const help = await runImage(['--help']);
    for (const command of ['validate', 'plan', 'deploy', 'rollback', 'serve', 'status']) {
      expect(help).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(await runImage(['compose', 'version'], { entrypoint: 'docker' })).toMatch(
      /^Docker Compose version v?2\./,
    );
    expect(await runImage(['--version'], { entrypoint: 'git' })).toMatch(/^git version 2\./);
    // The CLI in the image talks to the host's engine through the socket.
    expect(
      await runImage(['version', '--format', '{{.Server.Version}}'], { entrypoint: 'docker' }),
    ).toBe(await docker(['version', '--format', '{{.Server.Version}}']));
  });

  it(
    'deploys an environment from inside the container, served through the edge',
    { timeout: 300_000 },
    async () => {
      const { configFile } = host;
      const { stateDir } = host.config;
      // The state directory is mounted at the same path inside and out: wharf renders compose
      // files there with bind mounts (the edge's nginx.conf and sites), and the host's daemon
      // resolves those paths on the host, not in this container.
      const output = await runImage(['deploy', env, '--config', configFile], {
        mounts: [
          `${stateDir}:${stateDir}`,
          `${repo.dir}:${repo.dir}:ro`,
          `${configFile}:${configFile}:ro`,
        ],
      });
      expect(output).toContain(`deployed: ${env} at ${revision.slice(0, 12)}`);
      expect(await host.get(site, '/')).toEqual({ status: 200, body: 'served by the image\n' });
      // The container used the host's Redis: the deploy is in the history the host reads.
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last).toMatchObject({ result: 'success', revision });
    },
  );
});
