// Two environments of one host deployed at the same time, each by its own wharf process
// (separate adapters and Redis connections, one state directory and edge), round after round:
// every edge test, write and reload of one waits for the other's, so no reload fails and both
// stay live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { wire, type Wired } from '../../src/main.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const envs = ['e2e-pair-one', 'e2e-pair-two'] as const;
const hostOf = (env: string): string => `${env}.test`;
const rounds = Number(process.env['WHARF_EDGE_ROUNDS'] ?? 20);

let repo: TestRepo;
let host: TestHost;
let other: Wired;

/** One routed service, blue-green, the old colour removed: each deploy writes the edge three times. */
function manifest(env: string, version: string): string {
  const text = blueGreenManifest({ name: env, host: hostOf(env), version, verify: '1s' });
  return text.slice(0, text.indexOf('  api:\n')).replace('keepPrevious: 30m', 'keepPrevious: 0s');
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('two environments', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${envs[0]}: { manifest: one.yaml, branch: main }
        ${envs[1]}: { manifest: two.yaml, branch: main }
    `),
    'one.yaml': manifest(envs[0], 'r0'),
    'two.yaml': manifest(envs[1], 'r0'),
  });
  host = await createTestHost(repo.dir, envs);
  // A second wharf process on the same host: its own adapters over the same folders.
  other = wire(host.config);
}, 120_000);

afterAll(async () => {
  await other.close();
  await host.close();
  await repo.remove();
});

describe('two environments deploying at once', { timeout: 900_000 }, () => {
  it(`round after round (${rounds}), every reload succeeds and both environments stay live`, async () => {
    const processes = [host.wired.deps, other.deps];
    for (const [i, env] of envs.entries()) {
      const first = await deployEnvironment(processes[i]!, { environment: env, trigger: 'test' });
      expect(first.result, first.reason).toBe('success');
    }
    const loads = envs.map((env) =>
      startLoad({
        port: host.edgePort,
        host: hostOf(env),
        path: '/',
        concurrency: 2,
        maxRequests: 500_000,
        maxMs: 800_000,
      }),
    );
    const failures: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      await repo.commit(`round ${round}`, {
        'one.yaml': manifest(envs[0], `r${round}`),
        'two.yaml': manifest(envs[1], `r${round}`),
      });
      const outcomes = await Promise.all(
        envs.map((env, i) =>
          deployEnvironment(processes[i]!, { environment: env, trigger: 'test' }).catch(
            (error: unknown) => ({ result: 'failed', reason: String(error) }),
          ),
        ),
      );
      for (const [i, outcome] of outcomes.entries())
        if (outcome.result !== 'success')
          failures.push(`round ${round}, ${envs[i]}: ${outcome.reason ?? outcome.result}`);
      expect(failures).toEqual([]);
      for (const env of envs)
        expect((await host.get(hostOf(env), '/')).body).toBe(`web r${round}\n`);
    }
    const samples = await Promise.all(loads.map((load) => load.stop()));
    expect(failures).toEqual([]);
    for (const taken of samples) {
      expect(taken.length).toBeGreaterThan(rounds * 10);
      expect(taken.filter((s) => s.status !== 200)).toEqual([]);
    }
  });
});
