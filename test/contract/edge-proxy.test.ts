import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/adapters/compose-runtime.js';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { httpProbe } from '../../src/adapters/http-probe.js';
import { dockerApi, type DockerApi } from '../../src/adapters/docker-api.js';
import { nginxEdge } from '../../src/adapters/nginx-edge.js';
import type { EdgeSettings } from '../../src/core/edge/render-edge-project.js';
import type { Maintenance } from '../../src/core/edge/render-maintenance.js';
import { previewHost } from '../../src/core/edge/render-site.js';
import { EdgeConfigError, WharfError } from '../../src/core/errors.js';
import { composeFileText } from '../../src/core/render/compose-file-text.js';
import { siteText } from '../../src/core/edge/site-text.js';
import type { ComposeRuntime } from '../../src/ports/compose-runtime.js';
import type { ContainerEngine } from '../../src/ports/container-engine.js';
import type { EdgeProxy } from '../../src/ports/edge-proxy.js';
import type { HealthProbe } from '../../src/ports/health-probe.js';
import { fakeComposeRuntime } from '../fakes/fake-compose-runtime.js';
import { fakeContainerEngine } from '../fakes/fake-container-engine.js';
import { FakeDockerHost } from '../fakes/fake-docker-host.js';
import { fakeEdgeProxy } from '../fakes/fake-edge-proxy.js';
import { fakeHealthProbe } from '../fakes/fake-health-probe.js';
import {
  freePort,
  removeEdge,
  removeEnvironment,
  testInstallationPrefix,
} from '../helpers/docker-cli.js';

/** The edge, the probe through it, and Compose and the engine of the same host for an app. */
interface EdgePorts {
  readonly edge: EdgeProxy;
  readonly probe: HealthProbe;
  readonly compose: ComposeRuntime;
  readonly engine: ContainerEngine;
  readonly close: () => Promise<void>;
}

const installation = `${testInstallationPrefix}edge-contract-${randomUUID().slice(0, 6)}`;

async function settings(): Promise<EdgeSettings> {
  return {
    project: `${installation}-edge`,
    image: 'wharf-test/nginx:1',
    bind: '127.0.0.1',
    httpPort: await freePort(),
    httpsPort: await freePort(),
    previewPort: await freePort(),
  };
}

async function real(): Promise<EdgePorts> {
  const edgeSettings = await settings();
  const stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-edge-contract-'));
  const compose = composeRuntime({ timeoutSeconds: 60 });
  const engine = dockerEngine({ installation });
  return {
    edge: nginxEdge({ stateDir, settings: edgeSettings, installation, compose, engine }),
    probe: httpProbe(edgeSettings),
    compose,
    engine,
    async close() {
      await removeEdge(edgeSettings.project);
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

async function fake(): Promise<EdgePorts> {
  const host = new FakeDockerHost();
  const edge = fakeEdgeProxy(host, { settings: await settings(), installation });
  return {
    edge,
    probe: fakeHealthProbe(host, edge),
    compose: fakeComposeRuntime(host),
    engine: fakeContainerEngine(host, { installation }),
    close: () => Promise.resolve(),
  };
}

const env = `ec${randomUUID().slice(0, 6)}`;
const hostName = `${env}.test`;
const network = `wharf-${env}`;
const route = {
  path: '/',
  service: 'web',
  upstreams: [`wharf-${env}-blue-web-blue-1:8080`],
  stripPrefix: false,
  probePath: '/healthz',
};
/** Live traffic and the preview listener to blue's `web`, as a blue-green deploy writes it. */
const site = siteText({
  environment: env,
  hosts: [hostName],
  infraRoutes: [],
  live: 'blue',
  colours: { blue: [route] },
});

/** Starts the test app as blue's `web` on the environment's network. */
async function startApp(ports: EdgePorts): Promise<void> {
  const directory = await mkdtemp(path.join(tmpdir(), 'wharf-edge-app-'));
  await writeFile(
    path.join(directory, 'compose.yaml'),
    composeFileText({
      name: `wharf-${env}-blue`,
      services: {
        'web-blue': {
          image: 'wharf-test/app:1',
          environment: { APP_BODY: 'through the edge' },
          networks: { env: {} },
          labels: { 'wharf.managed': 'true', 'wharf.environment': env },
        },
      },
      networks: { env: { name: network, external: true } },
    }),
  );
  await ports.engine.ensureNetwork(network, {});
  await ports.compose.up({ environment: env, project: `wharf-${env}-blue`, directory }, [], {
    waitSeconds: 30,
  });
}

const implementations: [string, () => Promise<EdgePorts>][] = [
  ['fake edge on a fake Docker host', fake],
  ['Nginx in Docker, probed over HTTP', real],
];

describe.each(implementations)(
  'EdgeProxy and HealthProbe contract: %s',
  { timeout: 60_000 },
  (_name, make) => {
    let ports: EdgePorts;
    beforeAll(async () => {
      ports = await make();
      expect(await ports.edge.ensureRunning()).toBe(true);
    }, 120_000);
    afterAll(async () => {
      await ports.close();
      await removeEnvironment(env).catch(() => undefined);
    }, 60_000);

    it('starts the edge once: a running edge is left as it is', async () => {
      expect(await ports.edge.ensureRunning()).toBe(false);
    });

    it('answers 404 for a host no site names', async () => {
      expect(await ports.edge.currentSite(env)).toBeNull();
      expect(await ports.probe.probe('live', hostName, '/', 3000)).toEqual({
        ok: false,
        detail: 'HTTP 404',
      });
    });

    it('refuses to reach a network that does not exist', async () => {
      const error = await ports.edge.attach(`${network}-missing`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WharfError);
      expect((error as WharfError).code).toBe('network-missing');
    });

    it('serves a site at once; a route whose container does not run answers 503', async () => {
      await ports.engine.ensureNetwork(network, {});
      expect(await ports.edge.attach(network)).toBe(true);
      expect(await ports.edge.attach(network)).toBe(false);
      await ports.edge.applySite(env, site);
      expect(await ports.edge.currentSite(env)).toBe(site);
      expect(await ports.probe.probe('live', hostName, '/', 3000)).toEqual({
        ok: false,
        detail: 'HTTP 503',
      });
    });

    it('passes requests to the running app, on the live and the preview listener', async () => {
      await startApp(ports);
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual({
        ok: true,
        status: 200,
      });
      expect(await ports.probe.probe('preview', previewHost(env, 'blue'), '/', 3000)).toEqual({
        ok: true,
        status: 200,
      });
      // The preview listener answers for the preview host only.
      expect(await ports.probe.probe('preview', hostName, '/', 3000)).toEqual({
        ok: false,
        detail: 'HTTP 404',
      });
      expect(await ports.probe.probe('live', hostName, '/nothing-here', 3000)).toEqual({
        ok: false,
        detail: 'HTTP 404',
      });
    });

    it('answers live traffic with the maintenance page while it is up, through any site written meanwhile; previews answer as before', async () => {
      const maintenance: Maintenance = {
        by: 'operator',
        since: '2026-01-01T00:00:00.000Z',
        retryAfterSeconds: 90,
        source: { kind: 'default' },
        message: 'back soon',
        page: '<p>back soon</p>\n',
      };
      expect(await ports.edge.currentMaintenance(env)).toBeNull();
      await ports.edge.applyMaintenance(env, maintenance);
      expect(await ports.edge.currentMaintenance(env)).toEqual(maintenance);
      const down = { ok: false, detail: 'HTTP 503' };
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual(down);
      expect(await ports.probe.probe('preview', previewHost(env, 'blue'), '/', 3000)).toEqual({
        ok: true,
        status: 200,
      });
      // A deploy, a rollback or a repair writes the site again: the page stays up.
      await ports.edge.applySite(
        env,
        site.replace('# Rendered by wharf', '# Rendered again by wharf'),
      );
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual(down);
      await ports.edge.applyMaintenance(env, null);
      expect(await ports.edge.currentMaintenance(env)).toBeNull();
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual({
        ok: true,
        status: 200,
      });
      await ports.edge.applySite(env, site);
    });

    it('keeps the live site and goes on serving when a new one fails nginx -t', async () => {
      const error = await ports.edge
        .applySite(env, 'server {\n    listen 80;\n')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EdgeConfigError);
      expect((error as Error).message).toMatch(/nginx -t/);
      expect(await ports.edge.currentSite(env)).toBe(site);
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual({
        ok: true,
        status: 200,
      });
    });

    it('checks a site ahead without changing anything; one that fails names nginx -t', async () => {
      const error = await ports.edge
        .testSite(env, 'server {\n    listen 80;\n')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EdgeConfigError);
      expect((error as Error).message).toMatch(/nginx -t/);
      await ports.edge.testSite(env, `${site}# checked ahead\n`);
      expect(await ports.edge.currentSite(env)).toBe(site);
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual({
        ok: true,
        status: 200,
      });
    });

    it('sets an HTTPS snippet only when it passes nginx -t, and removes it', async () => {
      expect(await ports.edge.currentTls(env)).toBeNull();
      const snippet = 'add_header X-Wharf-Test "1" always;\n';
      await ports.edge.applyTls(env, snippet);
      expect(await ports.edge.currentTls(env)).toBe(snippet);
      const error = await ports.edge
        .applyTls(env, 'add_header X-Broken {\n')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EdgeConfigError);
      expect(await ports.edge.currentTls(env)).toBe(snippet);
      await ports.edge.applyTls(env, null);
      expect(await ports.edge.currentTls(env)).toBeNull();
    });

    it('refuses a site under an older fencing token, also once the site was removed', async () => {
      await ports.edge.applySite(env, site, 7);
      expect(await ports.edge.currentSite(env)).toBe(site);
      expect(await ports.edge.fence(env)).toBe(7);
      await expect(ports.edge.applySite(env, site, 6)).rejects.toMatchObject({
        code: 'stale-fence',
      });
      await ports.edge.removeSite(env, 8);
      expect(await ports.edge.currentSite(env)).toBeNull();
      // A holder that lost its lock before the removal cannot write the site back.
      await expect(ports.edge.applySite(env, site, 7)).rejects.toMatchObject({
        code: 'stale-fence',
      });
      expect(await ports.edge.currentSite(env)).toBeNull();
      expect(await ports.edge.fence(env)).toBe(8);
      await ports.edge.applySite(env, site, 9);
      expect(await ports.edge.currentSite(env)).toBe(site);
    });

    it('stops serving a removed site', async () => {
      await ports.edge.removeSite(env);
      expect(await ports.edge.currentSite(env)).toBeNull();
      expect(await ports.probe.probe('live', hostName, '/healthz', 3000)).toEqual({
        ok: false,
        detail: 'HTTP 404',
      });
    });
  },
);

// The real edge only: what a check ahead saves, and that any change in between voids it.
describe('Nginx edge: a site checked ahead', { timeout: 60_000 }, () => {
  const api = dockerApi();
  let checks = 0;
  // Counts the `nginx -t` runs the edge asks of Docker.
  const counting: DockerApi = {
    ...api,
    run: (container, command, timeoutMs) => {
      if (command[0] === 'nginx' && command.includes('-t')) checks++;
      return api.run(container, command, timeoutMs);
    },
  };
  let edge: EdgeProxy;
  let project = '';
  let stateDir = '';
  const [a, b] = [`${env}a`, `${env}b`];
  const siteOf = (name: string): string =>
    siteText({
      environment: name,
      hosts: [`${name}.test`],
      infraRoutes: [],
      live: 'blue',
      colours: { blue: [{ ...route, upstreams: [`wharf-${name}-blue-web-blue-1:8080`] }] },
    });
  // Valid alone, and valid in any site but one that declares the same group.
  const group = `upstream wharf_checked_ahead_${env} {\n    server 127.0.0.1:9;\n}\n`;

  beforeAll(async () => {
    const edgeSettings = await settings();
    project = edgeSettings.project;
    stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-edge-ahead-'));
    const compose = composeRuntime({ timeoutSeconds: 60 });
    const engine = dockerEngine({ installation });
    edge = nginxEdge({
      stateDir,
      settings: edgeSettings,
      installation,
      compose,
      engine,
      api: counting,
    });
    await edge.ensureRunning();
  }, 120_000);
  afterAll(async () => {
    await removeEdge(project);
    await rm(stateDir, { recursive: true, force: true });
  }, 60_000);

  it('is not checked again when the same site is written and nothing changed meanwhile', async () => {
    checks = 0;
    await edge.testSite(a, siteOf(a), 3);
    await edge.applySite(a, siteOf(a), 3);
    expect(checks).toBe(1);
    expect(await edge.currentSite(a)).toBe(siteOf(a));
    // Another site, or the same under another token, is checked as ever.
    await edge.testSite(a, siteOf(a), 3);
    await edge.applySite(a, siteOf(a), 4);
    expect(checks).toBe(3);
  });

  it('stays checked across a write of its own environment’s other site (gate, then cutover)', async () => {
    checks = 0;
    const [gate, cutover] = [`${siteOf(a)}# gate\n`, `${siteOf(a)}# cutover\n`];
    await edge.testSite(a, gate, 5);
    await edge.testSite(a, cutover, 5);
    await edge.applySite(a, gate, 5);
    await edge.applySite(a, cutover, 5);
    expect(checks).toBe(2);
    expect(await edge.currentSite(a)).toBe(cutover);
  });

  it('is checked again when another environment changed the edge meanwhile', async () => {
    await edge.applySite(a, siteOf(a));
    await edge.testSite(a, `${siteOf(a)}${group}`);
    // Valid with a's live site; together with the site a checked ahead, a duplicate group.
    await edge.applySite(b, group);
    const error = await edge.applySite(a, `${siteOf(a)}${group}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EdgeConfigError);
    expect((error as Error).message).toMatch(/nginx -t[\s\S]*duplicate upstream/);
    expect(await edge.currentSite(a)).toBe(siteOf(a));
    await edge.removeSite(b);
    await edge.removeSite(a);
  });
});
