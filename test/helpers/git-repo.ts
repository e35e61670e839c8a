import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

// Tests must not depend on the machine's git configuration.
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
};

/** Runs git in `cwd` with the test identity and no machine configuration. */
export async function runGit(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env });
  return stdout.trim();
}

/** A real git repository in a temporary folder, to commit environments into. */
export class TestRepo {
  private constructor(readonly dir: string) {}

  static async create(prefix = 'wharf-repo-'): Promise<TestRepo> {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    const repo = new TestRepo(dir);
    await repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  git(...args: string[]): Promise<string> {
    return runGit(this.dir, ...args);
  }

  async write(files: Record<string, string | null>): Promise<void> {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(this.dir, file);
      if (content === null) {
        await rm(target, { force: true });
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
  }

  async link(file: string, target: string): Promise<void> {
    await mkdir(path.dirname(path.join(this.dir, file)), { recursive: true });
    await symlink(target, path.join(this.dir, file));
  }

  /** Writes the files and commits them on the current branch; returns the new sha. */
  async commit(message: string, files: Record<string, string | null> = {}): Promise<string> {
    await this.write(files);
    await this.git('add', '-A');
    await this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
