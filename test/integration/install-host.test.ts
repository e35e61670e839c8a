import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

let bin: string;
afterAll(async () => {
  if (bin) await rm(path.dirname(bin), { recursive: true, force: true });
});

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

describe('scripts/install-host.sh', () => {
  it('is quick to confirm a host that has everything, and says what it found', async () => {
    const result = await run('bash', ['scripts/install-host.sh'], process.env);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/packages present: docker, redis, git, curl/);
    expect(result.output).toMatch(/docker engine: \S+ \(API 1\.\d+\)/);
    expect(result.output).toMatch(/host ready/);
    expect(result.output).not.toMatch(/installing|starting/);
  });

  it('on a host where it may not install, lists what is missing and how to get it, and stops', async () => {
    // An unprivileged user whose PATH has only basic tools: docker, redis and git look absent.
    bin = path.join(await mkdtemp(path.join(tmpdir(), 'wharf-nohost-')), 'bin');
    await chmod(path.dirname(bin), 0o755); // mkdtemp makes it private to root
    await mkdir(bin);
    for (const tool of ['grep', 'id', 'sort', 'tr', 'awk', 'cat', 'dpkg', 'sed', 'apt-get']) {
      await symlink(`/usr/bin/${tool}`, path.join(bin, tool));
    }
    const result = await run(
      '/usr/bin/setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '/bin/bash',
        path.resolve('scripts/install-host.sh'),
      ],
      { PATH: bin, HOME: '/tmp' },
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/cannot install here \(not running as root\)/);
    for (const missing of ['docker.io', 'redis-server', 'git', 'Docker Compose v2 plugin']) {
      expect(result.output).toContain(missing);
    }
    expect(result.output).toMatch(/how to get them: install Docker Engine with the Compose plugin/);
  });
});
