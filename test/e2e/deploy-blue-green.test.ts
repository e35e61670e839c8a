import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopGuardError, deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { rollbackEnvironment } from '../../src/deploy/rollback.js';
import {
  colourContainers as containersOf,
  containerIdentities,
  docker,
  containersStartedSince,
} from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-bg';
const hostName = 'bg.test';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: bg.yaml
      branch: main
`);

function manifest(version: string, webEnv: Record<string, string> = {}, verify = '2s'): string {
  return blueGreenManifest({ name: env, host: hostName, version, webEnv, verify });
}

let repo: TestRepo;
let host: TestHost;

async function deploy(
  version: string,
  options: {
    webEnv?: Record<string, string>;
    verify?: string;
    onSwitch?: () => void;
    onVerify?: () => void;
  } = {},
) {
  await repo.commit(`web ${version}`, {
    'bg.yaml': manifest(version, options.webEnv, options.verify),
  });
  return deployEnvironment(host.wired.deps, {
    environment: env,
    trigger: 'test',
    onProgress: (event) => {
      if (event.message.startsWith('switching live traffic')) options.onSwitch?.();
      if (event.message.startsWith('verifying')) options.onVerify?.();
    },
  });
}

const colourContainers = () => containersOf(env);

async function liveColour(): Promise<string | undefined> {
  return (await host.wired.deps.state.readApplied(env))?.colour;
}

/**
 * What every test here starts from, whichever ran before it (or none): a version live and
 * answering, and no other colour but a warm one that is fully running. Kept from the test
 * before when it left exactly that, otherwise made by deploying a fresh version.
 */
async function arrangeLive(): Promise<{ colour: string; serving: string }> {
  const colour = await liveColour();
  const answer = await host.get(hostName, '/').catch(() => null);
  const others = (await colourContainers()).filter((c) => c.colour !== colour);
  if (
    colour &&
    answer?.status === 200 &&
    answer.body.startsWith('web ') &&
    others.every((c) => c.state === 'running')
  )
    return { colour, serving: answer.body };
  const version = `base-${Math.random().toString(36).slice(2, 8)}`;
  const outcome = await deploy(version);
  expect(outcome.result, outcome.reason).toBe('success');
  expect((await host.get(hostName, '/')).body).toBe(`web ${version}\n`);
  return { colour: (await liveColour()) ?? '', serving: `web ${version}\n` };
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('wharf.yaml', { 'wharf.yaml': wharfYaml });
  host = await createTestHost(repo.dir, [env]);
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe(
  'blue-green deploys (real Docker, Compose, Nginx, Redis, git)',
  { timeout: 300_000 },
  () => {
    it('drops no request across 10 consecutive deploys, and answers with each new version after its cutover', async () => {
      await arrangeLive();
      const load = startLoad({
        port: host.edgePort,
        host: hostName,
        path: '/',
        concurrency: 4,
        maxRequests: 500_000,
        maxMs: 280_000,
      });
      // Each version owns the time from the end of its cutover to the start of the next one.
      const cutovers: { version: string; switching: number; at: number }[] = [];
      for (let i = 1; i <= 10; i++) {
        const version = `v${i}`;
        let switching = 0;
        const outcome = await deploy(version, {
          onSwitch: () => (switching = performance.now()),
          onVerify: () => cutovers.push({ version, switching, at: performance.now() }),
        });
        expect(outcome.result, outcome.reason).toBe('success');
      }
      const samples = await load.stop();
      expect(samples.length).toBeGreaterThan(500);
      expect(samples.filter((s) => s.status !== 200)).toEqual([]);
      for (const [i, cutover] of cutovers.entries()) {
        const next = cutovers[i + 1]?.switching ?? Infinity;
        const after = samples.filter((s) => s.start > cutover.at && s.start < next);
        expect(after.length).toBeGreaterThan(0);
        expect(new Set(after.map((s) => s.body))).toEqual(new Set([`web ${cutover.version}\n`]));
      }
    });

    it('rolls back to the warm colour without starting a container', async () => {
      // Needs nothing before it: its own two versions, the one to go back to, kept warm, and
      // the one live now.
      expect((await deploy('kept-warm')).result).toBe('success');
      expect((await deploy('live-now')).result).toBe('success');
      const before = await containerIdentities(env);
      const edgeStarted = () =>
        docker(['inspect', '--format', '{{.State.StartedAt}}', host.edgeContainer]);
      const edgeBefore = await edgeStarted();
      // To the millisecond: a whole second would take in what the step before did.
      const since = Date.now() / 1000;
      const outcome = await rollbackEnvironment(host.wired.deps, env, 'test');
      expect((await host.get(hostName, '/')).body).toBe('web kept-warm\n');
      expect((await host.get(hostName, '/api/')).body).toBe('api kept-warm\n');
      // Of this environment, and its edge: other test files may start containers meanwhile.
      expect(await containersStartedSince(since, env)).toBe('');
      expect(await edgeStarted()).toBe(edgeBefore);
      expect(await containerIdentities(env)).toEqual(before);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last).toMatchObject({ result: 'rolled-back', revision: outcome.from });
    });

    it('keeps the old version answering when the new one never becomes healthy, removes it, and does not deploy it again without --retry', async () => {
      const { colour: live, serving } = await arrangeLive();
      const load = startLoad({
        port: host.edgePort,
        host: hostName,
        path: '/',
        concurrency: 2,
        maxRequests: 100_000,
        maxMs: 120_000,
      });
      const outcome = await deploy('broken', { webEnv: { APP_HEALTH: 'unhealthy' } });
      const samples = await load.stop();
      expect(outcome.result).toBe('failed');
      expect(samples.filter((s) => s.status !== 200 || s.body !== serving)).toEqual([]);
      expect((await colourContainers()).filter((c) => c.colour !== live)).toEqual([]);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last?.result).toBe('failed');
      expect(last?.error).toMatch(/unhealthy/);
      expect(last?.error).toMatch(/last 20 log lines of wharf-e2e-bg-\w+-web-\w+-1/);
      expect(last?.error).toMatch(/app app version 1 listening on :8080 \(health unhealthy\)/);
      // The same revision again, as a resync would ask for it: held back by the loop guard.
      const error = await deployEnvironment(host.wired.deps, {
        environment: env,
        trigger: 'test',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoopGuardError);
      expect((error as Error).message).toMatch(
        /failed to deploy\. Push a newer commit, or run `wharf deploy e2e-bg --retry`/,
      );
    });

    it('switches traffic back when the new version fails during verification', async () => {
      const { colour: live, serving } = await arrangeLive();
      const outcome = await deploy('flaky', { webEnv: { APP_FAIL_AFTER: '14' }, verify: '40s' });
      expect(outcome.result).toBe('rolled-back');
      expect(outcome.reason).toMatch(
        /service web did not answer \/healthz through the live route during verification \(last: HTTP 404\)/,
      );
      expect((await host.get(hostName, '/')).body).toBe(serving);
      expect(await liveColour()).toBe(live);
      expect((await colourContainers()).filter((c) => c.colour !== live)).toEqual([]);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last?.result).toBe('rolled-back');
    });
  },
);
