import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, waitFor } from '../helpers/docker-cli.js';
import { expectServedAndCleaned, page, runDemo, startDemo } from '../helpers/demo.js';
import { runGit } from '../helpers/git-repo.js';

describe("the README's main-job command (npm start, scripts/demo.sh)", () => {
  it(
    'sets everything up, deploys the demo environment and serves it, then cleans up; and again from the same folder',
    { timeout: 800_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        await expectServedAndCleaned(await runDemo(dir, port), port);
        // Restartable: the second run finds the first one's site and record, not its containers.
        await expectServedAndCleaned(await runDemo(dir, port), port);
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
      const port = await freePort();
      try {
        const demo = startDemo(dir, port, false);
        await waitFor(
          'the demo to serve',
          () => Promise.resolve(demo.output()),
          (o) => o.includes('Open it:'),
          400_000,
        );
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
        const again = await runDemo(dir, port);
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
