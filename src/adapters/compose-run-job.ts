import { spawn } from 'node:child_process';
import { jobProfile } from '../core/render/render-jobs.js';
import type { ComposeTarget, JobExit, JobRunOptions } from '../ports/compose-runtime.js';
import { composeEnvironment } from './compose-environment.js';
import { runCommand } from './run-command.js';

/** Splits a stream into lines, each passed on as it completes. */
function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  let partial = '';
  return {
    push(chunk) {
      partial += chunk.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    },
    end() {
      if (partial) onLine(partial);
      partial = '';
    },
  };
}

/** Removes the job's container if one is there (a run that was cut off); absent is fine. */
async function removeContainer(name: string): Promise<void> {
  await runCommand('docker', ['rm', '--force', '--volumes', name], { timeoutMs: 60_000 });
}

/**
 * `docker compose run --rm` of a job's service, under its own container name so that a run
 * past its deadline, or one left by a wharf that was stopped, can be removed by that name:
 * killing the client alone would leave the container running.
 */
export async function runJob(
  target: ComposeTarget,
  service: string,
  options: JobRunOptions,
  /** `DOCKER_CONFIG` with the registry logins, when the job's image may need pulling. */
  dockerConfig: { readonly DOCKER_CONFIG?: string } = {},
): Promise<JobExit> {
  await removeContainer(options.container);
  const child = spawn(
    'docker',
    [
      'compose',
      '--project-name',
      target.project,
      '--profile',
      jobProfile,
      '--ansi=never',
      '--progress=plain',
      '-f',
      'compose.yaml',
      'run',
      '--rm',
      '--no-deps',
      '--no-TTY',
      '--name',
      options.container,
      ...Object.entries(options.env ?? {}).flatMap(([name, value]) => [
        '--env',
        `${name}=${value}`,
      ]),
      service,
    ],
    {
      cwd: target.directory,
      env: { ...composeEnvironment(process.env), ...dockerConfig },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out = lineSplitter(options.onOutput);
  const err = lineSplitter(options.onOutput);
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The container first: its exit ends the client too.
    void removeContainer(options.container).finally(() => child.kill('SIGKILL'));
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  out.end();
  err.end();
  if (timedOut) await removeContainer(options.container);
  return { exitCode: timedOut ? null : exitCode, timedOut };
}
