import { execFile } from 'node:child_process';

/** Runs the built `wharf` CLI with a configuration; resolves with its standard output. */
export function runWharf(configFile: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'node',
      ['bin/wharf.js', ...args, '--config', configFile],
      { env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}
