import { Agent, request, type IncomingMessage } from 'node:http';
import { ExecError, WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { tail } from './run-command.js';

/**
 * The Docker Engine API over its socket: one HTTP request where the docker CLI costs a
 * process (about 100 ms each on a small host). Paths are those of API 1.41 (Docker 20.10),
 * which newer engines still answer.
 */
export interface DockerApi {
  /** A JSON request; `null` for 404 (no such container, network or volume). */
  call<T>(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs?: number,
    headers?: Readonly<Record<string, string>>,
  ): Promise<T | null>;
  /** A request whose answer is a container's multiplexed output (logs). */
  output(path: string, timeoutMs?: number): Promise<ExecOutput>;
  /** Runs a command in a running container and waits for it to end. */
  exec(container: string, command: readonly string[], timeoutMs?: number): Promise<ExecResult>;
  /** The same, returning what it printed; a non-zero exit throws ExecError. */
  run(container: string, command: readonly string[], timeoutMs?: number): Promise<string>;
  /** Sends a signal to the container's main process. */
  signal(container: string, signal: string): Promise<void>;
  /** The container's processes: host pid and command line. */
  processes(container: string): Promise<readonly { pid: number; command: string }[]>;
}

export interface ExecOutput {
  readonly stdout: string;
  readonly stderr: string;
}

export interface ExecResult extends ExecOutput {
  readonly exitCode: number;
}

/** Where the engine listens: DOCKER_HOST as the docker CLI reads it, or the default socket. */
export type DockerEndpoint =
  { readonly socketPath: string } | { readonly host: string; readonly port: number };

export function dockerEndpoint(dockerHost = process.env['DOCKER_HOST']): DockerEndpoint {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const tcp = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(dockerHost);
  if (tcp && !process.env['DOCKER_TLS_VERIFY']) return { host: tcp[1] ?? '', port: Number(tcp[2]) };
  throw new WharfError(
    'docker-host-unsupported',
    `DOCKER_HOST=${dockerHost}: wharf talks to the Docker Engine over unix://PATH or plain tcp://HOST:PORT (no TLS, no ssh://); forward the socket, for example with ssh -L, and point DOCKER_HOST at it`,
  );
}

const apiVersion = 'v1.41';

const containerPath = (name: string): string => `/containers/${encodeURIComponent(name)}`;

function gone(container: string): WharfError {
  return new WharfError('docker-failed', `docker: no container ${container}`, {
    retryable: true,
  });
}

function unreachable(what: string, error: unknown): WharfError {
  return new WharfError('docker-failed', `docker ${what} failed: ${messageOf(error)}`, {
    retryable: true,
  });
}

/** Splits Docker's multiplexed stream: 8-byte headers (stream, 0, 0, 0, size) before each frame. */
export function demultiplex(raw: Buffer): ExecOutput {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let at = 0;
  while (at + 8 <= raw.length) {
    const stream = raw[at];
    const size = raw.readUInt32BE(at + 4);
    const frame = raw.subarray(at + 8, at + 8 + size);
    (stream === 2 ? err : out).push(frame);
    at += 8 + size;
  }
  return {
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

export function dockerApi(endpoint: DockerEndpoint = dockerEndpoint()): DockerApi {
  // Kept-alive connections for JSON calls; a streamed answer ends by closing its own.
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  function send(
    method: string,
    path: string,
    body: unknown,
    timeoutMs: number,
    stream: boolean,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ status: number; data: Buffer }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = request(
        {
          ...endpoint,
          agent: stream ? false : agent,
          method,
          path: `/${apiVersion}${path}`,
          headers: {
            ...headers,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': payload.length }
              : {}),
          },
          signal: AbortSignal.timeout(timeoutMs),
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, data: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async function checked(
    method: string,
    path: string,
    body: unknown,
    timeoutMs: number,
    stream = false,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<Buffer | null> {
    const what = `${method} ${path.split('?')[0] ?? ''}`;
    let answer: { status: number; data: Buffer };
    try {
      answer = await send(method, path, body, timeoutMs, stream, headers);
    } catch (error) {
      throw unreachable(what, error);
    }
    if (answer.status === 404) return null;
    if (answer.status >= 400) {
      const text = answer.data.toString('utf8');
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        // Not JSON: the text is the message.
      }
      throw new WharfError('docker-failed', `docker ${what} failed: ${message.trim()}`, {
        retryable: answer.status >= 500,
      });
    }
    return answer.data;
  }

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = 60_000,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<T | null> {
    const data = await checked(method, path, body, timeoutMs, false, headers);
    if (data === null) return null;
    return (data.length === 0 ? {} : JSON.parse(data.toString('utf8'))) as T;
  }

  async function exec(
    container: string,
    command: readonly string[],
    timeoutMs = 60_000,
  ): Promise<ExecResult> {
    const created = await call<{ Id: string }>(
      'POST',
      `${containerPath(container)}/exec`,
      { Cmd: command, AttachStdout: true, AttachStderr: true },
      timeoutMs,
    );
    if (created === null) throw gone(container);
    const raw = await checked(
      'POST',
      `/exec/${created.Id}/start`,
      { Detach: false, Tty: false },
      timeoutMs,
      true,
    );
    const inspected = await call<{ ExitCode: number | null }>('GET', `/exec/${created.Id}/json`);
    return { ...demultiplex(raw ?? Buffer.alloc(0)), exitCode: inspected?.ExitCode ?? -1 };
  }

  return {
    call,
    exec,
    async run(container, command, timeoutMs) {
      const result = await exec(container, command, timeoutMs);
      if (result.exitCode !== 0)
        throw new ExecError(
          container,
          command,
          result.exitCode,
          tail(result.stderr || result.stdout, 20),
        );
      return result.stdout;
    },
    async signal(container, signal) {
      const done = await call('POST', `${containerPath(container)}/kill?signal=${signal}`);
      if (done === null) throw gone(container);
    },
    async processes(container) {
      const top = await call<{ Processes: string[][] | null }>(
        'GET',
        `${containerPath(container)}/top?ps_args=${encodeURIComponent('-o pid,args')}`,
      );
      if (top === null) throw gone(container);
      return (top.Processes ?? []).map(([pid, command]) => ({
        pid: Number(pid),
        command: command ?? '',
      }));
    },
    async output(path, timeoutMs = 30_000) {
      const data = await checked('GET', path, undefined, timeoutMs, true);
      return data === null ? { stdout: '', stderr: '' } : demultiplex(data);
    },
  };
}
