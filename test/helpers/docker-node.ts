import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { waitFor } from './docker-cli.js';

const exec = promisify(execFile);

/**
 * A second Docker host on this machine: a Docker Engine in a network namespace of its own
 * (its own containers, images, bridges, iptables and hostname), joined to the host by a veth
 * pair. Tests use it as another server; a Swarm test can join both engines into one swarm.
 */
export interface DockerNode {
  /** The network namespace, the veth's host end, the engine's files: all named after this. */
  readonly name: string;
  /** The hostname the engine reports (`docker info` Name). */
  readonly hostname: string;
  /** The host side of the link (reachable from inside the namespace). */
  readonly hostAddress: string;
  /** The namespace's side of the link (reachable from the host). */
  readonly nodeAddress: string;
  /** DOCKER_HOST for this engine. */
  readonly dockerHost: string;
  /** `argv` run inside the namespace (prefix for spawn/execFile). */
  inside(argv: readonly string[]): string[];
  /** The docker CLI against this engine; trimmed stdout. */
  docker(args: readonly string[], timeoutMs?: number): Promise<string>;
  /** Copies images from the host's engine unless this engine already has them. */
  loadImages(images: readonly string[]): Promise<void>;
  /** Stops the engine and removes the namespace and the link. Safe to call again. */
  stop(): Promise<void>;
}

export interface DockerNodeOptions {
  /** Short name (letters, digits, dashes; at most 10 characters: it names a network device). */
  readonly name: string;
  /** The third octet of the link's /24 in 10.231.x.0 (distinct per node). */
  readonly subnet: number;
  readonly hostname?: string;
}

async function sh(argv: readonly string[], timeoutMs = 60_000): Promise<string> {
  const [file, ...args] = argv;
  const { stdout } = await exec(file ?? '', args, { timeout: timeoutMs, maxBuffer: 64 << 20 });
  return stdout.trim();
}

const quiet = (argv: readonly string[]): Promise<void> =>
  sh(argv).then(
    () => undefined,
    () => undefined,
  );

function pathsOf(name: string) {
  return {
    netns: `/var/run/netns/${name}`,
    dataRoot: `/var/lib/docker-${name}`,
    execRoot: `/var/run/docker-${name}`,
    pidFile: `/var/run/docker-${name}.pid`,
    socket: `/var/run/docker-${name}.sock`,
    log: `/var/run/docker-${name}.log`,
    vethHost: `veth-${name}`,
    vethNode: `vethn-${name}`,
  };
}

async function alive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
    // A zombie still answers kill 0; its state says it is gone.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** Stops what a node left (this run's or a killed run's): dockerd, the namespace, the link. */
async function tearDown(name: string): Promise<void> {
  const p = pathsOf(name);
  const pid = Number(await readFile(p.pidFile, 'utf8').catch(() => '0'));
  if (pid > 0 && (await alive(pid))) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 20_000;
    while ((await alive(pid)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    if (await alive(pid)) process.kill(pid, 'SIGKILL');
  }
  // dockerd leaves its containerd behind when it is killed; its pid is under the exec root.
  const containerd = Number(
    await readFile(`${p.execRoot}/containerd/containerd.pid`, 'utf8').catch(() => '0'),
  );
  if (containerd > 0 && (await alive(containerd))) process.kill(containerd, 'SIGKILL');
  await rm(p.pidFile, { force: true });
  await rm(p.socket, { force: true });
  await quiet(['ip', 'link', 'del', p.vethHost]);
  await quiet(['ip', 'netns', 'del', name]);
}

/**
 * Starts the node, after removing whatever an earlier run left of it, so it can be called
 * again after a crash. The engine's data root is kept between runs: loaded images stay.
 */
export async function startDockerNode(options: DockerNodeOptions): Promise<DockerNode> {
  const { name, subnet } = options;
  if (!/^[a-z0-9-]{1,10}$/.test(name)) throw new Error(`bad node name ${name}`);
  const hostname = options.hostname ?? name;
  const p = pathsOf(name);
  const hostAddress = `10.231.${subnet}.1`;
  const nodeAddress = `10.231.${subnet}.2`;
  await tearDown(name);

  await sh(['ip', 'netns', 'add', name]);
  await sh(['ip', 'link', 'add', p.vethHost, 'type', 'veth', 'peer', 'name', p.vethNode]);
  await sh(['ip', 'link', 'set', p.vethNode, 'netns', name]);
  await sh(['ip', 'addr', 'add', `${hostAddress}/24`, 'dev', p.vethHost]);
  await sh(['ip', 'link', 'set', p.vethHost, 'up']);
  const inside = (argv: readonly string[]): string[] => ['nsenter', `--net=${p.netns}`, ...argv];
  await sh(inside(['ip', 'addr', 'add', `${nodeAddress}/24`, 'dev', p.vethNode]));
  await sh(inside(['ip', 'link', 'set', p.vethNode, 'up']));
  await sh(inside(['ip', 'link', 'set', 'lo', 'up']));
  await sh(inside(['ip', 'route', 'add', 'default', 'via', hostAddress]));

  await mkdir(p.dataRoot, { recursive: true });
  await mkdir(p.execRoot, { recursive: true });
  // `nsenter --net`, not `ip netns exec`: the latter remounts /sys and dockerd then fails
  // with "Devices cgroup isn't mounted". Detached: a session of its own, so a Ctrl-C to the
  // test run does not reach the daemon before the clean-up does.
  const { openSync } = await import('node:fs');
  const logFd = openSync(p.log, 'w');
  const daemon = spawn(
    'nsenter',
    [
      `--net=${p.netns}`,
      'unshare',
      '--uts',
      'sh',
      '-c',
      `hostname ${hostname} && exec dockerd --data-root ${p.dataRoot} --exec-root ${p.execRoot} --pidfile ${p.pidFile} -H unix://${p.socket}`,
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  daemon.unref();

  const dockerHost = `unix://${p.socket}`;
  const docker = (args: readonly string[], timeoutMs = 60_000): Promise<string> =>
    sh(['docker', '-H', dockerHost, ...args], timeoutMs);
  try {
    await waitFor(
      `the engine of ${name} to answer`,
      () => docker(['info', '--format', '{{.Name}}'], 5000),
      (reported) => reported === hostname,
      60_000,
    );
  } catch (error) {
    const log = await readFile(p.log, 'utf8').catch(() => '');
    await tearDown(name);
    throw new Error(`${(error as Error).message}\n${log.slice(-2000)}`, { cause: error });
  }

  let stopped = false;
  return {
    name,
    hostname,
    hostAddress,
    nodeAddress,
    dockerHost,
    inside,
    docker,
    async loadImages(images) {
      const missing: string[] = [];
      for (const image of images)
        if (
          !(await docker(['image', 'inspect', image]).then(
            () => true,
            () => false,
          ))
        )
          missing.push(image);
      if (missing.length === 0) return;
      // One stream for all of them: shared layers travel once.
      await new Promise<void>((resolve, reject) => {
        const save = spawn('docker', ['save', ...missing], { stdio: ['ignore', 'pipe', 'pipe'] });
        const load = spawn('docker', ['-H', dockerHost, 'load'], {
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        save.stdout.pipe(load.stdin);
        let errors = '';
        save.stderr.on('data', (c: Buffer) => (errors += c.toString()));
        load.stderr.on('data', (c: Buffer) => (errors += c.toString()));
        save.on('error', reject);
        load.on('error', reject);
        load.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`docker load failed: ${errors}`)),
        );
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await tearDown(name);
    },
  };
}

/** Whether this machine can make such a node (root, iproute2, nsenter, dockerd). */
export function canStartDockerNode(): boolean {
  return (
    process.getuid?.() === 0 &&
    ['/usr/sbin/ip', '/usr/bin/nsenter', '/usr/sbin/dockerd'].every((f) => existsSync(f))
  );
}
