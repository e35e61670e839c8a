import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig } from '../../src/adapters/config-file.js';
import { startService, type RunningService } from '../../src/main.js';
import { freePort, removeEnvironment } from './docker-cli.js';
import { TestRepo } from './git-repo.js';
import { serveBareRepo, type ServedRepo } from './git-server.js';
import { startGitHubStandin, type GitHubStandin } from './github-standin.js';
import { createTestHost, type TestHost } from './wharf-host.js';

export const repository = 'acme/environments';

async function waitForListening(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`wharf serve did not answer on port ${port} within 30 s`);
}

/**
 * wharf as a GitOps service, the way a team runs it: a served git repository whose hook
 * sends signed push webhooks, `wharf serve` (server and workers), and the GitHub stand-in.
 * `clone` is a working copy with the served repository as `origin`, its first commit made
 * from `files` but not yet pushed.
 */
export interface GitOpsHost {
  readonly secret: string;
  readonly standin: GitHubStandin;
  readonly served: ServedRepo;
  readonly clone: TestRepo;
  readonly host: TestHost;
  /** The in-process service; null when it runs as a child process (`process`). */
  readonly service: RunningService | null;
  /** What the `wharf serve` child process printed so far (JSON log lines). */
  readonly log: () => string;
  /** Port of wharf's HTTP server (webhooks). */
  readonly serverPort: number;
  close(): Promise<void>;
}

export async function startGitOpsHost(options: {
  /** Environments the test deploys; removed before and after. */
  readonly environments: readonly string[];
  readonly files: Record<string, string>;
  /** Secrets to put in the store before the service starts: environment -> name -> value. */
  readonly secrets?: Record<string, Record<string, string>>;
  readonly config?: Record<string, unknown>;
  /** Deployments' URL template; default `http://{host}`. */
  readonly environmentUrl?: string;
  /** Opens the dashboard with this token. */
  readonly adminToken?: string;
  /** Run `wharf serve` as a child process (its log is read), not in this process. */
  readonly process?: boolean;
  /** Addresses the git server also listens on (for agents on other hosts). */
  readonly gitListen?: readonly string[];
}): Promise<GitOpsHost> {
  const secret = `gitops-secret-${Math.random().toString(36).slice(2)}`;
  const secretDir = await mkdtemp(path.join(tmpdir(), 'wharf-secret-'));
  const secretFile = path.join(secretDir, 'webhook');
  await writeFile(secretFile, secret);
  const standin = await startGitHubStandin();
  const serverPort = await freePort();
  const served = await serveBareRepo({
    url: `http://127.0.0.1:${serverPort}/webhooks/github`,
    secretFile,
    repository,
    ...(options.gitListen ? { listen: options.gitListen } : {}),
  });
  const clone = await TestRepo.create();
  await clone.git('remote', 'add', 'origin', served.url);
  await clone.commit('start', options.files);
  for (const env of options.environments) await removeEnvironment(env);
  const adminTokenFile = path.join(secretDir, 'admin');
  if (options.adminToken) await writeFile(adminTokenFile, options.adminToken);
  const host = await createTestHost(served.url, options.environments, {
    server: {
      bind: '127.0.0.1',
      port: serverPort,
      ...(options.adminToken ? { adminTokenFile } : {}),
    },
    webhook: { secretFile, repositories: [repository] },
    github: {
      apiUrl: standin.url,
      repository,
      environmentUrl: options.environmentUrl ?? 'http://{host}',
    },
    queue: { concurrency: 2, resyncInterval: '1h' },
    ...options.config,
  });
  for (const [env, values] of Object.entries(options.secrets ?? {}))
    for (const [name, value] of Object.entries(values)) await host.secret(env, name, value);
  let output = '';
  let child: ChildProcess | null = null;
  let service: RunningService | null = null;
  if (options.process) {
    child = spawn('node', ['bin/wharf.js', 'serve', '--config', host.configFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WHARF_LOG_LEVEL: 'debug' },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForListening(serverPort);
  } else {
    service = await startService(await loadConfig(host.configFile), { http: true, workers: true });
  }
  const exited = child ? new Promise((resolve) => child?.on('exit', resolve)) : null;
  return {
    secret,
    standin,
    served,
    clone,
    host,
    service,
    serverPort,
    log: () => output,
    async close() {
      await service?.stop();
      if (child && exited) {
        child.kill('SIGTERM');
        await exited;
      }
      await host.close();
      await served.close();
      await clone.remove();
      await standin.close();
      await rm(secretDir, { recursive: true, force: true });
    },
  };
}
