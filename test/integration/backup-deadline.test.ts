// A database that stops answering during a backup: the dump gives up at its deadline with a
// retryable error, inside the container too, and leaves no half-written backup. Real Docker;
// the container's pg_dump is one process that hangs, as a dump blocked on a lock would.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerBackups } from '../../src/adapters/docker-backups.js';
import { docker, testInstallationPrefix } from '../helpers/docker-cli.js';

const env = 'e2e-backup-deadline';
const container = `wharf-test-backup-deadline-${randomUUID().slice(0, 8)}`;
let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-backup-deadline-'));
  await docker([
    'run',
    '-d',
    '--name',
    container,
    '--label',
    `wharf.installation=${testInstallationPrefix}backup-deadline`,
    '--env',
    'PATH=/w:/usr/local/bin:/usr/bin:/bin',
    '--entrypoint',
    'sh',
    'wharf-test/app:1',
    '-c',
    'mkdir -p /w && printf "#!/bin/sh\\nexec sleep 600\\n" > /w/pg_dump && chmod +x /w/pg_dump && echo pw > /w/password && exec sleep 3600',
  ]);
  for (let i = 0; i < 50; i++) {
    if ((await docker(['exec', container, 'ls', '/w']).catch(() => '')).includes('password')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 60_000);

afterAll(async () => {
  await docker(['rm', '-f', container]).catch(() => '');
  await rm(stateDir, { recursive: true, force: true });
});

describe('a backup whose database never answers', { timeout: 60_000 }, () => {
  it('gives up at its deadline, stops the dump inside the container, and keeps no partial backup', async () => {
    const backups = dockerBackups(stateDir, 2000);
    const started = performance.now();
    const failure = await backups
      .run({
        environment: env,
        postgres: { container, user: 'app', database: 'app', passwordFile: '/w/password' },
        config: false,
        keep: 3,
      })
      .catch((error: unknown) => error);
    const seconds = (performance.now() - started) / 1000;
    expect(failure).toMatchObject({ code: 'backup-failed', retryable: true });
    expect((failure as Error).message).toContain(`pg_dump of ${env} did not finish within 2 s`);
    expect(seconds).toBeLessThan(10);
    // The hanging dump inside the container was killed too, not only the docker client.
    let left = 'sleep 600';
    for (let i = 0; i < 30 && left.includes('sleep 600'); i++) {
      left = await docker(['exec', container, 'ps', '-o', 'args']);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(left).not.toContain('sleep 600');
    expect(await backups.list(env)).toEqual([]);
    expect(await readdir(path.join(stateDir, 'backups', env))).toEqual([]);
  });
});
