import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/docker-cli.js';
import {
  demoEnv,
  demoPorts,
  expectServedAndCleaned,
  page,
  runDemo,
  startDemo,
} from '../helpers/demo.js';
import { runGit } from '../helpers/git-repo.js';

/**
 * The dashboard URL and admin token the demo prints sign in from a browser, which then shows
 * the demo environment as Healthy.
 */
async function expectDashboardShowsDemo(output: string, serverPort: number): Promise<void> {
  const url = /^\s+(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output)?.[1];
  const token = /admin token: (\S+)/.exec(output)?.[1];
  expect(url, output).toBe(`http://127.0.0.1:${serverPort}/`);
  expect(token, output).toMatch(/^[A-Za-z0-9]{20,}$/);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(url ?? '');
    expect(new URL(tab.url()).pathname).toBe('/login');
    await tab.fill('#token', token ?? '');
    await tab.click('button[type=submit]');
    const row = tab.locator(`tr[data-environment="${demoEnv}"]`);
    await row.locator('[data-health="Healthy"]').waitFor({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
}

describe("the README's main-job command (npm start, scripts/demo.sh)", () => {
  it(
    'sets everything up, deploys the demo environment and serves it, then cleans up; and again from the same folder',
    { timeout: 800_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const ports = await demoPorts();
      const port = ports.app;
      try {
        await expectServedAndCleaned(await runDemo(dir, ports), port);
        // Restartable: the second run finds the first one's site and record, not its containers.
        await expectServedAndCleaned(await runDemo(dir, ports), port);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    'serves again after Ctrl-C when a version was pushed and the previous colour kept warm',
    { timeout: 800_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const ports = await demoPorts();
      const port = ports.app;
      try {
        const demo = startDemo(dir, ports, false);
        await waitFor(
          'the demo to serve',
          () => Promise.resolve(demo.output()),
          (o) => o.includes('Open it:'),
          400_000,
        );
        await expectDashboardShowsDemo(demo.output(), ports.server);
        expect((await stat(path.join(dir, 'admin-token'))).mode & 0o777).toBe(0o600);
        const clone = path.join(dir, 'environments');
        const manifest = path.join(clone, 'demo.yaml');
        await writeFile(
          manifest,
          (await readFile(manifest, 'utf8')).replace('version 1', 'version 2'),
        );
        await runGit(clone, 'commit', '-qam', 'Version 2');
        await runGit(clone, 'push', '-q', 'origin', 'main');
        await waitFor(
          'version 2 to answer',
          () => page(port),
          (b) => b === 'Hello from wharf, version 2\n',
          180_000,
        );
        // Ctrl-C: wharf stops and the demo's containers go; the warm colour's record and site stay.
        demo.child.kill('SIGINT');
        const stopped = await demo.exited;
        expect(stopped.output).toContain('stopping wharf and removing the demo');
        await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
        const again = await runDemo(dir, ports);
        expect(again.output, again.output.slice(-3000)).toContain(
          'It answers: Hello from wharf, version 2',
        );
        expect(again.code).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
