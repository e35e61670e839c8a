import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { ForeignInstallationError } from '../../src/core/errors.js';
import type { LiveContainer } from '../../src/core/live.js';
import type { ContainerEngine } from '../../src/ports/container-engine.js';
import { fakeContainerEngine } from '../fakes/fake-container-engine.js';
import { FakeDockerHost } from '../fakes/fake-docker-host.js';
import { docker, testInstallationPrefix } from '../helpers/docker-cli.js';

// Docker: run alone, under the shared lock (flock /tmp/wharf-docker.lock npx vitest run ...).

const installation = `${testInstallationPrefix}contract-engine`;
const image = 'wharf-test/app:1';

/** An engine over a host to which a test adds containers by name and labels (never started). */
interface EngineHost {
  readonly engine: ContainerEngine;
  readonly add: (name: string, containerLabels: Readonly<Record<string, string>>) => Promise<void>;
}

function fakeEngineHost(): EngineHost {
  const host = new FakeDockerHost();
  return {
    engine: fakeContainerEngine(host, { installation }),
    add(name, containerLabels) {
      host.add({
        name,
        project: containerLabels['com.docker.compose.project'] ?? '',
        composeService: containerLabels['com.docker.compose.service'] ?? '',
        image,
        labels: containerLabels,
        environment: {},
        definition: '',
        healthcheck: 'none',
        volumes: [],
        networks: new Map(),
      });
      return Promise.resolve();
    },
  };
}

const created: string[] = [];
afterAll(async () => {
  if (created.length > 0) await docker(['rm', '-f', ...created]);
});

function dockerEngineHost(): EngineHost {
  return {
    engine: dockerEngine({ installation }),
    async add(name, containerLabels) {
      const labelArgs = Object.entries(containerLabels).flatMap(([k, v]) => [
        '--label',
        `${k}=${v}`,
      ]);
      await docker(['create', '--name', name, ...labelArgs, image]);
      created.push(name);
    },
  };
}

/** Unique per test: other suites on this Docker host list managed containers too. */
function names(): { env: (n: string) => string; container: (n: string) => string } {
  const run = randomUUID().slice(0, 8);
  return { env: (n) => `ctr-${run}-${n}`, container: (n) => `wharf-test-ctr-${run}-${n}` };
}

function wharfLabels(
  environment: string,
  fields: { service: string; colour?: string; owner?: string },
): Record<string, string> {
  return {
    'wharf.managed': 'true',
    'wharf.environment': environment,
    'wharf.service': fields.service,
    'wharf.role': fields.colour ? 'stateless' : 'stateful',
    ...(fields.colour ? { 'wharf.colour': fields.colour } : {}),
    'wharf.revision': 'abc123',
    'wharf.installation': fields.owner ?? installation,
    'com.docker.compose.project': `wharf-${environment}`,
    'com.docker.compose.service': fields.service,
  };
}

/** What both implementations agree on (ids and start times are their own). */
function seen(containers: readonly LiveContainer[]): string[] {
  return containers.map(
    (c) =>
      `${c.name} ${c.environment} ${c.service} ${c.role} ${c.colour ?? '-'} ${c.revision} ${c.state} ${c.image}`,
  );
}

const implementations: [string, () => EngineHost][] = [
  ['fake over a fake Docker host', fakeEngineHost],
  ['Docker CLI adapter', dockerEngineHost],
];

describe.each(implementations)('ContainerEngine contract: %s', (_name, make) => {
  it('lists one environment’s containers by name, read back from their labels', async () => {
    const { engine, add } = make();
    const n = names();
    await add(
      n.container('web-green'),
      wharfLabels(n.env('shop'), { service: 'web', colour: 'green' }),
    );
    await add(n.container('db'), wharfLabels(n.env('shop'), { service: 'db' }));
    await add(
      n.container('blog-web'),
      wharfLabels(n.env('blog'), { service: 'web', colour: 'blue' }),
    );
    expect(seen(await engine.listContainers(n.env('shop')))).toEqual([
      `${n.container('db')} ${n.env('shop')} db stateful - abc123 created ${image}`,
      `${n.container('web-green')} ${n.env('shop')} web stateless green abc123 created ${image}`,
    ]);
    expect(await engine.listContainers(n.env('nowhere'))).toEqual([]);
  });

  it('lists many environments at once as it lists each, leaving out the others', async () => {
    const { engine, add } = make();
    const n = names();
    await add(n.container('a-web'), wharfLabels(n.env('a'), { service: 'web', colour: 'blue' }));
    await add(n.container('a-db'), wharfLabels(n.env('a'), { service: 'db' }));
    await add(n.container('b-web'), wharfLabels(n.env('b'), { service: 'web', colour: 'green' }));
    await add(n.container('c-web'), wharfLabels(n.env('c'), { service: 'web', colour: 'blue' }));
    await add(n.container('unmanaged'), { 'wharf.environment': n.env('a') });
    const asked = [n.env('b'), n.env('a'), n.env('empty')];
    const all = await engine.listContainersByEnvironment(asked);
    expect([...all.keys()]).toEqual(asked);
    for (const env of asked)
      expect(seen(all.get(env) ?? [])).toEqual(seen(await engine.listContainers(env)));
    expect(all.get(n.env('a'))?.map((c) => c.name)).toEqual([
      n.container('a-db'),
      n.container('a-web'),
    ]);
    expect(all.get(n.env('empty'))).toEqual([]);
    expect((await engine.listContainersByEnvironment([])).size).toBe(0);
  });

  it('refuses an environment holding another installation’s container, in both listings', async () => {
    const { engine, add } = make();
    const n = names();
    await add(n.container('mine'), wharfLabels(n.env('shop'), { service: 'web', colour: 'blue' }));
    await add(
      n.container('theirs'),
      wharfLabels(n.env('shop'), { service: 'api', colour: 'blue', owner: 'wharf-test-other' }),
    );
    await add(
      n.container('elsewhere'),
      wharfLabels(n.env('theirs'), { service: 'web', owner: 'wharf-test-other' }),
    );
    await expect(engine.listContainers(n.env('shop'))).rejects.toThrow(ForeignInstallationError);
    await expect(engine.listContainersByEnvironment([n.env('shop')])).rejects.toThrow(
      ForeignInstallationError,
    );
    // Another installation's environments on the same host are not this one's business.
    await add(n.container('ok'), wharfLabels(n.env('ok'), { service: 'web' }));
    const ok = await engine.listContainersByEnvironment([n.env('ok')]);
    expect(ok.get(n.env('ok'))?.map((c) => c.name)).toEqual([n.container('ok')]);
  });
});
