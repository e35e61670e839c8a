import { describe, expect, it } from 'vitest';
import { WharfError } from '../../src/core/errors.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { maintenanceOff, maintenanceOn } from '../../src/deploy/maintenance.js';
import type { ProgressEvent } from '../../src/deploy/progress.js';
import { rollbackEnvironment } from '../../src/deploy/rollback.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';

const env = 'shop';
const hostName = 'shop.test';
const page = '<h1>shop is down for a moment</h1>\n';
const wharfYaml = `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${env}: { manifest: bg.yaml, branch: main }\n`;

/** The blue-green test environment; `deployPage` sets deploy.maintenance, `ownPage` a page of the repository. */
function manifest(
  version: string,
  options: { deployPage?: boolean; ownPage?: boolean; webEnv?: Record<string, string> } = {},
): string {
  const text = blueGreenManifest({
    name: env,
    host: hostName,
    version,
    verify: '10s',
    ...(options.webEnv ? { webEnv: options.webEnv } : {}),
  }).replace(
    'keepPrevious: 30m }',
    `keepPrevious: 30m, maintenance: ${options.deployPage ?? false} }`,
  );
  return options.ownPage ? `${text}maintenance: { page: pages/down.html, retryAfter: 5m }\n` : text;
}

async function running(options: Parameters<typeof manifest>[1] = {}): Promise<FakeHost> {
  const host = fakeHost();
  host.remote.commit('v0', {
    'wharf.yaml': wharfYaml,
    'bg.yaml': manifest('v0', options),
    'pages/down.html': page,
  });
  const first = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
  return host;
}

/** Deploys `version`; `at` hears what the edge answers on / as each progress line is said. */
async function deploy(
  host: FakeHost,
  version: string,
  options: Parameters<typeof manifest>[1] = {},
  at: (event: ProgressEvent, status: number) => void = () => undefined,
) {
  host.remote.commit(version, { 'bg.yaml': manifest(version, options) });
  return deployEnvironment(host.deps, {
    environment: env,
    trigger: 'test',
    onProgress: (event) => at(event, host.get(hostName, '/').status),
  });
}

describe('maintenance mode on the fakes', () => {
  it('puts the page up by hand and takes it down, touching no container', async () => {
    const host = await running({ ownPage: true });
    const before = [...host.docker.containers.values()].map((c) => `${c.id} ${c.state}`);
    const on = await maintenanceOn(host.deps, env, {});
    expect(on.notes).toEqual([]);
    expect(on.maintenance).toMatchObject({
      by: 'operator',
      retryAfterSeconds: 300,
      source: { kind: 'repository', path: 'pages/down.html' },
    });
    expect(host.get(hostName, '/api/')).toEqual({ status: 503, body: page });
    expect((await maintenanceOff(host.deps, env))?.by).toBe('operator');
    expect(host.get(hostName, '/').body).toBe('web v0\n');
    expect([...host.docker.containers.values()].map((c) => `${c.id} ${c.state}`)).toEqual(before);
    expect(await maintenanceOff(host.deps, env)).toBeNull();
  });

  it('refuses a message for a repository page, and puts nothing up', async () => {
    const host = await running({ ownPage: true });
    const error = await maintenanceOn(host.deps, env, { message: 'back at nine' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WharfError);
    expect(error).toMatchObject({ code: 'maintenance-refused' });
    expect(host.get(hostName, '/').body).toBe('web v0\n');
  });

  it('keeps a page put up by hand through a deploy, a rollback and a deploy with deploy.maintenance', async () => {
    const host = await running();
    await maintenanceOn(host.deps, env, { retryAfterSeconds: 42, message: 'upgrading' });
    const verified: string[] = [];
    const outcome = await deploy(host, 'v1', {}, (e) => {
      if (e.message.includes('through its preview route')) verified.push(e.message);
    });
    expect(outcome.result, outcome.reason).toBe('success');
    // The live route answers 503 by design: the new colour was verified through its preview.
    expect(verified).toHaveLength(1);
    expect(host.get(hostName, '/').status).toBe(503);
    await rollbackEnvironment(host.deps, env, 'test');
    expect(host.get(hostName, '/').status).toBe(503);
    expect((await deploy(host, 'v2', { deployPage: true })).result).toBe('success');
    expect(host.get(hostName, '/').body).toMatch(/shop is under maintenance[\s\S]*upgrading/);
    expect(host.edge.maintenance.get(env)).toMatchObject({ by: 'operator', retryAfterSeconds: 42 });
    await maintenanceOff(host.deps, env);
    expect(host.get(hostName, '/').body).toBe('web v2\n');
  });

  it.each([
    { outcome: 'success', webEnv: {}, serving: 'web v1\n' },
    { outcome: 'rolled-back', webEnv: { APP_FAIL_AFTER: '4' }, serving: 'web v0\n' },
  ])(
    'with deploy.maintenance, a deploy that ends in $outcome has the page up from its cutover and down at its end',
    async ({ outcome, webEnv, serving }) => {
      const host = await running();
      const seen: string[] = [];
      const result = await deploy(host, 'v1', { deployPage: true, webEnv }, (e, status) => {
        if (/^(probing|switching live traffic|verifying|switching traffic back)/.test(e.message))
          seen.push(`${e.message.split(' ')[0] ?? ''} ${status}`);
      });
      expect(result.result, result.reason).toBe(outcome);
      // Up once the new colour passed its gate: the switch, verification (and a switch back) behind it.
      expect(seen[0]).toBe('probing 200');
      expect(seen.slice(1).every((s) => s.endsWith(' 503'))).toBe(true);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(host.get(hostName, '/').body).toBe(serving);
      expect(await host.deps.edge.currentMaintenance(env)).toBeNull();
    },
  );

  it('takes down at the next deploy, even one with nothing to do, a page a deploy left up when it was stopped', async () => {
    const host = await running();
    const on = await maintenanceOn(host.deps, env, {});
    // What a deploy stopped between its cutover and its end leaves behind.
    await host.deps.edge.applyMaintenance(env, { ...on.maintenance, by: 'deploy' });
    expect(host.get(hostName, '/').status).toBe(503);
    const again = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
    expect(again.result).toBe('synced');
    expect(host.get(hostName, '/').body).toBe('web v0\n');
  });

  it("leaves an operator's page up through a deploy with nothing to do", async () => {
    const host = await running();
    await maintenanceOn(host.deps, env, {});
    const again = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
    expect(again.result).toBe('synced');
    expect(host.get(hostName, '/').status).toBe(503);
  });
});
