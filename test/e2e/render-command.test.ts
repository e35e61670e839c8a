import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// `wharf render` shows the bytes a deploy then writes, and starts nothing.
const env = 'e2e-render';
const password = 'render-test-password';

let repo: TestRepo;
let host: TestHost;
let out: string;
let sha: string;

/** Every file under a folder, by relative path, with its content's hash. */
/** A deployed edge site starts with its deploy's fencing token, which no render can know. */
function withoutFence(text: string): string {
  return text.replace(/^# wharf fence \d+\n/, '');
}

async function tree(root: string, skip: readonly string[] = []): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    if (skip.some((s) => file.startsWith(s))) continue;
    found[file] = createHash('sha256')
      .update(withoutFence(await readFile(path.join(root, file), 'utf8')))
      .digest('hex');
  }
  return found;
}

async function containers(): Promise<string> {
  return docker([
    'ps',
    '-a',
    '--filter',
    `label=wharf.environment=${env}`,
    '--format',
    '{{.ID}} {{.Names}} {{.State}}',
  ]);
}

beforeAll(async () => {
  repo = await TestRepo.create();
  sha = await repo.commit('render me', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}:
          manifest: production.yaml
          branch: main
    `),
    'production.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Environment
      name: ${env}
      topology: minimal
      host: render.test
      tls: { mode: none }
      deploy: { healthTimeout: 90s, verify: 1s }
      services:
        web:
          image: ghcr.io/jupiter/web:1.8.0
          port: 8080
          route: /
          env: { PRICE: "$5 and $$HOME" }
          secrets: [DATABASE_PASSWORD]
          dependsOn: [pgbouncer]
      postgres:
        database: shop
        user: shop
        passwordSecret: DATABASE_PASSWORD
      secrets:
        DATABASE_PASSWORD: { source: store }
    `),
  });
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'DATABASE_PASSWORD', password);
  out = await mkdtemp(path.join(tmpdir(), 'wharf-render-'));
}, 60_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
  await rm(out, { recursive: true, force: true });
});

describe('wharf render (real git, Docker, Compose, Nginx)', { timeout: 300_000 }, () => {
  it('writes the files a deploy of the revision then writes, byte for byte, starting nothing', async () => {
    const stateDir = host.config.stateDir;
    // A first fetch, so the mirror exists before the state directory is compared.
    expect((await runCli(['plan', env, '--config', host.configFile])).code).toBe(0);
    const stateBefore = await tree(stateDir, ['repos/']);
    const before = await containers();

    const rendered = await runCli([
      'render',
      env,
      '--revision',
      sha,
      '--out',
      out,
      '--config',
      host.configFile,
    ]);
    expect(rendered.stderr).toContain(
      `${env} at ${sha.slice(0, 12)}, colour blue: a deploy starts blue`,
    );
    expect(rendered.code).toBe(0);
    const written = await tree(out);
    const paths = Object.keys(written).sort();
    expect(paths).toEqual(
      [
        `edge/sites/live/${env}.conf`,
        `envs/${env}/blue/compose.yaml`,
        `envs/${env}/infra/compose.yaml`,
        `envs/${env}/infra/pgbouncer/pgbouncer.ini`,
        `envs/${env}/infra/pgbouncer/userlist.txt`,
      ].sort(),
    );
    // Nothing started, nothing written under the state directory.
    expect(await containers()).toBe(before);
    expect(await tree(stateDir, ['repos/'])).toEqual(stateBefore);
    // No secret value is shown; the file that embeds one keeps its placeholder.
    const userlist = await readFile(
      path.join(out, `envs/${env}/infra/pgbouncer/userlist.txt`),
      'utf8',
    );
    expect(userlist).toContain('{{secret DATABASE_PASSWORD}}');
    for (const file of paths)
      expect(await readFile(path.join(out, file), 'utf8')).not.toContain(password);
    expect(rendered.stdout).toContain('secrets DATABASE_PASSWORD shown as {{secret NAME}}');

    const deploy = await runCli(['deploy', env, '--revision', sha, '--config', host.configFile]);
    expect(deploy.stderr).toContain(`${env} now runs ${sha.slice(0, 12)} in blue`);
    expect(deploy.code).toBe(0);
    expect((await host.get('render.test', '/')).status).toBe(200);
    const deployed = await tree(stateDir);
    for (const file of paths) {
      if (file.endsWith('userlist.txt')) continue;
      expect({ file, hash: deployed[file] }).toEqual({ file, hash: written[file] });
    }
    const filled = await readFile(
      path.join(stateDir, `envs/${env}/infra/pgbouncer/userlist.txt`),
      'utf8',
    );
    expect(filled).toBe(userlist.replace('{{secret DATABASE_PASSWORD}}', password));
  });

  it('prints the files, and says which colour comes next, once blue is live', async () => {
    const printed = await runCli(['render', env, '--config', host.configFile]);
    expect(printed.code).toBe(0);
    // Same revision, already deployed: in place in the live colour, nothing to start.
    expect(printed.stderr).toContain('colour blue: a deploy updates blue in place');
    expect(printed.stdout).toContain(`--- envs/${env}/blue/compose.yaml\n# Rendered by wharf`);
    expect(printed.stdout).toContain(`--- edge/sites/live/${env}.conf\n`);
    const site = await readFile(
      path.join(host.config.stateDir, `edge/sites/live/${env}.conf`),
      'utf8',
    );
    expect(site).toMatch(/^# wharf fence \d+\n/);
    expect(printed.stdout).toContain(withoutFence(site));
  });

  it('refuses an --out folder inside the state directory with exit code 2', async () => {
    const result = await runCli([
      'render',
      env,
      '--out',
      path.join(host.config.stateDir, 'envs'),
      '--config',
      host.configFile,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is inside wharf's state directory");
  });
});
