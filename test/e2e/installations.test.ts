import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/adapters/compose-runtime.js';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { nginxEdge } from '../../src/adapters/nginx-edge.js';
import { ForeignInstallationError } from '../../src/core/errors.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { containerIdentities, docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { dedent, webEnvironment } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// `serving` stands for a wharf already serving on the host (the demo, say); `tests` for the
// test suite's own installation beside it.
const shared = 'inst-shared';
const own = 'inst-own';

let repo: TestRepo;
let serving: TestHost;
let tests: TestHost;

async function edgeIdentity(container: string): Promise<string> {
  return docker(['inspect', '--format', '{{.Id}} {{.State.StartedAt}}', container]);
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('two environments', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${shared}: { manifest: shared.yaml, branch: main }
        ${own}: { manifest: own.yaml, branch: main }
    `),
    'shared.yaml': webEnvironment({
      name: shared,
      host: 'shared.test',
      body: 'serving',
      verify: '1s',
    }),
    'own.yaml': webEnvironment({ name: own, host: 'own.test', body: 'tests', verify: '1s' }),
  });
  serving = await createTestHost(repo.dir, [shared]);
  tests = await createTestHost(repo.dir, [own]);
  const first = await deployEnvironment(serving.wired.deps, { environment: shared, trigger: 't' });
  expect(first.result).toBe('success');
}, 180_000);

afterAll(async () => {
  await tests.close();
  await serving.close();
  await repo.remove();
});

describe('one Docker host, several wharf installations', { timeout: 240_000 }, () => {
  it("keeps apart two installations: each has its own edge, and neither touches the other's containers", async () => {
    expect(serving.installationId).not.toBe(tests.installationId);
    expect(serving.edgeProject).not.toBe(tests.edgeProject);
    const before = await containerIdentities(shared);
    const servingEdge = await edgeIdentity(serving.edgeContainer);
    const load = startLoad({
      port: serving.edgePort,
      host: 'shared.test',
      path: '/',
      concurrency: 2,
      maxRequests: 200_000,
      maxMs: 120_000,
    });

    // The second installation deploys its own environment on its own edge...
    const deployed = await deployEnvironment(tests.wired.deps, { environment: own, trigger: 't' });
    expect(deployed.result).toBe('success');
    expect(await tests.get('own.test', '/')).toEqual({ status: 200, body: 'tests\n' });
    // ...and refuses the environment whose containers the first one owns, saying whose they are.
    const refused = await deployEnvironment(tests.wired.deps, {
      environment: shared,
      trigger: 't',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ForeignInstallationError);
    expect((refused as Error).message).toMatch(
      new RegExp(
        `environment ${shared}: wharf-${shared}-blue-web-blue-1 belongs to wharf installation ${serving.installationId}, not to this one \\(${tests.installationId}\\)`,
      ),
    );

    const samples = await load.stop();
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((s) => s.status !== 200 || s.body !== 'serving\n')).toEqual([]);
    expect(await containerIdentities(shared)).toEqual(before);
    expect(await edgeIdentity(serving.edgeContainer)).toBe(servingEdge);
    const labels = await docker([
      'inspect',
      '--format',
      '{{index .Config.Labels "wharf.installation"}}',
      `wharf-${shared}-blue-web-blue-1`,
      serving.edgeContainer,
      `wharf-${own}-blue-web-blue-1`,
      tests.edgeContainer,
    ]);
    expect(labels.split('\n')).toEqual([
      serving.installationId,
      serving.installationId,
      tests.installationId,
      tests.installationId,
    ]);
  });

  it("refuses to take over another installation's edge", async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-other-'));
    try {
      const engine = dockerEngine({ installation: tests.installationId });
      const edge = nginxEdge({
        stateDir,
        settings: serving.config.edge,
        installation: tests.installationId,
        compose: composeRuntime({ timeoutSeconds: 60 }),
        engine,
      });
      const before = await edgeIdentity(serving.edgeContainer);
      const error = await edge.ensureRunning().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForeignInstallationError);
      expect((error as Error).message).toContain(
        `the edge (Compose project ${serving.edgeProject}): ${serving.edgeContainer} belongs to wharf installation ${serving.installationId}`,
      );
      expect(await edgeIdentity(serving.edgeContainer)).toBe(before);
      expect(await serving.get('shared.test', '/')).toEqual({ status: 200, body: 'serving\n' });
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
