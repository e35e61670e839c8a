import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { TestRepo } from '../helpers/git-repo.js';
import { edgeHttps, type HttpsAnswer } from '../helpers/edge-https.js';
import { dedent } from '../helpers/manifest-text.js';
import { preparePebble, type Pebble } from '../helpers/pebble.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// HTTPS through the edge: a certificate from an ACME server (Let's Encrypt's test server,
// pebble, on 127.0.0.1) by HTTP-01 through the edge, renewed with a reload that fails no
// request; a self-signed one; HTTP sent to HTTPS.
const env = 'e2e-tls';
const selfEnv = 'e2e-tls-self';

let pebble: Pebble;
let repo: TestRepo;
let host: TestHost;

function manifest(name: string, hostName: string, tls: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${name}
    topology: minimal
    host: ${hostName}
    tls: ${tls}
    deploy: { strategy: blue-green, healthTimeout: 60s, verify: 1s, keepPrevious: 0s }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "${name}" }
  `);
}

type Answer = HttpsAnswer;

/** GET over HTTPS to the edge for `hostName`. */
function https(hostName: string, path = '/'): Promise<Answer> {
  return edgeHttps(host.httpsPort, hostName, path);
}

/** Plain HTTP to the edge; redirects are not followed. */
async function http(hostName: string, path = '/'): Promise<{ status: number; location: string }> {
  const { request: plain } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = plain(
      { host: '127.0.0.1', port: host.edgePort, path, headers: { Host: hostName }, agent: false },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  pebble = await preparePebble();
  repo = await TestRepo.create();
  const letsencrypt = `{ mode: letsencrypt, email: ops@tls.test, acmeDirectory: "${pebble.directoryUrl}" }`;
  await repo.commit('start', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}: { manifest: tls.yaml, branch: main }
        ${selfEnv}: { manifest: self.yaml, branch: main }
    `),
    'tls.yaml': manifest(env, 'tls.test', letsencrypt),
    'self.yaml': manifest(selfEnv, 'self.test', '{ mode: self-signed }'),
  });
  host = await createTestHost(repo.dir, [env, selfEnv], {
    edge: { acmeCaFile: pebble.caFile },
  });
  // Pebble checks HTTP-01 challenges on the edge's port.
  await pebble.start(host.edgePort);
}, 60_000);

afterAll(async () => {
  await host.close();
  await pebble.close();
  await repo.remove();
});

describe('HTTPS at the edge', { timeout: 240_000 }, () => {
  it('obtains a certificate by ACME HTTP-01 through the edge and serves the site over HTTPS', async () => {
    const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    expect(outcome.result).toBe('success');
    const answer = await https('tls.test');
    expect(answer).toMatchObject({ status: 200, body: `${env}\n`, san: 'DNS:tls.test' });
    expect(answer.issuer).toMatch(/Pebble/);
  });

  it('sends plain HTTP to HTTPS, except ACME challenges', async () => {
    expect(await http('tls.test', '/some/page?x=1')).toEqual({
      status: 301,
      location: 'https://tls.test/some/page?x=1',
    });
    expect((await http('tls.test', '/.well-known/acme-challenge/nothing-here')).status).toBe(404);
  });

  it('renews a certificate that is due with a reload that fails no request', async () => {
    const before = await https('tls.test');
    // Every certificate is due when renewal starts 100,000 days before expiry.
    const due = { ...host.wired.deps, renewBeforeMs: 100_000 * 24 * 3600 * 1000 };
    let stop = false;
    const answers: (Answer | Error)[] = [];
    const load = (async () => {
      while (!stop) answers.push(await https('tls.test').catch((error: unknown) => error as Error));
    })();
    const outcome = await deployEnvironment(due, { environment: env, trigger: 'test' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop = true;
    await load;
    expect(outcome.result).toBe('synced');
    const after = await https('tls.test');
    expect(after.serial).not.toBe(before.serial);
    expect(after.issuer).toMatch(/Pebble/);
    expect(answers.length).toBeGreaterThan(20);
    const failed = answers.filter((a) => a instanceof Error || a.status !== 200);
    expect(failed).toEqual([]);
    // Both certificates were served while it ran: the old, then the new.
    const serials = new Set(answers.map((a) => (a instanceof Error ? '' : a.serial)));
    expect(serials).toEqual(new Set([before.serial, after.serial]));
  });

  it('makes a self-signed certificate where the manifest asks for one', async () => {
    const outcome = await deployEnvironment(host.wired.deps, {
      environment: selfEnv,
      trigger: 'test',
    });
    expect(outcome.result).toBe('success');
    const answer = await https('self.test');
    expect(answer).toMatchObject({ status: 200, body: `${selfEnv}\n`, san: 'DNS:self.test' });
    expect(answer.issuer).toBe(answer.subject);
    expect((await http('self.test')).status).toBe(301);
  });
});
