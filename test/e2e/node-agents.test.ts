// Two hosts: this machine's Docker Engine (node `local`, where `wharf serve` runs) and a second
// engine in a network namespace of its own (node `edge-2`), whose agent runs inside that
// namespace and reaches Redis and the git server over the link, as a second server would.
// Each environment's containers appear only on its node's engine, through a push; with the
// agent of edge-2 stopped, its deploy waits and says so, and runs when the agent is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { startDockerNode, type DockerNode } from '../helpers/docker-node.js';
import { getWithHost } from '../helpers/get-with-host.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { dedent } from '../helpers/manifest-text.js';
import { OwnRedis } from '../helpers/own-redis.js';
import { runCli } from '../helpers/run-cli.js';
import { runWharf } from '../helpers/wharf-cli.js';

const local = 'e2e-node-local';
const remote = 'e2e-node-remote';
const remoteNode = 'edge-2';

function manifest(name: string, host: string, body: string, node?: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${name}
    topology: minimal
    host: ${host}
    ${node ? `node: ${node}` : '# on the default node'}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${body}" } }
  `);
}

const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${local}: { manifest: local.yaml, branch: main }
    ${remote}: { manifest: remote.yaml, branch: main }
`);

let node: DockerNode;
let redis: OwnRedis;
let gitops: GitOpsHost;
let remoteConfig: string;
let agent: ChildProcess | null = null;
let agentLog = '';

/** `wharf agent --node edge-2`, inside the second host's namespace, on its engine. */
async function startRemoteAgent(): Promise<void> {
  agentLog = '';
  const argv = node.inside([
    'node',
    path.resolve('bin/wharf.js'),
    'agent',
    '--node',
    remoteNode,
    '--config',
    remoteConfig,
  ]);
  const child = spawn(argv[0] ?? '', argv.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCKER_HOST: node.dockerHost, WHARF_LOG_LEVEL: 'info' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (agentLog += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (agentLog += chunk.toString()));
  agent = child;
  await waitFor(
    'the agent of edge-2 to take jobs',
    () => Promise.resolve(agentLog),
    (log) => log.includes('deploy workers started'),
    60_000,
  );
}

async function stopRemoteAgent(): Promise<void> {
  const child = agent;
  if (!child || child.exitCode !== null) return;
  agent = null;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** GET through the edge of the second host, at its link address. */
const remoteGet = (host: string) =>
  getWithHost(node.nodeAddress, gitops.host.edgePort, host, '/').catch(() => ({
    status: 0,
    body: '',
  }));

const localGet = (host: string) =>
  gitops.host.get(host, '/').catch(() => ({ status: 0, body: '' }));

/** Names of an environment's containers on one engine. */
async function containersOf(env: string, engine: 'local' | 'remote'): Promise<string[]> {
  const args = ['ps', '-a', '--filter', `label=wharf.environment=${env}`, '--format', '{{.Names}}'];
  const out = engine === 'local' ? await docker(args) : await node.docker(args);
  return out.split('\n').filter(Boolean).sort();
}

async function push(message: string, files: Record<string, string>): Promise<string> {
  const sha = await gitops.clone.commit(message, files);
  await gitops.clone.git('push', '-q', 'origin', 'main');
  return sha;
}

beforeAll(async () => {
  node = await startDockerNode({ name: 'wharf-n2', subnet: 42, hostname: 'wharf-edge-2' });
  await node.loadImages(['wharf-test/nginx:1', 'wharf-test/app:1']);
  await clearRemoteEngine();
  redis = await OwnRedis.start({ bind: [node.hostAddress] });
  gitops = await startGitOpsHost({
    environments: [local, remote],
    files: {
      'wharf.yaml': wharfYaml,
      'local.yaml': manifest(local, 'local.nodes.test', 'local v1'),
      'remote.yaml': manifest(remote, 'remote.nodes.test', 'remote v1', remoteNode),
    },
    gitListen: [node.hostAddress],
    config: {
      redis: { url: redis.url, prefix: `wharf-nodes-${randomUUID().slice(0, 6)}` },
      queue: { concurrency: 2, resyncInterval: '1h' },
    },
  });
  // The second host's configuration: the same installation and Redis, over the link; its own
  // state directory and edge, on its own address.
  type Section = Record<string, unknown>;
  const config = parse(await readFile(gitops.host.configFile, 'utf8')) as Record<string, Section>;
  const repository = config['repository'] ?? {};
  config['stateDir'] = path.join(gitops.host.root, 'state-edge-2') as unknown as Section;
  config['redis'] = { ...config['redis'], url: `redis://${node.hostAddress}:${redis.port}` };
  config['repository'] = {
    ...repository,
    url: String(repository['url']).replace('127.0.0.1', node.hostAddress),
  };
  config['edge'] = { ...config['edge'], bind: node.nodeAddress };
  delete config['server'];
  remoteConfig = path.join(gitops.host.root, 'config-edge-2.yaml');
  await writeFile(remoteConfig, stringify(config));
  await startRemoteAgent();
}, 180_000);

/** What an earlier run left on the second engine (its data root is kept for the images). */
async function clearRemoteEngine(): Promise<void> {
  const ids = (await node.docker(['ps', '-aq'])).split('\n').filter(Boolean);
  if (ids.length > 0) await node.docker(['rm', '-f', ...ids]);
  await node.docker(['network', 'prune', '-f']);
  await node.docker(['volume', 'prune', '-f']);
}

afterAll(async () => {
  await stopRemoteAgent();
  await gitops?.close();
  if (node) {
    await clearRemoteEngine().catch(() => undefined);
    await node.stop();
  }
  await redis?.down();
}, 120_000);

describe('environments on two nodes, each with its own agent', { timeout: 240_000 }, () => {
  it('a push deploys each environment on its own node’s engine, and nowhere else', async () => {
    await push('two environments, two nodes', {});
    await waitFor(
      `${local} live on this host`,
      () => localGet('local.nodes.test'),
      (r) => r.body === 'local v1\n',
      120_000,
    );
    await waitFor(
      `${remote} live on edge-2`,
      () => remoteGet('remote.nodes.test'),
      (r) => r.body === 'remote v1\n',
      120_000,
    );
    expect(await containersOf(local, 'local')).not.toEqual([]);
    expect(await containersOf(local, 'remote')).toEqual([]);
    expect(await containersOf(remote, 'remote')).not.toEqual([]);
    expect(await containersOf(remote, 'local')).toEqual([]);
    // Each edge serves its own node's environments only.
    expect((await localGet('remote.nodes.test')).body).not.toBe('remote v1\n');
    expect((await remoteGet('local.nodes.test')).body).not.toBe('local v1\n');

    const status = await runWharf(gitops.host.configFile, 'status');
    expect(status).toMatch(/node local \(default\): 1 live agent/);
    expect(status).toMatch(/node edge-2: 1 live agent/);
  });

  it('with the agent of edge-2 stopped, its deploy waits and says so, and runs when the agent is back', async () => {
    await stopRemoteAgent();
    await push('remote v2, local v2', {
      'local.yaml': manifest(local, 'local.nodes.test', 'local v2'),
      'remote.yaml': manifest(remote, 'remote.nodes.test', 'remote v2', remoteNode),
    });
    // The other node goes on deploying.
    await waitFor(
      `${local} v2 live`,
      () => localGet('local.nodes.test'),
      (r) => r.body === 'local v2\n',
      120_000,
    );
    const status = await waitFor(
      'wharf status to say the deploy waits for an agent of edge-2',
      () => runWharf(gitops.host.configFile, 'status'),
      (out) =>
        out.includes(remote) &&
        /waiting for an agent on node edge-2 \(its agent stopped \d+ s ago\)/.test(out),
      60_000,
    );
    expect(status).toMatch(/node edge-2: no live agent/);
    // Nothing ran it elsewhere: the old version still answers on edge-2, nothing on this host.
    expect((await remoteGet('remote.nodes.test')).body).toBe('remote v1\n');
    expect(await containersOf(remote, 'local')).toEqual([]);

    await startRemoteAgent();
    await waitFor(
      `${remote} v2 live on edge-2 once its agent is back`,
      () => remoteGet('remote.nodes.test'),
      (r) => r.body === 'remote v2\n',
      120_000,
    );
    expect(await containersOf(remote, 'local')).toEqual([]);
    const after = await runWharf(gitops.host.configFile, 'status');
    expect(after).not.toMatch(/waiting for an agent on node edge-2/);
  });

  it('refuses `wharf deploy` and `wharf rollback` of an environment of another node, touching nothing', async () => {
    for (const command of ['deploy', 'rollback']) {
      const refused = await runCli([command, remote, '--config', gitops.host.configFile]);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(
        `${remote} belongs to node edge-2, and this host is node local (\`node\` in its configuration): run the command on that node's host`,
      );
    }
    expect(await containersOf(remote, 'local')).toEqual([]);
    expect((await remoteGet('remote.nodes.test')).body).toBe('remote v2\n');
  });
});
