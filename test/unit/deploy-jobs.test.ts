import { describe, expect, it } from 'vitest';
import { deployEnvironment, LoopGuardError } from '../../src/deploy/deploy-environment.js';
import type { DeployDeps } from '../../src/deploy/deps.js';
import type { ProgressEvent } from '../../src/deploy/progress.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { deployKilledAt } from '../fakes/freeze.js';
import { memoryLock } from '../fakes/memory-lock.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';

const env = 'shop';
const hostName = 'shop.test';
const wharfYaml = `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${env}: { manifest: bg.yaml, branch: main }\n`;

/** The two-service manifest with jobs in web's image; the fake runs `echo`, fails `false`, never ends `sleep`. */
function manifest(version: string, jobs: Record<string, [string, string]> = {}): string {
  const lines = Object.entries(jobs).map(
    ([name, [phase, command]]) =>
      `  ${name}: { service: web, phase: ${phase}, timeout: 5s, command: [${command}] }`,
  );
  const base = blueGreenManifest({ name: env, host: hostName, version, verify: '2s' });
  return lines.length ? `${base}jobs:\n${lines.join('\n')}\n` : base;
}

async function running(): Promise<FakeHost> {
  const host = fakeHost();
  host.remote.commit('v0', { 'wharf.yaml': wharfYaml, 'bg.yaml': manifest('v0') });
  const first = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
  return host;
}

async function deploy(host: FakeHost, retry = false) {
  const events: ProgressEvent[] = [];
  const outcome = await deployEnvironment(host.deps, {
    environment: env,
    trigger: 'test',
    retry,
    onProgress: (e) => events.push(e),
  });
  return { outcome, events, log: await host.deps.deployLog.lines(outcome.id) };
}

/** The job runs the fake Docker host saw, in order. */
const runs = (host: FakeHost): string[] =>
  host.docker.changes.filter((c) => c.startsWith('run ')).map((c) => c.split(' ')[1] ?? '');

describe('jobs in a blue-green deploy, on the fakes', () => {
  it('runs before-cutover before traffic moves and after-cutover after, each once, its output in the log', async () => {
    const host = await running();
    host.remote.commit('v1', {
      'bg.yaml': manifest('v1', {
        migrate: ['before-cutover', 'echo, migrated'],
        warm: ['after-cutover', 'echo, warmed'],
        notify: ['on-failure', 'echo, failed'],
      }),
    });
    const { outcome, log } = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(host.get(hostName, '/').body).toBe('web v1\n');
    expect(runs(host)).toEqual([
      'wharf-shop-green-wharf-job-migrate',
      'wharf-shop-green-wharf-job-warm',
    ]);
    const messages = log.map((l) => l.message);
    const at = (text: string): number => messages.findIndex((m) => m.includes(text));
    expect(at('[migrate] migrated')).toBeGreaterThan(-1);
    expect(at('[migrate] migrated')).toBeLessThan(at('switching live traffic to green'));
    expect(at('[warm] warmed')).toBeGreaterThan(at('switching live traffic to green'));
    expect(at('[warm] warmed')).toBeLessThan(at('verifying green'));
    expect((await host.state.readJobRuns(env)).map((r) => `${r.job} ${r.result}`)).toEqual([
      'warm succeeded',
      'migrate succeeded',
    ]);
  });

  it('keeps the old colour serving when a before-cutover job fails, runs on-failure, and blocks the revision', async () => {
    const host = await running();
    host.remote.commit('v1', {
      'bg.yaml': manifest('v1', {
        migrate: ['before-cutover', '"false"'],
        notify: ['on-failure', 'echo, told'],
      }),
    });
    const { outcome, log } = await deploy(host);
    expect(outcome.result).toBe('failed');
    expect(outcome.reason).toMatch(/job migrate \(before-cutover\) of shop exited with status 1/);
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    const green = [...host.docker.containers.values()].filter(
      (c) => c.labels['wharf.colour'] === 'green',
    );
    expect(green).toEqual([]);
    expect(runs(host)).toEqual([
      'wharf-shop-green-wharf-job-migrate',
      'wharf-shop-green-wharf-job-notify',
    ]);
    expect(log.map((l) => l.message)).toContain('[notify] told');
    await expect(deploy(host)).rejects.toBeInstanceOf(LoopGuardError);
  });

  it('puts the maintenance page up before a job that asks for it, and down when the deploy ends', async () => {
    const host = await running();
    host.remote.commit('v1', {
      'bg.yaml':
        manifest('v1').replace('services:', 'services:') +
        'jobs:\n  migrate: { service: web, phase: before-cutover, maintenance: true, command: [echo, moved] }\n',
    });
    const pageDuringJob: (string | null)[] = [];
    const deps: DeployDeps = {
      ...host.deps,
      compose: {
        ...host.deps.compose,
        runJob: async (target, service, options) => {
          pageDuringJob.push((await host.deps.edge.currentMaintenance(env))?.by ?? null);
          return host.deps.compose.runJob(target, service, options);
        },
      },
    };
    const outcome = await deployEnvironment(deps, { environment: env, trigger: 'test' });
    expect(outcome.result, outcome.reason).toBe('success');
    expect(pageDuringJob).toEqual(['deploy']);
    expect(await host.deps.edge.currentMaintenance(env)).toBeNull();
    expect(host.get(hostName, '/').body).toBe('web v1\n');
  });

  it('switches traffic back when an after-cutover job fails', async () => {
    const host = await running();
    host.remote.commit('v1', { 'bg.yaml': manifest('v1', { warm: ['after-cutover', '"false"'] }) });
    const { outcome } = await deploy(host);
    expect(outcome.result).toBe('rolled-back');
    expect(outcome.reason).toMatch(/job warm \(after-cutover\)/);
    expect(host.get(hostName, '/').body).toBe('web v0\n');
  });

  it('stops a job that runs past its timeout and fails the deploy', async () => {
    const host = await running();
    host.remote.commit('v1', {
      'bg.yaml': manifest('v1', { migrate: ['before-cutover', 'sleep, "600"'] }),
    });
    const { outcome } = await deploy(host);
    expect(outcome.result).toBe('failed');
    expect(outcome.reason).toMatch(/did not finish within 5\.0s and was stopped/);
    expect((await host.state.readJobRuns(env))[0]).toMatchObject({
      job: 'migrate',
      result: 'timed-out',
      exitCode: null,
    });
    expect(host.get(hostName, '/').body).toBe('web v0\n');
  });

  it.each([
    [false, 1],
    [true, 2],
  ])(
    'runs a job once per revision when it is tried again (--retry: %s, runs: %i)',
    async (retry, count) => {
      const host = await running();
      host.remote.commit('v1', {
        'bg.yaml': manifest('v1', { migrate: ['before-cutover', 'echo, once'] }),
      });
      // wharf is killed after the migration ran, right before traffic moves.
      await deployKilledAt(host.deps, env, /^switching live traffic to/);
      expect(runs(host)).toHaveLength(1);
      const deps = { ...host.deps, lock: memoryLock() };
      const again = await deployEnvironment(deps, { environment: env, trigger: 'test', retry });
      expect(again.result, again.reason).toBe('success');
      expect(host.get(hostName, '/').body).toBe('web v1\n');
      expect(runs(host)).toHaveLength(count);
      const log = (await deps.deployLog.lines(again.id)).map((l) => l.message).join('\n');
      if (!retry)
        expect(log).toMatch(
          /job migrate \(before-cutover\) already succeeded at .*; not run again/,
        );
    },
  );
});
