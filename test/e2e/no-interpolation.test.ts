import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { containerIdentities, docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-dollar';
const token = 'admin-token-that-must-stay-in-wharf';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: dollar.yaml
      branch: main
`);
const manifest = (greeting: string): string =>
  dedent(`
  apiVersion: wharf/v1
  kind: Environment
  name: ${env}
  topology: minimal
  host: dollar.test
  tls: { mode: none }
  deploy: { strategy: recreate, healthTimeout: 60s }
  services:
    web:
      image: ghcr.io/jupiter/web:1.8.0
      port: 8080
      route: /
      env:
        GREETING: "${greeting}"
        PRICE: "costs $5, or $$5"
  compose:
    services:
      web:
        environment:
          RAW_HOME: "$HOME"
`);

let repo: TestRepo;
let host: TestHost;
let previous: string | undefined;

beforeAll(async () => {
  previous = process.env['WHARF_ADMIN_TOKEN'];
  // wharf itself runs with the admin token in its environment, as `wharf serve` does.
  process.env['WHARF_ADMIN_TOKEN'] = token;
  repo = await TestRepo.create();
  await repo.commit('dollars', { 'wharf.yaml': wharfYaml, 'dollar.yaml': manifest('hello') });
  host = await createTestHost(repo.dir, [env]);
}, 60_000);

afterAll(async () => {
  if (previous === undefined) delete process.env['WHARF_ADMIN_TOKEN'];
  else process.env['WHARF_ADMIN_TOKEN'] = previous;
  await host.close();
  await repo.remove();
});

describe('no interpolation', () => {
  it('shows in wharf plan exactly the text that will run', async () => {
    await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    await repo.commit('greet with a dollar', {
      'dollar.yaml': manifest('$' + '{WHARF_ADMIN_TOKEN}'),
    });
    const result = await runCli(['plan', env, '--config', host.configFile]);
    expect(result.stdout).toContain('env.GREETING: hello -> ${WHARF_ADMIN_TOKEN}');
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('hands every $ of a manifest to the container as written, never wharf’s environment', async () => {
    await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    const [web] = (await containerIdentities(env)).filter((c) => c.name.includes('-web-'));
    expect(web).toBeDefined();
    const seen = await docker(['exec', web?.name ?? '', '/bin/busybox', 'env']);
    const vars = Object.fromEntries(
      seen
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(vars['GREETING']).toBe('${WHARF_ADMIN_TOKEN}');
    expect(vars['PRICE']).toBe('costs $5, or $$5');
    expect(vars['RAW_HOME']).toBe('$HOME');
    expect(seen).not.toContain(token);
    expect(await host.get('dollar.test', '/')).toMatchObject({ status: 200 });
  });
});
