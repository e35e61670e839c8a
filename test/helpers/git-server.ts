import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './docker-cli.js';
import { runGit } from './git-repo.js';

export interface ServedRepo {
  /** git:// URL of the bare repository. */
  readonly url: string;
  readonly bareDir: string;
  close(): Promise<void>;
}

export interface HookSettings {
  readonly url: string;
  readonly secretFile: string;
  readonly repository: string;
  /** Addresses to serve on besides 127.0.0.1 (a second host's link, for its agent). */
  readonly listen?: readonly string[];
}

function waitForPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const attempt = (): void => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.end(), resolve()));
      socket.on('error', () =>
        Date.now() > deadline
          ? reject(new Error(`git daemon did not listen on ${port}`))
          : setTimeout(attempt, 100),
      );
    };
    attempt();
  });
}

/**
 * A bare repository served by `git daemon` on 127.0.0.1 (and `listen`), with wharf's post-receive hook
 * installed: a push to it sends wharf a signed webhook, as a self-hosted server would.
 */
export async function serveBareRepo(hook: HookSettings): Promise<ServedRepo> {
  const base = await mkdtemp(path.join(tmpdir(), 'wharf-git-server-'));
  const bareDir = path.join(base, 'environments.git');
  const git = (...args: string[]): Promise<string> => runGit(base, ...args);
  await git('init', '-q', '--bare', '-b', 'main', bareDir);
  await git('-C', bareDir, 'config', 'wharf.url', hook.url);
  await git('-C', bareDir, 'config', 'wharf.secretFile', hook.secretFile);
  await git('-C', bareDir, 'config', 'wharf.repository', hook.repository);
  await copyFile('scripts/git-hooks/post-receive', path.join(bareDir, 'hooks', 'post-receive'));
  await chmod(path.join(bareDir, 'hooks', 'post-receive'), 0o755);
  await writeFile(path.join(bareDir, 'git-daemon-export-ok'), '');
  const port = await freePort();
  const daemon: ChildProcess = spawn(
    'git',
    [
      'daemon',
      '--reuseaddr',
      ...['127.0.0.1', ...(hook.listen ?? [])].map((address) => `--listen=${address}`),
      `--port=${port}`,
      `--base-path=${base}`,
      '--export-all',
      '--enable=receive-pack',
      '--informative-errors',
      base,
    ],
    { stdio: 'ignore', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } },
  );
  await waitForPort(port);
  return {
    url: `git://127.0.0.1:${port}/environments.git`,
    bareDir,
    async close() {
      daemon.kill('SIGTERM');
      await rm(base, { recursive: true, force: true });
    },
  };
}
