import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { stackKeySamples } from '../helpers/stack-key-samples.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wharf-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the example repository with some files edited. */
async function brokenCopy(edits: Record<string, (text: string) => string>): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'repo-'));
  await cp('environments', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    await writeFile(target, edit(await readFile(target, 'utf8')));
  }
  return dir;
}

describe('wharf (the command)', () => {
  it('lists its commands with --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: wharf/);
    expect(result.stdout).toMatch(/validate \[options\] \[path\]/);
  });

  it('refuses an unknown command with exit code 2 and a pointer to --help', async () => {
    const result = await runCli(['deploi']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'deploi'/);
    expect(result.stderr).toMatch(/wharf --help/);
  });

  it('refuses an unknown flag and suggests the near one', async () => {
    const result = await runCli(['validate', '--fromat', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--fromat'/);
    expect(result.stderr).toMatch(/Did you mean --format\?/);
  });

  it('refuses a format it does not have', async () => {
    const result = await runCli(['validate', 'environments', '--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are text, json/);
  });
});

describe('wharf validate', () => {
  it('exits 0 on the example repository and names its environments', async () => {
    const result = await runCli(['validate', 'environments']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid: wharf.yaml and 4 environment\(s\)/);
  });

  it('validates the current folder when given no path', async () => {
    const result = await runCli(['validate'], path.resolve('environments'));
    expect(result.code).toBe(0);
  });

  it('validates one manifest on its own', async () => {
    const result = await runCli(['validate', 'environments/production.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid: environments\/production.yaml/);
  });

  it('exits 1 on a broken copy and names file, line, column and path of each problem', async () => {
    const dir = await brokenCopy({
      'production.yaml': (t) =>
        t.replace('topology: minimal', 'topology: minimall').replace('route: /api', 'route: api'),
      'wharf.yaml': (t) =>
        t.replace('host: pr-{number}.staging.app.ar', 'host: preview.staging.app.ar'),
    });
    const result = await runCli(['validate', dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${dir}/production.yaml:10:11  \\$\\.topology  \`minimall\` is not one of`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${dir}/production.yaml:\\d+:\\d+  \\$\\.services\\.api\\.route  \`api\` is not valid here`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${dir}/wharf.yaml:24:9  \\$\\.previews\\.host  the preview host template must contain \`\\{number\\}\``,
        ),
      ),
    );
    expect(result.stdout).toMatch(/3 problems found; nothing was deployed/);
  });

  it('reports every problem as JSON with --format json', async () => {
    const dir = await brokenCopy({
      'staging.yaml': (t) => t.replace('image: ghcr.io/jupiter/web:1.9.0-rc.1', 'image: Web'),
      'wharf.yaml': (t) =>
        t.replace('host: pr-{number}.staging.app.ar', 'host: preview.staging.app.ar'),
    });
    const result = await runCli(['validate', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { file: string; line: number; path: string; rule: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => [path.basename(p.file), p.path, p.rule])).toEqual([
      ['staging.yaml', '$.services.web.image', 'pattern'],
      ['wharf.yaml', '$.previews.host', 'preview-host-number'],
    ]);
  });

  it('refuses every key docker stack deploy would refuse or ignore in a runtime: swarm manifest, at its line', async () => {
    const keys = Object.keys(stackKeySamples);
    const head = [
      'apiVersion: wharf/v1',
      'kind: Environment',
      'name: shop',
      'topology: minimal',
      'host: shop.test',
      'runtime: swarm',
      'services:',
      '  web: { image: "registry.example/web:1", port: 8080, route: / }',
      'compose:',
      '  services:',
      '    web:',
    ];
    const file = path.join(work, 'swarm.yaml');
    await writeFile(
      file,
      [...head, ...keys.map((k) => `      ${k}: ${stackKeySamples[k] ?? ''}`), ''].join('\n'),
    );
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    for (const [i, key] of keys.entries())
      expect(result.stdout).toMatch(
        new RegExp(
          `^${file}:${head.length + i + 1}:7  \\$\\.compose\\.services\\.web\\.${key}  \`${key}\` (is refused by|would be ignored by|is not in)`,
          'm',
        ),
      );
  });

  it('exits 2 when the path does not exist', async () => {
    const result = await runCli(['validate', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read no\/such\/folder: no such file or folder/);
  });

  it('exits 1 with a clear message for a folder without wharf.yaml', async () => {
    const result = await runCli(['validate', work]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/wharf.yaml:1:1 {2}\$ {2}file not found/);
  });
});

describe('the demo environments repository', () => {
  it('is valid', async () => {
    const result = await runCli(['validate', 'scripts/demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid: wharf.yaml and 1 environment\(s\) \(demo\)/);
  });
});
