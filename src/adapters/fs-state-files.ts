import { createHash, randomBytes } from 'node:crypto';
import { access, chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { StaleFenceError, WharfError } from '../core/errors.js';
import { withJobRun, type JobRunRecord } from '../core/jobs/job-runs.js';
import type { AppliedRecord } from '../core/live.js';
import { composeFileText } from '../core/render/compose-file-text.js';
import { fillSecrets } from '../core/render/secret-template.js';
import type { StateFiles } from '../ports/state-files.js';
import { withFileLock } from './host-file-lock.js';

/**
 * Writes through a temporary file and a rename, so readers never see half a file. The
 * temporary file is made new (O_EXCL: never an older file with wider rights) with mode 0600
 * whatever the umask, filled, then given `mode` exactly, and only then renamed into place:
 * a private file is 0600 from its first byte.
 */
export async function writeAtomic(file: string, content: string, mode = 0o644): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    // Explicit, so the umask neither widens nor narrows what was asked for.
    await handle.chmod(mode);
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
}

/**
 * A folder only root enters (0700), made so before anything is written in it: created with
 * the mode (every missing parent too), and narrowed if it was already there.
 */
export async function privateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/** Secrets every preview may use, set by the operator; a name not there gets a random value. */
const previewSecrets = '_previews';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Secrets and rendered files that containers mount: Compose bind-mounts a file secret as it is
 * (its `uid`, `gid` and `mode` apply to Swarm only, docker/compose#9648) and images read it as
 * whatever user they switch to (PostgreSQL's entrypoint reads POSTGRES_PASSWORD_FILE again as
 * uid 999), so they are readable to all; what keeps them from the host's other users is the
 * state directory, root's alone (0700) before any of them is written.
 */
const mountedMode = 0o644;

/**
 * The state directory (default /var/lib/wharf). It is made private to root (0700) before the
 * first secret is written, so the rendered files inside can stay readable (0644) to the
 * containers that mount them; what only wharf reads (applied.json) is 0600.
 */
export function fsStateFiles(root: string): StateFiles {
  const secretPath = (env: string, name: string): string => path.join(root, 'secrets', env, name);
  const appliedPath = (env: string): string => path.join(root, 'envs', env, 'applied.json');
  const jobRunsPath = (env: string): string => path.join(root, 'envs', env, 'jobs.json');

  async function readJobRuns(environment: string): Promise<readonly JobRunRecord[]> {
    try {
      return JSON.parse(await readFile(jobRunsPath(environment), 'utf8')) as JobRunRecord[];
    } catch {
      return [];
    }
  }

  async function readApplied(environment: string): Promise<AppliedRecord | null> {
    try {
      return JSON.parse(await readFile(appliedPath(environment), 'utf8')) as AppliedRecord;
    } catch {
      return null;
    }
  }
  /** The root, `secrets/` and `secrets/<env>/`: all 0700 before a value is written there. */
  async function secretsDir(env: string): Promise<void> {
    await privateDir(root);
    await privateDir(path.join(root, 'secrets'));
    await privateDir(path.join(root, 'secrets', env));
  }

  async function readSecret(env: string, name: string): Promise<string> {
    try {
      return (await readFile(secretPath(env, name), 'utf8')).replace(/\r?\n$/, '');
    } catch {
      throw new WharfError(
        'secret-missing',
        `secret ${name} of environment ${env} is not in the store: write it to ${secretPath(env, name)}`,
      );
    }
  }

  return {
    root,
    async writeProject(environment, directory, compose, files) {
      await privateDir(root);
      const dir = path.join(root, directory);
      for (const file of files) {
        let content = file.content;
        if (file.containsSecrets) {
          const values = new Map<string, string>();
          for (const match of content.matchAll(/\{\{secret ([A-Z][A-Z0-9_]*)\}\}/g)) {
            const name = match[1] ?? '';
            if (!values.has(name)) values.set(name, await readSecret(environment, name));
          }
          content = fillSecrets(content, (name) => values.get(name) ?? '');
        }
        await writeAtomic(path.join(dir, file.path), content, mountedMode);
      }
      const composeFile = path.join(dir, 'compose.yaml');
      await writeAtomic(composeFile, composeFileText(compose));
      return dir;
    },
    async writeStack(directory, name, stack) {
      const file = path.join(directory, name);
      await writeAtomic(
        file,
        name.endsWith('.json') ? `${JSON.stringify(stack, null, 2)}\n` : composeFileText(stack),
        0o600,
      );
    },
    async readStack(directory, name) {
      try {
        return JSON.parse(await readFile(path.join(directory, name), 'utf8')) as Record<
          string,
          unknown
        >;
      } catch {
        return null;
      }
    },
    async hashFiles(files) {
      const hashes: Record<string, string> = {};
      for (const file of files)
        hashes[file] = await readFile(file).then(
          (content) => createHash('sha256').update(content).digest('hex'),
          () => '',
        );
      return hashes;
    },
    readApplied,
    readJobRuns,
    async recordJobRun(environment, run) {
      await privateDir(root);
      const runs = withJobRun(await readJobRuns(environment), run);
      await writeAtomic(jobRunsPath(environment), `${JSON.stringify(runs, null, 2)}\n`, 0o600);
    },
    async writeApplied(environment, record) {
      await privateDir(root);
      const file = appliedPath(environment);
      // Read, compare and write as one step against every process sharing the folder. The
      // lock lives apart, so the environment's folder holds only its own private files.
      await withFileLock(
        path.join(root, 'locks', `applied-${environment}`),
        async () => {
          const written = (await readApplied(environment))?.fence ?? 0;
          if (record.fence !== undefined && written > record.fence)
            throw new StaleFenceError(
              `the applied record of ${environment}`,
              record.fence,
              written,
            );
          await writeAtomic(file, `${JSON.stringify(record, null, 2)}\n`, 0o600);
        },
        {
          busy: (detail) =>
            new WharfError(
              'state-busy',
              `the applied record of ${environment} stayed locked: ${detail}`,
              {
                retryable: true,
              },
            ),
        },
      );
    },
    async removeEnvironment(environment) {
      await rm(path.join(root, 'envs', environment), { recursive: true, force: true });
      await rm(path.join(root, 'secrets', environment), { recursive: true, force: true });
    },
    async provisionSecrets(environment, secretNames) {
      const copied: string[] = [];
      const generated: string[] = [];
      if (secretNames.length > 0) await secretsDir(environment);
      for (const name of secretNames) {
        const target = secretPath(environment, name);
        if (await exists(target)) continue;
        const shared = secretPath(previewSecrets, name);
        // Readable by the container's user whoever it is (see mountedMode); the state
        // directory itself is root's alone, so nobody else on the host reaches it.
        if (await exists(shared)) {
          await writeAtomic(target, await readFile(shared, 'utf8'), mountedMode);
          copied.push(name);
        } else {
          await writeAtomic(target, `${randomBytes(24).toString('base64url')}\n`, mountedMode);
          generated.push(name);
        }
      }
      return { copied, generated };
    },
    async putSecret(environment, name, value) {
      const target = secretPath(environment, name);
      const now = await readFile(target, 'utf8').catch(() => null);
      if (now !== null && now.replace(/\r?\n$/, '') === value) return false;
      await secretsDir(environment);
      await writeAtomic(target, `${value}\n`, mountedMode);
      return true;
    },
    async missingSecrets(environment, secretNames) {
      const missing: string[] = [];
      for (const name of secretNames) {
        try {
          await readFile(secretPath(environment, name));
        } catch {
          missing.push(name);
        }
      }
      return missing;
    },
  };
}
