import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/docker-cli.js';

describe("the README's main-job command (npm start, scripts/demo.sh)", () => {
  it(
    'sets everything up, deploys the demo environment and serves it, then cleans up',
    { timeout: 400_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawn('bash', ['scripts/demo.sh', '--check'], {
            env: { ...process.env, WHARF_DEMO_DIR: dir, WHARF_DEMO_PORT: String(port) },
          });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('exit', (code) => resolve({ code, output }));
        });
        expect(result.output).toContain(`Open it:   http://localhost:${port}/`);
        expect(result.output).toContain('It answers: Hello from wharf, version 1');
        expect(result.output).toContain('DEMO OK');
        expect(result.code).toBe(0);
        // Ctrl-C (here: the end of --check) removed what the demo started.
        await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
