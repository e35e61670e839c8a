import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const launcher = path.resolve('bin/wharf.js');
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// Run as a program, the way systemd, the image and npm's link start it.
describe('bin/wharf.js as a program', () => {
  it('starts through its shebang', async () => {
    const { stdout } = await exec(launcher, ['--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('hands node the process flags that can only be set when node starts', async () => {
    // A script preloaded into the launched node reports the flags node itself was given.
    const dir = await mkdtemp(path.join(tmpdir(), 'wharf-launcher-'));
    dirs.push(dir);
    const probe = path.join(dir, 'probe.cjs');
    await writeFile(probe, 'console.log(JSON.stringify(process.execArgv)); process.exit(0);\n');
    const { stdout } = await exec(launcher, ['serve'], {
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
    });
    expect(JSON.parse(stdout) as string[]).toEqual(
      expect.arrayContaining(['--v8-pool-size=1', '--liftoff-only']),
    );
  });
});
