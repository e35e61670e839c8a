import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyError, WharfError } from '../../src/core/errors.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { loadRevision } from '../../src/deploy/load-revision.js';
import { handleRoute } from '../../src/pipeline/route-job.js';
import { reconcilePreview } from '../../src/pipeline/preview-reconcile.js';
import type { PipelineDeps } from '../../src/pipeline/pipeline-deps.js';
import type { Feedback } from '../../src/ports/feedback.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo, runGit } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// Grants come from wharf.yaml on the default branch (main), whatever branch is deployed.
const staging = 'e2e-gstage';
const production = 'e2e-gprod';

function wharfYaml(policy = '', previews = ''): string {
  return (
    dedent(`
    apiVersion: wharf/v1
    kind: Repository
    environments:
      ${production}:
        manifest: production.yaml
        branch: main
      ${staging}:
        manifest: staging.yaml
        branch: staging
    previews:
      from: ${staging}
      host: pr-{number}.gstage.test
      tls: none
  `) +
    previews +
    policy
  );
}

function stagingManifest(extra = ''): string {
  return (
    dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${staging}
    topology: minimal
    host: gstage.test
    tls: { mode: none }
    deploy: { strategy: recreate, healthTimeout: 60s }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
  `) + extra
  );
}

// A host path rather than `privileged`: this host's Docker cannot start privileged containers.
let grantDir = '';
const mount = (): string =>
  `compose:\n  services:\n    web:\n      volumes: ['${grantDir}:/grant:ro']\n`;
const grant = (): string => `policy:\n  ${staging}:\n    hostPaths: [${grantDir}]\n`;
const productionSecret = `secrets:\n  SESSION_SECRET: { source: file, path: secrets/${production}/session.age }\n`;
const fakeCiphertext =
  '-----BEGIN AGE ENCRYPTED FILE-----\nbm90IGEgcmVhbCBmaWxl\n-----END AGE ENCRYPTED FILE-----\n';

let repo: TestRepo;
let stagingTree: string;
let host: TestHost;

/** Commits on `staging` through its own work tree, so the repository's HEAD stays on main. */
async function commitStaging(message: string, files: Record<string, string>): Promise<string> {
  const { writeFile, mkdir } = await import('node:fs/promises');
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(stagingTree, file)), { recursive: true });
    await writeFile(path.join(stagingTree, file), content);
  }
  await runGit(stagingTree, 'add', '-A');
  await runGit(stagingTree, 'commit', '-q', '--allow-empty', '-m', message);
  return runGit(stagingTree, 'rev-parse', 'HEAD');
}

async function containersOf(env: string): Promise<string> {
  return docker([
    'ps',
    '-a',
    '--filter',
    `label=wharf.environment=${env}`,
    '--format',
    '{{.Names}}',
  ]);
}

interface StatusCall {
  sha: string;
  state: string;
  description: string;
  context: string;
}

function pipelineDeps(statuses: StatusCall[]): PipelineDeps {
  const feedback: Feedback = {
    commitStatus: (sha, state, description, context) => {
      statuses.push({ sha, state, description, context });
      return Promise.resolve();
    },
    createDeployment: () => Promise.resolve(null),
    upsertComment: () => Promise.resolve(null),
    pullRequestState: () => Promise.resolve('open'),
    deploymentStatus: () => Promise.resolve(),
  };
  const requested: string[] = [];
  const queue = {
    requestReconcile: (job: { environment: string }) => {
      requested.push(job.environment);
      return Promise.resolve();
    },
  } as unknown as JobQueue;
  return {
    ...host.wired.deps,
    previews: host.wired.previews,
    feedback,
    queue,
    metrics: {} as PipelineDeps['metrics'],
    resyncDone: () => Promise.resolve(),
    log: pino({ level: 'silent' }),
    environmentUrl: (h) => `http://${h}`,
    deployTags: false,
    resyncJitterMs: 0,
    nodes: host.wired.nodes,
    node: 'local',
  };
}

beforeAll(async () => {
  grantDir = await mkdtemp(path.join(tmpdir(), 'wharf-grant-'));
  repo = await TestRepo.create();
  await repo.commit('environments', {
    'wharf.yaml': wharfYaml(),
    'production.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Environment
      name: ${production}
      topology: minimal
      host: gprod.test
      tls: { mode: none }
      deploy: { healthTimeout: 60s, verify: 1s }
      services:
        web:
          image: ghcr.io/jupiter/web:1.8.0
          port: 8080
          route: /
          secrets: [DATABASE_PASSWORD]
          dependsOn: [pgbouncer]
      postgres:
        database: shop
        user: shop
        passwordSecret: DATABASE_PASSWORD
      secrets:
        DATABASE_PASSWORD: { source: store }
    `),
    'staging.yaml': stagingManifest(),
    [`secrets/${production}/session.age`]: fakeCiphertext,
  });
  await repo.git('branch', 'staging');
  stagingTree = await mkdtemp(path.join(tmpdir(), 'wharf-staging-tree-'));
  await rm(stagingTree, { recursive: true });
  await repo.git('worktree', 'add', '-q', stagingTree, 'staging');
  host = await createTestHost(repo.dir, [staging, production, 'pr-1']);
  await host.secret(production, 'DATABASE_PASSWORD', 'correct horse battery');
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
  await rm(stagingTree, { recursive: true, force: true });
  await rm(grantDir, { recursive: true, force: true });
});

describe(
  'grants come from the default branch (real git, Docker, Compose, Nginx)',
  { timeout: 300_000 },
  () => {
    let refusedSha = '';

    it('refuses a push to staging that grants itself a host path, and starts nothing', async () => {
      refusedSha = await commitStaging('staging grants itself a host path', {
        'wharf.yaml': wharfYaml(grant()),
        'staging.yaml': stagingManifest(mount()),
      });
      const result = await runCli(['deploy', staging, '--config', host.configFile]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `policy grants are read from wharf.yaml on the default branch (main); this revision's wharf.yaml changes policy.${staging}: merge that change to main first`,
      );
      // The deploy ran (and failed) before anything started: its history says so, Docker has nothing.
      const history = await host.wired.deps.history.list(staging, 10);
      expect(history[0]).toMatchObject({ result: 'failed' });
      expect(await containersOf(staging)).toBe('');
    });

    it('fails the wharf/validate status of that push with the same words', async () => {
      const statuses: StatusCall[] = [];
      await handleRoute(pipelineDeps(statuses), {
        kind: 'push',
        branch: 'staging',
        after: refusedSha,
        delivery: 'd-1',
      });
      expect(statuses).toEqual([
        expect.objectContaining({
          sha: refusedSha,
          state: 'failure',
          context: 'wharf/validate',
          description: expect.stringContaining(
            `this revision's wharf.yaml changes policy.${staging}: merge that change to main first`,
          ) as string,
        }),
      ]);
    });

    it('deploys the same staging commit once the grant is merged to main', async () => {
      await repo.commit('grant staging the host path', { 'wharf.yaml': wharfYaml(grant()) });
      const result = await runCli(['deploy', staging, '--retry', '--config', host.configFile]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`deployed: ${staging} at ${refusedSha.slice(0, 12)}`);
      const container = (await containersOf(staging)).split('\n')[0] ?? '';
      expect(
        await docker(['inspect', '--format', '{{json .HostConfig.Binds}}', container]),
      ).toContain(`${grantDir}:/grant:ro`);
      expect((await host.get('gstage.test', '/')).status).toBe(200);
    });

    it("refuses a staging manifest that names production's encrypted file, in validate and deploy", async () => {
      const sha = await commitStaging('staging reads production secrets', {
        'staging.yaml': stagingManifest(mount() + productionSecret),
      });
      const validate = await runCli(['validate', stagingTree]);
      expect(validate.code).toBe(1);
      expect(validate.stdout + validate.stderr).toMatch(
        new RegExp(
          `staging\\.yaml:\\d+:\\d+ +\\$\\.secrets\\.SESSION_SECRET\\.path .*secrets/${production}/session\\.age.*policy\\.${staging}\\.secrets.*\\[secret-not-granted\\]`,
        ),
      );
      const deploy = await runCli(['deploy', staging, '--config', host.configFile]);
      expect(deploy.code).toBe(1);
      expect(deploy.stderr).toContain(
        `secret SESSION_SECRET: \`secrets/${production}/session.age\` is not under \`secrets/${staging}/\``,
      );
      expect(deploy.stderr).toContain(
        `policy: { ${staging}: { secrets: [secrets/${production}/session.age] } }`,
      );
      const history = await host.wired.deps.history.list(staging, 1);
      expect(history[0]).toMatchObject({ result: 'failed' });
      expect(sha).toHaveLength(40);
      // Granting it from the staging branch itself is a change of its own grants: refused too.
      await commitStaging('staging grants itself the file', {
        'wharf.yaml': wharfYaml(`${grant()}    secrets: [secrets/${production}/]\n`),
      });
      const again = await runCli(['deploy', staging, '--config', host.configFile]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`changes policy.${staging}: merge that change to main first`);
    });
  },
);

describe('previews get no grant and no raw compose block', { timeout: 120_000 }, () => {
  async function pullRequest(files: Record<string, string>): Promise<string> {
    const sha = await commitStaging('a pull request', files);
    await repo.git('update-ref', 'refs/pull/1/head', sha);
    await host.wired.deps.git.fetch();
    return sha;
  }

  it("does not inherit the from environment's grant", async () => {
    // main grants staging the host path (merged above); the preview renders staging's manifest.
    const sha = await pullRequest({
      'wharf.yaml': wharfYaml(grant(), '  allowCompose: true\n'),
      'staging.yaml': stagingManifest(mount()),
    });
    // The pull request's own allowCompose is not trusted: main has none.
    await expect(loadRevision(host.wired.deps.git, sha, 'pr-1')).rejects.toThrow(
      /previews\.allowCompose: true/,
    );
    await repo.commit('previews may have a compose block', {
      'wharf.yaml': wharfYaml(grant(), '  allowCompose: true\n'),
    });
    await host.wired.deps.git.fetch();
    const loaded = await loadRevision(host.wired.deps.git, sha, 'pr-1');
    expect(loaded.policy).toBeUndefined();
    const staged = await loadRevision(host.wired.deps.git, sha, staging);
    // The grant as validated: what it leaves out, the schema's defaults refuse.
    expect(staged.policy).toEqual({
      hostPaths: [grantDir],
      privileged: false,
      hostNetwork: false,
      dockerSocket: false,
      sharedNamespaces: false,
    });
    const render = (policy: typeof loaded.policy): unknown =>
      renderEnvironment({
        environment: loaded.environment,
        revision: sha,
        colour: 'blue',
        stateDir: host.config.stateDir,
        imageOverrides: {},
        ...(policy ? { policy } : {}),
        repoFiles: loaded.repoFiles,
      });
    expect(() => render(loaded.policy)).toThrow(PolicyError);
    expect(() => render(loaded.policy)).toThrow(
      /mounts host path .*grant: policy\.pr-1\.hostPaths/,
    );
  });

  it('fails the wharf/preview status of a preview with a compose block unless allowCompose', async () => {
    await repo.commit('no compose blocks in previews', {
      'wharf.yaml': wharfYaml(grant()),
    });
    const sha = await pullRequest({ 'staging.yaml': stagingManifest(mount()) });
    const deps = pipelineDeps([]);
    const statuses: StatusCall[] = [];
    const recorded = pipelineDeps(statuses);
    await deps.previews.update(1, {
      wish: 'open',
      fork: false,
      head: sha,
      openedAt: new Date().toISOString(),
      activeAt: new Date().toISOString(),
    });
    await deps.previews.claim(1, 3);
    await expect(reconcilePreview(recorded, 1, 'test')).rejects.toThrow(WharfError);
    const preview = statuses.filter((s) => s.context === 'wharf/preview');
    expect(preview.at(-1)).toMatchObject({
      sha,
      state: 'failure',
      description: expect.stringContaining(
        'has a raw `compose` block, and previews get none unless `previews.allowCompose: true`',
      ) as string,
    });
    expect(await containersOf('pr-1')).toBe('');
  });
});
