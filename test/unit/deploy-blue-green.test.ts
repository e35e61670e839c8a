import { describe, expect, it } from 'vitest';
import { ComposeError } from '../../src/core/errors.js';
import type { DeployDeps } from '../../src/deploy/deps.js';
import { converge } from '../../src/deploy/converge.js';
import { deployEnvironment, LoopGuardError } from '../../src/deploy/deploy-environment.js';
import type { ProgressEvent } from '../../src/deploy/progress.js';
import { silent } from '../../src/deploy/progress.js';
import { rollbackEnvironment } from '../../src/deploy/rollback.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { deployKilledAt } from '../fakes/freeze.js';
import { memoryLock } from '../fakes/memory-lock.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';

const env = 'shop';
const hostName = 'shop.test';

function manifest(version: string, webEnv: Record<string, string> = {}, verify = '10s'): string {
  return blueGreenManifest({ name: env, host: hostName, version, webEnv, verify });
}

const wharfYaml = `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${env}: { manifest: bg.yaml, branch: main }\n`;

/** A host where v0 runs live in blue. */
async function running(): Promise<FakeHost> {
  const host = fakeHost();
  host.remote.commit('v0', { 'wharf.yaml': wharfYaml, 'bg.yaml': manifest('v0') });
  const first = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
  return host;
}

function push(
  host: FakeHost,
  version: string,
  webEnv: Record<string, string> = {},
  verify?: string,
): string {
  return host.remote.commit(version, { 'bg.yaml': manifest(version, webEnv, verify) });
}

function deploy(host: FakeHost, onProgress: (e: ProgressEvent) => void = silent) {
  return deployEnvironment(host.deps, { environment: env, trigger: 'test', onProgress });
}

/** Which colours have containers, and in which state, as `docker ps -a` shows them. */
function colours(host: FakeHost): Record<string, string[]> {
  const seen: Record<string, string[]> = {};
  for (const c of host.docker.containers.values()) {
    const colour = c.labels['wharf.colour'];
    if (colour) (seen[colour] ??= []).push(c.state);
  }
  return seen;
}

describe('blue-green deploys on the fakes', () => {
  it('starts the idle colour, switches live traffic to it and keeps the old colour warm', async () => {
    const host = await running();
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    push(host, 'v1');
    const outcome = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(host.get(hostName, '/').body).toBe('web v1\n');
    expect(host.get(hostName, '/api/').body).toBe('api v1\n');
    expect(colours(host)).toEqual({ blue: ['running', 'running'], green: ['running', 'running'] });
    expect(await host.state.readApplied(env)).toMatchObject({
      colour: 'green',
      warm: { colour: 'blue' },
    });
  });

  it('records synced and changes nothing when the revision already runs', async () => {
    const host = await running();
    const before = host.docker.changes.length;
    const outcome = await deploy(host);
    expect(outcome.result).toBe('synced');
    expect(host.docker.changes.slice(before)).toEqual([]);
  });

  describe.each([
    {
      when: 'the new colour never becomes healthy',
      webEnv: { APP_HEALTH: 'unhealthy' },
      result: 'failed',
      reason: /unhealthy[\s\S]*app app version 1 listening on :8080 \(health unhealthy\)/,
    },
    {
      when: 'the new colour is healthy but does not answer its route through the preview listener',
      webEnv: { APP_HEALTH_PATH: '/elsewhere' },
      result: 'failed',
      reason:
        /green was not ready within 25s: service web did not answer \/healthz through the preview route \(last: HTTP 404\)/,
    },
    {
      when: 'the new colour fails during verification',
      webEnv: { APP_FAIL_AFTER: '4' },
      result: 'rolled-back',
      reason:
        /service web did not answer \/healthz through the live route during verification \(last: HTTP 404\)/,
    },
  ])('when $when', ({ webEnv, result, reason }) => {
    it('keeps the old colour serving, removes the new one and records why', async () => {
      const host = await running();
      push(host, 'broken', webEnv, '40s');
      const outcome = await deploy(host);
      expect(outcome.result).toBe(result);
      expect(outcome.reason).toMatch(reason);
      expect(host.get(hostName, '/').body).toBe('web v0\n');
      expect(colours(host)).toEqual({ blue: ['running', 'running'] });
      expect((await host.state.readApplied(env))?.colour).toBe('blue');
      const [last] = await host.deps.history.list(env, 1);
      expect(last?.result).toBe(result);
      expect(last?.retryable).toBeUndefined();
      expect(last?.error).toMatch(reason);
    });

    it('does not deploy that revision again without --retry, and does with it', async () => {
      const host = await running();
      push(host, 'broken', webEnv, '40s');
      await deploy(host);
      const blocked = await deploy(host).catch((e: unknown) => e);
      expect(blocked).toBeInstanceOf(LoopGuardError);
      const retried = await deployEnvironment(host.deps, {
        environment: env,
        trigger: 'test',
        retry: true,
      });
      expect(retried.result).toBe(result);
      // A newer commit is deployed again at once.
      push(host, 'v2');
      expect((await deploy(host)).result).toBe('success');
      expect(host.get(hostName, '/').body).toBe('web v2\n');
    });
  });

  it('does not hold back a revision whose failure may pass by itself', async () => {
    const host = await running();
    // v1 needs a secret the operator has not written yet: retryable, nothing changed.
    host.remote.commit('v1 with a token', {
      'bg.yaml':
        manifest('v1').replace(
          '    env: { APP_BODY: "web v1" }',
          '    env: { APP_BODY: "web v1" }\n    secrets: [TOKEN]',
        ) + 'secrets:\n  TOKEN: { source: store }\n',
    });
    const first = await deploy(host).catch((e: unknown) => e);
    expect((first as Error).message).toMatch(/needs secrets that are not in the store: TOKEN/);
    expect((await host.deps.history.list(env, 1))[0]).toMatchObject({
      result: 'failed',
      retryable: true,
    });
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    await host.state.putSecret(env, 'TOKEN', 'written');
    const again = await deploy(host);
    expect(again.result, again.reason).toBe('success');
    expect(host.get(hostName, '/').body).toBe('web v1\n');
  });

  it('switches back to the warm colour without starting a container when a revert brings its services back', async () => {
    const host = await running();
    push(host, 'v1');
    await deploy(host);
    host.remote.commit('revert v1', { 'bg.yaml': manifest('v0') });
    const before = host.docker.changes.length;
    const outcome = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    expect(host.docker.changes.slice(before).filter((c) => /^(create|start) /.test(c))).toEqual([]);
    expect(await host.state.readApplied(env)).toMatchObject({
      colour: 'blue',
      warm: { colour: 'green' },
    });
  });

  it('rolls back on request to the warm colour without starting a container, and records it', async () => {
    const host = await running();
    const v1 = push(host, 'v1');
    await deploy(host);
    const before = host.docker.changes.length;
    const outcome = await rollbackEnvironment(host.deps, env, 'test');
    expect(outcome).toMatchObject({ from: v1, colour: 'blue' });
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    expect(host.docker.changes.slice(before).filter((c) => /^(create|start) /.test(c))).toEqual([]);
    const [last] = await host.deps.history.list(env, 1);
    expect(last).toMatchObject({ result: 'rolled-back', revision: v1 });
    // A rolled-back revision is not deployed again by itself.
    expect(await deploy(host).catch((e: unknown) => e)).toBeInstanceOf(LoopGuardError);
  });

  it('names the process that ran it on its deploy and rollback records', async () => {
    const host = await running();
    const deps = { ...host.deps, worker: 'host-a:4242' };
    push(host, 'v1');
    expect((await deployEnvironment(deps, { environment: env, trigger: 'test' })).result).toBe(
      'success',
    );
    await rollbackEnvironment(deps, env, 'test');
    const [rolledBack, deployed, first] = await host.deps.history.list(env, 3);
    expect(rolledBack).toMatchObject({ result: 'rolled-back', worker: 'host-a:4242' });
    expect(deployed).toMatchObject({ result: 'success', worker: 'host-a:4242' });
    // A process that has no name for itself writes records without one.
    expect(first).toMatchObject({ result: 'success' });
    expect(first?.worker).toBeUndefined();
  });

  describe.each([
    // What serves once the next run converged: the old version until the new one is recorded.
    [
      'while the idle colour starts',
      /Container wharf-shop-green-web-green-1 {2}Started/,
      '30m',
      'v0',
    ],
    [
      'while the gate probes the idle colour',
      /^probing green through the edge's preview route/,
      '30m',
      'v0',
    ],
    ['right before the cutover', /^switching live traffic to/, '30m', 'v0'],
    ['during verification', /^verifying green through the live route/, '30m', 'v0'],
    [
      'while the old colour is removed after verification',
      /^removing blue \(keepPrevious is 0\)/,
      '0s',
      'crash',
    ],
  ] as const)('when wharf is killed %s', (_when, marker, keepPrevious, serving) => {
    it('the next run converges to a healthy colour, leaves no half-started one, and then deploys', async () => {
      const host = await running();
      host.remote.commit('crash', {
        'bg.yaml': manifest('crash').replace('keepPrevious: 30m', `keepPrevious: ${keepPrevious}`),
      });
      await deployKilledAt(host.deps, env, marker);
      const next = { ...host.deps, lock: memoryLock() };
      await converge(next, env, silent);
      expect(host.get(hostName, '/')).toEqual({ status: 200, body: `web ${serving}\n` });
      expect(colours(host)).toEqual(
        serving === 'v0' ? { blue: ['running', 'running'] } : { green: ['running', 'running'] },
      );
      const outcome = await deployEnvironment(next, { environment: env, trigger: 'test' });
      // Recorded before it was killed, the new version needs no second deploy.
      expect(outcome.result, outcome.reason).toBe(serving === 'crash' ? 'synced' : 'success');
      expect(host.get(hostName, '/').body).toBe('web crash\n');
    });
  });

  it('keeps serving a new colour whose cutover was never recorded when the old one is gone', async () => {
    const host = await running();
    host.remote.commit('crash', { 'bg.yaml': manifest('crash') });
    await deployKilledAt(host.deps, env, /^verifying green/);
    // The old colour removed behind wharf's back: the record names it, the edge serves green.
    for (const c of [...host.docker.containers.values()])
      if (c.labels['wharf.colour'] === 'blue') host.docker.remove(c);
    const next = { ...host.deps, lock: memoryLock() };
    await converge(next, env, silent);
    expect(host.get(hostName, '/')).toEqual({ status: 200, body: 'web crash\n' });
    const outcome = await deployEnvironment(next, { environment: env, trigger: 'test' });
    expect(outcome.result, outcome.reason).toMatch(/^(success|synced)$/);
    expect(host.get(hostName, '/').body).toBe('web crash\n');
    // The colour that serves is recorded; the other, if any, is the one kept warm.
    const applied = await host.state.readApplied(env);
    const present = Object.keys(colours(host));
    expect(present).toContain(applied?.colour);
    for (const colour of present)
      if (colour !== applied?.colour) expect(applied?.warm?.colour).toBe(colour);
  });

  describe.each([
    // Between calls: a call already running when the lock is lost runs to its end.
    [
      'as the idle colour is about to start',
      /^starting all services in wharf-shop-green/,
      '30m',
      false,
    ],
    ['while the gate probes', /^probing green through the edge's preview route/, '30m', false],
    ['right before the cutover', /^switching live traffic to/, '30m', false],
    ['during verification', /^verifying green through the live route/, '30m', false],
    // Recorded before the old colour goes: the record then carries the lost holder's token.
    ['before the old colour is removed', /^removing blue \(keepPrevious is 0\)/, '0s', true],
  ] as const)(
    'when the deploy loses its lock %s',
    (_when, marker, keepPrevious, recorded = false) => {
      it('changes nothing more, and the process that takes the lock converges and deploys under a larger token', async () => {
        const host = await running();
        const firstFence = (await host.state.readApplied(env))?.fence ?? 0;
        expect(host.edge.fences.get(env)).toBe(firstFence);
        host.remote.commit('lost', {
          'bg.yaml': manifest('lost').replace('keepPrevious: 30m', `keepPrevious: ${keepPrevious}`),
        });
        let changesAtLoss = -1;
        let siteAtLoss: string | undefined;
        const outcome = await deployEnvironment(host.deps, {
          environment: env,
          trigger: 'test',
          onProgress: (e) => {
            if (changesAtLoss >= 0 || !marker.test(e.message)) return;
            // As an expiry while cut off from Redis: the lock is free for another process.
            host.lock.expire(env, 'cut off from Redis');
            changesAtLoss = host.docker.changes.length;
            siteAtLoss = host.edge.sites.get(env);
          },
        }).catch((error: unknown) => error);
        expect(changesAtLoss).toBeGreaterThanOrEqual(0);
        expect(outcome).toMatchObject({ code: 'lock-lost', retryable: true });
        // Not one Docker or edge change after the loss.
        expect(host.docker.changes.slice(changesAtLoss)).toEqual([]);
        expect(host.edge.sites.get(env)).toBe(siteAtLoss);
        const fenceAtLoss = (await host.state.readApplied(env))?.fence ?? 0;
        if (recorded) expect(fenceAtLoss).toBeGreaterThan(firstFence);
        else expect(fenceAtLoss).toBe(firstFence);
        const next = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
        expect(next.result, next.reason).toBe(recorded ? 'synced' : 'success');
        expect(host.get(hostName, '/').body).toBe('web lost\n');
        const nextFence = (await host.state.readApplied(env))?.fence ?? 0;
        expect(nextFence).toBeGreaterThan(firstFence + 1);
        expect(host.edge.fences.get(env)).toBe(nextFence);
      });
    },
  );

  it('refuses a holder that lost its lock to write over a newer holder', async () => {
    const host = await running();
    const fence = (await host.state.readApplied(env))?.fence ?? 0;
    const site = host.edge.sites.get(env) ?? '';
    const stale = await host.deps.edge.applySite(env, site, fence - 1).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: 'stale-fence' });
    const record = await host.state.readApplied(env);
    const older = await host.deps.state
      .writeApplied(env, { ...record!, fence: fence - 1 })
      .catch((e: unknown) => e);
    expect(older).toMatchObject({ code: 'stale-fence' });
  });

  describe('when the swap fails for a reason that may pass by itself', () => {
    /** Compose times out starting the idle colour `times` times, then works again. */
    function composeTimesOut(deps: DeployDeps, times: number): DeployDeps {
      let left = times;
      return {
        ...deps,
        compose: {
          ...deps.compose,
          up: (target, services, options) => {
            if (target.project !== 'wharf-shop-green' || left-- <= 0)
              return deps.compose.up(target, services, options);
            return Promise.reject(
              new ComposeError({
                environment: env,
                project: target.project,
                services,
                command: 'up --wait',
                exitCode: null,
                stderrTail: '',
                timedOut: true,
              }),
            );
          },
        },
      };
    }

    it('records the failure as retryable, keeps the old colour, and deploys the same revision next time without --retry', async () => {
      const host = await running();
      push(host, 'v1');
      const deps = composeTimesOut(host.deps, 1);
      const failed = await deployEnvironment(deps, { environment: env, trigger: 'test' });
      expect(failed.result).toBe('failed');
      expect(failed.reason).toMatch(
        /docker compose up --wait in project wharf-shop-green timed out/,
      );
      expect(host.get(hostName, '/').body).toBe('web v0\n');
      expect(colours(host)).toEqual({ blue: ['running', 'running'] });
      expect((await host.deps.history.list(env, 1))[0]).toMatchObject({
        result: 'failed',
        retryable: true,
      });
      const again = await deployEnvironment(deps, { environment: env, trigger: 'test' });
      expect(again.result, again.reason).toBe('success');
      expect(host.get(hostName, '/').body).toBe('web v1\n');
    });
  });

  it('stops the live colour’s workers once the new colour passes its gate, and starts them again when traffic goes back', async () => {
    const withWorker = (version: string, webEnv: Record<string, string> = {}): string =>
      manifest(version, webEnv, '40s') +
      `  jobs:\n    image: ghcr.io/jupiter/api:2.3.1\n    command: [sh, /entrypoint.sh]\n    env: { APP_BODY: "jobs ${version}" }\n`;
    const host = fakeHost();
    host.remote.commit('v0', { 'wharf.yaml': wharfYaml, 'bg.yaml': withWorker('v0') });
    expect((await deploy(host)).result).toBe('success');
    host.remote.commit('broken', { 'bg.yaml': withWorker('broken', { APP_FAIL_AFTER: '4' }) });
    const states: string[] = [];
    const outcome = await deploy(host, (e) => {
      if (/^(stopping blue workers|switching traffic back)/.test(e.message))
        states.push(
          `${e.message.split(' ').slice(0, 2).join(' ')}: ${host.docker.containers.get('wharf-shop-blue-jobs-blue-1')?.state ?? 'gone'}`,
        );
    });
    expect(outcome.result).toBe('rolled-back');
    expect(states).toEqual(['stopping blue: running', 'switching traffic: exited']);
    expect(host.docker.containers.get('wharf-shop-blue-jobs-blue-1')?.state).toBe('running');
    expect(host.docker.containers.get('wharf-shop-green-jobs-green-1')).toBeUndefined();
  });
});
