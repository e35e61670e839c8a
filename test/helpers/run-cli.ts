import { execFile } from 'node:child_process';
import path from 'node:path';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const bin = path.resolve('bin/wharf.js');

/** Runs the built `wharf` command as a user would, in `cwd`. */
export function runCli(args: readonly string[], cwd = process.cwd()): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      'node',
      [bin, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
