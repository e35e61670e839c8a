// A GitHub API that accepts connections and never answers: each report gives up after its
// timeout, is logged, and does not hold the job that reports. Real @octokit/rest, real sockets.
import { createServer, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubFeedback } from '../../src/adapters/github-feedback.js';
import { freePort } from '../helpers/docker-cli.js';

let silent: Server;
let port: number;
const held: Socket[] = [];

beforeAll(async () => {
  port = await freePort();
  silent = createServer((socket) => void held.push(socket)); // reads, answers, closes nothing
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('a GitHub API that never answers', { timeout: 30_000 }, () => {
  it('gives up on each report after its timeout and logs why', async () => {
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const feedback = githubFeedback(
      {
        apiUrl: `http://127.0.0.1:${port}`,
        token: 'test-token',
        owner: 'acme',
        repo: 'environments',
        webUrl: 'https://github.com',
      },
      log,
      1000,
    );
    const started = performance.now();
    await feedback.commitStatus('a'.repeat(40), 'pending', 'deploying', 'wharf/production');
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeGreaterThan(0.9);
    expect(seconds).toBeLessThan(5);
    expect(held.length).toBeGreaterThan(0);
    expect(warnings.join('')).toMatch(/github feedback failed/);
    expect(warnings.join('')).not.toContain('test-token');
  });
});
