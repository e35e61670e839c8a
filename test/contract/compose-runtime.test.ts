import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/adapters/compose-runtime.js';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { ComposeError, ForeignInstallationError } from '../../src/core/errors.js';
import { composeFileText } from '../../src/core/render/compose-file-text.js';
import type { ComposeRuntime, ComposeTarget } from '../../src/ports/compose-runtime.js';
import type { ContainerEngine } from '../../src/ports/container-engine.js';
import { fakeComposeRuntime } from '../fakes/fake-compose-runtime.js';
import { fakeContainerEngine } from '../fakes/fake-container-engine.js';
import { FakeDockerHost } from '../fakes/fake-docker-host.js';
import { removeEnvironment, testInstallationPrefix } from '../helpers/docker-cli.js';

const installation = `${testInstallationPrefix}contract`;

/** Compose and the engine of one Docker host, real or fake. */
interface DockerPorts {
  readonly compose: ComposeRuntime;
  /** The engine as this installation sees it, and as another one on the same host does. */
  readonly engine: ContainerEngine;
  readonly stranger: ContainerEngine;
}

const temps: string[] = [];
const environments: string[] = [];
afterAll(async () => {
  for (const env of environments) await removeEnvironment(env).catch(() => undefined);
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
}, 60_000);

function real(): DockerPorts {
  return {
    compose: composeRuntime({ timeoutSeconds: 60 }),
    engine: dockerEngine({ installation }),
    stranger: dockerEngine({ installation: `${testInstallationPrefix}stranger` }),
  };
}

function fake(): DockerPorts {
  const host = new FakeDockerHost();
  return {
    compose: fakeComposeRuntime(host),
    engine: fakeContainerEngine(host, { installation }),
    stranger: fakeContainerEngine(host, { installation: `${testInstallationPrefix}stranger` }),
  };
}

interface WebOptions {
  readonly body?: string;
  readonly health?: 'healthy' | 'unhealthy';
  readonly replicas?: number;
  readonly worker?: boolean;
}

/** A project like the ones wharf renders: the test app as `web` (and a worker), on the environment's network. */
async function project(options: WebOptions = {}) {
  const env = `ct${randomUUID().slice(0, 6)}`;
  environments.push(env);
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-compose-contract-'));
  temps.push(dir);
  const target: ComposeTarget = { environment: env, project: `wharf-${env}-blue`, directory: dir };
  const write = async (next: WebOptions = options): Promise<void> => {
    const service = (name: string, extra: Record<string, unknown>) => ({
      image: 'wharf-test/app:1',
      environment: { APP_BODY: next.body ?? 'one', APP_HEALTH: next.health ?? 'healthy', ...extra },
      networks: { default: { aliases: [name] }, env: {} },
      labels: {
        'wharf.managed': 'true',
        'wharf.environment': env,
        'wharf.service': name,
        'wharf.role': 'stateless',
        'wharf.colour': 'blue',
        'wharf.revision': 'rev1',
        'wharf.config-hash': `hash-${next.body ?? 'one'}`,
        'wharf.installation': installation,
      },
      deploy: { replicas: name === 'web' ? (next.replicas ?? 1) : 1 },
      volumes: ['data:/data'],
    });
    const compose = {
      name: target.project,
      services: {
        [`web-blue`]: service('web', { PRICE: '$$5' }),
        ...(next.worker ? { 'worker-blue': service('worker', {}) } : {}),
      },
      networks: {
        default: { name: `wharf-${env}-blue` },
        env: { name: `wharf-${env}`, external: true },
      },
      volumes: {
        data: {
          name: `wharf-${env}-data`,
          labels: { 'wharf.managed': 'true', 'wharf.environment': env },
        },
      },
    };
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'compose.yaml'), composeFileText(compose));
  };
  await write();
  return { env, target, write, network: `wharf-${env}` };
}

const implementations: [string, () => DockerPorts][] = [
  ['fake Docker host', fake],
  ['docker compose and the Docker CLI', real],
];

describe.each(implementations)(
  'ComposeRuntime and ContainerEngine contract: %s',
  { timeout: 60_000 },
  (_name, make) => {
    it('refuses to start a project whose environment network does not exist yet', async () => {
      const { compose, engine } = make();
      const p = await project();
      const error = await compose.up(p.target, [], { waitSeconds: 30 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ComposeError);
      expect((error as Error).message).toMatch(new RegExp(`network ${p.network}`));
      expect(await engine.ensureNetwork(p.network, {})).toBe(true);
      expect(await engine.ensureNetwork(p.network, {})).toBe(false);
    });

    it('starts the services with up, and lists them with their labels, running and healthy', async () => {
      const { compose, engine, stranger } = make();
      const p = await project({ replicas: 2 });
      await engine.ensureNetwork(p.network, {});
      await compose.up(p.target, [], { waitSeconds: 30 });
      const live = await engine.listContainers(p.env);
      expect(live.map((c) => [c.name, c.service, c.colour, c.role, c.state, c.health])).toEqual([
        [`${p.target.project}-web-blue-1`, 'web', 'blue', 'stateless', 'running', 'healthy'],
        [`${p.target.project}-web-blue-2`, 'web', 'blue', 'stateless', 'running', 'healthy'],
      ]);
      expect(live[0]).toMatchObject({
        project: p.target.project,
        composeService: 'web-blue',
        revision: 'rev1',
        configHash: 'hash-one',
        image: 'wharf-test/app:1',
      });
      expect(await engine.containerState(`${p.target.project}-web-blue-1`)).toBe('running');
      expect(await engine.containerState(`${p.target.project}-web-blue-9`)).toBeNull();
      expect(await engine.logTail(`${p.target.project}-web-blue-1`, 5)).toMatch(
        /listening on :8080/,
      );
      expect(await compose.exec(p.target, 'web-blue', ['echo', 'hello'])).toBe('hello\n');
      // The container sees the value the file escapes: `$$5` is `$5`.
      expect(await compose.exec(p.target, 'web-blue', ['env'])).toContain('PRICE=$5\n');
      expect(await engine.containerLabels(`${p.target.project}-web-blue-1`)).toMatchObject({
        'wharf.installation': installation,
      });
      const foreign = await stranger.listContainers(p.env).catch((e: unknown) => e);
      expect(foreign).toBeInstanceOf(ForeignInstallationError);
      await engine.removeContainers([live[0]?.id ?? '']);
      expect((await engine.listContainers(p.env)).map((c) => c.id)).toEqual([live[1]?.id]);
    });

    it('leaves an unchanged service alone on the next up, and recreates a changed one', async () => {
      const { compose, engine } = make();
      const p = await project();
      await engine.ensureNetwork(p.network, {});
      await compose.up(p.target, [], { waitSeconds: 30 });
      const [first] = await engine.listContainers(p.env);
      await compose.up(p.target, [], { waitSeconds: 30 });
      const [again] = await engine.listContainers(p.env);
      expect([again?.id, again?.startedAt]).toEqual([first?.id, first?.startedAt]);
      await p.write({ body: 'two' });
      await compose.up(p.target, [], { waitSeconds: 30 });
      const [changed] = await engine.listContainers(p.env);
      expect(changed?.id).not.toBe(first?.id);
      expect(changed?.configHash).toBe('hash-two');
    });

    it('fails up --wait when a container turns unhealthy, and leaves it to be seen', async () => {
      const { compose, engine } = make();
      const p = await project({ health: 'unhealthy' });
      await engine.ensureNetwork(p.network, {});
      const error = await compose.up(p.target, [], { waitSeconds: 30 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ComposeError);
      expect((error as Error).message).toMatch(/unhealthy/);
      const [web] = await engine.listContainers(p.env);
      expect(web?.health).toBe('unhealthy');
    });

    it('stops and starts named services, removes them, and takes the project down', async () => {
      const { compose, engine } = make();
      const p = await project({ worker: true });
      await engine.ensureNetwork(p.network, {});
      await compose.up(p.target, [], { waitSeconds: 30 });
      const worker = `${p.target.project}-worker-blue-1`;
      await compose.stop(p.target, ['worker-blue']);
      expect(await engine.containerState(worker)).toBe('exited');
      expect(await engine.containerState(`${p.target.project}-web-blue-1`)).toBe('running');
      await compose.start(p.target, ['worker-blue']);
      expect(await engine.containerState(worker)).toBe('running');
      await compose.remove(p.target, ['worker-blue']);
      expect((await engine.listContainers(p.env)).map((c) => c.service)).toEqual(['web']);
      await compose.down(p.target);
      expect(await engine.listContainers(p.env)).toEqual([]);
    });

    it('keeps volumes through down, lists them by environment and removes them on request', async () => {
      const { compose, engine } = make();
      const p = await project();
      await engine.ensureNetwork(p.network, {});
      await compose.up(p.target, [], { waitSeconds: 30 });
      await compose.down(p.target);
      expect(await engine.listVolumes(p.env)).toEqual([`wharf-${p.env}-data`]);
      expect(await engine.volumeExists(`wharf-${p.env}-data`)).toBe(true);
      await engine.removeVolume(`wharf-${p.env}-data`);
      expect(await engine.volumeExists(`wharf-${p.env}-data`)).toBe(false);
      expect(await engine.removeNetwork(p.network)).toBe(true);
      expect(await engine.removeNetwork(p.network)).toBe(false);
    });

    it('reads the project back as Compose resolves it, its escapes kept', async () => {
      const { compose } = make();
      const p = await project();
      const model = await compose.resolve(p.target);
      const web = model.services?.['web-blue'] as Record<string, unknown>;
      expect(web['image']).toBe('wharf-test/app:1');
      expect(web['environment']).toMatchObject({ PRICE: '$$5', APP_BODY: 'one' });
      expect(web['labels']).toMatchObject({ 'wharf.service': 'web', 'wharf.environment': p.env });
    });
  },
);
