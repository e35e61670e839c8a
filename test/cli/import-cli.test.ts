import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wharf-import-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A folder with a copy of the example repository (`repo/`) and a Compose project (`app/`). */
async function workspace(fixture: string): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'case-'));
  await cp('environments', path.join(dir, 'repo'), { recursive: true });
  await mkdir(path.join(dir, 'app'));
  await cp(`test/fixtures/import/${fixture}/compose.yaml`, path.join(dir, 'app/compose.yaml'));
  return dir;
}

/** Every file below `dir` with its content, to show that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    files[path.relative(dir, file)] = `${info.mtimeMs} ${await readFile(file, 'utf8')}`;
  }
  return files;
}

describe('wharf import', () => {
  it('writes the manifest and the wharf.yaml entry, keeps its comments, lists the notes, exits 0', async () => {
    const dir = await workspace('web-postgres');
    const before = await readFile(path.join(dir, 'repo/wharf.yaml'), 'utf8');
    const result = await runCli(
      ['import', 'app/compose.yaml', '--repo', 'repo', '--host', 'shop.acme.test'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^wrote repo\/environments\/shop\.yaml \(environment shop\); added shop to repo\/wharf\.yaml/,
    );
    expect(result.stdout).toMatch(/Carried over \(\d+\):\n {2}name {2}environment shop/);
    expect(result.stdout).toMatch(/Left to decide \(\d+\):\n/);
    expect(result.stdout).toMatch(
      / {2}services\.db\.environment\.POSTGRES_PASSWORD {2}the value is not written/,
    );
    expect(result.stdout).toMatch(/Not carried over \(\d+\):\n/);
    expect(result.stdout).toMatch(/ {2}services\.web\.container_name {2}not carried: wharf names/);
    expect(result.stdout).toMatch(
      /valid: wharf\.yaml and 5 environment\(s\) \(production, staging, analytics, partners, shop\)\n$/,
    );

    const manifest = await readFile(path.join(dir, 'repo/environments/shop.yaml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://wharf.dev/schemas/environment.schema.json',
    );
    expect(manifest).toMatch(
      /^apiVersion: wharf\/v1\nkind: Environment\nname: shop\ntopology: minimal\nhost: shop\.acme\.test$/m,
    );
    expect(manifest).not.toContain('s3cret-pw');

    const after = await readFile(path.join(dir, 'repo/wharf.yaml'), 'utf8');
    const comments = before.split('\n').filter((line) => line.trimStart().startsWith('#'));
    expect(comments.length).toBeGreaterThan(5);
    for (const comment of comments) expect(after).toContain(comment);
    expect(after).toContain(
      '  partners:\n    manifest: partners.yaml\n    branch: main\n  shop:\n    manifest: environments/shop.yaml\n    branch: main\n',
    );
    // Everything but the new entry is as it was.
    expect(
      after.replace('  shop:\n    manifest: environments/shop.yaml\n    branch: main\n', ''),
    ).toBe(before);
  });

  it('refuses a second run without --force and changes nothing; --force overwrites', async () => {
    const dir = await workspace('web-postgres');
    const first = await runCli(['import', 'app/compose.yaml', '--repo', 'repo'], dir);
    expect(first.code).toBe(0);
    const written = await snapshot(path.join(dir, 'repo'));

    const again = await runCli(['import', 'app/compose.yaml', '--repo', 'repo'], dir);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(
      /repo\/wharf\.yaml has an environment shop already \(manifest environments\/shop\.yaml\); pass --force/,
    );
    expect(await snapshot(path.join(dir, 'repo'))).toEqual(written);

    const forced = await runCli(
      ['import', 'app/compose.yaml', '--repo', 'repo', '--force', '--host', 'shop.acme.test'],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/pointed shop in repo\/wharf\.yaml at it/);
    expect(await readFile(path.join(dir, 'repo/environments/shop.yaml'), 'utf8')).toContain(
      'host: shop.acme.test',
    );
  });

  it('refuses to overwrite a manifest that is there already', async () => {
    const dir = await workspace('web-postgres');
    await mkdir(path.join(dir, 'repo/environments'));
    await writeFile(path.join(dir, 'repo/environments/shop.yaml'), 'kept\n');
    const result = await runCli(['import', 'app/compose.yaml', '--repo', 'repo'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/repo\/environments\/shop\.yaml exists already; pass --force/);
    expect(await readFile(path.join(dir, 'repo/environments/shop.yaml'), 'utf8')).toBe('kept\n');
    expect(await readFile(path.join(dir, 'repo/wharf.yaml'), 'utf8')).not.toContain('shop:');
  });

  it('names file and line of a malformed Compose file and writes nothing', async () => {
    const dir = await workspace('web-postgres');
    await writeFile(
      path.join(dir, 'app/compose.yaml'),
      'services:\n  web:\n    image: acme/web:1\n   ports: ["80:80"]\n',
    );
    const before = await snapshot(path.join(dir, 'repo'));
    const result = await runCli(['import', 'app/compose.yaml', '--repo', 'repo'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^wharf import: cannot read app\/compose\.yaml:\napp\/compose\.yaml:4:\d+ {2}\$ {2}invalid YAML/,
    );
    expect(result.stderr).toMatch(/nothing was written\n$/);
    expect(await snapshot(path.join(dir, 'repo'))).toEqual(before);
  });

  it('refuses a Compose file over 1 MiB before reading it', async () => {
    const dir = await workspace('web-postgres');
    await writeFile(path.join(dir, 'app/compose.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    const result = await runCli(['import', 'app/compose.yaml', '--repo', 'repo'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /app\/compose\.yaml is 1048579 bytes, over the 1048576-byte limit/,
    );
  });

  it('refuses an alias bomb with a clear message', async () => {
    const dir = await workspace('web-postgres');
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lines.push(`${name}: &${name} [${Array<string>(10).fill(`*${previous}`).join(', ')}]`);
    }
    await writeFile(path.join(dir, 'app/compose.yaml'), `${lines.join('\n')}\n`);
    const result = await runCli(['import', 'app', '--repo', 'repo'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/app\/compose\.yaml:1:1 .*alias bomb/);
  });

  it('creates wharf.yaml in a folder without one, and says exactly what keeps it from validating', async () => {
    const dir = await workspace('build-only');
    await mkdir(path.join(dir, 'fresh'));
    const result = await runCli(
      ['import', '../app/compose.yaml', '--name', 'notes'],
      path.join(dir, 'fresh'),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/created wharf\.yaml, binding notes to branch main/);
    expect(result.stdout).toMatch(/ {2}services\.app\.build {2}not written: wharf runs images/);
    expect(result.stdout).toMatch(
      /\n\nenvironments\/notes\.yaml:10:3 {2}\$\.services\.app\.image {2}missing required field `image`.*\n\n1 problem: the repository does not validate yet/,
    );
    expect(await readFile(path.join(dir, 'fresh/wharf.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/wharf\.dev\/schemas\/repository\.schema\.json\n/,
    );
  });

  it('reports in JSON with --format json', async () => {
    const dir = await workspace('nginx-proxy');
    const result = await runCli(
      ['import', 'app/compose.yaml', '--repo', 'repo', '--name', 'acme', '--format', 'json'],
      dir,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      environment: string;
      manifest: string;
      valid: boolean;
      notes: { path: string; kind: string }[];
    };
    expect(report).toMatchObject({
      environment: 'acme',
      manifest: 'repo/environments/acme.yaml',
      valid: true,
    });
    expect(report.notes).toContainEqual(
      expect.objectContaining({ path: 'services.proxy', kind: 'dropped' }),
    );
  });

  it('says so when the Compose file is not there', async () => {
    const dir = await workspace('web-postgres');
    const result = await runCli(['import', 'nowhere.yaml', '--repo', 'repo'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('wharf import: cannot read nowhere.yaml: no such file\n');
  });
});
