import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import type { ProgressEvent } from '../../src/deploy/progress.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const envA = 'edge-a';
const envB = 'edge-b';
const hostOf = { [envA]: 'a.edge.test', [envB]: 'b.edge.test' } as const;

function manifest(env: typeof envA | typeof envB, version: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: ${hostOf[env]}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 30m }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${env} ${version}" } }
  `);
}

let repo: TestRepo;
let host: TestHost;

async function deploy(env: string): Promise<{ result: string; messages: string[] }> {
  const messages: string[] = [];
  const outcome = await deployEnvironment(host.wired.deps, {
    environment: env,
    trigger: 'test',
    onProgress: (event: ProgressEvent) => messages.push(event.message),
  });
  return { result: outcome.result, messages };
}

async function commitVersion(env: typeof envA | typeof envB, version: string): Promise<void> {
  await repo.commit(`${env} ${version}`, { [`${env}.yaml`]: manifest(env, version) });
}

async function edgeStartedAt(): Promise<string> {
  return docker(['inspect', '--format', '{{.Id}} {{.State.StartedAt}}', host.edgeContainer]);
}

async function containersOf(env: string, colour?: string): Promise<string[]> {
  const out = await docker([
    'ps',
    '-aq',
    '--filter',
    `label=wharf.environment=${env}`,
    ...(colour ? ['--filter', `label=wharf.colour=${colour}`] : []),
  ]);
  return out.split('\n').filter(Boolean);
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('two environments', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${envA}: { manifest: ${envA}.yaml, branch: main }
        ${envB}: { manifest: ${envB}.yaml, branch: main }
    `),
    [`${envA}.yaml`]: manifest(envA, 'v1'),
    [`${envB}.yaml`]: manifest(envB, 'v1'),
  });
  host = await createTestHost(repo.dir, [envA, envB]);
  expect((await deploy(envA)).result).toBe('success');
  expect((await deploy(envB)).result).toBe('success');
}, 240_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe(
  'one edge for every environment (real Docker, Compose, Nginx)',
  { timeout: 300_000 },
  () => {
    it("keeps the other environment answering when one environment's containers are removed by hand and the edge restarts, and the next reconcile brings it back without touching the edge", async () => {
      // A second version, so the site also names a warm colour.
      await commitVersion(envA, 'v2');
      expect((await deploy(envA)).result).toBe('success');
      const load = startLoad({
        port: host.edgePort,
        host: hostOf[envB],
        path: '/',
        concurrency: 2,
        maxRequests: 200_000,
        maxMs: 60_000,
      });
      await docker(['rm', '-f', ...(await containersOf(envA))]);
      const duringRemoval = await load.stop();
      expect(duringRemoval.length).toBeGreaterThan(20);
      expect(duringRemoval.filter((s) => s.status !== 200 || s.body !== 'edge-b v1\n')).toEqual([]);

      // Nginx starts although the site of edge-a names containers that are gone.
      await docker(['restart', host.edgeContainer]);
      await waitFor(
        'the edge to serve edge-b after its restart',
        () => host.get(hostOf[envB], '/'),
        (r) => r.status === 200,
      );
      expect(await host.get(hostOf[envB], '/')).toEqual({ status: 200, body: 'edge-b v1\n' });
      const broken = await host.get(hostOf[envA], '/');
      expect(broken.status).toBe(503);
      expect(broken.body).toMatch(/edge-a has no running container of service web/);
      const edgeBefore = await edgeStartedAt();

      const steady = startLoad({
        port: host.edgePort,
        host: hostOf[envB],
        path: '/',
        concurrency: 2,
        maxRequests: 200_000,
        maxMs: 120_000,
      });
      const reconcile = await deploy(envA);
      const duringReconcile = await steady.stop();
      expect(reconcile.result).toBe('success');
      expect(duringReconcile.filter((s) => s.status !== 200 || s.body !== 'edge-b v1\n')).toEqual(
        [],
      );
      expect(reconcile.messages.join('\n')).toMatch(
        /kept warm for \w+ but its containers are gone: forgetting it/,
      );
      expect(await host.get(hostOf[envA], '/')).toEqual({ status: 200, body: 'edge-a v2\n' });
      // Nobody restarted the edge: the same container, started at the same time.
      expect(await edgeStartedAt()).toBe(edgeBefore);
    });

    it("deploys the earlier revision by starting containers when the warm colour's containers were removed by hand", async () => {
      await commitVersion(envB, 'v2');
      expect((await deploy(envB)).result).toBe('success');
      const applied = await host.wired.deps.state.readApplied(envB);
      const warm = applied?.warm?.colour;
      expect(warm).toBeDefined();
      await docker(['rm', '-f', ...(await containersOf(envB, warm))]);
      // The revert: the first version's manifest again.
      await commitVersion(envB, 'v1');
      const revert = await deploy(envB);
      expect(revert.result).toBe('success');
      const log = revert.messages.join('\n');
      expect(log).not.toMatch(/without starting containers/);
      expect(log).toMatch(/starting all services in wharf-edge-b-/);
      expect(await host.get(hostOf[envB], '/')).toEqual({ status: 200, body: 'edge-b v1\n' });
    });

    it('repairs, in one reconcile, a site that names a container that does not exist and keeps the edge from starting', async () => {
      // What an older wharf wrote: a name Nginx resolves when it starts, of a container that is gone.
      const siteFile = path.join(host.config.stateDir, 'edge', 'sites', 'live', `${envA}.conf`);
      const current = await readFile(siteFile, 'utf8');
      await writeFile(
        siteFile,
        `${current}upstream wharf_edge_a_old_web {\n    server wharf-edge-a-gone-web-gone-1:8080;\n    keepalive 16;\n}\n`,
      );
      await docker(['restart', host.edgeContainer]);
      await waitFor(
        'the edge to fail on the missing name',
        async () => {
          const { execFile } = await import('node:child_process');
          return new Promise<string>((resolve) =>
            execFile('docker', ['logs', '--tail', '20', host.edgeContainer], (_e, out, err) =>
              resolve(`${out}${err}`),
            ),
          );
        },
        (text) => /host not found in upstream "wharf-edge-a-gone-web-gone-1:8080"/.test(text),
      );
      await commitVersion(envA, 'v3');
      const reconcile = await deploy(envA);
      expect(reconcile.result).toBe('success');
      expect(reconcile.messages.join('\n')).toMatch(
        /repairing the edge's site for edge-a: it (was set aside \(the site named|names) wharf-edge-a-gone-web-gone-1/,
      );
      expect(await host.get(hostOf[envA], '/')).toEqual({ status: 200, body: 'edge-a v3\n' });
      expect(await host.get(hostOf[envB], '/')).toEqual({ status: 200, body: 'edge-b v1\n' });
      expect(await readFile(siteFile, 'utf8')).not.toContain('wharf-edge-a-gone');
    });
  },
);
