import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { WharfError } from '../core/errors.js';
import type { BackupEntry, Backups, PostgresTarget } from '../ports/backups.js';

/**
 * Runs `docker exec` with stdout to a file or stdin from one; stderr becomes the error. Past
 * `timeoutMs` the client is killed and the call fails (retryable): a database that stopped
 * answering must not hold the environment's lock for ever.
 */
function dockerExec(
  args: readonly string[],
  io: { readonly stdoutTo?: string; readonly stdinFrom?: string },
  what: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['exec', ...(io.stdinFrom ? ['-i'] : []), ...args], {
      stdio: [io.stdinFrom ? 'pipe' : 'ignore', io.stdoutTo ? 'pipe' : 'ignore', 'pipe'],
    });
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    let stderr = '';
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)),
    );
    const streams: Promise<void>[] = [];
    if (io.stdoutTo && child.stdout)
      streams.push(pipeline(child.stdout, createWriteStream(io.stdoutTo, { mode: 0o600 })));
    if (io.stdinFrom && child.stdin)
      streams.push(pipeline(createReadStream(io.stdinFrom), child.stdin));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (late) {
        reject(
          new WharfError(
            'backup-failed',
            `${what} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
            { retryable: true },
          ),
        );
        return;
      }
      void Promise.all(streams).then(
        () =>
          code === 0
            ? resolve()
            : reject(
                new WharfError('backup-failed', `${what} failed (exit ${code}): ${stderr.trim()}`),
              ),
        reject,
      );
    });
  });
}

function pgCommand(
  target: PostgresTarget,
  tool: string,
  extra: string,
  timeoutMs: number,
): string[] {
  // The password stays in the container: read from its secret file there. Killing `docker
  // exec` leaves the tool running inside, so it gets the same deadline there where the image
  // has `timeout` (coreutils and busybox both do).
  const seconds = Math.ceil(timeoutMs / 1000);
  return [
    target.container,
    'sh',
    '-c',
    `T=; if command -v timeout >/dev/null 2>&1; then T="timeout -s KILL ${seconds}"; fi; PGPASSWORD="$(cat ${target.passwordFile})" $T ${tool} -h 127.0.0.1 -U ${target.user} -d ${target.database} ${extra}`,
  ];
}

/**
 * Backups under `<stateDir>/backups/<env>/<id>/`, private to root. Each dump, export and
 * restore may take `timeoutMs` (default an hour).
 */
export function dockerBackups(stateDir: string, timeoutMs = 3_600_000): Backups {
  const root = (env: string): string => path.join(stateDir, 'backups', env);

  async function describe(env: string, id: string): Promise<BackupEntry | null> {
    const dir = path.join(root(env), id);
    try {
      const parts = [];
      for (const name of (await readdir(dir)).sort()) {
        const info = await stat(path.join(dir, name));
        parts.push({ name, bytes: info.isDirectory() ? 0 : info.size });
      }
      const created = (await stat(dir)).mtime.toISOString();
      return { id, environment: env, createdAt: created, parts };
    } catch {
      return null;
    }
  }

  async function list(env: string): Promise<BackupEntry[]> {
    let ids: string[];
    try {
      ids = (await readdir(root(env))).filter((d) => !d.endsWith('.partial'));
    } catch {
      return [];
    }
    // Ids are timestamps: newest first.
    const entries = await Promise.all(
      ids
        .sort()
        .reverse()
        .map((id) => describe(env, id)),
    );
    return entries.filter((e): e is BackupEntry => e !== null);
  }

  return {
    list,
    async run(request) {
      const id = new Date().toISOString().replace(/[:.]/g, '-');
      const final = path.join(root(request.environment), id);
      // Written under a `.partial` name and renamed when whole: a backup listed is complete.
      const work = `${final}.partial`;
      await mkdir(work, { recursive: true, mode: 0o700 });
      try {
        if (request.postgres)
          await dockerExec(
            pgCommand(request.postgres, 'pg_dump', '--format=custom', timeoutMs),
            { stdoutTo: path.join(work, 'postgres.dump') },
            `pg_dump of ${request.environment}`,
            timeoutMs,
          );
        if (request.rabbitmqContainer)
          await dockerExec(
            [request.rabbitmqContainer, 'rabbitmqctl', '-q', 'export_definitions', '-'],
            { stdoutTo: path.join(work, 'rabbitmq-definitions.json') },
            `RabbitMQ definitions of ${request.environment}`,
            timeoutMs,
          );
        if (request.config)
          await cp(path.join(stateDir, 'envs', request.environment), path.join(work, 'config'), {
            recursive: true,
          }).catch(() => undefined);
        await rm(final, { recursive: true, force: true });
        await rename(work, final);
      } catch (error) {
        await rm(work, { recursive: true, force: true });
        throw error;
      }
      const all = await list(request.environment);
      for (const old of all.slice(Math.max(1, request.keep)))
        await rm(path.join(root(request.environment), old.id), { recursive: true, force: true });
      const entry = await describe(request.environment, id);
      if (!entry)
        throw new WharfError('backup-failed', `backup ${id} vanished after it was written`);
      return entry;
    },
    async restore(environment, id, targets) {
      const entry = await describe(environment, id);
      if (!entry)
        throw new WharfError(
          'backup-unknown',
          `no backup ${id} of ${environment}; \`wharf backup list ${environment}\` shows them`,
        );
      const dir = path.join(root(environment), id);
      const has = (name: string): boolean => entry.parts.some((p) => p.name === name);
      if (targets.postgres && has('postgres.dump'))
        await dockerExec(
          pgCommand(
            targets.postgres,
            'pg_restore',
            '--clean --if-exists --no-owner --single-transaction',
            timeoutMs,
          ),
          { stdinFrom: path.join(dir, 'postgres.dump') },
          `pg_restore into ${environment}`,
          timeoutMs,
        );
      if (targets.rabbitmqContainer && has('rabbitmq-definitions.json'))
        await dockerExec(
          [targets.rabbitmqContainer, 'rabbitmqctl', '-q', 'import_definitions'],
          { stdinFrom: path.join(dir, 'rabbitmq-definitions.json') },
          `RabbitMQ definitions into ${environment}`,
          timeoutMs,
        );
      return entry;
    },
  };
}
