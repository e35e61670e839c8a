import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/adapters/config-file.js';
import type { ResolvedConfig } from '../../src/config/load-config.js';
import { wire, type Wired } from '../../src/main.js';
import { getWithHost } from './get-with-host.js';
import { freePort, removeEdge, removeEnvironment, testInstallationPrefix } from './docker-cli.js';

/** Production image names in test manifests, and the local test images that stand in for them. */
export const testImages: Record<string, string> = {
  'ghcr.io/jupiter/web:1.8.0': 'wharf-test/app:1',
  'ghcr.io/jupiter/web:1.9.0': 'wharf-test/app:2',
  'ghcr.io/jupiter/api:2.3.1': 'wharf-test/app:1',
  'ghcr.io/jupiter/api:2.4.0': 'wharf-test/app:2',
  'postgres:16': 'wharf-test/postgres:1',
  'edoburu/pgbouncer:v1.23.1-p2': 'wharf-test/postgres:1',
  'rabbitmq:3.13-management': 'wharf-test/rabbitmq:1',
  'rabbitmq:3-management': 'wharf-test/rabbitmq:1',
  'prom/prometheus:v2.53.2': 'wharf-test/prometheus:1',
  // jupiter's api and worker as a real app on PostgreSQL and RabbitMQ (test/images/jupiter-app).
  // The examples' ghcr.io/jupiter/api stays the busybox app above; a test that wants the real
  // one names this image in its manifest.
  'ghcr.io/jupiter/app:1.0.0': 'wharf-test/jupiter-app:1',
};

export interface TestHost {
  readonly root: string;
  readonly configFile: string;
  readonly config: ResolvedConfig;
  readonly wired: Wired;
  readonly edgePort: number;
  readonly httpsPort: number;
  /** This installation's id and its edge's Compose project (both its own, never a real wharf's). */
  readonly installationId: string;
  readonly edgeProject: string;
  /** The edge's container. */
  readonly edgeContainer: string;
  /** Puts a secret's value in the host's store. */
  secret(environment: string, name: string, value: string): Promise<void>;
  /** GET through the edge with a Host header. */
  get(host: string, urlPath: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** A wharf installation for one test file: its own state directory, Redis prefix and edge port. */
export async function createTestHost(
  repositoryDir: string,
  environments: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<TestHost> {
  const root = await mkdtemp(path.join(tmpdir(), 'wharf-host-'));
  const edgePort = await freePort();
  const httpsPort = await freePort();
  const configFile = path.join(root, 'config.yaml');
  // Its own installation and edge: a wharf serving on the same host is never touched.
  const installationId = `${testInstallationPrefix}${randomUUID().slice(0, 8)}`;
  const edgeProject = `${installationId}-edge`;
  await writeFile(
    configFile,
    stringify({
      repository: { url: repositoryDir },
      stateDir: path.join(root, 'state'),
      installationId,
      redis: {
        url: `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`,
        prefix: `wharf-test-${randomUUID().slice(0, 8)}`,
      },
      edge: {
        project: edgeProject,
        image: 'wharf-test/nginx:1',
        bind: '127.0.0.1',
        httpPort: edgePort,
        httpsPort,
        // Each test installation has its own edge, so its own preview port too.
        previewPort: await freePort(),
        ...(extra['edge'] as Record<string, unknown> | undefined),
      },
      images: testImages,
      composeTimeout: '300s',
      ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== 'edge')),
    }),
  );
  const config = await loadConfig(configFile);
  const wired = wire(config);
  for (const env of environments) await removeEnvironment(env);
  return {
    root,
    configFile,
    config,
    wired,
    edgePort,
    httpsPort,
    installationId,
    edgeProject,
    edgeContainer: `${edgeProject}-nginx-1`,
    async secret(environment, name, value) {
      const dir = path.join(config.stateDir, 'secrets', environment);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, name), `${value}\n`);
    },
    get: (host, urlPath) => getWithHost('127.0.0.1', edgePort, host, urlPath),
    async close() {
      // The edge first: a network it is still attached to cannot be removed.
      await removeEdge(edgeProject);
      for (const env of environments) await removeEnvironment(env);
      await wired.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
