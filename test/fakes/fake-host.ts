import type { EdgeSettings } from '../../src/core/edge/render-edge-project.js';
import type { DeployDeps } from '../../src/deploy/deps.js';
import { FakeClock } from './fake-clock.js';
import { fakeComposeRuntime } from './fake-compose-runtime.js';
import { fakeContainerEngine } from './fake-container-engine.js';
import { FakeDockerHost } from './fake-docker-host.js';
import { fakeEdgeProxy, type FakeEdge } from './fake-edge-proxy.js';
import { FakeGitRemote } from './fake-git-source.js';
import { fakeHealthProbe, requestThroughEdge, type EdgeAnswer } from './fake-health-probe.js';
import { memoryBackups } from './memory-backups.js';
import { memoryCertificates } from './memory-certificates.js';
import { memoryScheduledJobs } from './memory-scheduled-jobs.js';
import { memoryDeployLog } from './memory-deploy-log.js';
import { memoryHistory } from './memory-history.js';
import { memoryLock } from './memory-lock.js';
import { memoryStateFiles, type MemoryStateFiles } from './memory-state-files.js';

/** Production image names in manifests, and the test images standing in for them. */
export const fakeImageOverrides: Readonly<Record<string, string>> = {
  'ghcr.io/jupiter/web:1.8.0': 'wharf-test/app:1',
  'ghcr.io/jupiter/web:1.9.0': 'wharf-test/app:2',
  'ghcr.io/jupiter/api:2.3.1': 'wharf-test/app:1',
  'ghcr.io/jupiter/api:2.4.0': 'wharf-test/app:2',
  'postgres:16': 'wharf-test/postgres:1',
  'edoburu/pgbouncer:v1.23.1-p2': 'wharf-test/postgres:1',
  'rabbitmq:3.13-management': 'wharf-test/rabbitmq:1',
};

export const fakeEdgeSettings: EdgeSettings = {
  project: 'wharf-fake-edge',
  image: 'wharf-test/nginx:1',
  bind: '127.0.0.1',
  httpPort: 8080,
  httpsPort: 8443,
  previewPort: 8081,
};

/** One wharf host made of fakes: Docker, Compose, the edge, git, the stores and the clock. */
export interface FakeHost {
  readonly deps: DeployDeps;
  readonly docker: FakeDockerHost;
  readonly edge: FakeEdge;
  readonly remote: FakeGitRemote;
  readonly clock: FakeClock;
  readonly state: MemoryStateFiles;
  readonly lock: ReturnType<typeof memoryLock>;
  /** GET on the edge's public listener, as a user's browser would. */
  get(host: string, path: string): EdgeAnswer;
}

export function fakeHost(options: { readonly installation?: string } = {}): FakeHost {
  const installationId = options.installation ?? 'fake-installation';
  const clock = new FakeClock();
  const state = memoryStateFiles();
  const docker = new FakeDockerHost({ now: clock.now, readFile: state.readFile });
  const compose = fakeComposeRuntime(docker);
  const engine = fakeContainerEngine(docker, { installation: installationId });
  const edge = fakeEdgeProxy(docker, { settings: fakeEdgeSettings, installation: installationId });
  const remote = new FakeGitRemote();
  const lock = memoryLock();
  const deps: DeployDeps = {
    git: remote.source(),
    engine,
    compose,
    edge,
    probe: fakeHealthProbe(docker, edge),
    state,
    history: memoryHistory(),
    lock,
    deployLog: memoryDeployLog(),
    scheduledJobs: memoryScheduledJobs(),
    certificates: memoryCertificates(clock.now),
    backups: memoryBackups(clock.now),
    renewBeforeMs: 30 * 24 * 3600 * 1000,
    node: 'local',
    now: clock.now,
    sleep: clock.sleep,
    edgeSettings: fakeEdgeSettings,
    installationId,
    imageOverrides: fakeImageOverrides,
  };
  return {
    deps,
    docker,
    edge,
    remote,
    clock,
    state,
    lock,
    get: (host, path) =>
      requestThroughEdge(docker, edge, 'live', host, path) ?? {
        status: 0,
        body: 'connection refused',
      },
  };
}
