import { describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import type { ProgressEvent } from '../../src/deploy/progress.js';
import type { CertificateInfo, Certificates, IssueRequest } from '../../src/ports/certificates.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { dedent, oneEnvironmentRepository } from '../helpers/manifest-text.js';

// A certificate is obtained after the deploy released the environment's lock, so a slow ACME
// server holds no deploy, rollback or backup of the environment.
const env = 'shop';

function manifest(body: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: shop.test
    tls: { mode: letsencrypt, email: ops@shop.test }
    deploy: { strategy: recreate, healthTimeout: 20s }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${body}" } }
  `);
}

/** Certificates whose first issuance waits until `release`; the ones after it answer at once. */
function slowCertificates(host: FakeHost): Certificates & {
  readonly asked: Promise<IssueRequest>;
  release(outcome: 'issue' | 'fail'): void;
  readonly issued: () => number;
} {
  const inner = host.deps.certificates;
  let asked!: (request: IssueRequest) => void;
  let release!: (outcome: 'issue' | 'fail') => void;
  const gate = new Promise<'issue' | 'fail'>((resolve) => (release = resolve));
  let calls = 0;
  let issued = 0;
  return {
    asked: new Promise((resolve) => (asked = resolve)),
    release: (outcome) => release(outcome),
    issued: () => issued,
    current: (environment) => inner.current(environment),
    remove: (environment) => inner.remove(environment),
    async issue(request): Promise<CertificateInfo> {
      if (calls++ === 0) {
        asked(request);
        if ((await gate) === 'fail') throw new Error('the ACME server did not answer');
      }
      issued++;
      return inner.issue(request);
    },
  };
}

function hostWithSlowAcme(): {
  host: FakeHost;
  certificates: ReturnType<typeof slowCertificates>;
} {
  const plain = fakeHost();
  const certificates = slowCertificates(plain);
  const host: FakeHost = { ...plain, deps: { ...plain.deps, certificates } };
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1'),
  });
  return { host, certificates };
}

describe('TLS outside the deploy lock', () => {
  it('frees the lock while the certificate is obtained: a newer deploy runs and serves it', async () => {
    const { host, certificates } = hostWithSlowAcme();
    const said: ProgressEvent[] = [];
    const first = deployEnvironment(host.deps, {
      environment: env,
      trigger: 'test',
      onProgress: (event) => said.push(event),
    });
    await certificates.asked;
    // The first deploy is live and waits on ACME; the lock is free.
    expect(host.get('shop.test', '/').body).toBe('v1\n');
    await expect(host.lock.withLock(env, () => Promise.resolve('free'))).resolves.toBe('free');
    host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    const second = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
    expect(second.result, second.reason).toBe('success');
    expect(host.get('shop.test', '/').body).toBe('v2\n');
    // The newer deploy obtained its own certificate (the first's still waits) and serves it.
    expect(certificates.issued()).toBe(1);
    expect(await host.deps.edge.currentTls(env)).not.toBeNull();
    certificates.release('issue');
    const done = await first;
    expect(done.result).toBe('success');
    expect(said.filter((e) => e.step === 'tls').map((e) => e.message)).toEqual([
      'obtaining a letsencrypt certificate for shop.test (none yet)',
      expect.stringMatching(/^certificate from fake ACME valid until /),
    ]);
    // The deploy's log has the TLS lines, and ends only after them.
    const log = await host.deps.deployLog.read(done.id, 0);
    expect(log.lines.map((line) => line.step)).toContain('tls');
    expect(log.running).toBe(false);
  });

  it('serves the certificate it obtained when no other revision was applied meanwhile', async () => {
    const { host, certificates } = hostWithSlowAcme();
    const first = deployEnvironment(host.deps, { environment: env, trigger: 'test' });
    await certificates.asked;
    expect(await host.deps.edge.currentTls(env)).toBeNull();
    certificates.release('issue');
    expect((await first).result).toBe('success');
    expect(await host.deps.edge.currentTls(env)).toContain(env);
  });

  it('a failed issuance leaves the deploy a success, plain HTTP served, and is tried again', async () => {
    const { host, certificates } = hostWithSlowAcme();
    const said: string[] = [];
    const first = deployEnvironment(host.deps, {
      environment: env,
      trigger: 'test',
      onProgress: (event) => said.push(event.message),
    });
    await certificates.asked;
    certificates.release('fail');
    expect((await first).result).toBe('success');
    expect(said).toContain(
      'the ACME server did not answer; serving plain HTTP, trying again at the next reconcile',
    );
    expect(await host.deps.edge.currentTls(env)).toBeNull();
    expect(host.get('shop.test', '/').body).toBe('v1\n');
    const again = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
    expect(again.result).toBe('synced');
    expect(certificates.issued()).toBe(1);
    expect(await host.deps.edge.currentTls(env)).toContain(env);
  });
});
