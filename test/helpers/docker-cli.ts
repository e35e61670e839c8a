import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Runs the docker CLI and returns its trimmed standard output. Tests only. */
export async function docker(args: readonly string[], timeoutMs = 60_000): Promise<string> {
  const { stdout } = await exec('docker', [...args], {
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim();
}

/** The host port Docker chose for a container port published as 127.0.0.1::PORT. */
export async function publishedPort(container: string, port: number): Promise<number> {
  const mapping = await docker(['port', container, `${port}/tcp`]);
  const match = /127\.0\.0\.1:(\d+)/.exec(mapping);
  if (!match) throw new Error(`container ${container} publishes no port for ${port}: ${mapping}`);
  return Number(match[1]);
}

export async function healthStatus(container: string): Promise<string> {
  return docker([
    'inspect',
    '--format',
    '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}',
    container,
  ]);
}

/** Polls until `check` returns a value that `done` accepts, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `timed out waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `, last error ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`,
  );
}
