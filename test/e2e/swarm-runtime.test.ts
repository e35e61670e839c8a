// `runtime: swarm` on a real two-node Swarm: this host's engine the manager, a second engine in
// a network namespace the worker, images from Debian's docker-registry. The environment's
// stateful services are pinned to the manager, its apps spread over both nodes; the edge on
// the manager resolves every task through Docker's DNS.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teardownEnvironment } from '../../src/deploy/teardown-environment.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { dockerSwarm } from '../../src/adapters/docker-swarm.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad, type Sample } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { startSwarmCluster, type SwarmCluster } from '../helpers/swarm-cluster.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const exec = promisify(execFile);
const env = 'e2e-swarm';
const registryPassword = 'swarm-registry-secret-7f3a';
const stacks = [`wharf-${env}-blue`, `wharf-${env}-infra`];
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}: { manifest: swarm.yaml, branch: main }
  previews: { from: ${env}, host: "pr-{number}.swarm.test", tls: none, allowCompose: true }
`);

function health(path: string): string {
  return `{ command: [wget, -q, -O, /dev/null, "http://127.0.0.1:8080${path}"], interval: 1s, timeout: 2s, retries: 2, startPeriod: 1s }`;
}

/** web (4 replicas) at /, api (2) at /api on PostgreSQL behind PgBouncer; `jobs` as written. */
function manifest(version: string, apiEnv = '', jobs = ''): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: swarm.test
    runtime: swarm
    tls: { mode: none }
    deploy: { healthTimeout: 90s, verify: 2s }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        replicas: 4
        health: ${health('/healthz')}
        env: { APP_BODY: "web ${version}", APP_STOP_DELAY: "3" }
      api:
        image: ghcr.io/jupiter/api:2.3.1
        port: 8080
        route: /api
        replicas: 2
        health: ${health('/healthz')}
        env: { APP_BODY: "api ${version}", APP_PATHS: /api, APP_STOP_DELAY: "3"${apiEnv} }
        secrets: [DATABASE_PASSWORD]
        dependsOn: [pgbouncer]
    postgres:
      database: shop
      user: shop
      passwordSecret: DATABASE_PASSWORD
    secrets:
      DATABASE_PASSWORD: { source: store }
    compose:
      services:
        api:
          # The test app's entrypoint ignores a command: a job's command runs in its place.
          entrypoint: [/bin/sh, -c, 'if [ "$#" -gt 0 ]; then exec "$@"; fi; exec /bin/sh /entrypoint.sh', sh]
    ${jobs}
  `);
}

/** A before-cutover job in api's image, its command a shell script. */
const migration = (script: string) =>
  `jobs: { migrate: { service: api, phase: before-cutover, timeout: 2m, command: [sh, -c, ${JSON.stringify(script)}] } }`;

let cluster: SwarmCluster;
let repo: TestRepo;
let host: TestHost;

const log: string[] = [];

async function deploy(environment = env, revision?: string) {
  return deployEnvironment(host.wired.deps, {
    environment,
    trigger: 'test',
    ...(revision ? { revision } : {}),
    onProgress: (p) =>
      log.push(`${new Date().toISOString()} ${p.environment} ${p.step}: ${p.message}`),
  });
}

/** The env's tasks Swarm wants running, by service, with the node each runs on. */
async function tasks(
  environment = env,
): Promise<{ service: string; node: string; state: string }[]> {
  const out = await docker([
    'service',
    'ls',
    '--filter',
    `label=wharf.environment=${environment}`,
    '--format',
    '{{.Name}}',
  ]);
  const rows: { service: string; node: string; state: string }[] = [];
  for (const service of out.split('\n').filter(Boolean)) {
    const ps = await docker([
      'service',
      'ps',
      service,
      '--filter',
      'desired-state=running',
      '--format',
      '{{.Node}} {{.CurrentState}}',
    ]);
    for (const line of ps.split('\n').filter(Boolean)) {
      const [node = '', state = ''] = line.split(' ');
      rows.push({ service, node, state });
    }
  }
  return rows;
}

/** One field of the web service's definition, as Swarm holds it. */
const webSpec = (format: string) =>
  docker(['service', 'inspect', `wharf-${env}-blue_web-blue`, '--format', format]);

const failures = (samples: readonly Sample[]) => samples.filter((s) => s.status !== 200);

function load() {
  return startLoad({
    port: host.edgePort,
    host: 'swarm.test',
    path: '/',
    concurrency: 4,
    maxRequests: 1_000_000,
    maxMs: 600_000,
  });
}

beforeAll(async () => {
  cluster = await startSwarmCluster({
    name: 'wharf-sw2',
    subnet: 43,
    images: { 'wharf-test/app:1': 'app:1' },
    // Every deploy pulls with wharf's login, handed to the worker by --with-registry-auth.
    login: { user: 'deployer', password: registryPassword },
  });
  const app = cluster.registry.server;
  repo = await TestRepo.create();
  await repo.commit('swarm v1', { 'wharf.yaml': wharfYaml, 'swarm.yaml': manifest('v1') });
  const passwordFile = path.join(repo.dir, '..', `registry-password-${process.pid}`);
  await writeFile(passwordFile, `${registryPassword}\n`, { mode: 0o600 });
  host = await createTestHost(repo.dir, [env], {
    registries: [{ server: app, username: 'deployer', passwordFile }],
    images: {
      'ghcr.io/jupiter/web:1.8.0': `${app}/app:1`,
      'ghcr.io/jupiter/api:2.3.1': `${app}/app:1`,
      // Stateful services are pinned to the manager, which has these images itself.
      'postgres:16': 'wharf-test/postgres:1',
      'edoburu/pgbouncer:v1.23.1-p2': 'wharf-test/postgres:1',
    },
  });
  await host.secret(env, 'DATABASE_PASSWORD', 'correct horse battery');
}, 300_000);

afterAll(async () => {
  await writeFile('/tmp/wharf-swarm-e2e.log', log.join('\n')).catch(() => undefined);
  await cluster?.close([...stacks, 'wharf-pr-7-blue', 'wharf-pr-7-infra']);
  await host?.close();
  await repo?.remove();
}, 180_000);

describe('runtime: swarm on a two-node swarm', { timeout: 600_000 }, () => {
  it('deploys the stacks: stateful services on the manager, the apps’ tasks on both nodes, behind the edge', async () => {
    const outcome = await deploy();
    expect(outcome.result, outcome.reason).toBe('success');
    const running = await tasks();
    const web = running.filter((t) => t.service === `wharf-${env}-blue_web-blue`);
    expect(web).toHaveLength(4);
    expect(new Set(web.map((t) => t.node))).toEqual(
      new Set([cluster.managerName, cluster.workerName]),
    );
    for (const t of running.filter((t) => t.service.startsWith(`wharf-${env}-infra_`)))
      expect(t.node).toBe(cluster.managerName);
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v1\n' });
    expect(await host.get('swarm.test', '/api/')).toEqual({ status: 200, body: 'api v1\n' });
    // Every node runs the same bytes: Swarm pinned the registry's digest.
    expect(await webSpec('{{.Spec.TaskTemplate.ContainerSpec.Image}}')).toMatch(
      new RegExp(`^${cluster.registry.server}/app:1@sha256:[0-9a-f]{64}$`),
    );
    // ... and the stack kept for a rollback names those bytes, not the tag.
    const applied = JSON.parse(
      await readFile(
        path.join(host.config.stateDir, 'envs', env, 'blue', 'stack.applied.json'),
        'utf8',
      ),
    ) as { services: Record<string, { image: string }> };
    expect(applied.services['web-blue']?.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    // wharf asked the registry itself: the stack file it deployed names the digest too.
    const stackFile = await readFile(
      path.join(host.config.stateDir, 'envs', env, 'blue', 'stack.yml'),
      'utf8',
    );
    expect(stackFile).toMatch(
      new RegExp(`image: ${cluster.registry.server}/app:1@sha256:[0-9a-f]{64}\n`),
    );
    // The registry's password is in no progress line and no service definition.
    const inspected = await docker(['service', 'inspect', `wharf-${env}-blue_web-blue`]);
    for (const text of [log.join('\n'), inspected])
      for (const secret of [
        registryPassword,
        Buffer.from(`deployer:${registryPassword}`).toString('base64'),
      ])
        expect(text).not.toContain(secret);
    // The same revision again: nothing to do.
    expect((await deploy()).result).toBe('synced');
    const status = await runWharf(host.configFile, 'status', env);
    expect(status).toMatch(/live: Swarm stacks at [0-9a-f]{12}; tasks: /);
    expect(status).toMatch(new RegExp(`web (2 on \\S+, 2 on \\S+)`));
    expect(status).toContain(`on ${cluster.workerName}`);
    const plan = await runWharf(host.configFile, 'plan', env);
    expect(plan).toContain('no changes');
    expect(plan).toContain('web-blue: 4 task(s) on any node, start-first');
    expect(plan).toContain('postgres: 1 task(s) pinned to node local, stop-first');
  });

  it('five deploys under steady load through the edge: 0 failed requests', async () => {
    const traffic = load();
    for (const version of ['v2', 'v3', 'v4', 'v5', 'v6']) {
      await repo.commit(`swarm ${version}`, { 'swarm.yaml': manifest(version) });
      const outcome = await deploy();
      expect(outcome.result, outcome.reason).toBe('success');
      expect((await host.get('swarm.test', '/')).body).toBe(`web ${version}\n`);
    }
    const samples = await traffic.stop();
    log.push((await exec('docker', ['logs', '--tail', '80', host.edgeContainer])).stderr);
    expect(samples.length).toBeGreaterThan(500);
    expect(failures(samples)).toEqual([]);
  });

  it('a version whose api fails its health check: every service of the deploy goes back, 0 failed requests', async () => {
    // wharf's labels: the revision and definition web runs (Swarm's own label names the image
    // as deployed, by digest once wharf deploys the stack it kept).
    const wharfLabels =
      '{{index .Spec.Labels "wharf.revision"}} {{index .Spec.Labels "wharf.config-hash"}}';
    const before = await webSpec(wharfLabels);
    const traffic = load();
    await repo.commit('swarm v7, api unhealthy', {
      'swarm.yaml': manifest('v7', ', APP_HEALTH: unhealthy'),
    });
    const outcome = await deploy();
    expect(outcome.result).toBe('rolled-back');
    expect(outcome.reason).toMatch(/wharf-e2e-swarm-blue_api-blue/);
    const samples = await traffic.stop();
    expect(failures(samples)).toEqual([]);
    // web had rolled out v7 before api failed: it is back on v6 too.
    expect(await webSpec(wharfLabels)).toBe(before);
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v6\n' });
    expect(await host.get('swarm.test', '/api/')).toEqual({ status: 200, body: 'api v6\n' });
  });

  it('a migration runs once the stateful stack is up, before the apps’ stack; one that fails changes nothing', async () => {
    const jobStacks = async () =>
      (await docker(['stack', 'ls', '--format', '{{.Name}}']))
        .split('\n')
        .filter((n) => n.includes('-job-'));
    const traffic = load();
    // The job reaches the apps (still the old version) and PgBouncer over the overlay network,
    // with the app's secrets, on whichever node Swarm runs it.
    await repo.commit('swarm v8 with a migration', {
      'swarm.yaml': manifest(
        'v8',
        '',
        migration(
          'echo "migrate sees $(wget -q -O - http://api-blue:8080/api)"; nc -w 2 pgbouncer 6432 </dev/null && echo "pgbouncer answers"; test -s /run/secrets/DATABASE_PASSWORD && echo "the secret is there"',
        ),
      ),
    });
    const from = log.length;
    const outcome = await deploy();
    expect(outcome.result, outcome.reason).toBe('success');
    const lines = log.slice(from).join('\n');
    expect(lines).toContain('[migrate] migrate sees api v6');
    expect(lines).toContain('[migrate] pgbouncer answers');
    expect(lines).toContain('[migrate] the secret is there');
    expect(lines.indexOf('job migrate succeeded')).toBeLessThan(
      lines.indexOf(`deploying stack wharf-${env}-blue`),
    );
    expect(await host.get('swarm.test', '/api/')).toEqual({ status: 200, body: 'api v8\n' });
    expect(await jobStacks()).toEqual([]);

    const wharfLabels = '{{index .Spec.Labels "wharf.revision"}}';
    const before = await webSpec(wharfLabels);
    await repo.commit('swarm v9, its migration fails', {
      'swarm.yaml': manifest('v9', '', migration('echo "migration v9 cannot go on"; exit 3')),
    });
    const failed = await deploy().then(
      () => new Error('the deploy succeeded'),
      (error: unknown) => error as Error,
    );
    expect(failed.message).toMatch(
      /job migrate \(before-cutover\) of e2e-swarm exited with status 3/,
    );
    expect(failed.message).toContain('migration v9 cannot go on');
    const samples = await traffic.stop();
    expect(failures(samples)).toEqual([]);
    expect(await webSpec(wharfLabels)).toBe(before);
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v8\n' });
    expect(await jobStacks()).toEqual([]);
  });

  it('without the registry’s login: refused before anything changes, naming the image and `registries`', async () => {
    const wharfLabels = '{{index .Spec.Labels "wharf.revision"}}';
    const before = await webSpec(wharfLabels);
    await repo.commit('swarm v10', { 'swarm.yaml': manifest('v10') });
    const from = log.length;
    const refused = await deployEnvironment(
      { ...host.wired.deps, swarm: dockerSwarm() },
      { environment: env, trigger: 'test', onProgress: () => undefined },
    ).then(
      () => new Error('the deploy succeeded'),
      (error: unknown) => error as Error,
    );
    expect(refused.message).toMatch(
      new RegExp(
        `the registry of ${cluster.registry.server}/app:1 refused to say its digest without a login`,
      ),
    );
    expect(refused.message).toContain('`registries`');
    expect(log.length).toBe(from);
    // An image no registry has, on two nodes: refused the same way, naming the service.
    await repo.commit('swarm v10, web from no registry', {
      'swarm.yaml': manifest('v10').replace(
        'ghcr.io/jupiter/web:1.8.0',
        'ghcr.io/jupiter/web:9.9.9',
      ),
    });
    const unpinned = await deploy().then(
      () => new Error('the deploy succeeded'),
      (error: unknown) => error as Error,
    );
    expect(unpinned.message).toContain(
      "service web-blue's image ghcr.io/jupiter/web:9.9.9 is in no registry the swarm's manager reaches",
    );
    expect(unpinned.message).toContain('with 2 nodes');
    expect(await webSpec(wharfLabels)).toBe(before);
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v8\n' });
  });

  it('an after-cutover job that fails: every stack goes back, then the on-failure job runs', async () => {
    const wharfLabels = '{{index .Spec.Labels "wharf.revision"}}';
    const before = await webSpec(wharfLabels);
    const traffic = load();
    await repo.commit('swarm v11, its after-cutover job fails', {
      'swarm.yaml': manifest(
        'v11',
        '',
        `jobs: { check: { service: api, phase: after-cutover, command: [sh, -c, 'echo "check sees $(wget -q -O - http://api-blue:8080/api)"; exit 1'] }, tell: { service: api, phase: on-failure, command: [sh, -c, 'echo "told of the failure"'] } }`,
      ),
    });
    const from = log.length;
    const outcome = await deploy();
    const samples = await traffic.stop();
    expect(outcome.result).toBe('rolled-back');
    expect(outcome.reason).toMatch(/job check \(after-cutover\) of e2e-swarm exited with status 1/);
    const lines = log.slice(from).join('\n');
    // It ran once the new version served, and the deploy was undone after it.
    expect(lines).toContain('[check] check sees api v11');
    expect(lines.indexOf('[tell] told of the failure')).toBeGreaterThan(
      lines.indexOf(`stack wharf-${env}-blue is back as it last converged`),
    );
    expect(failures(samples)).toEqual([]);
    expect(await webSpec(wharfLabels)).toBe(before);
    expect(await host.get('swarm.test', '/api/')).toEqual({ status: 200, body: 'api v8\n' });
  });

  it('the worker drained: its tasks move to the manager, and the app keeps answering', async () => {
    const traffic = load();
    await docker(['node', 'update', '--availability', 'drain', cluster.workerName]);
    try {
      await waitFor(
        'every task on the manager',
        () => tasks(),
        (rows) =>
          rows.filter((t) => t.service.endsWith('_web-blue')).length === 4 &&
          rows.every((t) => t.node === cluster.managerName && t.state === 'Running'),
        120_000,
      );
      const moved = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const samples = await traffic.stop();
      // Swarm stops the worker's tasks at once (a drain is no start-first rollout): a request
      // the edge had sent to one of them may be lost; the app never stops answering, and once
      // the tasks moved every request is answered.
      const during = samples.filter((s) => s.start < moved);
      log.push(
        `drain: ${failures(during).length} of ${during.length} failed while the tasks moved`,
      );
      expect(failures(during).length).toBeLessThanOrEqual(during.length / 100);
      expect(during.filter((s) => s.status === 200).length).toBeGreaterThan(during.length / 2);
      const after = samples.filter((s) => s.start >= moved + 2500);
      expect(after.length).toBeGreaterThan(10);
      expect(failures(after)).toEqual([]);
    } finally {
      await docker(['node', 'update', '--availability', 'active', cluster.workerName]);
    }
  });

  it('a pull request’s preview is stacks of its own, served at its host, and gone with its teardown', async () => {
    const sha = await repo.commit('a pull request', { 'swarm.yaml': manifest('pr7') });
    await repo.git('reset', '-q', '--hard', 'HEAD~1');
    await repo.git('update-ref', 'refs/pull/7/head', sha);
    const outcome = await deploy('pr-7', 'refs/pull/7/head');
    expect(outcome.result, outcome.reason).toBe('success');
    const preview = await tasks('pr-7');
    expect(new Set(preview.map((t) => t.service.split('_')[0]))).toEqual(
      new Set(['wharf-pr-7-blue', 'wharf-pr-7-infra']),
    );
    expect(await host.get('pr-7.swarm.test', '/')).toEqual({ status: 200, body: 'web pr7\n' });
    // The environment it came from is untouched.
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v8\n' });

    await teardownEnvironment(host.wired.deps, 'pr-7');
    expect(await tasks('pr-7')).toEqual([]);
    expect(await docker(['volume', 'ls', '-q', '--filter', 'label=wharf.environment=pr-7'])).toBe(
      '',
    );
    expect(await host.get('swarm.test', '/')).toEqual({ status: 200, body: 'web v8\n' });
  });
});
