import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { blueGreenManifest } from '../helpers/blue-green-manifest.js';
import { containerIdentities, containersStartedSince } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad, type Sample } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { getWithHost } from '../helpers/get-with-host.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// Maintenance mode through the real edge: the page answers while the apps keep running, under
// load, through a deploy, and the apps answer again after; no container starts or stops.
const env = 'e2e-maint';
const hostName = 'maint.test';
const page = '<!doctype html>\n<h1>maint.test is being upgraded</h1>\n';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}: { manifest: env.yaml, branch: main }
`);

function manifest(version: string): string {
  return `${blueGreenManifest({ name: env, host: hostName, version, verify: '2s' })}maintenance: { page: pages/down.html, retryAfter: 90s }\n`;
}

let repo: TestRepo;
let host: TestHost;

function wharf(...args: string[]): Promise<string> {
  return runWharf(host.configFile, ...args);
}

async function deploy(version: string): Promise<void> {
  await repo.commit(`web ${version}`, { 'env.yaml': manifest(version) });
  const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
  expect(outcome.result, outcome.reason).toBe('success');
}

/** GET on the edge's loopback-only preview listener. */
const preview = (colour: string, urlPath: string) =>
  getWithHost('127.0.0.1', host.config.edge.previewPort, `${colour}.${env}.preview`, urlPath);

/** POST through the edge's public listener. */
function post(urlPath: string): Promise<{ status: number; retryAfter?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.edgePort,
        path: urlPath,
        method: 'POST',
        headers: { Host: hostName, 'Content-Type': 'application/json' },
        timeout: 5000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(typeof res.headers['retry-after'] === 'string'
              ? { retryAfter: res.headers['retry-after'] }
              : {}),
            body,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer from the edge')));
    req.on('error', reject);
    req.end('{"item":1}');
  });
}

/** The samples that started within [from, to): what clients saw in that time. */
function between(samples: readonly Sample[], from: number, to: number): Sample[] {
  return samples.filter((s) => s.start >= from && s.start < to);
}

/** What a list of answers comes to, in a line per kind: `200 web v1` or `503 page 90 no-store`. */
function kinds(samples: readonly Sample[]): string[] {
  const seen = new Set(
    samples.map((s) =>
      s.status === 503
        ? `503 ${s.body === page ? 'page' : JSON.stringify(s.body)} ${s.retryAfter ?? '-'} ${s.cacheControl ?? '-'}`
        : `${s.status} ${s.body.trim()}${s.error ? ` ${s.error}` : ''}`,
    ),
  );
  return [...seen].sort();
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('wharf.yaml', { 'wharf.yaml': wharfYaml, 'pages/down.html': page });
  host = await createTestHost(repo.dir, [env]);
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe('maintenance mode (real Docker, Compose, Nginx, Redis, git)', { timeout: 300_000 }, () => {
  it('answers every request with the page (503, Retry-After) while on, keeps it through a deploy, and the app again after, under load, starting or stopping no container', async () => {
    await deploy('v1');
    const load = startLoad({
      port: host.edgePort,
      host: hostName,
      path: '/api/',
      concurrency: 4,
      maxRequests: 200_000,
      maxMs: 240_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const before = await containerIdentities(env);
    const sinceOn = Date.now() / 1000;
    const beforeOn = performance.now();
    const on = await wharf('maintenance', 'on', env);
    const onAt = performance.now();
    expect(on).toMatch(/maintenance on: e2e-maint .*pages\/down\.html, Retry-After 90s/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The apps ran on untouched: same containers, same start times, no start event.
    expect(await containerIdentities(env)).toEqual(before);
    expect(await containersStartedSince(sinceOn, env)).toBe('');

    // Operators still reach each colour on the loopback-only preview listener.
    const live = before.find((c) => c.name.includes('-web-'))?.name.includes('-green-')
      ? 'green'
      : 'blue';
    expect(await preview(live, '/')).toEqual({ status: 200, body: 'web v1\n' });
    // ACME challenges still answer: a certificate can be issued or renewed meanwhile.
    const challenge = path.join(host.config.stateDir, 'edge/acme/.well-known/acme-challenge');
    await mkdir(challenge, { recursive: true });
    await writeFile(path.join(challenge, 'token-1'), 'token-1.key\n');
    expect(await host.get(hostName, '/.well-known/acme-challenge/token-1')).toEqual({
      status: 200,
      body: 'token-1.key\n',
    });
    expect(await wharf('status', env)).toMatch(
      /maintenance: on, live routes answer 503 \(since .*, by hand, pages\/down\.html, Retry-After 90s\)/,
    );

    // A deploy while the page is up: the new colour is verified through its preview, and the
    // page stays up through the cutover and after.
    await deploy('v2');
    expect(await host.get(hostName, '/')).toEqual({ status: 503, body: page });
    const afterDeploy = await containerIdentities(env);
    const sinceOff = Date.now() / 1000;
    const beforeOff = performance.now();
    const off = await wharf('maintenance', 'off', env);
    const offAt = performance.now();
    expect(off).toMatch(/maintenance off: live traffic reaches e2e-maint's apps again/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const samples = await load.stop();

    expect(await containerIdentities(env)).toEqual(afterDeploy);
    expect(await containersStartedSince(sinceOff, env)).toBe('');
    const duringOn = between(samples, onAt, beforeOff);
    const afterOff = between(samples, offAt, Infinity);
    // Across the switches too, every answer is the app's or the page: never an error of the edge.
    expect(kinds(samples)).toEqual(['200 api v1', '200 api v2', '503 page 90 no-store']);
    expect(kinds(between(samples, 0, beforeOn))).toEqual(['200 api v1']);
    expect(kinds(duringOn)).toEqual(['503 page 90 no-store']);
    expect(kinds(afterOff)).toEqual(['200 api v2']);
    // Steady load all along: enough answers in each phase to mean something.
    expect(duringOn.length).toBeGreaterThan(100);
    expect(afterOff.length).toBeGreaterThan(10);
    expect(await wharf('status', env)).not.toMatch(/maintenance/);
  });

  it("puts wharf's default page up with the operator's message, escaped, and refuses a message for a repository page", async () => {
    await repo.commit('no page of its own', {
      'env.yaml': blueGreenManifest({ name: env, host: hostName, version: 'v3', verify: '2s' }),
    });
    const refused = await wharf('maintenance', 'on', env, '--message', 'x').catch(
      (e: unknown) => (e as Error).message,
    );
    expect(refused).toMatch(/serves its own maintenance page \(pages\/down\.html\)/);
    expect((await host.get(hostName, '/')).status).toBe(200);
    const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    expect(outcome.result, outcome.reason).toBe('success');
    await wharf('maintenance', 'on', env, '--retry-after', '30', '--message', 'Back at <9>.');
    const answer = await host.get(hostName, '/anything?x=1');
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('e2e-maint is under maintenance');
    expect(answer.body).toContain('<p>Back at &lt;9&gt;.</p>');
    // Whatever the method: a form posted meanwhile gets the page too, not the app.
    expect(await post('/api/orders')).toMatchObject({ status: 503, retryAfter: '30' });
    await wharf('maintenance', 'off', env);
    expect(await host.get(hostName, '/')).toEqual({ status: 200, body: 'web v3\n' });
  });

  it('with deploy.maintenance, shows the page from just before the cutover to the end of the deploy, and the new version after', async () => {
    await repo.commit('web v4 behind the page', {
      'env.yaml': blueGreenManifest({ name: env, host: hostName, version: 'v4', verify: '2s' })
        .replace('keepPrevious: 30m }', 'keepPrevious: 30m, maintenance: true }')
        .concat('maintenance: { retryAfter: 1m }\n'),
    });
    const load = startLoad({
      port: host.edgePort,
      host: hostName,
      path: '/',
      concurrency: 4,
      maxRequests: 200_000,
      maxMs: 120_000,
    });
    const at: Record<string, number> = {};
    const outcome = await deployEnvironment(host.wired.deps, {
      environment: env,
      trigger: 'test',
      onProgress: (event) => {
        // Said before the page goes up, after it is up, before it goes down.
        if (event.message.startsWith('putting the maintenance page up'))
          at['up'] = performance.now();
        if (event.message.startsWith('switching live traffic')) at['shown'] = performance.now();
        if (event.message.startsWith(`${env} now runs`)) at['down'] = performance.now();
      },
    });
    const done = performance.now();
    expect(outcome.result, outcome.reason).toBe('success');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const samples = await load.stop();
    const up = at['up'] ?? Infinity;
    const down = at['down'] ?? 0;
    expect(up).toBeLessThan(at['shown'] ?? 0);
    expect(at['shown']).toBeLessThan(down);
    const shown = samples.filter((s) => s.start > (at['shown'] ?? Infinity) && s.end < down);
    expect(kinds(samples.filter((s) => s.end < up))).toEqual(['200 web v3']);
    expect(shown.length).toBeGreaterThan(10);
    expect(new Set(shown.map((s) => `${s.status} ${s.retryAfter ?? '-'}`))).toEqual(
      new Set(['503 60']),
    );
    expect(shown.every((s) => s.body.includes('e2e-maint is under maintenance'))).toBe(true);
    expect(kinds(between(samples, done, Infinity))).toEqual(['200 web v4']);
    expect(kinds(samples).map((k) => (k.startsWith('503 ') ? k.slice(0, 4) : k))).toEqual([
      '200 web v3',
      '200 web v4',
      '503 ',
    ]);
    expect(await host.wired.deps.edge.currentMaintenance(env)).toBeNull();
  });
});
