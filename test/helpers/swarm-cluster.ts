import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { docker, waitFor } from './docker-cli.js';
import { startDockerNode, type DockerNode } from './docker-node.js';
import { startRegistry, type TestRegistry } from './registry.js';

/**
 * A two-node Swarm on this machine: this host's engine as the manager, a second engine in a
 * network namespace as the worker, and Debian's docker-registry that both pull from. The
 * registry is `127.0.0.1:PORT` on each node (loopback registries need no TLS): on the worker a
 * forwarder in its namespace carries that port over the link to the host.
 */
export interface SwarmCluster {
  readonly worker: DockerNode;
  readonly registry: TestRegistry;
  /** Hostnames Swarm reports for the two nodes. */
  readonly managerName: string;
  readonly workerName: string;
  /** Removes the stacks, the swarm on both engines, the forwarders, the registry, the node. */
  close(stacks: readonly string[]): Promise<void>;
}

function forwarder(argv: readonly string[]): Promise<ChildProcess> {
  const child = spawn(argv[0] ?? '', argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`forwarder exited with ${String(code)}`)));
  });
}

async function leave(run: (args: readonly string[]) => Promise<string>): Promise<void> {
  await run(['swarm', 'leave', '--force']).catch(() => undefined);
}

export async function startSwarmCluster(options: {
  readonly name: string;
  readonly subnet: number;
  /** Local images pushed into the registry, each as `name:tag` under it. */
  readonly images: Readonly<Record<string, string>>;
  /** The registry wants this login (htpasswd) to push or pull. */
  readonly login?: { readonly user: string; readonly password: string };
}): Promise<SwarmCluster & { readonly pushed: Readonly<Record<string, string>> }> {
  const worker = await startDockerNode({
    name: options.name,
    subnet: options.subnet,
    hostname: `${options.name}-worker`,
  });
  const registry = await startRegistry(options.login);
  const port = registry.server.split(':')[1] ?? '';
  const script = path.resolve('test/helpers/forward-tcp.mjs');
  const forwarders = [
    await forwarder(['node', script, worker.hostAddress, port, '127.0.0.1', port]),
    await forwarder(worker.inside(['node', script, '127.0.0.1', port, worker.hostAddress, port])),
  ];
  const pushed: Record<string, string> = {};
  for (const [local, name] of Object.entries(options.images))
    pushed[local] = await registry.push(local, name);

  // A swarm an earlier run left (or another engine's) is left first: this one is the test's.
  await leave((args) => docker(args));
  await leave((args) => worker.docker(args));
  await docker([
    'swarm',
    'init',
    '--advertise-addr',
    worker.hostAddress,
    '--listen-addr',
    `${worker.hostAddress}:2377`,
  ]);
  const token = await docker(['swarm', 'join-token', '-q', 'worker']);
  await worker.docker(
    [
      'swarm',
      'join',
      '--advertise-addr',
      worker.nodeAddress,
      '--token',
      token,
      `${worker.hostAddress}:2377`,
    ],
    120_000,
  );
  const managerName = await docker(['info', '--format', '{{.Name}}']);
  await waitFor(
    'both swarm nodes ready',
    () => docker(['node', 'ls', '--format', '{{.Hostname}} {{.Status}}']),
    (out) => out.split('\n').filter((l) => l.endsWith(' Ready')).length === 2,
    60_000,
  );
  return {
    worker,
    registry,
    pushed,
    managerName,
    workerName: worker.hostname,
    async close(stacks) {
      for (const stack of stacks) await docker(['stack', 'rm', stack]).catch(() => undefined);
      await leave((args) => worker.docker(args));
      await leave((args) => docker(args));
      for (const child of forwarders) child.kill('SIGTERM');
      await registry.close();
      await worker.stop();
    },
  };
}
