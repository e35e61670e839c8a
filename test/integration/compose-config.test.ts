import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/adapters/compose-runtime.js';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import { fsStateFiles } from '../../src/adapters/fs-state-files.js';
import { ComposeError } from '../../src/core/errors.js';
import { referencedSecrets } from '../../src/manifests/environment-rules.js';
import { composeDocument } from '../../src/core/render/compose-document.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';

let stateDir: string;
beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-config-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

const compose = composeRuntime({ timeoutSeconds: 60 });
const examples = await validateRepository(fsRepoFiles('environments'));

describe('rendered projects as Compose reads them', () => {
  it.each(examples.environments.map((e) => [e.name, e] as const))(
    '%s renders projects that pass docker compose config',
    async (_name, example) => {
      const repository = examples.repository;
      const policy = repository?.policy?.[example.name];
      const rendered = renderEnvironment({
        environment: example.manifest,
        revision: '0'.repeat(40),
        colour: 'green',
        stateDir,
        ...(policy ? { policy } : {}),
        repoFiles: new Map([['monitoring/jupiter-dashboard.json', '{}']]),
      });
      const state = fsStateFiles(stateDir);
      for (const { name } of referencedSecrets(example.manifest)) {
        await mkdir(path.join(stateDir, 'secrets', example.name), { recursive: true });
        await writeFile(path.join(stateDir, 'secrets', example.name, name), 'example-value\n');
      }
      for (const project of [rendered.infra, rendered.apps]) {
        const directory = await state.writeProject(
          example.name,
          project.directory,
          composeDocument(project, () => '0'.repeat(40)),
          project.files,
        );
        await expect(
          compose.validate({ environment: example.name, project: project.name, directory }),
        ).resolves.toBeUndefined();
      }
    },
  );

  it('turns a Compose rejection into an error naming environment, project, command and stderr', async () => {
    const directory = path.join(stateDir, 'broken');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'compose.yaml'),
      'services:\n  web:\n    image: a:1\n    ports: "not a list"\n',
    );
    const error = await compose
      .validate({ environment: 'shop', project: 'wharf-shop-blue', directory })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeError);
    expect((error as ComposeError).message).toMatch(
      /^environment shop: docker compose config in project wharf-shop-blue failed \(exit code \d+\):\n.*ports/s,
    );
  });

  it('kills a Compose call that outlives its timeout and says so', async () => {
    const directory = path.join(stateDir, 'slow');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'compose.yaml'),
      'services:\n  sleeper:\n    image: wharf-test/app:1\n    init: true\n',
    );
    const target = { environment: 'shop', project: 'wharf-timeout-test', directory };
    try {
      await compose.up(target, ['sleeper']);
      const quick = composeRuntime({ timeoutSeconds: 2 });
      const error = await quick.exec(target, 'sleeper', ['sleep', '60']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ComposeError);
      expect((error as ComposeError).details).toMatchObject({
        timedOut: true,
        services: ['sleeper'],
        command: 'exec',
      });
      expect((error as ComposeError).message).toMatch(
        /^environment shop: docker compose exec for sleeper in project wharf-timeout-test timed out/,
      );
      expect((error as ComposeError).retryable).toBe(true);
    } finally {
      await compose.down(target);
    }
  });
});
