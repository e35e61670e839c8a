import { execFile } from 'node:child_process';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Runs a program without a shell, bounded in time and output, and never throws. */
export function runCommand(
  file: string,
  args: readonly string[],
  options: { timeoutMs?: number; input?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      [...args],
      {
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 32 * 1024 * 1024,
        killSignal: 'SIGKILL',
        ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
      },
      (error, stdout, stderr) => {
        const timedOut = error?.killed === true;
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, timedOut });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** The last lines of a text, for error messages that stay readable. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
